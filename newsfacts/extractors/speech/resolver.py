"""What later references (``그는``, ``이 매체는``, ``최 부총리는``) point back to.

The speakers of an article in document order, indexed as they come, and the entities the
article named (``entities.Entities``, handed in): a reference resolves to the last fitting
speaker unless the article named a fitting person or body after it. Reading a speaker phrase
and telling what it is (person, outlet, company …) is ``speakers``.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Protocol

import regex

from ...page.article import Article, Sentence
from .phrases import person_phrase
from .shortforms import sharing_a_post
from .speakers import (
    COMPANY,
    OFFICIAL,
    ORG,
    OUTLET,
    PERSON,
    Speaker,
    classify,
    is_subject_particle,
    lexicon,
    party_of,
    personal_name,
)
from .subjects import USER_ID, speaker_np

_FIRM = frozenset({"회사", "업체", "기업"})
_SOURCE = regex.compile(r"에\s*(?:따르면|의하면)")


class Named(Protocol):
    """An entity a reference resolved to (``newsfacts.extractors.speech.entities.Found``, read-only)."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def anonymous(self) -> bool: ...
    @property
    def start(self) -> int: ...


class NamedBefore(Protocol):
    """What the article named before an offset (``newsfacts.extractors.speech.entities.Entities``, which reads
    phrases with this module's functions and so is not imported here)."""

    def resolve(self, written: str, at: int) -> Named | None: ...
    def person_at(self, start: int) -> bool: ...


class Resolver:
    """Speakers in document order; resolves ``그는``, ``이 매체는``, ``최 부총리는`` to the last fit.

    Every lookup used to walk the history back from the newest speaker, and ``회사 측은``
    rescanned its paragraph from the start: quadratic on a long paragraph (86 s for 100k
    characters of one). The history is now indexed as it grows (by kind, by the endings of
    names, by bracketed glosses), and each paragraph's companies are read once; the answers
    are the same as the walks'.
    """

    def __init__(self, article: Article, named: NamedBefore | None = None) -> None:
        self.article = article
        self.named = named  # every person and body the article names (newsfacts.extractors.speech.entities)
        self.history: list[Speaker] = []
        self._by_kind: dict[str, list[int]] = {}  # kind -> indices of named speakers, ascending
        self._by_ending: dict[str, list[int]] = {}  # every ending of a name -> indices, ascending
        self._by_gloss: dict[str, int] = {}  # 'KDI' of '한국개발연구원(KDI)' -> last index
        self._last_party: int | None = None  # last speaker whose name holds a party
        self._companies: dict[int, tuple[list[int], list[Speaker]]] = {}  # paragraph -> (starts, companies)
        self._outlets: tuple[list[int], list[str]] | None = None  # every outlet named: (ends, names)

    def speaker(self, start: int, end: int, before: int | None = None) -> Speaker:
        """The speaker written at text[start:end]; a reference takes up what was named before
        ``before`` (the start of the clause the speaker is written after), else before it."""
        written = self.article.text[start:end]
        lex = lexicon()
        resolved = self._resolve(written, start if before is None else before)
        if resolved is not None:
            sp = Speaker(resolved.name, written, start, end, resolved.anonymous, resolved.kind)
        else:
            kind, anonymous, name = classify(written)
            # a speaker with a Korean name's shape is a person even where Kiwi reads the name
            # as common nouns ('강/XR 민/NNG 우/NNG는 말했다')
            if kind == ORG and (
                person_phrase(self.article, (start, end))
                or personal_name(lex, written)
                or USER_ID.match(written)
            ):
                kind = PERSON  # ('sich****': a netizen by the handle the copy quotes)
            elif kind == ORG and self._person_named(start):
                kind = PERSON  # '윌리엄스' of '마커스 윌리엄스': the entities knew the person
            if written in lex.references:
                kind = lex.references[written]
                anonymous = kind == OFFICIAL
            sp = Speaker(name, written, start, end, anonymous, kind)
        self._add(sp)
        return sp

    def _add(self, sp: Speaker) -> None:
        n = len(self.history)
        self.history.append(sp)
        name = sp.name
        if name is None:
            return
        self._by_kind.setdefault(sp.kind, []).append(n)
        for i in range(len(name)):
            self._by_ending.setdefault(name[i:], []).append(n)
        if name.endswith(")"):
            for i, ch in enumerate(name):
                if ch == "(":
                    self._by_gloss[name[i + 1 : -1]] = n
        if party_of(name):
            self._last_party = n

    def last(self) -> Speaker | None:
        return self.history[-1] if self.history else None

    def _resolve(self, written: str, at: int) -> Speaker | None:
        """The last fitting speaker, unless the article named a fitting person or body after
        it: '…은 … 주목했다. 그는 “…”' speaks for the one just named, who never spoke before
        (the entities are read once, by ``newsfacts.extractors.speech.entities``, and handed in)."""
        found = self._resolve_speakers(written, at)
        named = self.named.resolve(written, at) if self.named is not None else None
        if named is None:
            return found
        # a company reference passes over a body met in passing for the company named before it
        newer = found is not None and (found.start is None or found.start >= named.start)
        if newer and (found is None or found.kind == COMPANY or not _firm(written)):
            return found
        return Speaker(named.name, written, None, None, named.anonymous, named.kind)

    def _resolve_speakers(self, written: str, at: int) -> Speaker | None:
        lex = lexicon()
        kind = lex.references.get(written)
        if written.startswith("같은 당 "):
            return self._same_party(written)
        if kind is None:
            # 'KDI' after '한국개발연구원(KDI)': the abbreviation the article introduced
            if (n := self._by_gloss.get(written)) is not None:
                return self.history[n]
            m = lex.short_ref_re.match(written)
            if m is None:
                return None
            return self._short_form(m["head"], m["title"])
        rest = written.split(" ", 1)[1] if " " in written else None
        if kind == COMPANY and (named := self._company_in_paragraph(at)) is not None:
            return named
        # the newest speaker that ends with the words after 이/회사 (this one), or that fits
        wanted = (COMPANY, ORG) if kind == COMPANY else (PERSON, OFFICIAL) if kind == PERSON else (kind,)
        if _firm(written):
            # '이 회사', '회사 측': a company by name, before a body met in passing ('한국거래소는 …')
            wanted = (COMPANY,) if self._by_kind.get(COMPANY) else wanted
        newest = [n for k in wanted if (n := self._newest(k, skip_sources=_firm(written))) is not None]
        if rest and kind in (OFFICIAL, COMPANY) and rest in self._by_ending:
            # a name that ends in the word ('알리바바 측'), not in its syllables ('노사 양측')
            whole = [n for n in self._by_ending[rest] if self._ends_in_word(n, rest)]
            newest.extend(whole[-1:])
        if newest:
            return self.history[max(newest)]
        if kind == OUTLET:
            # the outlet may have been named without speaking: '블룸버그통신에 따르면', '… 보도했다'
            ends, names = self._outlets_named()
            i = bisect.bisect_right(ends, at) - 1
            if i >= 0:
                return Speaker(names[i], None, None, None, False, OUTLET)
        return None

    def _person_named(self, start: int) -> bool:
        return self.named is not None and self.named.person_at(start)

    def _ends_in_word(self, n: int, word: str) -> bool:
        name = self.history[n].name or ""
        return name == word or name.endswith(" " + word)

    def _newest(self, kind: str, *, skip_sources: bool) -> int | None:
        """The last speaker of ``kind``; for a company reference, not one only cited as a
        source ('한국거래소에 따르면'): the story is about the company, not its sources."""
        found = self._by_kind.get(kind)
        if not found:
            return None
        if not skip_sources:
            return found[-1]
        text = self.article.text
        for n in reversed(found):
            end = self.history[n].end
            if end is None or _SOURCE.match(text, end) is None:
                return n
        return None

    def _outlets_named(self) -> tuple[list[int], list[str]]:
        """Every outlet name in the text, in order, found once (not once per reference)."""
        if self._outlets is None:
            hits = list(lexicon().outlet_re.finditer(self.article.text))
            self._outlets = ([h.end() for h in hits], [h.group() for h in hits])
        return self._outlets

    def promote_outlet(self, sp: Speaker) -> None:
        """Whoever '보도했다' (reported) is a news outlet, for a later '이 매체는'."""
        for n in range(len(self.history) - 1, -1, -1):
            if self.history[n] is sp:
                self.history[n] = dataclasses.replace(sp, kind=OUTLET)
                if sp.name is not None:
                    old = self._by_kind[sp.kind]
                    del old[bisect.bisect_left(old, n)]
                    bisect.insort(self._by_kind.setdefault(OUTLET, []), n)
                return

    def _company_in_paragraph(self, at: int) -> Speaker | None:
        """'삼성전자는 … 유지하기로 했다. 회사 측은 …': the company named earlier in the paragraph."""
        here = self.article.sentence_at(at)
        if here is None:
            return None
        if here.paragraph not in self._companies:
            self._companies[here.paragraph] = self._companies_of(here)
        starts, companies = self._companies[here.paragraph]
        i = bisect.bisect_left(starts, at) - 1  # the last one whose particle starts before ``at``
        return companies[i] if i >= 0 else None

    def _companies_of(self, one: Sentence) -> tuple[list[int], list[Speaker]]:
        """Each company named as a subject in ``one``'s paragraph: the offsets of their particles
        and the companies, in order."""
        article = self.article
        sentences, tokens, text = article.sentences, article.tokens, article.text
        first = one.index
        while first > 0 and sentences[first - 1].paragraph == one.paragraph:
            first -= 1
        starts: list[int] = []
        companies: list[Speaker] = []
        for s in sentences[first:]:
            if s.paragraph != one.paragraph:
                break
            for k in range(s.token_start, s.token_end):
                if not is_subject_particle(tokens, k):
                    continue
                span = speaker_np(article, k, s.token_start)
                if span is None:
                    continue
                named = text[span[0] : span[1]]
                if named in lexicon().references:
                    continue  # '회사는', '사측은' point back to a company; they name none
                kind = classify(named)[0]
                # the name is the head: '2분기 글로벌 DRAM 시장 규모는' is a figure, not a company
                head = text.rfind(" ", span[0], span[1]) + 1 or span[0]
                proper = any(t.tag in ("NNP", "SL") for t in tokens[s.token_start : k] if t.start >= head)
                if kind == ORG and (person_phrase(article, span) or self._person_named(span[0])):
                    continue  # '국가대표 수비수 오태식(25)이', '외국인 타자 제이크 펜윅': a person
                if kind == COMPANY or (kind == ORG and proper):
                    starts.append(tokens[k].start)
                    companies.append(Speaker(named, named, span[0], span[1], False, COMPANY))
        return starts, companies

    def _short_form(self, head: str, title: str) -> Speaker | None:
        """'최 부총리' after '최상목 부총리'; '이 관계자' after '한국은행 관계자'.

        '이 의원' reads as lawmaker Lee only when a 이 with that title was named; otherwise
        it is 'this lawmaker', the last one with the title ('한 여당 의원', '… 소속 한 의원')."""
        this: Speaker | None = None
        for n in reversed(self._by_ending.get(title, ())):
            sp = self.history[n]
            if sp.name is None or sp.mention == f"{head} {title}":
                continue
            if "·" in sp.name and sharing_a_post(sp.name, 0):
                continue  # '한 원내대표' is one of the list, named on its own by the entities
            words = sp.name.split()
            if any(w.startswith(head) and w != head for w in words[:-1]) and not sp.anonymous:
                return sp
            if head == "이" and this is None and (title in lexicon().anonymous_heads or sp.anonymous):
                this = sp
        return this

    def _same_party(self, written: str) -> Speaker | None:
        if self._last_party is not None:
            sp = self.history[self._last_party]
            assert sp.name is not None
            if party := party_of(sp.name):
                rest = written[len("같은 당 ") :]
                return Speaker(f"{party} {rest}", written, None, None, False, PERSON)
        return None


def _firm(written: str) -> bool:
    """'이 회사', '회사 측', '해당 업체': a company by name, not any body."""
    return written.split()[-1] in _FIRM or written == "회사 측"
