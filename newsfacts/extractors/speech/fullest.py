"""Each speaker as the fullest form the article writes for it (issue 20).

A quote is often said through a short form (``정 총재는``, ``A씨는``, ``오세훈은``), a reference
(``그는``) or a headline's condensation (``정 총재 “…”``, ``금융위 “…”``); its ``speaker`` is
still the entity's fullest written form (``정민호 한국은행 총재``, ``청솔마을 대책위원회 위원장
A씨(34)``, ``주장 오세훈``, ``금융위원회``), while ``speaker_mention`` keeps what is written at
the quote. A body's short name resolves to a body the same article names in full, by the
newsroom rule for short names (the full name's leading syllables and the first syllable of its
head word: ``금융위`` of ``금융위원회``, ``질병청`` of ``질병관리청``, ``노동부`` of
``고용노동부``), by a parenthesised gloss (``한국노동조합총연맹(한국노총)``), or by the list of
conventional short names no rule derives (``경총``, ``한은``: ``newsfacts/data/entities.json``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from functools import cache, lru_cache

import regex

from ...lexicon import load
from ...page.article import HEADLINE, SUBHEAD, Article
from ...quotemarks import OPENERS
from .entities import ORGANIZATION, Entities, another_post, fullness, titled_name_re
from .groups import group_taken_up
from .mention import INDIRECT, QuoteMention
from .names import (
    association_endings,
    bare,
    body_heads,
    ends_as_a_body,
    hanja_abbreviations,
    hanja_surnames,
    name_words,
    short_parts,
)
from .phrases import noun_phrase
from .shortforms import is_title
from .speakers import lexicon, personal_name

_SHORT = regex.compile(r"^\p{Hangul}{2,5}$")
_HANGUL = regex.compile(r"^\p{Hangul}+$")
_GLOSS = regex.compile(r"[(（][^()（）]*[)）]")
_RUN = regex.compile(r"(?<!\p{Hangul})\p{Hangul}{4,}")
_KIND_WORD = regex.compile(r"^\p{Hangul}{2,3}$")
_AUTHORITIES = regex.compile(r"^(\p{Hangul}{2,3}) ?당국$")
_PLACE = regex.compile(r"^\p{Hangul}{1,3}[시도군구](?=\p{Hangul}{3})")


@cache
def abbreviations() -> dict[str, str]:
    return dict(load("entities")["abbreviations"])


@cache
def _body_particles() -> frozenset[str]:
    return frozenset(load("entities")["body_particles"])


@cache
def _place_prefixes() -> tuple[str, ...]:
    return tuple(load("entities")["place_prefixes"])


def _a_place(prefix: str) -> bool:
    return prefix.endswith(_place_prefixes()) or prefix[-1:] in ("시", "도", "군", "구")


@lru_cache(maxsize=16384)  # a pure function of two strings, asked for every word of an article
def abbreviates(short: str, full: str) -> bool:
    """``short`` is a newsroom short name of ``full``: syllables of ``full`` in order, the
    first of them where ``full`` starts (or all but the last a whole stretch of it), the last
    one ending ``full`` or starting the head word that ends it.

    >>> abbreviates("금융위", "금융위원회"), abbreviates("노동부", "고용노동부")
    (True, True)
    >>> abbreviates("금융위", "금융감독원"), abbreviates("경총", "한국경영자총협회")
    (False, False)
    """
    full = _GLOSS.sub("", full).replace(" ", "")
    if not _SHORT.match(short) or not _HANGUL.match(full) or len(short) >= len(full):
        return False
    place = _PLACE.match(full)
    if place and short[0] != full[0] and _abbreviates(short, full[place.end() :]):
        return True  # '선관위' of '누리시선거관리위원회': the short name drops the place
    return _abbreviates(short, full)


def _abbreviates(short: str, full: str) -> bool:
    if len(short) >= len(full):
        return False
    if full.endswith(short) and _a_place(full[: -len(short)]):
        return False  # '경찰청' of '경기남부경찰청' names its kind, another body
    if not (short[0] == full[0] or short[:-1] in full):
        return False
    at = -1
    for ch in short[:-1]:
        at = full.find(ch, at + 1)
        if at < 0:
            return False
    tail, last = full[at + 1 :], short[-1]
    return tail.endswith(last) or any(h[0] == last and tail.endswith(h) for h in body_heads())


def _full_body(short: str, bodies: list[str]) -> str | None:
    listed = abbreviations().get(short)
    for body in bodies:
        if body == listed or (listed is None and abbreviates(short, body)):
            return body
    # '전농' for '전국농민회총연맹전북도연맹': the listed body with its branch written on
    return next((b for b in bodies if listed and b.startswith(listed)), None)


def with_fullest_speakers(named: Entities, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """``quotes`` with each speaker replaced by the fullest form written for its entity."""
    bodies = [name for name, kind in named.names() if kind == ORGANIZATION]
    bodies += [m.speaker for m in quotes if m.speaker and " " not in m.speaker]
    bodies = list(dict.fromkeys(b for b in bodies if len(b) > 2))
    out: list[QuoteMention] = []
    full: dict[str, str | None] = {}  # each short name is looked up once, not once per quote
    taken: dict[str, str] = {}  # what '이들', '이 단체' took up last
    for m in quotes:
        name = _fullest(named, m, bodies, full)
        if name in (None, m.speaker) and m.kind == INDIRECT and m.speaker and _KIND_WORD.match(m.speaker):
            name = named.body_containing(m.speaker, m.start) or _body_said(out, m.speaker) or name
        if name in (None, m.speaker) and (group := group_taken_up(named.article, m)):
            # '전북교총' taken up is still written in full where the article does
            name = taken[m.speaker or ""] = _full_body(group, bodies) or group
        elif name in (None, m.speaker) and m.speaker_mention is None and m.speaker in taken:
            name = taken[m.speaker]  # '이들은 …고 밝혔다. 이어 “…”': the same group goes on
        if name in (None, m.speaker) and m.speaker and (group := _group_written_before(named.article, m)):
            name = group
        if name in (None, m.speaker) and m.speaker and " " not in m.speaker:
            name = named.kind_named_after(m.speaker, m.start) or name
        if name in (None, m.speaker) and (word := hanja_abbreviations().get(m.speaker or "")):
            # '靑 “…”', '檢 “…”': the body of that kind the article names, else the word
            name = named.kind_short(word, m.start) or named.body_containing(word, m.start) or word
        out.append(dataclasses.replace(m, speaker=name) if name and name != m.speaker else m)
    return _headline_names(named, _headline_forms(named, _family_names_in_hanja(out)))


def _family_names_in_hanja(quotes: list[QuoteMention]) -> list[QuoteMention]:
    """'尹 “우주강국 G7 벅차다”': a headline's family name in one Chinese character alone is the
    person of that family name the article quotes most ('윤 대통령')."""
    surnames = hanja_surnames()
    if not any(m.speaker in surnames for m in quotes):
        return quotes
    out = []
    for m in quotes:
        family = surnames.get(m.speaker or "")
        if family is not None:
            said = Counter(q.speaker for q in quotes if q.speaker and _of_the_family(q.speaker, family))
            if said:
                m = dataclasses.replace(m, speaker=said.most_common(1)[0][0])
        out.append(m)
    return out


def _of_the_family(speaker: str, family: str) -> bool:
    """'윤 대통령', '윤석열 대통령' of 윤; not '윤리위원회'."""
    first = speaker.split()[0]
    return first == family or (first.startswith(family) and personal_name(lexicon(), first))


def _group_written_before(article: Article, m: QuoteMention) -> str | None:
    """'주민들은', '지역주민들은' after '전북 군산시 옥도면 어청도 주민들이': a group written short
    is the group last written in full (its place, what it belongs to) before; so is a body
    written short by a common noun ('대표단', '노조'), not inside someone's quote."""
    written = m.speaker or ""
    if " " in written or len(written) < 2 or m.speaker_start is None or not _HANGUL.match(written):
        return None
    if written in lexicon().references or is_title(written):
        return None  # '회사는' points back by its own rule; '사장은' is a person's post
    # '주민들' of '지역주민들'; '대표단은', '노조에 따르면' after '실종자 가족 대표단은', '현대중공업
    # 노조는': a body written short is the body last written with what it is of
    group = written.endswith("들") and len(written) >= 3
    head = written[-3:] if group else written
    tokens = article.tokens
    k0 = article.first_token_from(m.speaker_start)
    k1 = article.first_token_from(m.speaker_start + len(written))
    if not group and any(t.tag not in ("NNG", "XSN") for t in tokens[k0:k1]):
        return None  # a name ('휘성', '모아마트') is the entities' business, however it is introduced
    found = _written_before(article, written, head, m.speaker_start)
    if found is None and group:
        # '삼용리 주민', '만화리·매창리 주민 100여명이' for '주민들': the one word and a count
        found = _written_before(article, written, head[:-1], m.speaker_start, counted=True)
    return found


_COUNT_AFTER = regex.compile(r"\s*\d+\s*(?:여\s*)?명")


def _written_before(
    article: Article, written: str, head: str, before: int, counted: bool = False
) -> str | None:
    """The last phrase before ``before`` ending in ``head`` (and, ``counted``, a count of
    people after it) written fuller than ``written``."""
    text, tokens = article.text, article.tokens
    at = text.rfind(head, 0, before)
    while at > 0:
        end = at + len(head)
        if counted and (count := _COUNT_AFTER.match(text, end)) is not None:
            end = count.end()
        k = article.first_token_from(end)
        if k < len(tokens) and tokens[k].start == end and (not counted or tokens[k].tag.startswith("J")):
            sentence = article.sentence_at(at)
            lo = sentence.token_start if sentence is not None else 0
            if any(t.form in OPENERS and t.paired >= k for t in tokens[lo:k]):
                at = text.rfind(head, 0, at)
                continue  # '“우리 병원은 …”': what someone said, not the copy naming the body
            span = noun_phrase(article, k, lo)  # without a time in front ('이날', '24시간')
            phrase = text[span[0] : end] if span is not None else ""
            # not '24시간 병원' (what the body offers), nor '해당 병원' (a reference again)
            fuller = " " in phrase and len(phrase) > len(written) and not phrase[0].isdigit()
            if counted and span is not None:
                # the place or body they are of, not only their number ('주민 150여 명', '일곱 멤버')
                words = tokens[article.first_token_from(span[0]) : article.first_token_from(at)]
                plain = all(t.tag.startswith(("NN", "SL", "SP", "SS", "XSN")) for t in words)
                fuller = fuller and " " in text[span[0] : at] and plain
            if fuller and phrase.split()[0] not in lexicon().determiners:
                return phrase
        at = text.rfind(head, 0, at)
    return None


def _headline_names(named: Entities, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """'구인모 군수' in the body, '구인모 거창군수, 주상면 …' in the headline without a quote: the
    headline's name and post, the same post with where it is held, is the fuller form."""
    article, lex = named.article, lexicon()
    fuller: dict[str, str] = {}
    for p in article.paragraphs:
        if p.role not in (HEADLINE, SUBHEAD):
            continue
        for m in titled_name_re().finditer(article.text, p.start, p.end):
            if personal_name(lex, m["name"]):
                fuller.setdefault(m["name"], m.group())
    if not fuller:
        return quotes
    out: list[QuoteMention] = []
    for q in quotes:
        words = (q.speaker or "").split()
        form = fuller.get(words[0]) if len(words) == 2 and not named.above_body(q.start) else None
        post = form.split()[-1] if form else ""
        if form and post != words[1] and post.endswith(words[1]) and len(form) > len(q.speaker or ""):
            q = dataclasses.replace(q, speaker=form)
        out.append(q)
    return out


def _headline_forms(named: Entities, quotes: list[QuoteMention]) -> list[QuoteMention]:
    """'삼성 박진만 감독 “…”' over the body's '박진만(47) 감독': a headline may write the person
    more fully than the body does (the team, the company); that form is the fullest written."""
    lex = lexicon()
    fuller: dict[str, str] = {}
    names = {m.speaker for m in quotes if m.speaker and not named.above_body(m.start)}
    for m in quotes:
        written, name = m.speaker_mention, m.speaker
        if not written or not name or not named.above_body(m.start):
            continue
        if not is_title(written.split()[-1]):
            continue
        # the body's names of that person: the one resolved here, or (a headline written in
        # full, '정병천 현중노조 새 지부장') each body name with the same personal name
        people = [w for w in name_words(written) if personal_name(lex, w) and len(w) >= 3 and not is_title(w)]
        if len(people) != 1:
            continue
        shorter = [name] if written != name else [n for n in names if people[0] in name_words(n)]
        for body in shorter:
            if people[0] in name_words(body) and len(bare(written).replace(" ", "")) > len(
                bare(body).replace(" ", "")
            ):
                fuller.setdefault(body, written)
        # '오 시장' in the body, written in full only in a subhead ('오정택 해솔시장 “…”')
        post = written.split()[-1]
        for body in names if written == name else ():
            parts = short_parts(body)
            if parts and len(parts[0]) == 1 and people[0].startswith(parts[0]) and post.endswith(parts[1]):
                fuller.setdefault(body, written)
    if not fuller:
        return quotes
    return [dataclasses.replace(m, speaker=fuller[m.speaker]) if m.speaker in fuller else m for m in quotes]


def _body_said(earlier: list[QuoteMention], word: str) -> str | None:
    """'경찰에 따르면' after '누리경찰청 강력수사대는 …다고 밝혔다': the last body that spoke
    whose name holds the kind word (a body's ending, not a person's title: '… 강력수사대장')."""
    lex = lexicon()
    for e in reversed(earlier):
        said = e.speaker
        if said is None or word not in said or said == word:
            continue
        last = said.split()[-1]
        if last[-1] in lex.org_suffixes and not is_title(last):
            return said
    return None


def _runs(article: Article) -> tuple[tuple[str, frozenset[str]], ...]:
    """The runs of four Hangul syllables or more in the article, each with its syllables
    (read once per article: asked for each short name in turn)."""
    return tuple((run.group(), frozenset(run.group())) for run in _RUN.finditer(article.text))


def written_body(article: Article, short: str) -> str | None:
    """The body ``short`` (three syllables or more) abbreviates, as the article writes it
    anywhere, not only as a subject: inside a person's title (``곽정우 고용노동부 장관`` for
    ``노동부``), before ``에 따르면`` or ``의``, or glossed in a longer phrase
    (``중앙재난안전대책본부(중대본) 비상대응 수위를`` for ``중대본``)."""
    if len(short) < 3:
        return None  # '정부', '업계': two syllables are a common noun as often as a short name
    syllables = set(short)
    for word, letters in article.derived(_runs):
        if not syllables <= letters:
            continue  # a short name is made of its body's syllables: none of this word's prefixes
        for end in range(len(word), len(short), -1):  # the word, less a particle
            if word[:end].startswith(short) and word[len(short) : end] in _body_particles():
                continue  # '평론가가' is 평론가 and its particle, no body it abbreviates
            if (end == len(word) or word[end:] in _body_particles()) and abbreviates(short, word[:end]):
                return word[:end]
    return None


def _written_kind(article: Article, kind: str) -> str | None:
    """The first body of that kind the article writes ('해림소방서' for '소방'): a word holding
    the kind and ending as a body's name does."""
    for m in regex.finditer(rf"(?<!\p{{Hangul}})\p{{Hangul}}*{kind}\p{{Hangul}}*", article.text):
        word = m.group()
        for end in range(len(word), len(kind) + 1, -1):
            if ends_as_a_body(word[:end]):
                return word[:end]
    return None


def _fullest(named: Entities, m: QuoteMention, bodies: list[str], full: dict[str, str | None]) -> str | None:
    if m.speaker is None:
        return None
    name = _of_the_body(named, m.speaker, m.start)
    if name is None:
        # the entity written at the quote, or the one the speaker resolved to, whichever is
        # written more fully (a short form the entities could not link may have been resolved)
        found = [named.at(m.speaker_start) if m.speaker_start is not None else None]
        found.append(named.fullest(m.speaker, m.start))
        name = max((f for f in found if f), key=len, default=None)
        # shorter only when it holds the name written last ('MVP 강준서' is '가드 강준서(27)';
        # '기후솔루션 측' is the body '기후솔루션': its side is the body itself)
        last = (m.speaker.removesuffix(" 측").split() or [m.speaker])[-1]
        if name is not None and len(name) < len(m.speaker) and last not in name:
            name = None
        # the same person written as fully at the quote ('(김호철 현대캐피탈 감독, …)' over '김호철
        # 감독', '신치용 삼성화재 감독' over '삼성화재의 신치용 감독'): what is written there; a
        # headline's words are its own business ('무대 인생 55년 연극배우 기태민' says no more who)
        if (
            name is not None
            and not named.above_body(m.start)
            and _same_person(name, m.speaker)
            # or in another capacity ('(이세영 GAISA 회장)' of '이세영 뤼튼테크놀로지스 대표')
            and (fullness(m.speaker) >= fullness(name) or another_post(m.speaker, name))
        ):
            name = m.speaker
    if name is None and m.speaker_mention and m.speaker_mention != m.speaker:
        name = named.fullest(m.speaker_mention, m.start)
    authority = _AUTHORITIES.match(m.speaker)
    if name in (None, m.speaker) and authority is not None:
        # '소방 당국', '보건 당국': the body of that kind the article names ('가람소방재난본부')
        kind = authority[1]
        name = named.body_containing(kind, m.start) or _written_kind(named.article, kind) or name
    if name in (None, m.speaker) and " " not in m.speaker:
        # in the body: a headline's '노조 “…”' condenses someone's body quote (condensed.py)
        name = (None if named.above_body(m.start) else named.kind_short(m.speaker, m.start)) or name
    short = m.speaker
    bodily = len(short) > 2 and short.endswith(association_endings())
    # '의사회는' after '전북특별자치도의사회가': the end of a body's name, glued to the rest
    if name in (None, short) and _HANGUL.match(short) and bodily and not named.above_body(m.start):
        name = named.body_ending_glued(short, m.start) or name
    if name in (None, m.speaker) and " " not in m.speaker:
        # a body named only by its short name ('중대본은 …') is still the full name written
        if m.speaker not in full:
            full[m.speaker] = _full_body(m.speaker, bodies) or written_body(named.article, m.speaker)
        name = full[m.speaker] or name
    elif name in (None, m.speaker):
        name = _words_abbreviated(named, m.speaker, bodies, full) or name
    return name


def _same_person(a: str, b: str) -> bool:
    lex = lexicon()
    names = [{w for w in name_words(x) if personal_name(lex, w) and not is_title(w)} for x in (a, b)]
    return bool(names[0]) and names[0] == names[1]


def _words_abbreviated(
    named: Entities, written: str, bodies: list[str], full: dict[str, str | None]
) -> str | None:
    """'국회 교육특위' for '국회 교육개혁특별위원회': a body's short name after the body it
    belongs to, as the article writes the two in full."""
    *front, last = written.split()
    if not front or any(_HANGUL.match(w) is None for w in (*front, last)):
        return None
    if last not in full:
        full[last] = _full_body(last, bodies) or written_body(named.article, last)
    whole = f"{' '.join(front)} {full[last]}" if full[last] else None
    return whole if whole and whole in named.article.text else None


def _of_the_body(named: Entities, written: str, at: int) -> str | None:
    """'군은', '군 관계자': the county the article named ('청솔군', '청솔군 관계자'); a body's
    last syllable alone stands for the body of that kind named last."""
    word, _, rest = written.partition(" ")
    lex = lexicon()
    if word in ("이", "해당") and _SHORT.match(rest) and written not in lex.references and not is_title(rest):
        # '해당 거래소는' after '싱가포르 암호화폐 거래소 드래곤Ex가': the body named last as one
        return named.body_containing(rest, at) or named.body_ending(rest, at)
    if rest == "측" and _SHORT.match(word) and written not in lex.references:
        # '구단 측', '병원 측': the body named last whose name ends in that word ('타이거즈 구단')
        return named.body_ending(word, at) or named.kind_short(word, at)
    if len(word) != 1 or word not in lex.org_suffixes or (rest and rest not in lex.anonymous_heads):
        return None
    body = named.body_ending(word, at)
    if body is None:
        return None
    return f"{body} {rest}" if rest else body
