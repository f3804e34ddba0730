"""Dates and times, resolved against the article's reference date (issue 4)."""

from __future__ import annotations

import dataclasses

from .article import Article


@dataclasses.dataclass(frozen=True, kw_only=True)
class DateMention:
    text: str
    start: int
    end: int
    sentence: int
    value: str | None  # ISO: 2025-01-29, 2025-01, 2025, 2025-Q1, 2025-01-29T15:00
    grain: str  # year | quarter | month | day | hour | minute
    relative: bool = False
    local_time: bool = False
    attributed_to: str | None = None


def extract_dates(article: Article) -> list[DateMention]:
    return []
