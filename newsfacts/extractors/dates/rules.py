"""Pure calendar arithmetic for Korean news dates: no text, no Kiwi, only numbers and a reference date.

News is written about the past, so a partial date (``29일``, ``3월``, ``금요일``, ``4분기``) is
read as the latest one on or before the reference date (``direction`` None or -1, ``지난``),
or as the next one on or after it (``direction`` 1: ``오는``, or a clause about the future,
which ``dates.py`` reads from Kiwi's morphemes).

Every function returns ``None`` rather than raising when the calendar has no such day
(``2월 30일``, a year out of range).

>>> bare_day(29, date(2025, 2, 1))
datetime.date(2025, 1, 29)
>>> bare_day(15, date(2025, 1, 10), direction=1)
datetime.date(2025, 1, 15)
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

MIN_YEAR, MAX_YEAR = 1, 9999

# ---- values ---------------------------------------------------------------------------------


def fmt_year(year: int) -> str | None:
    return f"{year:04d}" if MIN_YEAR <= year <= MAX_YEAR else None


def fmt_month(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 else None


def fmt_quarter(year: int, quarter: int) -> str | None:
    return f"{year:04d}-Q{quarter}" if MIN_YEAR <= year <= MAX_YEAR and 1 <= quarter <= 4 else None


def fmt_half(year: int, half: int) -> str | None:
    """A half year as ``2025-H1``: the documented value of 상반기/하반기 (grain quarter)."""
    return f"{year:04d}-H{half}" if MIN_YEAR <= year <= MAX_YEAR and half in (1, 2) else None


def fmt_minute(day: date, hour: int, minute: int) -> str | None:
    """``2025-01-29T15:00``; hour 24 is midnight at the end of ``day`` (the next day's 00:00)."""
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    if hour == 24:
        nxt = add_days(day, 1)
        return None if nxt is None else f"{nxt.isoformat()}T00:{minute:02d}"
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}"


# ---- arithmetic -----------------------------------------------------------------------------


def make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def add_days(day: date, n: int) -> date | None:
    try:
        return day + timedelta(days=n)
    except OverflowError:
        return None


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """Month arithmetic on (year, month) pairs: ``add_months(2025, 1, -1) == (2024, 12)``."""
    index = year * 12 + (month - 1) + n
    return index // 12, index % 12 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def shift(anchor: date, unit: str, n: int) -> tuple[int, int, int]:
    """Move ``anchor`` by ``n`` units; returns (year, month, day) with day 0 for a month or year.

    Offsets in months and years keep the grain of the unit (``3개월 전`` is a month, not a
    day), so no day-of-month clamping is needed.
    """
    if unit == "day" or unit == "week":
        moved = add_days(anchor, n * (7 if unit == "week" else 1))
        if moved is None:
            return 0, 0, 0
        return moved.year, moved.month, moved.day
    if unit == "month":
        y, m = add_months(anchor.year, anchor.month, n)
        return y, m, 0
    return anchor.year + n, 0, 0


# ---- partial dates against the reference ------------------------------------------------------


def bare_day(day: int, ref: date, direction: int | None = None) -> date | None:
    """A day of the month without a month: ``29일``, ``지난 10일``, ``오는 15일``.

    ``direction`` 1 (``오는``, or a clause about the future): this month if the day has not
    passed, else next month. -1 (``지난``) or None: this month if the day has come, else the
    previous month.
    """
    if not 1 <= day <= 31:
        return None
    if direction == 1:
        y, m = (ref.year, ref.month) if day >= ref.day else add_months(ref.year, ref.month, 1)
    elif day <= ref.day:
        y, m = ref.year, ref.month
    else:
        y, m = add_months(ref.year, ref.month, -1)
    return make_date(y, m, day)


def bare_month(month: int, ref: date, direction: int | None = None) -> int | None:
    """The year of a month written without one: ``3월``, ``지난 3월``, ``오는 3월``."""
    if not 1 <= month <= 12:
        return None
    if direction == 1:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def bare_month_day(month: int, day: int, ref: date, direction: int | None = None) -> date | None:
    """A month and day without a year: ``3월 14일``, ``지난 12월 3일``, ``오는 2월 1일``."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    written = (month, day)
    now = (ref.month, ref.day)
    if direction == 1:
        year = ref.year if written >= now else ref.year + 1
    elif written <= now:
        year = ref.year
    else:
        year = ref.year - 1
    return make_date(year, month, day)


def bare_quarter(quarter: int, ref: date, direction: int | None = None) -> int | None:
    """The year of ``4분기``, ``지난 4분기``, ``오는 3분기`` written without one."""
    if not 1 <= quarter <= 4:
        return None
    current = quarter_of(ref.month)
    if direction == 1:
        return ref.year if quarter >= current else ref.year + 1
    return ref.year if quarter <= current else ref.year - 1


def bare_half(half: int, ref: date, direction: int | None = None) -> int | None:
    """The year of ``상반기``/``하반기`` written without one."""
    if half not in (1, 2):
        return None
    current = 1 if ref.month <= 6 else 2
    if direction == 1:
        return ref.year if half >= current else ref.year + 1
    return ref.year if half <= current else ref.year - 1


def weekday_near(weekday: int, ref: date, direction: int | None = None, future: bool = False) -> date | None:
    """A weekday without a week: ``금요일`` (the latest one, today included), ``지난 금요일``
    (strictly before), ``오는 금요일`` (strictly after), ``이번 금요일`` (this week's)."""
    if not 0 <= weekday <= 6:
        return None
    if direction == 0:
        return week_day(0, weekday, ref)
    back = (ref.weekday() - weekday) % 7
    if direction == 1:
        return add_days(ref, (weekday - ref.weekday()) % 7 or 7)
    if direction == -1:
        return add_days(ref, -(back or 7))
    if future:
        return add_days(ref, (weekday - ref.weekday()) % 7)
    return add_days(ref, -back)


def week_day(weeks: int, weekday: int, ref: date) -> date | None:
    """``지난주 금요일``: the weekday of the week ``weeks`` away, weeks running Monday to Sunday."""
    monday = add_days(ref, -ref.weekday())
    if monday is None:
        return None
    return add_days(monday, 7 * weeks + weekday)


# ---- clock --------------------------------------------------------------------------------


def clock(hour: int, minute: int, mode: str | None) -> tuple[int, int] | None:
    """A 24-hour (hour, minute) from a written hour and its time-of-day word.

    ``mode``: am (오전/새벽/아침), pm (오후/저녁), day (낮), night (밤), or None for a
    bare 24-hour clock (``15시 20분``). Hour 24 means the midnight that ends the day.

    >>> clock(10, 30, "night"), clock(12, 0, "am"), clock(2, 0, "day"), clock(12, 0, "night")
    ((22, 30), (0, 0), (14, 0), (24, 0))
    >>> fmt_minute(date(2024, 12, 31), 24, 0)
    '2025-01-01T00:00'

    """
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    if hour == 24:
        return (24, 0) if minute == 0 else None
    if mode is None or hour > 12:
        # 오후 15시 is redundant but unambiguous; 오전 15시 is a typo we do not guess at
        return (hour, minute) if mode in (None, "pm", "day", "night") or hour <= 12 else None
    if mode == "am":
        return (0 if hour == 12 else hour, minute)
    if mode == "pm":
        return (hour if hour == 12 else hour + 12, minute)
    if mode == "day":
        return (hour + 12 if 1 <= hour <= 6 else hour, minute)
    if mode == "night":
        if hour == 12:
            return (24, minute)
        return (hour + 12 if 6 <= hour <= 11 else hour, minute)
    return (hour, minute)


# ---- spans counted from the reference ----------------------------------------------------------


def span(unit: str, n: int, ref: date) -> tuple[str, str] | None:
    """The ``n`` whole units before the reference's own (``n`` < 0: ``지난 2주``, ``최근 3개월``) or
    after it (``n`` > 0: ``향후 5년``, ``앞으로 2주``), as ``(first, last)`` at the unit's grain.

    The unit under way is left out at both ends: it is neither past nor to come, and a span
    of whole units is all the text says (Duckling reads ``지난 2주`` the same way). Weeks are
    ISO weeks, Monday first.

    >>> span("week", -2, date(2013, 2, 12)), span("month", 3, date(2013, 2, 12))
    (('2013-W05', '2013-W06'), ('2013-03', '2013-05'))
    >>> span("day", -3, date(2025, 3, 1)), span("year", 5, date(2025, 9, 15))
    (('2025-02-26', '2025-02-28'), ('2026', '2030'))
    """
    if n == 0:
        return None
    near, far = (-1, n) if n < 0 else (1, n)
    lo, hi = sorted((near, far))
    if unit in ("day", "week"):
        step = 7 if unit == "week" else 1
        base = ref - timedelta(days=ref.weekday()) if unit == "week" else ref
        a, b = add_days(base, lo * step), add_days(base, hi * step)
        if a is None or b is None:
            return None
        if unit == "day":
            return a.isoformat(), b.isoformat()
        (ya, wa, _), (yb, wb, _) = a.isocalendar(), b.isocalendar()
        return f"{ya:04d}-W{wa:02d}", f"{yb:04d}-W{wb:02d}"
    if unit == "month":
        first = fmt_month(*add_months(ref.year, ref.month, lo))
        last = fmt_month(*add_months(ref.year, ref.month, hi))
    else:
        first, last = fmt_year(ref.year + lo), fmt_year(ref.year + hi)
    return None if first is None or last is None else (first, last)


def fmt_clock(t: datetime) -> str:
    """``2025-01-29T15:20``: a moment at minute grain."""
    return t.strftime("%Y-%m-%dT%H:%M")


def clock_span(unit: str, n: int, now: datetime) -> tuple[str, str] | None:
    """The ``n`` whole hours or minutes before the one under way (``지난 2시간`` at 04:30 is
    02:00-03:00) or after it (``다음 3분`` is 04:31-04:33), as ``span`` counts days.

    >>> clock_span("hour", -24, datetime(2013, 2, 12, 4, 30))
    ('2013-02-11T04:00', '2013-02-12T03:00')
    >>> clock_span("minute", 3, datetime(2013, 2, 12, 4, 30))
    ('2013-02-12T04:31', '2013-02-12T04:33')
    """
    if n == 0:
        return None
    step = timedelta(hours=1) if unit == "hour" else timedelta(minutes=1)
    base = now.replace(second=0, microsecond=0)
    if unit == "hour":
        base = base.replace(minute=0)
    near, far = (-1, n) if n < 0 else (1, n)
    lo, hi = sorted((near, far))
    try:
        return fmt_clock(base + lo * step), fmt_clock(base + hi * step)
    except OverflowError:
        return None
