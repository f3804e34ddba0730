"""Broadcasters' soundbites: speech printed after who says it, without quote marks or on
the lines under a name tag.

Broadcast news pages print an interviewee's words in brackets after their name and post,
``[홍순철/공인중개사 : 전세 문의가 부쩍 늘었습니다.]`` (SBS) or ``[김OO / 서울 망원동 : …]``
(YTN). The words are a direct quote; who says them is written before the colon. Only the
slashed form counts: ``[앵커]``, ``[기자]`` name a part of the script, and a bracket without a
post is as often a caption.

A broadcaster's web page also prints a name tag alone on its line, ``오정근 / 한국금융학회장``
(a lower third), over the line or lines of that person's words in quote marks; a talk show's
page lists its guest's sayings so under the guest's tag, or in its headline and subheads with
the guest named by ``대담 :`` or the transcript's turns; a briefing's transcript puts what was
said, unmarked, under ``[이름 / 직함]``; a bullet page puts ``■이름 직함`` over the lines of that
person's words. Nothing else on those lines says who speaks, so the tag does (``tagged``).
"""

from __future__ import annotations

import bisect
from functools import cache

import regex

from ...lexicon import alternation, load
from ...page.article import BODY, HEADLINE, SUBHEAD, Article, Paragraph
from .entities import Entities
from .mention import DIRECT, QuoteMention, quote_mention
from .shortforms import is_title
from .speakers import OFFICIAL, PERSON, Speaker, classify, is_role, lexicon, personal_name

# '[김회재/더불어민주당 의원/19일/정치분야 : "…"]': more fields after the post say when and
# where; the words may be in quote marks of their own. Without a slash ('[피해 택시기사 : …]')
# only a closed bracket whose label ends in a role or a post counts (``_one_by_role``)
_SOUNDBITE = regex.compile(
    r"\[\s*(?P<who>[^\[\]/:\n]{2,20}?)\s*(?:/\s*(?P<post>[^\[\]/:\n]{1,40}?)(?:\s*/[^\[\]/:\n]{1,20})*\s*)?:\s*"
    r"(?:(?P<mark>[“\"])\s*)?(?P<said>[^\[\]]*?\S)\s*(?(mark)[”\"]\s*)(?P<close>\]|$)"
)


def _one_by_role(who: str) -> bool:
    """'피해 택시기사', '경주시청 관계자', '주부 김 모 씨': a role, a post or '씨' ends it."""
    lex = lexicon()
    last = who.split()[-1]
    return who.strip() not in _PARTS and (
        is_role(lex, last) or is_title(last) or last in lex.anonymous_heads or last.endswith("씨")
    )


_WHEN = regex.compile(r"\s*[(（][^()（）]*[)）]$")
_PARTS = frozenset({"앵커", "기자", "리포트", "인터뷰", "현장음", "녹취"})  # a script's parts, no one


def soundbites(article: Article, taken: list[QuoteMention]) -> list[QuoteMention]:
    """The soundbites of the article's body paragraphs that hold no direct quote already read
    (a claim read inside one, '…있다고 했습니다', is the soundbite's words: ``reading`` drops it)."""
    out: list[QuoteMention] = []
    text = article.text
    for p in article.paragraphs:
        if p.role != BODY or "[" not in p.text or ":" not in p.text:
            continue  # most paragraphs: a bracket and a colon are both needed
        if any(p.start <= q.start < p.end and q.kind == DIRECT for q in taken):
            continue  # quote marks were read: the paragraph is no soundbite
        m = _SOUNDBITE.match(text, p.start, p.end)
        if m is None or m["who"].strip() in _PARTS:
            continue
        if m["post"] is None:
            if m["close"] != "]" or not _one_by_role(m["who"]):
                continue
            # '[피해 택시기사 : …]', '[경주시청 관계자 : …]': no name, but a role or a post
            speaker = Speaker(m["who"], m["who"], m.start("who"), m.end("who"), True, PERSON)
        else:
            post = _WHEN.sub("", m["post"]).rstrip()  # '자유한국당 의원 (어제)': when, not who
            end = m.start("post") + len(post)
            name = f"{m['who'].strip()} {post}"
            speaker = Speaker(name, text[m.start("who") : end], m.start("who"), end, False, PERSON)
        out.append(
            quote_mention(article, m.start("said"), m.end("said"), kind=DIRECT, speaker=speaker, verb=None)
        )
    return out


# the tag: a name (a spaced one too: '오 준'), a slash, a post; nothing else on the line
_NAME = r"(?P<who>\p{Hangul}{2,4}|\p{Hangul} \p{Hangul}{1,2})(?!\p{Hangul})"
# ('오정근 / 한국금융학회장'), in brackets ('[김상대/목격자]'), after MBC's '◀INT▶' or KTV's
# '녹취>'; read on the lines as written (a page's reading may leave a tag out as furniture)
_TAG = regex.compile(
    r"^[ \t]*(?:[▶▷■□●○◆◇▲△\-]|◀\s*(?:INT|인터뷰)\s*▶|(?:녹취|인터뷰)\s*>)?"
    rf"[ \t]*(?P<open>\[)?[ \t]*{_NAME}[ \t]*/[ \t]*"
    rf"(?P<post>[^/:\n\"“”″\[\]]{{1,40}}?)[ \t]*(?(open)\])[ \t]*$",
    regex.MULTILINE,
)
# an interview page's guest: '■ 대담 : 김용민 더불어민주당 의원', or a turn of the transcript,
# '◀ 정기석/한림대성심병원 교수 ▶', '▶ 김용민 / 민주당 의원 : 안녕하십니까.'
_GUEST_LINE = regex.compile(
    rf"^[ \t]*[■□●○◆◇▲△\-]?[ \t]*(?:대담|출연|게스트|초대석)[ \t]*[:：][ \t]*{_NAME}[ \t]*"
    r"(?P<post>[^\n,，·]*?)[ \t]*(?P<more>[,，·][^\n]*)?$",
    regex.MULTILINE,
)
_TURN = regex.compile(
    rf"^[ \t]*[◀▶▷◁][ \t]*{_NAME}[ \t]*/[ \t]*(?P<post>[^◀▶▷◁:\n]{{1,40}}?)[ \t]*[◀▶:]", regex.MULTILINE
)
_HOSTS = ("앵커", "기자", "진행", "진행자", "아나운서", "사회자", "사회")
# a line of quotes only (a hard-wrapped one too: '"남의 일인 줄 … 나니\n뭐라 …"')
QUOTE_LINE = regex.compile(r'(?:\s*(?:“[^“”]+”|"[^"“”]+"|″[^″]+″))+\s*$')
_MARKED = regex.compile(r'[“″"]\s*(?P<said>[^"“”″]*?\S)\s*[”″"]')


def a_name(who: str, post: str) -> bool:
    """'반지훈', and under a post or a role any name with a family name: '채민 / 누리증권
    연구위원', '선우은숙 / 배우', '[김상대/목격자]' ('정치 / 사회' is a menu)."""
    lex = lexicon()
    if personal_name(lex, who):
        return True
    family = who[:2] if len(who) == 4 else who[:1]
    if not post or family not in lex.surnames:
        return False
    # a name that ends like a body's ('김상대') is a name still under a tag with a post or a role
    last = post.split()[-1]
    return is_title(last) or is_role(lex, last)


def _speaker(m: regex.Match[str], named: Entities) -> Speaker | None:
    post = _WHEN.sub("", m["post"]).rstrip()
    if not a_name(m["who"].replace(" ", ""), post) or post.endswith(_HOSTS):
        return None
    name = f"{m['who']} {post}" if post else m["who"]
    elsewhere = named.fullest(m["who"], m.start("who"))
    if elsewhere and len(elsewhere.replace(" ", "")) > len(name.replace(" ", "")):
        name = elsewhere
    return Speaker(name, m["who"], m.start("who"), m.end("who"), False, PERSON)


def _guest(article: Article, named: Entities) -> Speaker | None:
    """The one person an interview page talks to, if it names one and only one (the lines
    are read as written: a page's reading may leave a transcript's turns out as furniture)."""
    text = article.text
    found: dict[str, Speaker] = {}
    for m in (*_GUEST_LINE.finditer(text), *_TURN.finditer(text)):
        if m.groupdict().get("more"):
            return None  # '대담 : 엄태수 의원, 반하늘 의원': two guests
        sp = _speaker(m, named)
        if sp is not None and sp.mention:
            key = sp.mention.replace(" ", "")
            if key not in found or len(sp.name or "") > len(found[key].name or ""):
                found[key] = sp
    return next(iter(found.values())) if len(found) == 1 else None


def tagged(article: Article, read: list[QuoteMention], named: Entities) -> list[QuoteMention]:
    """``read`` with the quotes of the lines under a name tag given to the tagged person
    (the quotes read there without a speaker, and those not read at all: a body line that is
    only a quote waits for a '…이같이 말했다' that never comes), and an interview page's
    headline and subhead quote lines given to its guest. Read after the fullest forms: the
    tag is one (or the article writes the person more fully elsewhere)."""
    text, paragraphs = article.text, article.paragraphs
    out = list(read)
    changed = False
    starts = [p.start for p in paragraphs]
    for m in _TAG.finditer(text) if "/" in text else ():
        speaker = _speaker(m, named)
        if speaker is None:
            continue
        after = m.end()
        following = paragraphs[bisect.bisect_left(starts, after) :]
        if m["open"] and following and not text[after : following[0].start].strip():
            # a briefing's transcript: '[문상균 / 국방부 대변인]', then what he said, unmarked
            changed |= _transcribed(article, out, following[0], speaker)
        for q in following:
            if text[after : q.start].strip() or QUOTE_LINE.match(text, q.start, q.end) is None:
                break
            changed |= _give(article, out, q, speaker)
            after = q.end
    for i, p in enumerate(paragraphs[1:], 1):
        # '■문형표 보건복지부 장관' over the lines of his words in marks: a person alone on a line
        if QUOTE_LINE.match(text, p.start, p.end) is None or QUOTE_LINE.match(
            text, *_span(paragraphs[i - 1])
        ):
            continue
        person = _person_line(article, paragraphs[i - 1])
        if person is None:
            continue
        for q in paragraphs[i:]:
            if QUOTE_LINE.match(text, q.start, q.end) is None:
                break
            changed |= _give(article, out, q, person)
    guest = _guest(article, named) if any(r.speaker is None for r in out) else None
    if guest is not None:
        for p in paragraphs:
            if p.role in (HEADLINE, SUBHEAD) and QUOTE_LINE.match(text, p.start, p.end) is not None:
                changed |= _give(article, out, p, guest)
    return sorted(out, key=lambda r: (r.start, r.end)) if changed else read


def _span(p: Paragraph) -> tuple[int, int]:
    return p.start, p.end


# a person alone on a line (after a bullet or none): a name and a post ('■문형표 보건복지부 장관'), or
# a post and who ('■메르스 TF 전문가(최보율 한양대 교수)'); no colon, no mark, no sentence
_PERSON_LINE = regex.compile(r"[ \t]*[■□●○◆◇▲△▶▷\-]?[ \t]*(?P<who>[^\n:：“”\"/\[\]‘’']{3,40}?)[ \t]*$")


# a broadcaster's label over the lines of one person's words: '<발표자: 김영훈 고용노동부 장관>'
_LABELLED = (
    r"[ \t]*[<‹〈\[(]?[ \t]*(?:{labels})[ \t]*[:：][ \t]*"
    r"(?P<who>[^\n:：“”\"/\[\]‘’'<>‹›〈〉()]{{3,40}}?)[ \t]*[>›〉\])]?[ \t]*$"
)


@cache
def _labelled_re() -> regex.Pattern[str]:
    return regex.compile(_LABELLED.format(labels=alternation(speaker_labels())))


@cache
def speaker_labels() -> tuple[str, ...]:
    return tuple(load("speakers")["speaker_labels"])


def _person_line(article: Article, p: Paragraph) -> Speaker | None:
    m = _labelled_re().match(article.text, p.start, p.end)
    if m is None and p.role == HEADLINE:
        return None  # '[청년창업가를 만나다] … 한서윤 대표' says what the story is, over its quote
    m = m or _PERSON_LINE.match(article.text, p.start, p.end)
    if m is None or m["who"].endswith(("다", "다.", ".")) or len(m["who"].split()) > 5:
        return None
    kind, anonymous, _ = classify(m["who"])
    if kind not in (PERSON, OFFICIAL) or (anonymous and "(" not in m["who"]):
        return None
    return Speaker(m["who"], m["who"], m.start("who"), m.end("who"), anonymous, PERSON)


def _transcribed(article: Article, out: list[QuoteMention], p: Paragraph, speaker: Speaker) -> bool:
    """The unmarked words of a transcript's paragraph under its speaker's tag, as a quote,
    unless the paragraph holds quotes or is a tag itself."""
    text = article.text
    if any(p.start <= r.start < p.end for r in out) or text[p.start] in '[◀▶(“"':
        return False
    start, end = p.start, p.end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start < 2:
        return False
    out.append(quote_mention(article, start, end, kind=DIRECT, speaker=speaker, verb=None))
    return True


def _give(article: Article, out: list[QuoteMention], p: Paragraph, speaker: Speaker) -> bool:
    """Give ``speaker`` the quotes of the line ``p`` that have none, reading those not read."""
    changed = False
    for said in _MARKED.finditer(article.text, p.start, p.end):
        s, e = said.span("said")
        at = next((k for k, r in enumerate(out) if r.kind == DIRECT and r.start <= s < r.end), None)
        if at is None:
            out.append(quote_mention(article, s, e, kind=DIRECT, speaker=speaker, verb=None))
        elif out[at].speaker is None:
            out[at] = quote_mention(
                article, out[at].start, out[at].end, kind=DIRECT, speaker=speaker, verb=None
            )
        else:
            continue
        changed = True
    return changed
