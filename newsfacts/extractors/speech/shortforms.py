"""The short forms a person is later written by (issue 20): surname or any name word with a
title, the title alone, 'this X' for an anonymous source. Keys are ``(head, title)`` pairs that
``entities`` indexes; the title may be the one written, its tail, a synonym, a gloss, a title
before the name, or the compound of a unit and the head of it."""

from __future__ import annotations

from functools import cache

import regex

from ...lexicon import load
from .speakers import lexicon, personal_name

# compiled once, not looked up in regex's cache at each call: they run for every word
_LATIN_GLOSS = regex.compile(r"[(（]([A-Z]{2,6})[)）]")
_HANGUL_2_8 = regex.compile(r"\p{Hangul}{2,8}")
_HANGUL_2_5 = regex.compile(r"\p{Hangul}{2,5}")
_HANGUL_2_4 = regex.compile(r"\p{Hangul}{2,4}")

#: the key of 'this X' ('이 임원', '이 의원' for 'this lawmaker'), apart from the surname 이
THIS = "이*"
#: the key of a title written alone ('교수는' after '… 모정란 교수')
BARE = "*"


@cache
def _synonyms() -> dict[str, tuple[str, ...]]:
    """A title -> the titles of the same post (``title_synonyms`` in entities.json)."""
    synonyms: dict[str, tuple[str, ...]] = {}
    for group in load("entities")["title_synonyms"]:
        for title in group:
            synonyms[title] = tuple(dict.fromkeys(synonyms.get(title, ()) + tuple(group)))
    return synonyms


def is_title(word: str) -> bool:
    lex = lexicon()
    return word in lex.titles or word in lex.anonymous_heads or lex.title_end_re.search(word) is not None


def anonymous_keys(words: list[str]) -> list[tuple[str, str]]:
    """'이 임원' after '한 시중은행 자금담당 임원', and the title's tail ('이 딜러' after '한
    시중은행 외환딜러'); '한국은행 관계자' is still no short form of '한국은행 금융안정국 관계자'."""
    if len(words) < 2:
        return []
    last = words[-1]
    return [(THIS, t) for t in (last, *(last[i:] for i in range(1, len(last) - 1)))]


def _titles(name: str, words: list[str]) -> list[str]:
    """Every title a later short form may write for the person."""
    title = words[-1]
    # the title as written later may be its tail ('김 센터장' after '… 리서치센터장'), name
    # the same post ('그리어 대표' after '… 최고경영자(CEO)'), or stand before the name
    # ('김 이장' after '마을 이장 김영호 씨')
    titles = [title, *(title[i:] for i in range(1, len(title) - 1))]
    # a title's Latin gloss is the title written short: '류 CMO' after '… 최고의학책임자(CMO)'
    titles += _LATIN_GLOSS.findall(name)
    before = [t for t in words[:-1] if _HANGUL_2_8.fullmatch(t) and is_title(t)]
    titles += [t[i:] for t in before for i in range(len(t) - 1)]  # '황 소장' of '평가연구소장 황재민 씨'
    titles += [t for t in words[:-1] if _HANGUL_2_5.fullmatch(t)]
    # a title shortened by dropping middle syllables: '나 예보관' of '… 예보분석관'
    titles += [title[:k] + title[-1] for k in range(2, len(title) - 2)] if len(title) > 3 else []
    synonyms = _synonyms()
    return titles + [s for t in titles for s in synonyms.get(t, ())]


def _unit_heads(words: list[str]) -> list[str]:
    """'발사체사업단 모하진 단장' is the 사업단장: a title '…장' after a unit ending in the
    syllable before 장 is the head of that unit, its name's tail and 장."""
    title = words[-1]
    if len(title) != 2 or title[1] != "장":
        return []
    units = [w for w in words[:-1] if len(w) > 1 and w.endswith(title[0])]
    return [f"{w[i:]}장" for w in units for i in range(len(w) - 1)]


def person_keys(name: str, words: list[str]) -> list[tuple[str, str]]:
    """The keys of a named person: (name word or surname, title) and (BARE, title)."""
    if len(words) < 2:
        return []
    lex = lexicon()
    titles = _titles(name, words)
    compound = _unit_heads(words)
    keys = [(BARE, t) for t in titles if t in lex.titles] + [(BARE, t) for t in compound]  # '교수는'
    if is_title(words[-1]) and words[-1] not in lex.titles:
        keys.append((BARE, words[-1]))  # a headline's '美 상무장관': the post as written whole
    # the name is last when the post is written before it ('… 대변인 소피아 렌하르트')
    for w in words if not is_title(words[-1]) else words[:-1]:
        name_word = _HANGUL_2_4.fullmatch(w) or lex.masked_re.match(w)
        for t in titles:
            if t == w:
                continue
            keys.append((w, t))
            if name_word:
                keys.append((w[0], t))  # '박 변호사' after '박준호 변호사'
                if len(w) > 2 and w[:2] in lex.surnames:
                    keys.append((w[:2], t))  # '남궁 의원' after '남궁민 의원': a two-syllable family name
    return keys


def sharing_a_post(written: str, at: int) -> list[tuple[tuple[int, int], str]]:
    """'국민의힘 윤재옥·더불어민주당 홍익표 원내대표': people listed with a middle dot before
    the one post they hold each; every one of them is the list's person with that post (the
    span of each as written, and the form to read it as). Empty for anything else."""
    lex = lexicon()
    parts = written.split("·")
    last = parts[-1].split()
    i = next((i for i, w in enumerate(last) if personal_name(lex, w)), None)
    if len(parts) < 2 or i is None or i == len(last) - 1:
        return []
    post = " ".join(last[i + 1 :])
    if not all(is_title(w) for w in last[i + 1 :]):
        return []
    shared: list[tuple[tuple[int, int], str]] = []
    start = at
    for part in parts[:-1]:
        words = part.split()
        if not words or not personal_name(lex, words[-1]) or any(is_title(w) for w in words):
            return []  # '윤 의원·김 의원': each wrote its own post; '정부·여당 관계자': no names
        shared.append(((start, start + len(part)), f"{part} {post}"))
        start += len(part) + 1
    shared.append(((start, at + len(written)), parts[-1]))  # the last is written whole
    return shared
