"""Weeks, weekends and ordinal days of a month: pure calendar arithmetic (issue 22).

Korean weeks run from Monday to Sunday, as ISO 8601's do, and a week's value is its ISO week
(``2025-W37``). A week of a month (``6월 둘째 주``) is counted as the Korean standard KS X ISO
8601 and ISO count weeks of a year: a week belongs to the month that holds its Thursday, so
the first week of October 2014 is 29 September to 5 October.

>>> iso_week(date(2025, 9, 15))
'2025-W38'
>>> month_week(2014, 10, 1), month_week(2014, 9, -1)
(datetime.date(2014, 9, 29), datetime.date(2014, 9, 22))
>>> nth_weekday(2013, 3, 0, -1), nth_weekday(2025, 5, 6, 2)
(datetime.date(2013, 3, 25), datetime.date(2025, 5, 11))
>>> weekend(-1, date(2025, 9, 15))
(datetime.date(2025, 9, 13), datetime.date(2025, 9, 14))
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .rules import make_date

THURSDAY, SATURDAY = 3, 5


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_of(weeks: int, ref: date) -> date | None:
    """The Monday of the week ``weeks`` away from the reference date's (지난주 -1, 다음 주 1)."""
    try:
        return monday_of(ref) + timedelta(weeks=weeks)
    except OverflowError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date | None:
    """The ``n``-th ``weekday`` (Monday 0) of the month, ``n`` -1 the last: ``3월 마지막 월요일``."""
    if not (1 <= month <= 12 and 0 <= weekday <= 6 and n != 0) or make_date(year, month, 1) is None:
        return None
    last = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, last + 1) if date(year, month, d).weekday() == weekday]
    if n > len(days) or n < -len(days):
        return None  # 다섯째 월요일 in a month with four
    return date(year, month, days[n - 1 if n > 0 else n])


def month_week(year: int, month: int, n: int) -> date | None:
    """The Monday of the ``n``-th week of the month (-1 the last): the week of its ``n``-th
    Thursday."""
    thursday = nth_weekday(year, month, THURSDAY, n)
    return None if thursday is None else monday_of(thursday)


def nth_day(year: int, month: int, n: int) -> date | None:
    """The ``n``-th day of the month, -1 the last: ``10월 마지막 날``."""
    if not 1 <= month <= 12 or make_date(year, month, 1) is None:
        return None
    return make_date(year, month, calendar.monthrange(year, month)[1] if n == -1 else n)


def weekend(weeks: int | None, ref: date, future: bool = False) -> tuple[date, date] | None:
    """Saturday and Sunday of the week ``weeks`` away (이번 주말 0, 지난 주말 -1, 다음 주말 1).

    ``weeks`` None is a bare ``주말``: the latest weekend, today's included, or with ``future``
    (a clause about the future) the coming one.
    """
    if weeks is None:
        # on a Saturday or Sunday the weekend is the one under way, past or future
        weeks = 0 if ref.weekday() >= SATURDAY or future else -1
    monday = week_of(weeks, ref)
    if monday is None:
        return None
    return monday + timedelta(days=SATURDAY), monday + timedelta(days=SATURDAY + 1)
