"""Run a long pattern only from where one of its matches can begin.

The money and percentage patterns are long, and a search tries them at every digit of a
sentence: at years, dates and counts that are not amounts. Two facts make most of those
tries needless, and they hold for every match by how the patterns are built:

- a match contains a hit of the cheap gate scanned over the whole text first (a currency
  word after a numeral, a currency sign, a percent sign or word), its *anchor*;
- a match is made only of the characters of its numbers, words, signs and spaces.

So the next match at or after ``pos`` contains the first anchor at or after ``pos``, or a
later one, and cannot reach back across a character that no match contains (a *barrier*).
The search starts after the last barrier before that anchor, and stops when no anchor is
left. It finds exactly the matches a search from ``pos`` finds; ``tests/test_anchors.py``
holds that against the plain search on generated text.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from ..lexicon import load
from ..page.article import Article, Sentence


def sentences_hit(article: Article, gate: regex.Pattern[str]) -> list[Sentence]:
    """The sentences where ``gate`` matches, found by one scan of the whole text.

    Most sentences of an article hold no figure; scanning once and mapping each hit to its
    sentence is far cheaper than trying every sentence.
    """
    out: list[Sentence] = []
    text = article.text
    pos = 0
    while True:
        m = gate.search(text, pos)
        if m is None:
            return out
        sentence = article.sentence_at(m.start())
        if sentence is None:
            pos = m.end()
            continue
        out.append(sentence)
        pos = sentence.end


def anchors_by_sentence(article: Article, gate: regex.Pattern[str]) -> list[tuple[Sentence, list[int]]]:
    """``sentences_hit`` with the start of every hit in each sentence, in order."""
    out: list[tuple[Sentence, list[int]]] = []
    current: Sentence | None = None
    for m in gate.finditer(article.text):
        at = m.start()
        if current is None or not current.start <= at < current.end:
            current = article.sentence_at(at)
            if current is None:
                continue
            out.append((current, []))
        out[-1][1].append(at)
    return out


def barrier_re(words: Iterable[str]) -> regex.Pattern[str]:
    r"""A reverse scan for the last character that no match of an amount pattern can contain.

    Such a match holds digits, spaces, Latin letters (codes and scale words, in any case),
    written numbers (삼천억, 300여억, 1,400.5), the words around them (약, 최대, 이상, ~, 대)
    and the characters of ``words``, its own units and signs; anything else is a barrier.
    """
    n, q = load("numerals"), load("quantity_words")
    allowed = set(",.여대")
    for key in ("sino_digits", "small_units", "big_units", "vague"):
        allowed.update(*n[key])
    for key in ("qualifier_before", "approx_before", "approx_after", "qualifier_after", "range_separators"):
        allowed.update(*q[key])
    for word in words:
        allowed.update(word)
    allowed = {ch for ch in allowed if not (ch.isdigit() or ch.isspace())}
    members = "".join(regex.escape(ch) for ch in sorted(allowed))
    return regex.compile(rf"(?r)[^\d\s\p{{Latin}}{members}]")


def search_anchored(
    pattern: regex.Pattern[str],
    barrier: regex.Pattern[str],
    text: str,
    pos: int,
    end: int,
    anchors: list[int],
) -> regex.Match[str] | None:
    """``pattern.search(text, pos, end)`` for a pattern whose matches all contain an anchor."""
    i = bisect.bisect_left(anchors, pos)
    if i == len(anchors) or anchors[i] >= end:
        return None
    wall = barrier.search(text, pos, anchors[i])
    return pattern.search(text, wall.end() if wall is not None else pos, end)
