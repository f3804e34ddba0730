"""Direct quotes and reported claims with their speakers (issue 5).

Work is per paragraph, because Kiwi may cut a sentence inside a quote. A paragraph's
morphemes are cut into *frames*: stretches that end at a sentence-final mark outside any
quote, or at a closing mark of a quote that itself ends a sentence (``“….” 한국은행 관계자는
이같이 밝혔다``). Quote spans come from Kiwi's paired SSO/SSC marks, so nested marks stay
inside the outer quote. A quote counts when its frame says it is speech:

* a quotative and a reporting verb follow it (``”고 말했다``, ``”라고 김 장관이 밝혔다``);
* a connective quotative (``”라며``) and the frame goes on to another quote or ends in a
  reporting verb (``“…”며 그를 …로 임명했다`` does not);
* an adnominal quotative and a speech noun (``”라는 입장을 밝혔다``);
* the next sentence names the speaker (``이같이 밝혔다``);
* in a headline or subhead, a bare name right before it (``트럼프 “…”``).

Single quotes and 『』《》 titles count only with a quotative and a reporting verb after them.
Claims without quote marks are read in ``claims.py``; speakers in ``speakers.py``.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Callable
from itertools import compress
from operator import itemgetter

import regex

from ...page.article import BODY, HEADLINE, SUBHEAD, Article, Token
from ...quotemarks import CLOSERS, FAMILIES, SPEECH
from .carried import DANGLING, Open, close_carried
from .condensed import sector_words
from .entities import Entities
from .mention import DIRECT, QuoteMention, quote_mention
from .names import cue_line_before, ends_as_a_body, interview_cue, people_in_the_plural
from .phrases import noun_phrase
from .reporting import (
    after_quote,
    any_verb,
    ask_words,
    bare_verb,
    label_words,
    next_sentence,
    owner_after_quote,
    passive_endings,
    quotative_any,
    what_is_said,
    whose_words,
)
from .resolver import Resolver
from .soundbites import a_name
from .speakers import (
    OFFICIAL,
    ORG,
    PERSON,
    THING,
    Speaker,
    chain_start,
    classify,
    clause_of,
    in_a_noun_clause,
    is_role,
    is_subject_particle,
    is_title_word,
    lexicon,
)
from .subjects import asked, speaker_np


@dataclasses.dataclass
class _Quote:
    open: int  # token index of the opening mark
    close: int  # token index of the closing mark
    family: str
    mode: str | None = None  # direct | connective | adnominal | pending | headline
    verb: str | None = None
    gap: tuple[int, int] | None = None  # chars between quotative and verb
    relay: str | None = None
    after: int = 0  # char offset after the frame that governs the quote
    speaker: Speaker | None = None
    owner: tuple[int, int] | None = None  # '…라는 게 [한국은행]의 설명이다'


@dataclasses.dataclass
class _Frame:
    start: int  # first token
    end: int  # one past the last token
    quotes: list[_Quote]


#: reads the reported claims in the unquoted rest of a frame: (doc, frame, where the rest
#: starts, paragraph) -> mentions (``newsfacts.extractors.speech.claims.claims_in``)
ClaimReader = Callable[["_Doc", "_Frame", int, int], list["QuoteMention"]]


class _Doc:
    """Per-article state: offsets of tokens for lookups, and the speaker resolver."""

    def __init__(self, article: Article, named: Entities | None = None) -> None:
        self.article = article
        self.text = article.text
        self.tokens = article.tokens
        self.starts = article.token_starts
        self.named = named if named is not None else Entities(article)
        self.resolver = Resolver(article, self.named)
        self.by_span: dict[tuple[int, int], Speaker] = {}
        self.last_para = -10

    def token_at(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def speaker_at(self, span: tuple[int, int], para: int, before: int | None = None) -> Speaker:
        sp = self.by_span.get(span)
        if sp is None:
            sp = self.by_span[span] = self.resolver.speaker(*span, before)
        self.last_para = para
        return sp

    def note_verb(self, sp: Speaker | None, verb: str | None) -> None:
        if sp is not None and verb and verb.startswith("보도") and sp.start is not None:
            self.resolver.promote_outlet(sp)

    def dropped_subject(self, para: int, at: int | None = None) -> Speaker | None:
        """Korean drops a subject that continues: '또 “…”고 덧붙였다' speaks for the last speaker,
        or for a person named as the topic since (at ``at``): '…은 … 주목했다. “…”고 말했다'."""
        last = self.resolver.last()
        if at is not None and (named := self._named_since(last, para, at)) is not None:
            return named
        if last is None or para - self.last_para > 1 or last.name is None:
            return None
        self.last_para = para  # '그러면서 “…”', '이어 “…”': paragraph after paragraph, the same one
        return Speaker(last.name, None, None, None, last.anonymous, last.kind)

    def _named_since(self, last: Speaker | None, para: int, at: int) -> Speaker | None:
        named = self.named.dropped_subject(at)
        if named is None or (last is not None and last.start is not None and last.start >= named.start):
            return None
        sentence = self.article.sentence_at(named.start)
        if sentence is None or para - sentence.paragraph > 1:
            return None
        return Speaker(named.name, None, None, None, named.anonymous, named.kind)

    def subject(self, c0: int, c1: int, *, claim: bool = False) -> tuple[int, int] | None:
        """The speaker phrase in text[c0:c1]: the first topic (은/는/도), else a 이/가 subject.

        For a clause without quote marks the only 이/가 subject may be the clause's own
        ('경제가 어렵다고 말했다'), so a claim takes a lone 이/가 subject only when it names someone.
        """
        tokens = self.tokens
        lo = i = self.token_at(c0)
        stop = self.token_at(c1)
        subjects: list[tuple[int, int]] = []
        outer: list[tuple[int, int]] = []  # subjects of the sentence itself, not of a clause in it
        inner = 0  # subjects of a clause inside the clause ('발사가 200회를 넘을 것')
        topic: tuple[int, int] | None = None
        right_before: tuple[int, int] | None = None  # a subject the quote follows at once
        while i < stop:
            t = tokens[i]
            if t.tag == "SSO" and t.form in FAMILIES and i < t.paired < stop:
                i = t.paired + 1
                continue
            if is_subject_particle(tokens, i):
                span = speaker_np(self.article, i, lo)
                # '단 한 차례도', '금리인하는': what is said or how often, not who says it
                if span is not None and not what_is_said(self.text[span[0] : span[1]]):
                    if t.tag in ("JX", "MAG"):
                        # '신 사장이 연내 출시는 불가능하다고 밝혔다': a topic that cannot speak,
                        # after a subject that can, is what the subject says something about
                        can_speak = self.speaker_like(span) or people_in_the_plural(
                            self.text[span[0] : span[1]]
                        )
                        if outer and not can_speak and self.speaker_like(outer[0]):
                            return outer[0]  # (not '코로나 상황이 … 자영업자들은': people can speak)
                        if (
                            not claim
                            and topic is None
                            and not self.speaker_like(span)
                            and not self.a_body(span)
                        ):
                            # '이날 인터뷰는 … 요청하자 김 감독이 “…”라고 밝혀 성사됐다': a topic
                            # that cannot speak gives way to one who can, written after it
                            topic = span
                            i += 1
                            continue
                        return topic if topic is not None and not self.speaker_like(span) else span
                    ahead = tokens[i + 1] if i + 1 < len(tokens) else None
                    if ahead is not None and ahead.tag == "SSO" and ahead.form in FAMILIES:
                        right_before = span if self.speaker_like(span) else None
                    clause = clause_of(tokens, i, stop)
                    # a clause's own subject speaks only if it can: '김 대표가 … 만난 자리에서'
                    if clause is None or (clause != THING and self.speaker_like(span)):
                        subjects.append(span)
                        if clause is None:
                            outer.append(span)
                    else:
                        inner += 1
            i += 1
        if topic is not None:
            return right_before if right_before is not None else topic
        if not subjects:
            return None
        if claim:
            if len(subjects) + inner > 1:
                return subjects[0]
            # a lone 이/가 subject speaks when it names someone: '누리랩스가 …했다고 밝혔다'
            return subjects[0] if self.speaker_like(subjects[0]) else None
        # '박민수 차관이 [국민 불안이 커지는] 상황에서 “…”': the last that can speak
        return next((sp for sp in reversed(subjects) if self.speaker_like(sp)), subjects[-1])

    def owner(self, np_start: int, np_end: int) -> tuple[int, int] | None:
        """The phrase before the 의 at ``np_end``: '한국은행의 설명이다' -> 한국은행."""
        k = self.token_at(np_end)
        if k >= len(self.tokens) or self.tokens[k].tag != "JKG" or self.tokens[k].start != np_end:
            return None
        return noun_phrase(self.article, k, self.token_at(np_start))

    def subject_of_a_thing(self, c0: int, c1: int) -> tuple[int, int] | None:
        """The first subject in text[c0:c1] that can speak, of a clause ending in 것/데."""
        tokens = self.tokens
        lo, stop = self.token_at(c0), self.token_at(c1)
        for i in range(lo, stop):
            if is_subject_particle(tokens, i) and clause_of(tokens, i, stop) == THING:
                span = speaker_np(self.article, i, lo)
                if span is not None and self.speaker_like(span):
                    return span
        return None

    def described_thing(self, span: tuple[int, int]) -> bool:
        """'…를 떠나는 결정은 쉽지 않았다고 했다': one common noun described by the clause
        before it is what the claim is about, not who makes it (who does is dropped); not a
        body's word ('…을 맡은 검찰은'), a title, a group or a reference."""
        written = self.text[span[0] : span[1]]
        k = self.token_at(span[0])
        if k == 0 or self.tokens[k - 1].tag != "ETM" or self.speaker_like(span):
            return False
        if self.a_body(span) or written in sector_words():
            return False
        lex = lexicon()
        # ('발표할 A매치 소집 명단은' is a thing; '기자회견을 연 새시민당 소속 시의원들은' are people)
        words = written.removesuffix("들").split()
        if words[-1][-1] in lex.org_suffixes:
            return False  # a body's name ('…을 맡은 수원지검은'), not '…된 정원 상한제는'
        for w in words:
            if is_title_word(lex, w) or is_role(lex, w):
                return False
        # not '기자회견을 가진 드 제거는': part of a name the article gives (asked last: it reads
        # every entity)
        return not (" " in written and any(written in name for name, _ in self.named.names()))

    def a_body(self, span: tuple[int, int]) -> bool:
        """A body's name by its ending ('통일부', '해수부'), though no proper noun is in it."""
        written = self.text[span[0] : span[1]]
        return ends_as_a_body(written) or bool(lexicon().company_end_re.search(written))

    def speaker_like(self, span: tuple[int, int]) -> bool:
        """A reference, a titled person, an outlet, a group, or at least a proper noun."""
        written = self.text[span[0] : span[1]]
        if written in lexicon().references or classify(written)[0] != ORG:
            return True
        if written.endswith("측") and len(written) > 2:
            return True  # '병원측', '유족 측': a side in a dispute is always one who speaks
        return any(t.tag == "NNP" for t in self.tokens[self.token_at(span[0]) : self.token_at(span[1])])


# --- frames -----------------------------------------------------------------------------------


_MARK_TAGS = frozenset(("SSO", "SF"))  # what _frames stops at: opening marks, sentence ends


def _marks(tokens: tuple[Token, ...]) -> list[int]:
    """Indexes of the tokens ``_frames`` looks at, found in C: a tenth of an article's tokens."""
    return list(compress(range(len(tokens)), map(_MARK_TAGS.__contains__, map(itemgetter(1), tokens))))


def _frames(tokens: tuple[Token, ...], t0: int, t1: int, marks: list[int]) -> tuple[list[_Frame], int | None]:
    """The frames of a paragraph, and the token of a quote mark left open at its end, if any.

    Newsroom copy runs a long quote over paragraphs by opening each with “ and closing only
    the last; the rest of such a paragraph is quote, not frames. ``marks`` is ``_marks(tokens)``.
    """
    frames: list[_Frame] = []
    start, quotes = t0, list[_Quote]()
    k = bisect.bisect_left(marks, t0)
    while k < len(marks) and (i := marks[k]) < t1:
        t = tokens[i]
        if t.tag == "SF":
            frames.append(_Frame(start, i + 1, quotes))
            start, quotes = i + 1, []
            k += 1
            continue
        family = FAMILIES.get(t.form)
        if family and i < t.paired < t1 and tokens[t.paired].form in CLOSERS[family]:
            j = t.paired
            quotes.append(_Quote(i, j, family))
            after = j + 1
            ends_sentence = tokens[j - 1].tag == "SF" and (after >= t1 or tokens[after].start > tokens[j].end)
            if ends_sentence and family in SPEECH:
                frames.append(_Frame(start, after, quotes))
                start, quotes = after, []
            k = bisect.bisect_left(marks, after, k)
            continue
        if family and t.paired < 0 and t.form in DANGLING:
            frames.append(_Frame(start, i, quotes))
            return frames, i
        k += 1
    if start < t1:
        frames.append(_Frame(start, t1, quotes))
    return frames, None


def _paragraph_ranges(article: Article) -> list[tuple[int, int, int]]:
    """(paragraph index, first token, end token) for each paragraph that has sentences."""
    out: list[tuple[int, int, int]] = []
    for s in article.sentences:
        if out and out[-1][0] == s.paragraph:
            out[-1] = (s.paragraph, out[-1][1], s.token_end)
        else:
            out.append((s.paragraph, s.token_start, s.token_end))
    return out


# --- reading the frame after each quote -------------------------------------------------------


def _read_tails(doc: _Doc, frame: _Frame) -> None:
    """Set each quote's mode, verb and gap from the text that follows its closing mark."""
    text, tokens = doc.text, doc.tokens
    direct, connective, adnominal = after_quote()
    frame_end = tokens[frame.end - 1].end
    for n, q in enumerate(frame.quotes):
        tail_start = tokens[q.close].end
        tail_end = tokens[frame.quotes[n + 1].open].start if n + 1 < len(frame.quotes) else frame_end
        tail = text[tail_start:tail_end]
        m = direct.match(tail) or adnominal.match(tail)
        if m:
            q.mode = DIRECT if "noun" not in m.re.groupindex else "adnominal"
            q.verb = m["verb"]
            q.relay = m["relay"] if "relay" in m.re.groupindex else None
            if m["gap"]:
                q.gap = (tail_start + m.start("gap"), tail_start + m.end("gap"))
            q.after = tail_start + m.end()
        elif m := owner_after_quote().match(tail):
            q.mode = DIRECT
            q.verb = m["verb"]
            if m["stance"] is None:
                q.owner = doc.owner(tail_start + m.start("np"), tail_start + m.end("np"))
            q.after = tail_start + m.end()
        elif m := connective.match(tail):
            q.mode = "connective"
            q.verb = m["q"]
            q.after = tail_start + m.end()
        elif q.family in SPEECH and (m := _tied_by_rago(doc, tail, tail_start)):
            q.mode = DIRECT
            q.verb = m["verb"]
            if m["gap"]:
                q.gap = (tail_start + m.start("gap"), tail_start + m.end("gap"))
            q.after = tail_start + m.end("verb")
        elif q.family in SPEECH and (m := bare_verb().match(tail)):
            # '“…” 회상했고': the quotative left out, the reporting verb right after the quote
            q.mode = DIRECT
            q.verb = m["verb"]
            q.after = tail_start + m.end()
        elif n == len(frame.quotes) - 1 and (
            not tail.strip(" .") or _bracket_ends_paragraph(doc, tail_start)
        ):
            q.mode = "pending"  # a lone quote, or one with who said it in brackets ('“…”(… 의원, …)')
            q.after = tail_end
        elif n + 1 < len(frame.quotes) and (m := _JOINER.match(tail)):
            q.mode = "joined"  # '“…”하고 “…”며 … 밝혔다': speech if the quote it joins is
            q.verb = m["q"]
            q.after = tail_start + m.end()
    for n in range(len(frame.quotes) - 2, -1, -1):
        q = frame.quotes[n]
        if q.mode == "joined":
            q.mode = "connective" if frame.quotes[n + 1].mode in (DIRECT, "connective") else None


_BRACKET_ONLY = regex.compile(r"\s*[(（][^()（）]*[)）]\s*\.?\s*$")


def _bracket_ends_paragraph(doc: _Doc, at: int) -> bool:
    """What follows ``at`` to the end of its paragraph is one bracket (the sentence Kiwi cut
    may end inside it: '“…”(… 백승주 의원. 지난달 …)')."""
    if doc.text[at : at + 2].strip()[:1] not in ("(", "（"):
        return False
    sentence = doc.article.sentence_at(at)
    if sentence is None:
        return False
    end = doc.article.paragraphs[sentence.paragraph].end
    return _BRACKET_ONLY.match(doc.text, at, end) is not None


# '“…”하고 “…”며', '“…할것”이며, 또한 “…”이고, “…”': a quote joined to the next by a quotative or
# a copula's connective ending alone
_JOINER = regex.compile(r"\s*(?P<q>(?:이라|라)?하고|이며|이고)\s*[,，]?\s*(?:또한|또)?\s*$")


def _tied_by_rago(doc: _Doc, tail: str, tail_start: int) -> regex.Match[str] | None:
    """'“…”라고 깎아내렸다', '“…”이라고 인사를 건넨 뒤 “…”': a quote (이)라고 ties to a predicate
    is what the clause's subject said, unless the words between make it a sign or a name
    ('“…”라고 적힌 현수막을 들었다', '“…”라고 불렀다') or a phrase of a noun ('“…”라고 하는
    말', any adnominal before the predicate but an action's before 뒤/후)."""
    m = quotative_any().match(tail)
    if m is None or label_words().search(tail, m.start("gap"), m.end("verb")):
        return None
    if ask_words().search(tail, m.start("q"), m.end("verb")):
        return None  # '“…느냐”고 묻자 그는 손사래를 쳤다': the question is someone else's
    if any(w.endswith(passive_endings()) for w in tail[m.start("gap") : m.end("verb")].split()):
        return None  # '“…”이라고 평가받는다': the subject is what was called so
    lo, hi = doc.token_at(tail_start + m.start("gap")), doc.token_at(tail_start + m.start("verb"))
    if any(t.tag == "ETM" for t in doc.tokens[lo:hi]):
        return None
    return m


def _accept_connectives(doc: _Doc, frame: _Frame) -> None:
    """A 라며-quote is speech when a later quote of the frame is, or the frame ends in speech,
    or it quotes a whole sentence (``“…내야 한다”며 물러서지 않았다``); a quoted phrase
    (``“미래를 여는 인재”라며 그를 …로 임명했다``) is a label, not speech."""
    frame_end = doc.tokens[frame.end - 1].end
    for n, q in enumerate(frame.quotes):
        if q.mode != "connective":
            continue
        later = any(r.mode in (DIRECT, "adnominal") for r in frame.quotes[n + 1 :])
        if later or _ends_a_sentence(doc.tokens, q) or any_verb().search(doc.text, q.after, frame_end):
            continue
        q.mode = None


def _ends_a_sentence(tokens: tuple[Token, ...], q: _Quote) -> bool:
    """The quote closes on a sentence-final ending (``…한다”``, ``…한다.”``, ``…까요?”``)."""
    i = q.close - 1
    while i > q.open and tokens[i].tag in ("SF", "SE"):
        i -= 1
    return i > q.open and tokens[i].tag == "EF"


def _headline_speaker(doc: _Doc, frame: _Frame, q: _Quote) -> tuple[int, int] | None:
    """'트럼프 “…”', '대통령실, “…”': a bare noun phrase right before the quote (or before a
    comma right before it), at the start of a headline part."""
    tokens = doc.tokens
    i = q.open
    if i > frame.start + 1 and tokens[i - 1].tag == "EC" and tokens[i - 1].form in ("며", "면서"):
        return _headline_lead(doc, frame, i)
    if i <= frame.start or (tokens[i - 1].end == tokens[i].start and tokens[i - 1].form != ","):
        return None
    comma = tokens[i - 1].form == ","
    if comma:
        i -= 1  # the comma is written against the name: '대통령실, “…”'
        if i <= frame.start or tokens[i - 1].end != tokens[i].start:
            return None
    first = chain_start(tokens, i, frame.start)
    if tokens[first].form in lexicon().versus:
        first += 1  # '與 “…” vs 野 “…”': the second side is 野; '“…” vs “…”' names nobody
    elif first > frame.start and tokens[first - 1].tag not in ("SP", "SE", "SF", "SSC", "SW"):
        # '은퇴 앞둔 김연경 “…”', '아흔 서예가 도명순 “…”': what the headline says of the
        # speaker comes first, a word apart; the name is the speaker
        spaced = first < i and tokens[first - 1].end < tokens[first].start
        if comma or not spaced or not doc.speaker_like((tokens[first].start, tokens[i - 1].end)):
            return None
    if first >= i:
        return None
    span = tokens[first].start, tokens[i - 1].end
    # after a comma a topic is as likely as a speaker ('환율 1400원 돌파, “…”'): one word,
    # or a phrase that reads as a person, a company or a proper name
    if comma:
        if any(t.tag == "SN" for t in tokens[first:i]):
            return None
        if " " in doc.text[span[0] : span[1]] and not doc.speaker_like(span):
            return None
    return span


def _headline_lead(doc: _Doc, frame: _Frame, i: int) -> tuple[int, int] | None:
    """'트럼프 ‘김정은 건재’ 말 아끼며 “…”': the name that opens the headline part, whose
    action leads into the quote with 며/면서."""
    tokens = doc.tokens
    k = frame.start
    while k < i and tokens[k].tag in ("NNP", "NNG", "SL", "SH"):
        k += 1
    if k == frame.start or k >= i or tokens[k].start == tokens[k - 1].end:
        return None  # the name must be a word of its own, with more of the headline after it
    span = tokens[frame.start].start, tokens[k - 1].end
    return span if classify(doc.text[span[0] : span[1]])[0] != ORG or doc.speaker_like(span) else None


# --- speakers of the accepted quotes --------------------------------------------------------


def _assign_speakers(doc: _Doc, frame: _Frame, para: int) -> None:
    region = doc.tokens[frame.start].start
    accepted = [q for q in frame.quotes if q.mode in (DIRECT, "adnominal", "connective")]
    raw: dict[int, tuple[int, int] | None] = {}
    for q in accepted:
        span = q.owner or doc.subject(region, doc.tokens[q.open].start)
        if span is None and q.gap:
            span = doc.subject(*q.gap)
        span = span or asked(doc.article, region, doc.tokens[q.open].start)
        # a name the article gave, with its particle, where Kiwi read no noun ('키/NNG 물리/VV 는/ETM')
        if span is None and (written := doc.named.name_written(region, doc.tokens[q.open].start)):
            # not '서진수가 처리한 것과 관련해 “…”': the subject of a clause about something
            span = None if in_a_noun_clause(doc.tokens, doc.token_at(written[1]), q.open) else written
        raw[id(q)] = span
        if q.mode != "connective":
            region = q.after
    # a 라며-quote without its own subject speaks with the quote it leads into
    for n in range(len(accepted) - 2, -1, -1):
        q = accepted[n]
        if raw[id(q)] is None and q.mode == "connective":
            raw[id(q)] = raw[id(accepted[n + 1])]
    frame_end = doc.tokens[frame.end - 1].end
    for q in accepted:
        span = raw[id(q)]
        if span is None and q.mode == "connective" and q is accepted[-1]:
            # '“…”며 4번 타자 강민우가 웃었다': the subject written after the quote
            span = doc.subject(q.after, frame_end)
            if span is not None and doc.described_thing(span):
                span = None  # '“…”며 국회에서 통과된 상한제는 …고 밝혔다': what the next claim is about
        at = doc.tokens[q.open].start
        q.speaker = doc.speaker_at(span, para) if span else doc.dropped_subject(para, at)
        if q.speaker is None and (thing := doc.subject_of_a_thing(doc.tokens[frame.start].start, at)):
            # '파월 의장이 … 전망을 유지한 것과 관련한 질문에 “…”' with no one before to go on
            # with: the person the clause is about is who answers
            q.speaker = doc.speaker_at(thing, para)
        doc.note_verb(q.speaker, q.verb)


# (a broadcaster's page may tag the part first: '<인터뷰> 김현우(레슬링 국가대표) : “…”')
_LABEL = regex.compile(
    r"\s*[◆◇▲△■□●○▶▷·*-]?\s*(?:[<\[【]\s*(?:인터뷰|녹취|INT|싱크|현장음)\s*[>\]】]\s*)?(?P<who>[^\s=:“”\"][^=:“”\"\n]{0,40}?)\s*[=:]\s*$"
)


def _next_sentence_speaker(
    doc: _Doc, frame: _Frame, para: int, lede: bool = False
) -> tuple[Speaker, str | None] | None:
    """'한국은행 관계자는 이같이 밝혔다.' after a quote: its speaker and verb (a title in single
    marks may be in it: '… ‘온 더 라인’ 상영회 직후 이같이 말했다')."""
    if any(q.family in SPEECH for q in frame.quotes):
        return None
    text = doc.text
    s, e = doc.tokens[frame.start].start, doc.tokens[frame.end - 1].end
    m = next_sentence().match(text, s, e)
    if m is None:
        whose = _whose_words(doc, s, e, para)
        if whose is None and lede:
            # a quote that opens the story, then the person it is introduced with: '“…”
            # 양경수 민주노총 위원장이 8일 … 간담회를 가졌다.'
            span = doc.subject(s, e)
            if span is not None and classify(text[span[0] : span[1]])[0] in (PERSON, OFFICIAL):
                return doc.speaker_at(span, para), None
        return whose
    span = doc.subject(m.start("np"), m.end("np") + 2)
    if span is None:
        return None
    return doc.speaker_at(span, para), m["verb"]


# a broadcaster's page's tag in angle brackets before the words: '<피인순 / 침수피해 주민> "…"'
_ANGLED = regex.compile(
    r"\s*[<‹〈]\s*(?P<who>(?P<name>[^<>‹›〈〉/\n\"“”]{2,12}?)\s*/\s*(?P<post>[^<>‹›〈〉/\n\"“”]{1,40}?))"
    r"\s*[>›〉]\s*$"
)
_QUESTION = regex.compile(r"\s*(?:[―—–-]|Q\s*[.:]|질문\s*[:.])")  # matched where the paragraph starts


def _given_speaker(doc: _Doc, para: int) -> Speaker | None:
    """The speaker of a paragraph of lone quotes, given by a label before the first quote
    ('◆김진욱 두산 감독=“…”', '▲이 대표: “…”') or by the paragraph before it: a
    broadcast script's '[인터뷰] 가온대 전기공학과 예인혁 교수' (or '[인터뷰] 한말순 / 율목면
    주민'), or an interview's question ('―…?'), answered by the one interviewed: the first
    person the body names."""
    inline = interview_cue(doc.article, para)
    if inline is not None:
        return doc.speaker_at(inline, para)
    p = doc.article.paragraphs[para]
    mark = min(
        (i for i in (doc.text.find("“", p.start, p.end), doc.text.find('"', p.start, p.end)) if i >= 0),
        default=-1,
    )
    label = _LABEL.match(doc.text, p.start, mark) if mark > p.start else None
    angled = _ANGLED.match(doc.text, p.start, mark) if mark > p.start and label is None else None
    if angled is not None and a_name(angled["name"].replace(" ", ""), angled["post"].strip()):
        return doc.speaker_at(angled.span("who"), para)  # '<피인순 / 침수피해 주민> "…"'
    if label is not None and doc.speaker_like(label.span("who")):
        return doc.speaker_at(label.span("who"), para)  # '◆김진욱 두산 감독=“…”', '▲이 대표: “…”'
    if (line := cue_line_before(doc.article, p.start)) is not None:
        # '▶ 인터뷰 : 이기수 / 대교협 회장', then '- "…"': the name, and the post the tag gives
        found = doc.speaker_at(line.span("who"), para)
        if line["post"] and found.name == line["who"]:
            # the tag as written is the mention ('박광렬 / 기자'), as a soundbite's is
            end = line.end("post")
            name = f"{line['who']} {line['post'].strip()}"
            found = Speaker(
                name, doc.text[line.start("who") : end], line.start("who"), end, found.anonymous, PERSON
            )
        return found
    if para == 0:
        return None
    cue = interview_cue(doc.article, para - 1)
    if cue is not None:
        return doc.speaker_at(cue, para)
    before = doc.article.paragraphs[para - 1]
    if _QUESTION.match(doc.text, before.start, before.end) is None:
        return None
    first = doc.named.first_person_in_body()
    return Speaker(first.name, None, None, None, first.anonymous, first.kind) if first else None


# '“…” 선동렬 삼성 감독(19일 경기 전 …)', '▲ “…” (국민의힘 이상휘 의원, 국회 과방위)', '▲“…”(김현미
# 국토교통부 장관. 한국당 … 자료에 대해)': a day's sayings, each quote followed by who said it and,
# in brackets, when
_NAMED_AFTER = regex.compile(
    r"\s*(?:(?P<who>[^\s(（“”\"‘’'][^(（“”\"\n.?!]{1,40}?)\s*[(（][^()（）]*[)）]"
    r"|[(（](?P<who>[^,，.()（）\n]{2,40}?)\s*(?:[,，.][^()（）]*)?[)）])\s*\.?\s*$"
)


def _named_after(doc: _Doc, waiting: list[_Quote], para: int) -> Speaker | None:
    """Who said a paragraph's lone quote, written right after it: a name and a bracket that
    ends the paragraph (not '… 최모(62) 씨의 말이다', which ``_whose_words`` reads)."""
    p = doc.article.paragraphs[para]
    tail = doc.tokens[waiting[-1].close].end
    m = _NAMED_AFTER.match(doc.text, tail, p.end)
    if m is None:
        return None
    span = m.span("who")
    if classify(doc.text[span[0] : span[1]])[0] not in (PERSON, OFFICIAL) and not doc.speaker_like(span):
        return None
    return doc.speaker_at(span, para)


def _whose_words(doc: _Doc, s: int, e: int, para: int) -> tuple[Speaker, str] | None:
    """'“….” 박재영 해운FC 단장의 말이다.': the owner before 의, or the subject before
    '남긴 말이다', is the speaker of the lone quote before."""
    m = whose_words().match(doc.text, s, e)
    if m is None:
        return None
    if m["gen"] is not None:
        k = doc.token_at(m.start("gen"))
        if k >= len(doc.tokens) or doc.tokens[k].tag != "JKG":
            return None
        span = noun_phrase(doc.article, k, doc.token_at(s))
    else:
        span = doc.subject(s, m.end("subj"))
    if span is None:
        return None
    return doc.speaker_at(span, para), m["verb"]


def _mention(doc: _Doc, q: _Quote, kind: str = DIRECT) -> QuoteMention | None:
    start, end = doc.tokens[q.open].end, doc.tokens[q.close].start
    if not doc.text[start:end].strip():
        return None
    # '해양수산부,“ 지난해 …”': a space a page leaves inside the marks is no part of the words
    while doc.text[start].isspace():
        start += 1
    while doc.text[end - 1].isspace():
        end -= 1
    return quote_mention(doc.article, start, end, kind=kind, speaker=q.speaker, verb=q.verb, via=q.relay)


def read_quotes(article: Article, named: Entities | None, claims: ClaimReader) -> list[QuoteMention]:
    """Every direct quote of the article, and what ``claims`` reads in the unquoted rest of
    each frame (``claims.claims_in``), in text order. ``reading`` puts the two together;
    this module does not import the claims, which read its frames."""
    if not article.sentences:
        return []
    doc = _Doc(article, named)
    marks = _marks(doc.tokens)
    out: list[QuoteMention] = []
    pending: list[_Quote] = []  # lone quote sentences waiting for '… 이같이 말했다'
    pending_para = -1
    carried: list[Open] = []  # quotes left open at the end of the previous paragraphs
    first_body = next((p.index for p in article.paragraphs if p.role == BODY), -1)
    for para, t0, t1 in _paragraph_ranges(article):
        role = article.paragraphs[para].role
        headline = role in (HEADLINE, SUBHEAD)
        if role == SUBHEAD and cue_line_before(article, article.paragraphs[para].start) is not None:
            headline = False  # '- "…"' under '▶ 인터뷰 : 이름 / 직함' is a soundbite, not a subhead
        if pending and pending_para < para - 1:
            pending = []
        frames, dangling = _frames(doc.tokens, t0, t1, marks)
        first_seen = len(out)
        for frame in frames:
            if frame.end <= frame.start:
                continue
            if pending:
                found = _next_sentence_speaker(doc, frame, para, lede=pending_para == first_body)
                if found is not None:
                    for q in pending:
                        q.speaker, q.verb = found
                        out.extend(_mentions(doc, [q]))
                    pending = []
                    continue
                if len(frame.quotes) != 1:
                    pending = []  # a lone quote sentence keeps collecting: '“…” “…” 그는 이같이 말했다'
            residual = _frame_quotes(doc, frame, para, headline, out)
            waiting = [q for q in frame.quotes if q.mode == "pending" and q.family in SPEECH]
            given = (
                _given_speaker(doc, para) or _named_after(doc, waiting, para)
                if waiting and not headline
                else None
            )
            if given is not None:
                for q in waiting:
                    q.speaker = given
                    out.extend(_mentions(doc, [q]))
            elif waiting and not headline:
                pending.extend(waiting)
                pending_para = para
            if not headline:
                out.extend(claims(doc, frame, residual, para))
        carried = close_carried(doc.article, carried, out, first_seen, t0, dangling)
        if dangling is not None and not headline:
            lead = frames[-1] if frames and frames[-1].end > frames[-1].start else None
            span = doc.subject(doc.tokens[lead.start].start, doc.tokens[dangling].start) if lead else None
            # registered now, so that the paragraph that closes the quote speaks with it
            carried.append(Open(dangling, t1, doc.speaker_at(span, para) if span else None))
    out.sort(key=lambda m: (m.start, m.end))
    return out


def _frame_quotes(doc: _Doc, frame: _Frame, para: int, headline: bool, out: list[QuoteMention]) -> int:
    """Add the frame's direct quotes to ``out``; return where its unquoted remainder starts."""
    _read_tails(doc, frame)
    _accept_connectives(doc, frame)
    _assign_speakers(doc, frame, para)
    residual = doc.tokens[frame.start].start
    for q in frame.quotes:
        if q.mode in (DIRECT, "adnominal", "connective"):
            out.extend(_mentions(doc, [q]))
            residual = max(residual, q.after)
        elif headline and q.family in SPEECH:
            span = _headline_speaker(doc, frame, q)
            if span is not None:
                q.speaker = doc.speaker_at(span, para)
                out.extend(_mentions(doc, [q]))
            elif _stands_alone(doc, q):
                out.extend(_mentions(doc, [q]))  # whose it is: ``condensed.py``, once the body is read
    return residual


def _stands_alone(doc: _Doc, q: _Quote) -> bool:
    """'…“수출 30%는 현지 생산으로”', '“협력사 지원에 보답”': a headline quote with nothing glued
    to it; '“반도체 겨울”이 온다' is a phrase of the sentence, not a quote."""
    text, tokens = doc.text, doc.tokens
    before, after = tokens[q.open].start, tokens[q.close].end
    glued_before = before > 0 and text[before - 1].isalnum()
    glued_after = after < len(text) and text[after].isalnum()
    return not glued_before and not glued_after


def _mentions(doc: _Doc, quotes: list[_Quote]) -> list[QuoteMention]:
    return [m for q in quotes if (m := _mention(doc, q)) is not None]
