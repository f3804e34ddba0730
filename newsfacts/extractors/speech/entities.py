"""The people and bodies an article names, in order, whether or not they speak (issue 20).

Newsroom prose introduces a person in a sentence that is not a quote and quotes them in the
next (``김정우 한빛증권 리서치센터장은 … 주목했다. 그는 “…”``), so references cannot be
resolved against earlier *speakers* alone. This module reads every person, organisation and
court named as a subject (or, for a person, before ``에게``/``을``/``와`` …) once, links each
short form to the entity it shortens (``박 변호사`` to ``법무법인 한결의 박준호 변호사``,
``그리어 대표``, ``최씨`` to ``최모 씨(62)``, ``KDI`` to ``한국개발연구원(KDI)``), and answers
"the most recent fitting entity before offset ``at``" by bisection, so that resolving a
reference never rescans the text (every stage stays linear in its input).

The word lists are data in ``newsfacts/data/entities.json``; person titles, anonymous heads
and person/company references are shared with ``speakers.py``.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections import Counter
from functools import cache
from typing import Any

import regex

from ...lexicon import alternation, load
from ...page.article import HEADLINE, SUBHEAD, Article
from ...quotemarks import OPENERS
from .names import (
    FOREIGN_WORD,
    GLUED_SSI,
    HANJA,
    WORD_RUN,
    as_a_name,
    bare,
    body_head_re,
    body_heads_set,
    entity_words,
    first_court_heads,
    foreign_given_names,
    hanja_surnames,
    interview_cue,
    is_court,
    kind_short_names,
    name_words,
    object_particles,
    person_particles,
    plain_foreign_word,
    relations,
    short_parts,
)
from .phrases import noun_phrase, person_phrase
from .shortforms import BARE, THIS, anonymous_keys, is_title, person_keys, sharing_a_post
from .speakers import (
    AGED,
    COMPANY,
    OFFICIAL,
    ORG,
    OUTLET,
    PERSON,
    classify,
    in_a_noun_clause,
    is_role,
    is_subject_particle,
    lexicon,
    personal_name,
    strip_paren,
)
from .subjects import speaker_np

# compiled once, not looked up in regex's cache at each call: they run for every word
_GLOSSES = regex.compile(r"[(（]([^()（）]+)[)）]")

#: The two kinds of entity in the JSON: ``person`` and ``organization`` (companies, bodies,
#: outlets and courts).
PERSON_KIND, ORGANIZATION = "person", "organization"
COURT = "court"
FIRST_COURT = "first_court"  # '1심은': the district court of a case under appeal

_PROPER = frozenset({"NNP", "SL", "SH"})
# the tags ``Entities._scan`` looks at: an opening mark, a subject or topic particle
# (JX/JKS, as ``is_subject_particle`` asks), an object's or a person's particle
_SCANNED = frozenset({"SSO", "JX", "JKS", "JKO", "JKB", "JC", "JKG", "MAG", "VCP"})
_TOPIC_FORMS = frozenset({"은", "는", "도"})
_TOPIC_WORD = regex.compile(r"(?<!\S)(?P<word>\p{Hangul}{2,6})(?:은|는|이|가)(?=\s)")
_PUBLIC_ENDINGS = ("위원회", "부", "청", "처")  # a ministry, an agency, a commission: no company


@dataclasses.dataclass(frozen=True)
class EntityMention:
    text: str
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class Entity:
    """One person or body; ``name`` is its fullest written form, ``mentions`` every place it
    is named, short forms included, in text order."""

    name: str
    kind: str  # person | organization
    mentions: tuple[EntityMention, ...]


@dataclasses.dataclass(frozen=True)
class Found:
    """What a reference resolved to: the entity's name and how ``speakers`` classes it."""

    name: str
    kind: str  # a speakers kind: person, official, company, outlet, org
    anonymous: bool
    start: int  # where the entity was last named before the reference


@dataclasses.dataclass
class _Entity:
    name: str
    kind: str  # a speakers kind
    anonymous: bool
    court: bool
    mentions: list[EntityMention]
    keys: list[tuple[str, str]] = dataclasses.field(default_factory=list)  # its short forms
    passing: bool = False  # only met in passing ('문재인 대통령 신년기자회견에서'), never a subject


_FIGURE_GLOSS = regex.compile(r"[(（][\d.,]+[^()（）]*[)）]")
_THIS_WORDS = frozenset({"이", "해당"})  # '이 관계자', '해당 학부모': the one just described
_HEREAFTER = regex.compile(r"^(?:이하|약칭|以下)\s*")
_GLOSSED_BODY = regex.compile(
    r"(?<![\p{Hangul}\w])(?P<body>[\p{Hangul}\w]{3,20})[(（](?:이하|약칭)\s*[^()（）\n]{1,12}[)）]"
)
_REAL_NAME = regex.compile(r"[(（]본명[ :]*\p{Hangul}{2,4}[)）]")  # '루아(본명 채서윤)'
_DESCRIBED = regex.compile(r"(?<!\p{Hangul})(\p{Hangul}{2,10})(?:인|[을를] 맡(?:은|고 있는)) $")


def _titles_ending(word: str) -> list[str]:
    """The longest title that ends ``word`` ('위원장' of '예결위원장'), if any."""
    m = lexicon().title_end_re.search(word)
    return [m.group()] if m is not None else []


class _Index:
    """Mention starts (ascending) and their entities, for 'the last one before ``at``'."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ents: list[int] = []

    def add(self, start: int, ent: int) -> None:
        if not self.starts or start >= self.starts[-1]:
            self.starts.append(start)  # the scan goes in text order, so this stays sorted
            self.ents.append(ent)
            return
        i = bisect.bisect_right(self.starts, start)  # a name Kiwi missed, read at the sentence's end
        self.starts.insert(i, start)
        self.ents.insert(i, ent)

    def before(self, at: int) -> tuple[int, int] | None:
        i = bisect.bisect_left(self.starts, at) - 1
        return (self.starts[i], self.ents[i]) if i >= 0 else None


def _short_form(name: str) -> bool:
    """'문 대통령': a family name of one syllable and a post, no name written whole."""
    parts = short_parts(name)
    return parts is not None and len(parts[0]) == 1


def another_post(name: str, written: str) -> bool:
    """'유인촌 해외관광공사 해외지사장(과)' after '유인촌 문화체육관광부 장관': a name already
    written with its body and post keeps that post; a longer form with another post is another
    capacity (or a misreading of a list), not a fuller form of the same one."""
    words, other = bare(name).split(), bare(written).split()
    if len(words) < 3 or len(other) < 2 or not is_title(words[-1]) or not is_title(other[-1]):
        return False
    return not (words[-1].endswith(other[-1]) or other[-1].endswith(words[-1]))


@cache
def post_qualifiers() -> frozenset[str]:
    return frozenset(load("entities")["post_qualifiers"])


def fullness(written: str) -> tuple[bool, bool, int, bool, int, bool, int]:
    # a name written whole beats a family name and a post ('정병천 지부장' over '정 신임지부장');
    # '일본은행의 우에다 가즈오 총재' says no more than '우에다 가즈오 일본은행 총재'; an age
    # glossed ('구하늘(44) 감독') says more than none
    # '이병래 신임 손해보험협회장' says no more who than '이병래 손해보험협회장' (post_qualifiers)
    # and a broadcast tag's '박성미 / 여수시의원' no more than '박성미 여수시의원'
    # then the form naming more (name and body, not posts, roles or qualifiers), then the post
    # after the name ('박찬욱 감독' over '영화감독 박찬욱'), as the copy writes it
    lex, qualifiers = lexicon(), post_qualifiers()
    plain = " ".join(
        w for w in bare(written).replace("의 ", " ").replace(" / ", " ").split() if w not in qualifiers
    )
    words = name_words(written)
    titled = any(is_title(w) for w in words)
    posted = bool(words) and is_title(words[-1])
    naming = (w for w in name_words(plain) if w not in qualifiers)
    named = sum(len(w) for w in naming if not is_title(w) and not is_role(lex, w))
    return not _short_form(written), titled, named, posted, len(plain), plain == bare(written), len(written)


@cache
def titled_name_re() -> Any:
    titles = [t for t in lexicon().titles if len(t) > 1 and regex.fullmatch(r"\p{Hangul}+", t)]
    return regex.compile(
        rf"(?<!\p{{Hangul}})(?P<name>\p{{Hangul}}{{3}})(?P<between>(?: [\p{{Hangul}}\p{{Latin}}\d]+){{0,3}}?)"
        rf" \p{{Hangul}}{{0,4}}(?:{alternation(titles)})"
        r"(?=[은는이가의을를에도과와]?(?!\p{Hangul}))"
    )


@cache
def _court_name_re() -> Any:
    """A court's name as copy writes it ('전주지법', '광주고법 전주재판부 형사1-1부', '수원지법
    안산지원 형사2단독'), before a particle or none."""
    data = load("entities")
    heads = alternation([h for h in data["court_heads"] if h not in ("재판부", "법원")])
    divisions = alternation(data["court_divisions"])
    return regex.compile(
        rf"(?<!\p{{Hangul}})\p{{Hangul}}{{1,8}}(?:{heads})(?: \p{{Hangul}}{{1,6}}(?:재판부|지원))?"
        rf"(?: (?:{divisions})(?:합의)?\d+(?:-\d+)?(?:단독|부))?"
        r"(?=(?:에서|으로|[은는이가의에도와과을를로])?(?!\p{Hangul}))"
    )


def _a_judge_sitting_alone(name: str) -> bool:
    words = name.split()
    # a single judge's division is written '형사5단독', '민사12단독'
    return len(words) > 2 and words[-1].endswith("판사") and any(w.endswith("단독") for w in words[:-2])


class Entities:
    """Every person and body the article names, read in one pass over its morphemes."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._ents: list[_Entity] = []
        self._by_name: dict[str, int] = {}
        self._by_short: dict[tuple[str, str], _Index] = {}  # (name word or surname, title)
        self._by_kind: dict[str, _Index] = {}  # person, official, company, court, topic
        self._aliases: dict[str, int] = {}  # a person's bare name: '오세훈' of '주장 오세훈'
        self._short_only: dict[tuple[str, str], int] = {}  # '문 대통령' met before any full form
        self._at: dict[int, int] = {}  # where a mention starts -> its entity
        self._holding: dict[str, tuple[list[int], list[str]]] = {}  # '경찰청' -> bodies holding it
        self._endings: dict[str, tuple[list[int], list[str]]] = {}  # '군' -> bodies named so
        self._noted: list[tuple[int, int]] = []  # every mention's span, in the order noted
        self._scan()

    # --- reading -------------------------------------------------------------------------

    def _scan(self) -> None:
        article, tokens = self.article, self.article.tokens
        objects, persons = object_particles(), person_particles()
        cued = -1
        for s in article.sentences:
            if s.paragraph != cued and (who := interview_cue(article, s.paragraph)) is not None:
                cued = s.paragraph  # '[인터뷰] 가온대 전기공학과 예인혁 교수' names who speaks next
                self._note(who, subject=True, topic=True)
            k = s.token_start
            # '임필성 감독이 … 공개했다. 이어 “…”': with no topic in the sentence, its first 이/가
            # subject is what it is about, and a dropped subject next continues it
            main_subject = not any(
                tokens[j].tag == "JX" and tokens[j].form in _TOPIC_FORMS for j in range(k, s.token_end)
            )
            while k < s.token_end:
                t = tokens[k]
                if t.tag not in _SCANNED:
                    k += 1  # most morphemes are none of the tags below: skip them at once
                    continue
                if t.tag == "SSO" and t.form in OPENERS and k < t.paired < s.token_end:
                    k = t.paired + 1  # a name inside a quote is the speaker's, not the article's
                    continue
                if is_subject_particle(tokens, k):
                    span = speaker_np(article, k, s.token_start)
                    if span is not None:
                        self._listed_before(span, s.start)
                        # not '페널티킥을 서진수가 처리한 것과 관련해': a clause's own subject
                        first = main_subject and not in_a_noun_clause(tokens, k, s.token_end)
                        self._note(span, subject=True, topic=t.tag in ("JX", "MAG") or first)
                        main_subject = False
                elif t.tag == "VCP":
                    # '가장 주목받은 신인은 … 주하은(24)이었다. 그녀는 …': a person named as
                    # what the subject is comes up next like a subject
                    span = noun_phrase(article, k, s.token_start)
                    if span is not None:
                        self._note(span, subject=True, topic=False, person_only=True)
                elif t.form in objects and t.tag in ("JKO", "JKB", "JC"):
                    span = noun_phrase(article, k, s.token_start)
                    if span is not None:
                        if t.tag == "JC":
                            self._listed_before(span, s.start)  # '배우 박민영, 고경표, 김재영과 …'
                        self._note(span, subject=False, topic=False, taken=t.tag == "JKO")
                elif t.form in persons and t.tag in ("JKG", "JKB"):
                    span = noun_phrase(article, k, s.token_start)
                    if span is not None:
                        self._note(span, subject=False, topic=False, person_only=True)
                k += 1
            last = s.token_end - 1
            nominal = last - 1 > s.token_start and tokens[last - 1].tag in ("NNP", "NNG")
            if nominal and tokens[last].tag == "SF":
                # '… 또다시 돌아온 배우 박민영. 그는 “…”': a sentence that is only the name it
                # ends in brings the person on stage, as a subject would
                span = noun_phrase(article, last, s.token_start)
                if span is not None:
                    self._note(span, subject=True, topic=True, person_only=True)
            self._names_kiwi_missed(s.start, s.end)
            self._titled_names(s.start, s.end)
            if "법" in article.text[s.start : s.end] or "지원" in article.text[s.start : s.end]:
                self._courts_named(s.start, s.end)
            if "(이하" in article.text[s.start : s.end] or "(약칭" in article.text[s.start : s.end]:
                self._glossed_bodies(s.start, s.end)

    def _listed_before(self, span: tuple[int, int], floor: int) -> None:
        """'미래한길당 민도현(56) 후보, 시민연대당 허진아(49) 후보, 무소속 표승우(44) 후보가 …': the
        people listed before a subject, each a person with a post, are named too."""
        text = self.article.text
        if text[max(floor, span[0] - 2) : span[0]] != ", ":
            return
        items: list[tuple[int, int]] = []
        end = span[0] - 2
        while end > floor:
            cut = max(text.rfind(", ", floor, end), text.rfind(". ", floor, end))
            start = cut + 2 if cut >= 0 else floor
            item = text[start:end]
            if cut < 0:
                start = self._after_particles(start, end)  # '행사에는 배우 정재영, 송윤아가'
                item = text[start:end]
            if not item.strip() or len(item.split()) > 5:
                break
            person = classify(item)[0] == PERSON or (
                person_phrase(self.article, (start, end)) and self._after_particles(start, end) == start
            )
            if not person or classify(item)[1]:
                break  # '배우 정재영, 송윤아가': a role and a name is a person too
            items.append((start, end))
            if cut < 0 or text[cut] != ",":
                break
            end = cut
        for item_span in reversed(items):
            self._note(item_span, subject=False, topic=False)

    def _after_particles(self, start: int, end: int) -> int:
        """Where the words of text[start:end] after its last particle or ending start ('연출을
        맡은 이창태 PD, …': not '맡은')."""
        a = self.article
        lo, hi = bisect.bisect_left(a.token_starts, start), bisect.bisect_left(a.token_starts, end)
        last = max((k for k in range(lo, hi) if a.tokens[k].tag.startswith(("J", "E"))), default=None)
        if last is None:
            return start
        space = a.text.find(" ", a.tokens[last].end, end)
        return space + 1 if space >= 0 else end

    def _inside_a_mention(self, at: int, since: int) -> bool:
        """Whether ``at`` is inside a mention noted since ``since`` ('한빛 타이거즈가')."""
        for s, e in reversed(self._noted):
            if s < since:
                return False
            if s <= at < e:
                return True
        return False

    def _titled_names(self, start: int, end: int) -> None:
        """'문재인 대통령 신년기자회견에서': a Korean name and its post anywhere in a sentence, in a
        compound or before any particle, is the person, met in passing; a later '문 대통령'
        shortens it."""
        a, lex = self.article, lexicon()
        if self.above_body(start):
            return  # a headline's form is no fuller for being first
        for m in titled_name_re().finditer(a.text, start, end, overlapped=True):
            if m.start() in self._at or self._inside_a_mention(m.start(), start):
                continue
            lo, hi = (
                bisect.bisect_left(a.token_starts, m.start()),
                bisect.bisect_left(a.token_starts, m.end("name")),
            )
            name = a.tokens[lo:hi]  # a proper noun, not '노조는' (노조/NNG 는/JX)
            if not name or name[0].tag != "NNP" or any(t.tag.startswith("J") for t in name):
                continue
            # '정기석 한림대성심병원 호흡기내과 교수': what lies between is where the post is
            between = a.tokens[hi : bisect.bisect_left(a.token_starts, m.end("between"))]
            if any(not t.tag.startswith(("NN", "SL", "SN", "XSN")) for t in between):
                continue
            if personal_name(lex, m["name"]):
                self._note(m.span(), subject=False, topic=False, passing=True)

    def _glossed_bodies(self, start: int, end: int) -> None:
        """'전국삼성전자노동조합(이하 전삼노) 조합원 3천여명이 …': a body given the short name the
        article will use is named, wherever in the sentence ('전삼노 측은' takes it up)."""
        for m in _GLOSSED_BODY.finditer(self.article.text, start, end):
            if m.start() in self._at or self._inside_a_mention(m.start(), start):
                continue
            if self._a_body((m.start(), m.end("body"))):
                self._note(m.span(), subject=True, topic=False)

    def _courts_named(self, start: int, end: int) -> None:
        """'전주지법 형사12부(김유랑 부장판사) 심리로 열린 1심 선고공판에서': a court named anywhere
        in a sentence, met in passing; a later '1심은', '재판부는' takes it up."""
        for m in _court_name_re().finditer(self.article.text, start, end):
            if m.start() in self._at or self._inside_a_mention(m.start(), start):
                continue
            if is_court(m.group()):
                self._note(m.span(), subject=False, topic=False, passing=True)

    def _names_kiwi_missed(self, start: int, end: int) -> None:
        """A name met before, written again as a subject where Kiwi read no noun ('탁은비는',
        '키물리는' read as verbs): noted like a subject."""
        if not self._aliases:
            return
        for m in _TOPIC_WORD.finditer(self.article.text, start, end):
            n = self._aliases.get(m["word"])
            if n is None or self._inside_a_mention(m.start(), start):
                continue
            ent = self._ents[n]
            ent.mentions.append(EntityMention(m["word"], m.start(), m.end("word")))
            self._at[m.start()] = n
            for key in self._kinds(ent, self.article.text[m.end("word")] in "은는"):
                self._by_kind.setdefault(key, _Index()).add(m.start(), n)

    def _note(
        self,
        span: tuple[int, int],
        *,
        subject: bool,
        topic: bool,
        person_only: bool = False,
        taken: bool = False,
        passing: bool = False,
        as_named: str | None = None,
    ) -> None:
        """Note the entity named at ``span``; ``as_named`` is the form to read it as where the
        words written are not all of it (a post written once for two people)."""
        text = self.article.text
        written = as_named or text[span[0] : span[1]]
        if not bare(written):
            return  # "'살인자 리포트'(감독 조영준)를": a gloss alone, what it glosses is before it
        lex = lexicon()
        if "·" in written:
            for part, name in sharing_a_post(written, span[0]):
                self._note(part, subject=False, topic=False, as_named=name)
        if written.startswith("같은 당 ") and len(written.split()) > 2:
            # '같은 당 박태웅 원내대변인': the party is the speakers' business, the person is named
            span = (span[0] + len("같은 당 "), span[1])
            written = text[span[0] : span[1]]
        if written in lex.references or written in entity_words().references or written.startswith("같은 "):
            return  # a reference points at an entity; resolving it is the speakers' business
        if written in lex.company_heads:
            return  # '회사는 …': a bare head word refers back like '이 회사', it names nobody
        if written in lex.roles and " " not in written:
            return  # '선수는', '작가는': a bare post refers back to a person, it names nobody
        kind, anonymous, name = classify(written)
        glued = GLUED_SSI.match(written) is not None
        court = is_court(written)
        if kind == ORG and (
            person_phrase(self.article, span)
            or self._foreign_person(written, span)
            or _REAL_NAME.search(written)
        ):
            kind = PERSON  # '강민우는': a Korean name alone; '주장 오세훈'; a role and a name
        if person_only and (anonymous or kind == OFFICIAL or not self._named(span)):
            return  # before 의/에 only a person by name: '투자 시장에', '업계 관계자의' are not
        if glued or (kind in (PERSON, OFFICIAL) and not court):
            kind = PERSON if glued else kind
        elif person_only:
            return
        elif kind in (COMPANY, OUTLET) or court or self._a_body(span):
            if not subject and not (kind in (COMPANY, OUTLET) or court):
                return  # '미국을', '서울과': a place as an object is no body of the story
        else:
            return
        mention = EntityMention(text[span[0] : span[1]], span[0], span[1])
        n = self._link(written, span[0], kind, anonymous)
        if n is None:
            n = self._by_name.get(bare(written))
        if n is None:
            n = len(self._ents)
            # an outlet is named as the outlet ('파이낸셜타임스(FT)'), without '영국' before it
            self._ents.append(
                _Entity(name if kind == OUTLET else written, kind, anonymous, court, [], passing=passing)
            )
            self._by_name[bare(written)] = n
            self._register(n)
            if kind == PERSON and not anonymous and (parts := short_parts(written)) and len(parts[0]) == 1:
                self._short_only.setdefault(parts, n)
        ent = self._ents[n]
        ent.passing = ent.passing and passing
        ent.mentions.append(mention)
        if ent.kind != PERSON and len(ent.mentions) == 1 and self._foreign_name(written, span):
            # '앤드리슨' after '마크 앤드리슨', '타이거즈' after '한빛 타이거즈': the last of two or
            # three proper nouns in Hangul (a person's or a team's name, whichever it is)
            self._aliases.setdefault(written.split()[-1], n)
        self._at[span[0]] = n
        self._noted.append(span)
        if ent.kind == PERSON and not ent.anonymous:
            self._described(n, span[0])
            self._foreign_aliases(n, span)
        # '강 수석' after '강민재(34)': a family name and a post shorten a name, however long
        # and a form with the post beats a longer one without ('엘렌 드로지에 신임 예술감독' over
        # '프랑스 출신 안무가 엘렌 드로지에(52)')
        fuller = fullness(written) > fullness(ent.name) and not self._short_of_name(written, ent)
        fuller = fuller and not (ent.kind == PERSON and another_post(ent.name, written))
        if (
            fuller
            and ent.kind == kind != OUTLET
            and not (passing and len(ent.mentions) > 1 and not _short_form(ent.name))
        ):
            ent.name = written  # the fullest form written, wherever it comes
            self._register(n)
        # '그는' takes up a subject: '트럼프 대통령은 … 정 회장을 치켜세웠다. 그는 …' is 트럼프
        # a person met as an object is taken up too ('…이 벨러(48)를 선임했다. 그는 …'); where the
        # sentence has a person as its topic, the topic comes first (``_topic_first``)
        # (an object of the verb, not '발린 국방장관과 … 배석했다' nor '오정만씨의 환갑')
        taken = taken and ent.kind == PERSON and not anonymous
        # a court met in passing ('… 형사12부 심리로 열린 공판에서') is what '재판부는' takes up
        keys = self._kinds(ent, topic) if subject or (passing and ent.court) else [PERSON] if taken else []
        if person_only and not subject and ent.kind == PERSON and not anonymous:
            keys = ["owner"]  # '서유나(41)의 개인전': only when no one else is there to take up
        if subject and COURT not in self._by_kind and _a_judge_sitting_alone(ent.name):
            # '서울서부지법 형사5단독 송경호 부장판사는 … 선고했다. 재판부는': the judge is the
            # bench; not the first court's judge of an appeal, named after the appeal court
            keys = [*keys, COURT]
        for key in keys:
            self._by_kind.setdefault(key, _Index()).add(span[0], n)
        # each short form's index holds every mention of the entities it may shorten, so that
        # '박 변호사' finds the one named last, however it was written then (a person has dozens
        # of keys: an index is made only when missing, not made and dropped by setdefault)
        for short in ent.keys:
            index = self._by_short.get(short) or self._by_short.setdefault(short, _Index())
            index.add(span[0], n)

    def _proper(self, span: tuple[int, int]) -> bool:
        a = self.article
        lo, hi = bisect.bisect_left(a.token_starts, span[0]), bisect.bisect_left(a.token_starts, span[1])
        return any(t.tag in _PROPER for t in a.tokens[lo:hi])

    def _a_body(self, span: tuple[int, int]) -> bool:
        """A phrase with a proper noun names a body when its head, the last word, is a name
        ('누리 타이거즈') or a body's word ('미국 정부', '한국은행 금융통화위원회'); not a
        figure or a thing of the body ('2분기 글로벌 DRAM 시장 규모', '누리전자 주가')."""
        end = span[1]
        if (
            figure := _FIGURE_GLOSS.search(self.article.text, span[0], end)
        ) is not None and figure.end() == end:
            end = figure.start()  # '기본 데이터량(300MB)': a figure's unit names no body
        head = self.article.text.rfind(" ", span[0], end) + 1 or span[0]
        if self._proper((head, end)):
            return True
        word = bare(self.article.text[head:end])
        if body_head_re().search(word):
            return True  # '청림중학교', '태림조선노동조합': a name and the kind of body it is
        lex = lexicon()
        bodily = word[-1:] in lex.org_suffixes or lex.company_end_re.search(word) is not None
        # '일본 외무성': a body's word alone after the name of whose it is
        return (bodily or word in body_heads_set()) and self._proper(span)

    def _named(self, span: tuple[int, int]) -> bool:
        """The phrase has a name in it besides its title: a proper noun or a masked name."""
        a = self.article
        lo, hi = bisect.bisect_left(a.token_starts, span[0]), bisect.bisect_left(a.token_starts, span[1])
        words = a.text[span[0] : span[1]].split()
        lex = lexicon()
        if any(t.tag in _PROPER for t in a.tokens[lo:hi]) or any(lex.masked_re.match(w) for w in words):
            return True
        if _REAL_NAME.search(a.text, span[0], span[1]):
            return True  # '가수 루아(본명 채서윤)': a stage name, and the name it stands for
        # a Korean name's shape before a post: '… 푸른울타리 서경민 상담팀장의 말이다'
        return len(words) > 1 and any(personal_name(lex, strip_paren(w)) for w in words[:-1])

    def _foreign_name(self, written: str, span: tuple[int, int]) -> bool:
        """Two or three words, each one proper noun in Hangul and none a body's name."""
        words = written.split()
        if not 2 <= len(words) <= 3 or not all(FOREIGN_WORD.match(w) for w in words):
            return False
        lex = lexicon()
        if any(w[-1] in lex.org_suffixes or lex.company_end_re.search(w) for w in words):
            return False
        a = self.article
        lo, hi = bisect.bisect_left(a.token_starts, span[0]), bisect.bisect_left(a.token_starts, span[1])
        return hi - lo == len(words) and all(t.tag == "NNP" for t in a.tokens[lo:hi])

    def _foreign_aliases(self, n: int, span: tuple[int, int]) -> None:
        """'코바치' of '일리나 코바치 베스카르 총리', '렌하르트' of '… 대변인 소피아 렌하르트', and
        '니시오카' of '니시오카 료헤이 …' (a Japanese name puts the family name first): the two
        words of the first pair of proper nouns in a row that are neither a post nor a body."""
        lex = lexicon()
        words = list(WORD_RUN.finditer(self.article.text, span[0], span[1]))
        for i, (a, b) in enumerate(itertools.pairwise(words)):
            if plain_foreign_word(lex, a.group()) and plain_foreign_word(lex, b.group()):
                roled = i > 0 and is_role(lex, words[i - 1].group())  # '공격수 마리아나 소자'
                one = self._proper(a.span()) or self._proper(b.span())
                if (roled and one) or (self._proper(a.span()) and self._proper(b.span())):
                    self._aliases.setdefault(b.group(), n)
                    self._aliases.setdefault(a.group(), n)
                return

    def _foreign_person(self, written: str, span: tuple[int, int]) -> bool:
        """'마커스 윌리엄스': a foreign name that opens with a given name is a person; a club
        ('서진 썬더스') or a company is written in the same shape."""
        gloss = AGED.search(written)
        if gloss is not None:  # '마티아스 벨러(48)': the age says a person, the name is before it
            written, span = written[: gloss.start()], (span[0], span[1] - len(gloss.group()))
        words = written.split()
        if gloss is not None and len(words) == 1 and regex.fullmatch(r"\p{Hangul}{2,6}", words[0]):
            return True  # '볼트(22·자메이카)는': one word and an age is someone, however Kiwi reads it
        given = next((i for i, w in enumerate(words[:-1]) if w in foreign_given_names()), None)
        if given is None:
            # '외국인 공격수 이사벨라 로차': a role right before a foreign name of two words
            lex = lexicon()
            roled = len(words) > 2 and is_role(lex, words[-3]) and not personal_name(lex, words[-2])
            name = " ".join(words[-2:])
            plain = roled and plain_foreign_word(lex, words[-2]) and plain_foreign_word(lex, words[-1])
            if plain and self._proper((span[1] - len(name), span[1])):
                return True  # '공격수 마리아나/NNP 소자/NNG': one proper noun is enough
            given = len(words) - 2 if roled or (gloss is not None and len(words) > 1) else None
        if given is None:
            return False
        # '외국인 타자 제이크 펜윅': what the person is may come before the name
        name = " ".join(words[given:])
        return self._foreign_name(name, (span[1] - len(name), span[1]))

    def _link(self, written: str, at: int, kind: str, anonymous: bool) -> int | None:
        """The earlier entity ``written`` shortens: '박 변호사', 'KDI', '최씨', '오세훈'."""
        if written.endswith(" 측"):
            # '전삼노 측' after '전국삼성전자노동조합(이하 전삼노)': the side is the body itself
            head = written[: -len(" 측")]
            side = self._by_name.get(bare(head))
            if side is None and " " not in head:
                side = self._aliases.get(head)
            if side is not None:
                return side
        if kind == PERSON and not anonymous and (parts := short_parts(written)) is not None:
            for key in (parts, (THIS, parts[1])) if parts[0] in _THIS_WORDS else (parts,):
                index = self._by_short.get(key)
                found = index.before(at) if index else None
                if found is not None:
                    return found[1]
            if is_title(parts[1]) and not (parts[0] in lexicon().determiners and " " in written):
                # '권 부사장' for the CFO '권혜린': the one person of that family name
                only = self._only_one_named(parts[0], at)
                if only is not None:
                    return only
        n = self._by_name.get(written.strip("()"))  # 'KDI' after '한국개발연구원(KDI)'
        if n is None and kind == PERSON and not anonymous and " " in written:
            n = self._same_full_name(written, at)
        if n is None and self._short_only and kind == PERSON and not anonymous and not _short_form(written):
            # '문재인 대통령' after a headline's '문 대통령': the short form met first is this person
            words = name_words(written)
            if any(personal_name(lexicon(), w) for w in words):
                n = next(
                    (self._short_only.pop(k) for k in person_keys(written, words) if k in self._short_only),
                    None,
                )
        if n is None and " " not in written:
            n = self._aliases.get(written)  # '오세훈' after '주장 오세훈'
        return n

    def _register(self, n: int) -> None:
        """Index the short forms of a new entity: surname or any name word with its title,
        and its bracketed glosses."""
        ent = self._ents[n]
        for gloss in _GLOSSES.findall(ent.name):
            # '전국삼성전자노동조합(이하 전삼노)': the short name the article will use
            self._by_name.setdefault(_HEREAFTER.sub("", gloss), n)
        if ent.kind != PERSON and not (ent.kind == OFFICIAL and ent.anonymous):
            return
        if "·" in ent.name and sharing_a_post(ent.name, 0):
            return  # '한 원내대표' is one of the people the list names, each noted on their own
        words = name_words(ent.name)
        if ent.anonymous:
            keys = [*anonymous_keys(words), (BARE, words[-1])]  # '할머니는' after '한 할머니가'
        else:
            self._alias(n, words)
            keys = person_keys(ent.name, words)
        ent.keys.extend(k for k in dict.fromkeys(keys) if k not in ent.keys)

    def _described(self, n: int, start: int) -> None:
        """'여당 간사인 우태준 … 의원' is later '우 간사': a post given in a relative clause
        before the name ('X인') is a title the short form may use."""
        m = _DESCRIBED.search(self.article.text, max(0, start - 20), start)
        if m is None:
            return
        ent, post = self._ents[n], m.group(1)
        # '예산결산위원회 위원장을 맡은 이삼용 의원' is '이 위원장'; '예결위원장을 맡은' too
        posts = [post, *(t for t in _titles_ending(post) if t != post)]
        for w in name_words(ent.name):
            for p in posts:
                if personal_name(lexicon(), w) and (w[0], p) not in ent.keys:
                    ent.keys.append((w[0], p))

    def _alias(self, n: int, words: list[str]) -> None:
        """A person's name alone: the name after a role ('오세훈' of '주장 오세훈'), the family
        name of a foreign name ('앤드리슨' of '마크 앤드리슨'), a Korean name among titles
        ('정민호' of '정민호 한국은행 총재')."""
        lex = lexicon()
        if not words:
            return
        last = words[-1]
        if len(words) > 1 and not is_title(last) and FOREIGN_WORD.match(last):
            self._aliases.setdefault(last, n)
        # '비롤' of '파티 비롤 국제에너지기구(IEA) 사무총장': a foreign given and family name
        # before the body and the post
        foreign = len(words) > 2 and all(plain_foreign_word(lex, w) for w in words[:2])
        if foreign and not plain_foreign_word(lex, words[2]) and is_title(last) and len(words[2]) > 1:
            self._aliases.setdefault(words[1], n)
        given = next((i for i, w in enumerate(words) if w in foreign_given_names()), None)
        family = words[given + 1] if given is not None and given + 1 < len(words) else ""
        if family and (FOREIGN_WORD.match(family) or family in lex.surnames):
            # '오코너' of '제임스 오코너 에이전트', '정' of '크리스 정 팰리세이즈파크 시장': the family
            # name after a given name, before the post
            self._aliases.setdefault(family, n)
        for i, w in enumerate(words):
            if i + 2 < len(words) and is_role(lex, words[i + 1]) and personal_name(lex, words[i + 2]):
                continue  # '노바린 리더 태오': the group a role is of, not a name of the person
            if personal_name(lex, w) and not is_role(lex, w):  # not '안무가'
                self._aliases.setdefault(w, n)
                if len(w) == 3 and w[0] in lex.surnames:
                    # '소율' of '배우 한소율': entertainment and sports copy name a person by
                    # the given name (the entities take it up only where Kiwi reads a name)
                    self._aliases.setdefault(w[1:], n)

    @staticmethod
    def _kinds(ent: _Entity, topic: bool) -> list[str]:
        if ent.court:
            return [COURT]
        if ent.kind == PERSON:
            return [PERSON, "topic"] if topic else [PERSON]
        if ent.kind == OFFICIAL:
            return [PERSON, OFFICIAL, "topic"] if topic else [PERSON, OFFICIAL]
        if ent.kind == OUTLET:
            return [OUTLET]
        # '회사 측은' takes up a company by its name ('현대자동차'), not any body with a proper
        # noun in it ('미국 판매 법인은 … 보냈다. 회사 측은 …' is still 현대자동차)
        return [COMPANY] if ent.kind == COMPANY else ["org"]

    # --- answering -----------------------------------------------------------------------

    def resolve(self, written: str, at: int) -> Found | None:
        """The most recent entity before ``at`` that ``written`` (a reference or a short
        form) fits, or None."""
        kind = lexicon().references.get(written) or entity_words().references.get(written)
        if kind == COMPANY:
            # a company named by a name without a company word ('카카오는') is still one
            return self._found(self._by_kind.get(COMPANY), at) or self._found_firm(at)
        if kind == PERSON:
            # with no person named as a subject or object before, the one met as an owner
            # ('설치작가 서유나(41)의 개인전은 … 그녀는 …')
            return self._found(self._topic_first(at), at) or self._found(self._by_kind.get("owner"), at)
        if kind == COURT:
            # a broadcast lede's '항소심 재판부가 “…”' names the court only in the next sentences
            return self._found(self._by_kind.get(kind), at) or self._first_after(self._by_kind.get(kind), at)
        if kind == OFFICIAL:
            return self._found(self._by_kind.get(kind), at)
        if kind == FIRST_COURT:
            return self._first_court(at)
        if kind is not None:
            return None  # outlets: the speakers' history and the outlet list answer those
        parts = short_parts(written)
        if parts is None and " " not in written and is_title(written):
            # '교수는'; else, in a feature, '작가는' for the novelist, '선수는' for the captain
            # just named: a bare post points back to a person, the one named last
            found = self._found(self._by_short.get((BARE, written)), at)
            lex = lexicon()
            bare_post = written in lex.roles and written not in lex.anonymous_heads | lex.groups
            if self.article.text[max(0, at - 3) : at] == "다른 ":
                return None  # '또 다른 기자가': another one, not the one named before
            # '할머니가 “…” 하자': with 이/가 a bare post brings someone new in, with 은/는 it
            # goes on with the one named ('작가는')
            after = self.article.text[at + len(written) : at + len(written) + 1]
            bare_post = bare_post and after not in ("이", "가")
            return found or (self._found(self._topic_first(at), at) if bare_post else None)
        if parts is None or parts[1] in relations():
            return None  # '박근혜 변호인' is someone else, the lawyer of 박근혜
        found = self._found(self._by_short.get(parts), at)
        if found is None and parts[0] in _THIS_WORDS:
            # '이 의원' is lawmaker Lee when one was named; else 'this lawmaker' ('해당 학부모')
            found = self._found(self._by_short.get((THIS, parts[1])), at)
        # not '이 팀장', '한 평론가': 'this' and 'a certain', which are family names too ('한씨' is one)
        certain = parts[0] in lexicon().determiners and " " in written
        if found is None and not certain and is_title(parts[1]):
            n = self._only_one_named(parts[0], at)
            if n is not None:
                ent = self._ents[n]
                found = Found(ent.name, ent.kind, ent.anonymous, ent.mentions[0].start)
        return found

    def _first_court(self, at: int) -> Found | None:
        """'1심은': the last court named before ``at`` that is a district court or its branch."""
        index = self._by_kind.get(COURT)
        if index is None:
            return None
        heads = first_court_heads()
        for i in range(bisect.bisect_left(index.starts, at) - 1, -1, -1):
            ent = self._ents[index.ents[i]]
            if any(h in w for w in bare(ent.name).split() for h in heads):
                return Found(ent.name, COMPANY, ent.anonymous, index.starts[i])
        return None

    def _short_of_name(self, written: str, ent: _Entity) -> bool:
        parts = short_parts(written)
        return parts is not None and any(
            personal_name(lexicon(), w) and len(w) > len(parts[0]) and w.startswith(parts[0])
            for w in name_words(ent.name)
        )

    def _same_full_name(self, written: str, at: int) -> int | None:
        """'엘렌 드로지에 신임 예술감독' after '프랑스 출신 안무가 엘렌 드로지에(52)', '한국은행
        정민호 총재' after '정민호 한국은행 총재', '외야수 오세윤(27)' after '오세윤의 홈런' (the name met
        alone grows to this form): a person written again with other words around
        the same full name, a Korean name of three syllables or a foreign given and family name
        (not '곽태민 캠프 윤채령 대변인', the camp's spokesperson, nor '주한 베라니아 대사')."""
        lex = lexicon()
        words = name_words(written)
        for i, w in enumerate(words):
            m = self._aliases.get(w)
            if m is None or is_title(w) or self._ents[m].kind != PERSON or self._ents[m].anonymous:
                continue
            if self._ents[m].mentions[0].start >= at:
                continue
            rest = words[i + 1 :]
            if rest and (
                rest[0] in lex.person_bodies
                or rest[0] in relations()
                or any(personal_name(lex, r) for r in rest)
            ):
                continue
            theirs = name_words(self._ents[m].name)
            if len(w) == 3 and w[0] in lex.surnames and personal_name(lex, w) and w in theirs:
                return m
            j = theirs.index(w) if w in theirs else -1
            pair = i > 0 and j > 0 and words[i - 1] == theirs[j - 1]
            # '크리스 정': a known given name before a family name Korean or not
            family = plain_foreign_word(lex, w) or words[i - 1] in foreign_given_names()
            if pair and family and plain_foreign_word(lex, words[i - 1]):
                return m
        return None

    def _only_one_named(self, surname: str, at: int) -> int | None:
        """'권 부사장' for the CFO '권혜린', '함 병원장' for '함재석 원장': a family name and a
        post the article never wrote for anyone is the one person so named before it; so is a
        foreign family name ('드로지에 단장' for '엘렌 드로지에 신임 예술감독')."""
        lex = lexicon()
        if surname not in lex.surnames:
            m = self._aliases.get(surname)
            foreign = FOREIGN_WORD.match(surname) is not None and not personal_name(lex, surname)
            if foreign and m is not None and self._ents[m].kind == PERSON and not self._ents[m].anonymous:
                return m if self._ents[m].mentions and self._ents[m].mentions[0].start < at else None
            if regex.fullmatch(r"\p{Hangul}{1,2}", surname) is None:
                return None
        # '자오 대변인' for '자오리젠(趙立堅) 중국 외교부 대변인': a Chinese name is written as one
        # word, its family name first
        hits = [
            n
            for n, e in enumerate(self._ents)
            if e.kind == PERSON and not e.anonymous and e.mentions and e.mentions[0].start < at
            and any(
                w.startswith(surname) and len(w) > len(surname) and not is_title(w)
                and (personal_name(lex, w) if surname in lex.surnames else self._chinese_name(e, w))
                for w in name_words(e.name)
            )
        ]  # fmt: skip
        return hits[0] if len(hits) == 1 else None

    def _holder(self, post: str) -> str | None:
        """Who holds ``post`` in the article: the person written with it most often, not one
        who held it before ('고토 마사루 전 경제산업상')."""
        index = self._by_short.get((BARE, post))
        if index is None:
            return None
        counts = Counter(index.ents)
        holders = [
            n for n in counts
            if not regex.search(rf"(?:전|前)\s*{regex.escape(post)}$", bare(self._ents[n].name))
        ]  # fmt: skip
        return self._ents[max(holders, key=lambda n: counts[n])].name if holders else None

    def _chinese_name(self, ent: _Entity, word: str) -> bool:
        """'자오리젠(趙立堅)': a name of three or four syllables glossed in Chinese characters,
        or written next to its post."""
        return (
            3 <= len(word) <= 4
            and FOREIGN_WORD.match(word) is not None
            and (
                regex.search(regex.escape(word) + r"\s*[(（]\p{Han}{2,4}[)）]", ent.name) is not None
                or any(m.text.startswith(word) for m in ent.mentions)
            )
        )

    def _topic_first(self, at: int) -> _Index | None:
        """The person index, or, when the last person named is in the same sentence as a
        person named as its topic, an index whose last entry is the topic: '유태경 씨는 마 셰프가
        뽑은 제자다. 그는 …' is 유태경 (the topic outranks a subject inside a clause)."""
        people = self._by_kind.get(PERSON)
        last = self._last_before(people, at)
        topic = self._last_before(self._by_kind.get("topic"), at)
        if last is None or topic is None or topic[0] == last[0]:
            return people
        one = self.article.sentence_at(last[0])
        if one is None or one is not self.article.sentence_at(topic[0]):
            return people
        index = _Index()
        index.add(topic[0], topic[1])
        return index

    def dropped_subject(self, at: int) -> Found | None:
        """The person last named as a topic before ``at`` (``…은 … 주목했다. “…”고 말했다``)."""
        return self._found(self._by_kind.get("topic"), at)

    def _found_firm(self, at: int) -> Found | None:
        """The last body before ``at`` that may be a company: not a public one by its ending
        ('개인정보보호위원회', '국토교통부', '식약처', '질병관리청')."""
        index = self._by_kind.get("org")
        if index is None:
            return None
        for i in range(bisect.bisect_left(index.starts, at) - 1, -1, -1):
            ent = self._ents[index.ents[i]]
            if not bare(ent.name).endswith(_PUBLIC_ENDINGS):
                return Found(ent.name, ent.kind, ent.anonymous, index.starts[i])
        return None

    def _found(self, index: _Index | None, at: int) -> Found | None:
        hit = self._last_before(index, at)
        if hit is None:
            return None
        start, n = hit
        ent = self._ents[n]
        kind = COMPANY if ent.court else ent.kind
        return Found(ent.name, kind, ent.anonymous, start)

    def _first_after(self, index: _Index | None, at: int) -> Found | None:
        if index is None or (i := bisect.bisect_right(index.starts, at)) >= len(index.starts):
            return None
        ent = self._ents[index.ents[i]]
        return Found(ent.name, COMPANY, ent.anonymous, index.starts[i])

    @staticmethod
    def _last_before(index: _Index | None, at: int) -> tuple[int, int] | None:
        return index.before(at) if index is not None else None

    def at(self, start: int) -> str | None:
        """The fullest name of the entity mentioned at ``start``, if one is."""
        n = self._at.get(start)
        return self._ents[n].name if n is not None else None

    def name_written(self, start: int, end: int) -> tuple[int, int] | None:
        """The last name, or family name, of a person (or a club) the article named, written with
        a topic or subject particle in text[start:end] ('경기 후 키물리는'), where the morphemes
        found no subject."""
        if not self._aliases:
            return None
        found = None
        for m in _TOPIC_WORD.finditer(self.article.text, start, end):
            if m["word"] in self._aliases:
                found = m.span("word")
        return found

    def person_named(self, word: str, at: int) -> str | None:
        """The fullest name of the person ``word`` (a name alone) names, if one is."""
        n = self._aliases.get(word)
        if n is None:
            n = self._by_name.get(word)
        return self._ents[n].name if n is not None and self._ents[n].kind in (PERSON, OFFICIAL) else None

    def first_person_in_body(self) -> Found | None:
        """The first named person of the body: whom an interview is with."""
        for e in self._ents:
            first = e.mentions[0].start if e.mentions else None
            if (
                e.kind == PERSON
                and not e.anonymous
                and first is not None
                and not self.above_body(first)
                and not e.passing
            ):
                return Found(e.name, e.kind, e.anonymous, first)
        return None

    def person_at(self, start: int) -> bool:
        """Whether the mention at ``start`` is of a person."""
        n = self._at.get(start)
        return n is not None and self._ents[n].kind in (PERSON, OFFICIAL)

    def fullest(self, written: str, at: int) -> str | None:
        """The fullest name of the entity ``written`` names or shortens, the last one before
        ``at`` or else (a headline, above the body) the first after it."""
        refers = written in lexicon().references or written in entity_words().references
        first, _, rest = written.partition(" ")
        country = bool(rest) and HANJA.fullmatch(first) is not None and first not in hanja_surnames()
        if country:
            written = rest  # a headline's '日 니시오카': the country in one character, then the name
        # '美 상무장관': a country's post, the one person the body names with it
        post = country and " " not in written and is_title(written)
        # a headline's short form is named in the body below it; a reference points back only
        if post:
            return self._holder(written)
        for where in (at,) if refers else (at, len(self.article.text) + 1):
            found = self.resolve(written, where) if short_parts(written) else None
            if found is not None:
                return found.name
        n = self._by_name.get(bare(written))
        if n is None and " " not in written:
            n = self._aliases.get(written)
        if n is None and " " in written and not refers and not written.startswith("같은 "):
            # a headline's '이창용 한은 총재' for the body's '이창용 한국은행 총재'
            n = self._same_full_name(written, len(self.article.text) + 1 if self.above_body(at) else at)
            if n is not None and len(bare(self._ents[n].name)) < len(bare(written)):
                n = None  # only a fuller form replaces what is written
        if n is None and " " in written:
            # a headline's 'MVP 강준서', '4년 120억 FA 계약 차태윤': what it says of a person the
            # body names, and the name
            m = self._aliases.get(written.split()[-1])
            n = m if m is not None and self._ents[m].kind == PERSON else None
        if n is None and written.count(" ") >= 2 and not refers:
            # '다니엘 오스본 CEO': the family name and the post, a given name before them
            found = self.resolve(" ".join(written.split()[-2:]), len(self.article.text) + 1)
            fuller = found is not None and found.kind == PERSON and len(found.name) > len(written)
            return found.name if fuller and found is not None else None
        return self._ents[n].name if n is not None else None

    def body_ending(self, word: str, at: int) -> str | None:
        """The body last named before ``at`` whose name ends with ``word``: '청솔군' for '군';
        in a headline or subhead, above the body, the first one named."""
        if word not in self._endings:
            self._endings[word] = self._bodies_ending(word)
        starts, names = self._endings[word]
        i = bisect.bisect_left(starts, at) - 1
        if self.above_body(at):
            # a headline's '병원 측' is the body the story names in full, below it
            body = next((n for s, n in zip(starts, names, strict=True) if not self.above_body(s)), None)
            if body is not None:
                return body
        return names[i] if i >= 0 else None

    def body_ending_glued(self, word: str, at: int) -> str | None:
        """The body named in the body's text before ``at`` whose name ends with ``word`` glued
        to the rest ('전북특별자치도의사회' for '의사회'); of several in one sentence ('전국대책위와
        …, 시민사회대책위가'), the first, which the list leads with."""
        if word not in self._endings:
            self._endings[word] = self._bodies_ending(word)
        starts, names = self._endings[word]
        hits = [
            (s, n)
            for s, n in zip(starts[: bisect.bisect_left(starts, at)], names, strict=False)
            if not self.above_body(s) and len(n) > len(word) and n.endswith(word) and n[-len(word) - 1] != " "
        ]
        if not hits:
            return None
        sentence = self.article.sentence_at(hits[-1][0])
        first = next((n for s, n in hits if sentence is not None and s >= sentence.start), hits[-1][1])
        return first

    def above_body(self, at: int) -> bool:
        one = self.article.sentence_at(at)
        return one is not None and self.article.paragraphs[one.paragraph].role in (HEADLINE, SUBHEAD)

    def kind_short(self, word: str, at: int) -> str | None:
        """'노조' for the union the article names ('태림조선노동조합'), '검찰' for its
        prosecutors ('서하지검 금융범죄수사부'): a kind of body written short
        (``kind_short_names``), or a body's head alone ('구청은' for '서원구청')."""
        kinds = kind_short_names().get(word) or ((word,) if word in body_heads_set() else ())
        for kind in kinds:
            found = self.body_containing(kind, at) or self.body_ending(kind, at)
            if found is not None:
                return found
        return None

    def kind_named_after(self, word: str, at: int) -> str | None:
        """A kind of body written short with nothing of that kind named before: a lede's
        '경찰이 … 밝혔다' names the body only in the sentences after it ('2일 서울경찰청은 …'):
        the first of that kind in the next two."""
        kinds = kind_short_names().get(word) or ((word,) if word in body_heads_set() else ())
        for kind in kinds:
            if (found := self._first_containing_after(kind, at)) is not None:
                return found
        return None

    def _first_containing_after(self, word: str, at: int) -> str | None:
        here = self.article.sentence_at(at)
        sentences = self.article.sentences
        if here is None:
            return None
        limit = sentences[min(len(sentences) - 1, here.index + 2)].end
        starts, names = self._containing(word)
        i = bisect.bisect_right(starts, at)
        return names[i] if i < len(starts) and starts[i] < limit else None

    def _bodies_ending(self, word: str) -> tuple[list[int], list[str]]:
        """Every mention of a body whose name ends with ``word`` or that ``word`` introduces, in
        text order (read once per word, so that each '군 관계자' costs a bisection); when no
        entity has such a name, a place Kiwi reads as common nouns ('청솔군은'), as written:
        three syllables at least, so that 해군 and 육군 are not a county."""
        text = self.article.text
        hits = sorted(
            (m.start, e.name)
            for e in self._ents
            if e.kind not in (PERSON, OFFICIAL)
            for m in e.mentions
            # or introduced as what it is: '소속사 측' for '… 소속사 한울뮤직은'
            if (bare(e.name).endswith(word) and len(bare(e.name)) > len(word))
            or text[max(0, m.start - len(word) - 1) : m.start] == f"{word} "
        )
        # and a place Kiwi reads as common nouns, as written, also where no entity is named
        # before the word that refers to it ('군은 …' above '남오군은 …')
        # ('남오군수' is the head of 남오군; not '…시장', a market as often as a mayor); a place's
        # name is short ('청하시', not '청하공공교통시민연대', nor 해군), a body's may be long
        head, size = ("|수", "2,4") if len(word) == 1 else ("", "2,10")
        place = rf"(?<!\p{{Hangul}})\p{{Hangul}}{{{size}}}{word}(?=\s|은|는|이|가|의|에|와|과|청|민|\({head})"
        named = {h[0] for h in hits}
        hits += [
            (h.start(), h.group())
            for h in regex.finditer(place, text)
            if h.start() not in named and (not text[h.end()].isspace() or self._proper((h.start(), h.end())))
        ]  # before a space only a name Kiwi knows: '반드시 되살리겠다' is no city
        hits.sort()
        return [h[0] for h in hits], [h[1] for h in hits]

    def body_containing(self, word: str, at: int) -> str | None:
        """'경찰에 따르면' after '누리경찰청 강력수사대는 …': the body last named before ``at``
        whose name holds the kind word the copy uses for it later."""
        starts, names = self._containing(word)
        i = bisect.bisect_left(starts, at) - 1
        return names[i] if i >= 0 else None

    def _containing(self, word: str) -> tuple[list[int], list[str]]:
        """Every mention of a body whose name holds ``word`` (and is longer), in text order:
        read once per word, then each lookup is a bisection."""
        if word not in self._holding:
            hits = sorted(
                (m.start, e.name)
                for e in self._ents
                if e.kind not in (PERSON, OFFICIAL) and word in bare(e.name) and len(bare(e.name)) > len(word)
                for m in e.mentions
            )
            self._holding[word] = ([h[0] for h in hits], [h[1] for h in hits])
        return self._holding[word]

    def names(self) -> list[tuple[str, str]]:
        """(fullest name, kind as in the JSON) of every entity, in the order first named."""
        return [(as_a_name(e.name), PERSON_KIND if e.kind in (PERSON, OFFICIAL) else ORGANIZATION)
                for e in self._ents]  # fmt: skip

    def entities(self) -> list[Entity]:
        kind = {PERSON: PERSON_KIND, OFFICIAL: PERSON_KIND}
        return [Entity(as_a_name(e.name), kind.get(e.kind, ORGANIZATION), tuple(e.mentions))
                for e in self._ents]  # fmt: skip
