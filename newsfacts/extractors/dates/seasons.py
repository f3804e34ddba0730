"""Seasons after a lead word or a year: ``올여름``, ``지난 겨울``, ``내년 봄``, ``2024년 가을``.

A season is three months as the Korea Meteorological Administration counts them (봄 3-5월,
여름 6-8월, 가을 9-11월, 겨울 12-2월), given as a range of months. Which one:

- ``this`` (올, 올해, 이번): the season under way on the reference date, else the one of the
  reference year; a winter in January or February is the one that began in December;
- ``seq`` -1 (지난): the latest that has ended before the reference month; +1 (다음, 오는): the
  next to begin after it;
- ``year`` (지난해, 내년, or a year written): that year's, whose winter begins in its December.

>>> season(6, ("this", 0), None, date(2013, 2, 12))
('2013-06', '2013-08')
>>> season(12, ("this", 0), None, date(2013, 2, 12))
('2012-12', '2013-02')
>>> season(12, ("seq", -1), None, date(2025, 9, 15))
('2024-12', '2025-02')
"""

from __future__ import annotations

from datetime import date

from . import rules

LENGTH = 3  # months


def _start(first_month: int, year: int) -> int:
    """Months since year 0 of the season beginning in ``first_month`` of ``year``."""
    return year * 12 + first_month - 1


def season(
    first_month: int, lead: tuple[str, int] | None, year: int | None, ref: date | None
) -> tuple[str, str] | None:
    """The season's first and last month (``2025-06``, ``2025-08``)."""
    if lead is None or lead[0] == "year":
        if year is None:
            if ref is None or lead is None:
                return None
            year = ref.year + lead[1]
        start = _start(first_month, year)
    else:
        if ref is None:
            return None
        now = ref.year * 12 + ref.month - 1
        # this: the one of the reference year, and for winter in January or February the
        # one that began the December before
        year = ref.year - 1 if first_month == 12 and ref.month < 3 else ref.year
        start = _start(first_month, year)
        how, n = lead
        if how == "seq" and n < 0:
            while start + LENGTH - 1 >= now:  # not yet over
                start -= 12
        elif how == "seq" and n > 0:
            while start <= now:  # begun already
                start += 12
    end = start + LENGTH - 1
    a, b = divmod(start, 12), divmod(end, 12)
    first, last = rules.fmt_month(a[0], a[1] + 1), rules.fmt_month(b[0], b[1] + 1)
    if first is None or last is None:
        return None
    return first, last
