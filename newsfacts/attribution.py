"""Tie each figure to the speaker or source it is attributed to (issue 5).

A figure inside a direct quote or a reported clause belongs to that quote's speaker; a
figure elsewhere in a sentence that says ``X에 따르면`` belongs to X; anything else is the
paper's own (``attributed_to`` None). Only ``start``, ``end`` and ``sentence`` of a mention
are read, so the same function serves money, rates, percentages and dates.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import Any, TypeVar

from .article import Article
from .quotes import QuoteMention

M = TypeVar("M")

_ACCORDING = frozenset({"따르면", "의하면"})


def attribute(article: Article, quotes: list[QuoteMention], mentions: list[M]) -> list[M]:
    """``mentions`` with ``attributed_to`` set (a new object per changed mention)."""
    if not quotes or not mentions:
        return mentions
    spans = sorted(quotes, key=lambda q: (q.start, -q.end))
    starts = [q.start for q in spans]
    sources: dict[int, str] = {}
    for q in quotes:
        if q.verb in _ACCORDING and q.speaker:
            sources.setdefault(q.sentence, q.speaker)
    out: list[M] = []
    for m in mentions:
        who = _speaker_of(spans, starts, m) or sources.get(getattr(m, "sentence", -1))
        if who is not None and getattr(m, "attributed_to", None) != who:
            m = dataclasses.replace(m, attributed_to=who)  # type: ignore[type-var]
        out.append(m)
    return out


def _speaker_of(spans: list[QuoteMention], starts: list[int], m: Any) -> str | None:
    """The speaker of the innermost quote or claim that contains the figure."""
    best: QuoteMention | None = None
    i = bisect.bisect_right(starts, m.start)
    # quotes never overlap each other much; look back a few for the enclosing one
    for q in reversed(spans[max(0, i - 8) : i]):
        inside = q.start <= m.start and m.end <= q.end
        if inside and (best is None or q.end - q.start < best.end - best.start):
            best = q
    return best.speaker if best is not None else None
