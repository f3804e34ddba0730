"""Percentages and percentage points (issue 3)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from .article import Article


@dataclasses.dataclass(frozen=True, kw_only=True)
class PercentMention:
    text: str
    start: int
    end: int
    sentence: int
    value: Decimal | None
    unit: str  # percent | percentage_point
    approx: bool = False
    range: tuple[Decimal | None, Decimal | None] | None = None
    qualifier: str | None = None
    direction: str | None = None  # up | down
    comparison: str | None = None
    attributed_to: str | None = None


def extract_percentages(article: Article) -> list[PercentMention]:
    return []
