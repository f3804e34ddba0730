"""Tie each figure to the speaker or source it is attributed to (issue 5).

A figure inside a direct quote or a reported clause belongs to that quote's speaker; a
figure elsewhere in a sentence that says ``X에 따르면`` belongs to X, and so does one in the
next sentence of the paragraph when that sentence goes on in parallel without a source of
its own (``코딩 테스트에서도 …``, ``또 …``); anything else is the paper's own
(``attributed_to`` None). Only ``start``, ``end`` and ``sentence`` of a mention are read, so
the same function serves money, rates, percentages and dates.
"""

from __future__ import annotations

import bisect
import dataclasses
from functools import cache
from typing import Any, TypeVar

from ..page.article import Article
from .speech.mention import QuoteMention
from .speech.reporting import SURVEY, words

M = TypeVar("M")

_ACCORDING = frozenset({"따르면", "의하면", SURVEY})
# a predicate ends the part of a sentence where '…에서도' or '또' says it runs in parallel
_PREDICATE = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA", "EF", "EC", "ETM"})


@cache
def _continuation_adverbs() -> frozenset[str]:
    return frozenset(words()["continuation_adverbs"])


class Attribution:
    """Who each figure of one article belongs to, from its quotes: built once, then asked for
    the figures of each kind in turn."""

    def __init__(self, article: Article, quotes: list[QuoteMention]) -> None:
        self.spans = sorted(quotes, key=lambda q: (q.start, -q.end))
        self.starts = [q.start for q in self.spans]
        self.sources = _sentence_sources(article, quotes)

    def attribute(self, mentions: list[M]) -> list[M]:
        """``mentions`` with ``attributed_to`` set (a new object per changed mention)."""
        if not self.spans or not mentions:
            return mentions
        out: list[M] = []
        for m in mentions:
            who = _speaker_of(self.spans, self.starts, m) or self.sources.get(getattr(m, "sentence", -1))
            if who is not None and getattr(m, "attributed_to", None) != who:
                m = dataclasses.replace(m, attributed_to=who)  # type: ignore[type-var]
            out.append(m)
        return out


def attribute(article: Article, quotes: list[QuoteMention], mentions: list[M]) -> list[M]:
    """``mentions`` with ``attributed_to`` set: one kind's figures on their own."""
    return Attribution(article, quotes).attribute(mentions)


def _sentence_sources(article: Article, quotes: list[QuoteMention]) -> dict[int, str]:
    """Sentence index -> the 'X에 따르면' source that covers it."""
    sources: dict[int, str] = {}
    claimed = {q.sentence for q in quotes}
    for q in quotes:
        if q.verb not in _ACCORDING or not q.speaker or q.sentence in sources:
            continue
        sources[q.sentence] = q.speaker
        n = q.sentence + 1
        sents = article.sentences
        while (
            n < len(sents)
            and sents[n].paragraph == sents[q.sentence].paragraph
            and n not in claimed
            and _runs_in_parallel(article, n)
        ):
            sources[n] = q.speaker
            n += 1
    return sources


def _runs_in_parallel(article: Article, index: int) -> bool:
    """'코딩 테스트에서도 65.9%의 정확도로 …', '또 …': the sentence adds to the one before."""
    tokens = article.sentence_tokens(article.sentences[index])
    if tokens and tokens[0].form in _continuation_adverbs() and tokens[0].tag.startswith("MA"):
        return True
    for t in tokens:
        if t.tag in _PREDICATE:
            return False
        if t.tag == "JX" and t.form == "도":
            return True
    return False


def _speaker_of(spans: list[QuoteMention], starts: list[int], m: Any) -> str | None:
    """The speaker of the innermost quote or claim that contains the figure."""
    best: QuoteMention | None = None
    i = bisect.bisect_right(starts, m.start)
    # quotes seldom nest: a few steps back reach any span that can enclose the figure
    for q in reversed(spans[max(0, i - 8) : i]):
        inside = q.start <= m.start and m.end <= q.end
        if inside and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best.speaker if best is not None else None
