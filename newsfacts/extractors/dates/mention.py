"""A date as the article writes it: ``DateMention``, the fact ``newsfacts.extractors.dates.reading`` makes.

Apart from the rules so that ``newsfacts.extractors.dates.ranges``, which joins two of them into a range
and which the rules call, can read it without importing the rules.
"""

from __future__ import annotations

import dataclasses

from ...mentions import Mention


@dataclasses.dataclass(frozen=True, kw_only=True)
class DateMention(Mention):
    value: str | None  # ISO: 2025-01-29, 2025-01, 2025, 2025-Q1, 2025-H1, 2025-01-29T15:00
    grain: str  # year | quarter | month | week (2025-W37) | day | hour | minute
    relative: bool = False
    local_time: bool = False
    attributed_to: str | None = None
    weekday: str | None = None  # the weekday as written, one letter: 3월 14일(금) -> "금"
    part: str | None = None  # early | mid | late: 3월 말, 내년 초, 이달 중순 (the value is the whole period)
    # a range written as one statement (이달 1~20일, 주말): value is null, these are its ends (dateranges.py)
    range: tuple[str | None, str | None] | None = None
