"""Reported claims without quote marks: ``X는 …다고 밝혔다``, ``…것으로 내다봤다``, ``X에 따르면 …``.

The reported clause runs from the speaker's particle (or the frame start when the speaker is
written after it, ``…고 블룸버그통신이 보도했다``) to the end of its last ending, without the
quotative ``고``/``며``. Passive frames (``…것으로 알려졌다``, ``…다는 분석도 나온다``) have no
speaker unless the sentence says ``X에 따르면``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import regex

from .mention import INDIRECT, quote_mention
from .phrases import noun_phrase
from .reporting import (
    SURVEY,
    according_to,
    cite,
    claim_cue,
    claims,
    continuation,
    lead_adverbs,
    publish_verbs,
    source_nouns,
)
from .speakers import GROUP, Speaker, classify, is_subject_particle

if TYPE_CHECKING:
    from .mention import QuoteMention
    from .quotes import _Doc, _Frame

_MIN_CLAUSE = 2
# '…이른다며 가격은 … 책정하겠다고 밝혔다': a second reported clause between the first and the verb
_ADNOMINAL = regex.compile(r"[한힌른인]$")  # '밝힌', '말한', '전한': before a noun
_SECOND = regex.compile(r"(?<=\p{Hangul})(?P<end>다|라)(?:고|며|면서)\s+$")


def _source(doc: _Doc, r0: int, r1: int, para: int) -> tuple[Speaker, int, int, str] | None:
    """The 'X에 따르면' source in text[r0:r1]: (speaker, start of 에, end of the phrase, verb)."""
    m = according_to().search(doc.text, r0, r1)
    if m is None:
        return None
    at = m.start("at")
    k = doc.token_at(at)
    if k >= len(doc.tokens) or doc.tokens[k].start != at:
        return None
    lo = doc.token_at(r0)
    span = _publisher(doc, k, lo)
    if span is not None:
        return doc.speaker_at(span, para), at, m.end(), m["verb"]
    if m["verb"] == SURVEY:
        return None  # '이번 조사에서': a survey speaks only through the one who ran it
    span = noun_phrase(doc.article, k, lo)
    if span is None:
        return None
    # '딥시크의 주장에 따르면', '정부 발표에 따르면': the one who claims, not the claim
    words = doc.text[span[0] : span[1]].rsplit(" ", 1)
    if words[-1] in source_nouns():
        j = doc.token_at(span[0] + len(doc.text[span[0] : span[1]]) - len(words[-1]))
        if len(words) == 2:
            span = (span[0], span[1] - len(words[-1]) - 1)
        elif j > lo and doc.tokens[j - 1].tag == "JKG":
            inner = noun_phrase(doc.article, j - 1, lo)
            if inner is None:
                return None
            span = inner
        else:
            return None
    return doc.speaker_at(span, para), m.start(), m.end(), m["verb"]


# what a document's title is made of: nouns, numbers and the marks between them
_TITLE_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL", "SH", "SO", "SW", "XSN", "XPN"})
_TITLE_MAX = 10  # tokens
_QUOTE_CLOSE = frozenset("’'”\"」』》〉")
# what ends the clause in which the publisher is looked for
_CLAUSE_END = frozenset({"SF", "SP", "SE", "SSO", "SSC", "EC", "EF"})
# tokens between the subject particle and the verb: '한국갤럽이 지난 9∼11일 전국 성인 1,001명을
# 대상으로 실시한' has 13
_SUBJECT_MAX = 16


def _publisher(doc: _Doc, k: int, lo: int) -> tuple[int, int] | None:
    """The one who issued the document before the 에 at token ``k``: '통계청이 14일 발표한 3월
    고용동향에 따르면' and '금감원이 공개한 ‘보고서’에 따르면' (the subject of the publishing verb),
    '한국은행의 ‘2024년 국민계정’에 따르면' (the owner of a quoted title). None otherwise."""
    tokens = doc.tokens
    j = k
    quoted = k - 1 > lo and tokens[k - 1].tag == "SSC" and tokens[k - 1].form in _QUOTE_CLOSE
    if quoted and tokens[k - 1].paired >= 0:
        j = tokens[k - 1].paired
    else:
        while j - 1 > lo and k - j < _TITLE_MAX and tokens[j - 1].tag in _TITLE_TAGS:
            j -= 1
    if j >= k or j - 1 <= lo:
        return None
    before = tokens[j - 1]
    if before.tag == "JKG":
        return noun_phrase(doc.article, j - 1, lo) if quoted else None
    if before.tag != "ETM":
        return None
    # the verb of the adnominal clause: 발표/NNG 하/XSV ㄴ/ETM, or 내놓/VV 은/ETM
    verb = j - 2
    if verb > lo and tokens[verb].tag == "XSV" and tokens[verb].form == "하":
        verb -= 1
    elif tokens[verb].tag != "VV":
        return None
    if verb <= lo or tokens[verb].form not in publish_verbs():
        return None
    for i in range(verb - 1, max(lo, verb - 1 - _SUBJECT_MAX), -1):
        if tokens[i].tag in _CLAUSE_END:
            return None
        if is_subject_particle(tokens, i):
            return noun_phrase(doc.article, i, lo)
    return None


# what an adnominal reporting verb may stand before with the sentence's topic as its subject:
# '김 대표는 …다고 밝힌 바 있다', '…고 말한 적이 있다', '…고 밝힌 것이다'
_BOUND_AFTER = regex.compile(r"\s*(?:바|적|것|셈)(?![\p{Hangul}])")


def _relative_subject(doc: _Doc, c0: int, m: regex.Match[str]) -> tuple[int, int] | None:
    """'이번 회의는 [타룬 대통령이 관세를 부과하겠다고 밝힌] 이후 처음 열렸다': a reporting
    verb in a relative clause ('밝힌', '말한') has its own 이/가 subject, the last that can speak
    before the clause; the sentence's topic is no part of it. None where there is none."""
    verb = m["verb"]
    if not verb or not _ADNOMINAL.search(verb) or _BOUND_AFTER.match(doc.text, m.end("verb")):
        return None
    tokens = doc.tokens
    lo, stop = doc.token_at(c0), doc.token_at(m.start("end"))
    for i in range(stop - 1, lo - 1, -1):
        if tokens[i].tag != "JKS" and is_subject_particle(tokens, i):
            return None  # a topic: the relative clause, which has none, began after it
        if tokens[i].tag == "JKS" and is_subject_particle(tokens, i):
            span = noun_phrase(doc.article, i, lo)
            if span is not None and doc.speaker_like(span):
                return span  # not '경기가 어렵다고 말한': what is said has its own subject
    return None


def _skip_spaces(text: str, s: int, e: int) -> int:
    while s < e and text[s] in " ,":
        s += 1
    return s


def _skip_lead(text: str, s: int, e: int) -> int:
    while s < e and text[s] in " ,":
        s += 1
    m = lead_adverbs().match(text, s, e)
    return m.end() if m else s


def claims_in(doc: _Doc, frame: _Frame, r0: int, para: int) -> list[QuoteMention]:
    """The claims in text[r0:frame end]: what is left of a frame after its direct quotes."""
    text = doc.text
    r1 = doc.tokens[frame.end - 1].end
    if r1 - r0 < 6:
        return []
    source = _source(doc, r0, r1, para)
    if source is None and claim_cue().search(text, r0, r1) is None:
        return []  # most sentences report nothing: a cheap look for the frames' anchors first
    out: list[QuoteMention] = []
    cursor = r0
    # what follows '“…”라고 말했고,' or opens with '또', '이어' goes on with the last speaker
    continuing = r0 > doc.tokens[frame.start].start or bool(
        continuation().match(text, _skip_spaces(text, r0, r1), r1)
    )
    for m in claims().finditer(text, r0, r1):
        end = m.end("end")
        passive = m["passive"] is not None
        via = m["relay"]
        # the second clause's topic ('가격은') is its own, no speaker written after the first
        listing = m["gap"] and m["q"] in ("며", "면서")
        second = _SECOND.search(text, m.start("gap"), m.end("gap")) if listing else None
        post = doc.subject(*m.span("gap")) if m["gap"] and second is None else None
        clause_start = cursor
        speaker: Speaker | None = None
        if source is not None and source[1] >= cursor:
            clause_start = source[2]
        owner = doc.owner(m.start("np"), m.end("np")) if m["owner"] is not None else None
        if owner is not None:
            speaker = doc.speaker_at(owner, para)
        elif post is not None:
            # '…이어진다고 이 단체는 전했다': 이 단체 is named before the clause, not in it ('SKT는 …')
            speaker = doc.speaker_at(post, para, before=clause_start)
        else:
            pre = _relative_subject(doc, clause_start, m) or doc.subject(
                clause_start, m.start("end"), claim=True
            )
            if pre is not None and doc.described_thing(pre):
                pre = None  # the claim's topic is a thing; its speaker is dropped
            if pre is not None and (continuing or cursor > r0) and not doc.speaker_like(pre):
                # '또 B안은 비용이 크다고 덧붙였다', '…고 강조하며, 확진환자가 들린 장소는 …고
                # 밝혔다': B안, 장소 are what is said, not who
                pre = None
            if pre is not None and source is not None and source[1] < pre[0] and not doc.speaker_like(pre):
                pre = None  # '고성수협에 따르면 … 멸치 위판량은 …고 밝혔다': the source says it
            if passive and pre is not None and classify(text[pre[0] : pre[1]])[0] != GROUP:
                pre = None  # '업계에서는 …다는 분석도 나온다' has a source; '…것으로 알려졌다' has none
            if pre is not None:
                speaker = doc.speaker_at(pre, para)
                clause_start = pre[1]
                # past the particle
                while clause_start < end and not text[clause_start].isspace():
                    clause_start += 1
                c = cite().match(text, _skip_lead(text, clause_start, end), end)
                if c is not None and via is None:
                    via = doc.text[c.start("via") : c.end("via")]
                    clause_start = c.end()
            elif source is not None and source[1] < end:
                speaker = source[0]
            elif not passive:
                speaker = doc.dropped_subject(para, clause_start)
        relayed = source is not None and speaker is not None and speaker is not source[0]
        if relayed and via is None and source[1] < end:  # type: ignore[index]
            via = source[0].name  # type: ignore[index]
        clause_start = _skip_lead(text, clause_start, end)
        cursor = m.end()
        if end - clause_start < _MIN_CLAUSE:
            continue
        doc.note_verb(speaker, m["verb"])
        out.append(
            quote_mention(
                doc.article, clause_start, end, kind=INDIRECT, speaker=speaker,
                verb=m["verb"] or m["passive"], via=via,
            )
        )  # fmt: skip
        if second is not None:
            s2 = _skip_lead(text, m.start("gap"), second.end("end"))
            if second.end("end") - s2 >= _MIN_CLAUSE:
                e2 = second.end("end")
                out.append(quote_mention(doc.article, s2, e2, kind=INDIRECT, speaker=speaker, verb=m["verb"]))
    if source is not None and not out:
        sp, _, s, verb = source
        e = r1
        while e > s and text[e - 1] in ".!? ":
            e -= 1
        if e - s >= _MIN_CLAUSE:
            out.append(quote_mention(doc.article, s, e, kind=INDIRECT, speaker=sp, verb=verb))
    return out
