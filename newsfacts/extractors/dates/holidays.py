"""Holidays by name (``추석``, ``설 연휴``, ``광복절``, ``춘제``, ``추수감사절``), dated by the
python-holidays package (issue 22).

The calendar is the package's, not a table of ours: Korea's lunar holidays (설날, 추석,
부처님오신날), substitute days and election days move from year to year, and the package
follows the law that moves them. ``data/holiday_words.json`` only says which of the package's
holidays a Korean word names.

Which year: the one written (``2024년 추석``, ``올해 설``), else the latest one on or before the
reference date, or with ``lean`` 1 (``오는``, a clause about the future) the next one on or
after it, ``lean`` -1 (``지난``) the latest one before it. A holiday written with no tense at
all (``추석 연휴 교통 대책``) that comes within ``SOON`` days is the coming one: news writes
about a holiday ahead for weeks before it.

>>> occurrence("추석", date(2025, 9, 15), None, None, neutral=True)
datetime.date(2025, 10, 6)
>>> holiday_run("추석", date(2025, 10, 6))
(datetime.date(2025, 10, 3), datetime.date(2025, 10, 9))
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Any

from ...lexicon import load, slow_pattern

SOON = 60  # days: an untensed holiday this close ahead is the coming one (추석 연휴 in September)
#: years searched each side of the reference year (a holiday the package does not list then,
#: such as 제헌절 from 2008 to 2025, is dated by its fixed day: ``_fixed_days``)
SPAN = 1
SATURDAY = 5


@cache
def words() -> dict[str, Any]:
    return load("holiday_words")


@slow_pattern()
@cache
def _package() -> Any:
    """The holidays package, imported on the warm-up thread while Kiwi loads: with its first
    calendar it takes a fifth of a second, more than any of the rules' patterns."""
    import holidays

    holidays.country_holidays("KR", years=2025)  # loads the countries' modules
    return holidays


@cache
def _calendar(country: str, year: int, categories: tuple[str, ...]) -> dict[date, list[str]]:
    """The package's holidays of one country and year: day -> English names."""
    cats = ("public", *categories)
    cal = _package().country_holidays(country, years=year, language="en_US", categories=cats)
    return {day: cal.get_list(day) for day in sorted(cal)}


@cache
def _by_letters() -> dict[str, str]:
    return {"".join(w.split()): w for w in words()["holidays"]}


def canonical(written: str) -> str:
    """The entry a written holiday name is (대체휴일 -> 대체 휴일: spaces are optional)."""
    return _by_letters()["".join(written.split())]


def _entry(word: str) -> dict[str, Any]:
    return dict(words()["holidays"][canonical(word)])


def _days(word: str, year: int) -> list[date]:
    """The named days of ``word``'s holiday in ``year`` (the first of consecutive ones)."""
    e = _entry(word)
    cal = _calendar(e["country"], year, tuple(e.get("categories", ())))
    found = [d for d, names in cal.items() if any(n.startswith(e["name"]) for n in names)]
    firsts = [d for d in found if d - timedelta(days=1) not in found]  # 춘제: three days, one holiday
    return [d + timedelta(days=int(e.get("offset", 0))) for d in firsts]


#: years looked at for the day of a holiday the package does not list in the years wanted
FIXED_SEARCH = range(1950, 2040, 1)


@cache
def _fixed_day(word: str) -> tuple[int, int] | None:
    """(month, day) of a holiday that falls on the same day in every year the package lists
    it (제헌절, 17 July; 한글날, 9 October); None for one that moves (lunar, elections)."""
    days = {(d.month, d.day) for y in FIXED_SEARCH[::5] for d in _days(word, y)}
    return days.pop() if len(days) == 1 else None


def _fixed_days(word: str, year: int) -> list[date]:
    """A fixed-date day in a year it was no day off (제헌절 from 2008 to 2025): the day itself,
    which news still names (제헌절 경축식)."""
    fixed = _fixed_day(word)
    return [date(year, *fixed)] if fixed is not None else []


def occurrence(
    word: str, ref: date | None, year: int | None, lean: int | None, neutral: bool = False
) -> date | None:
    """The day of the holiday ``word`` names (see the module doc for which year)."""
    if year is not None:
        days = _days(word, year) or _fixed_days(word, year)
        return days[0] if days else None  # 올해 대체공휴일: the year's first
    if ref is None:
        return None
    span = int(_entry(word).get("span", SPAN))  # elections: every four or five years
    years = range(ref.year - span, ref.year + span + 1)
    days = [d for y in years for d in (_days(word, y) or _fixed_days(word, y))]
    before = [d for d in days if d < ref]
    after = [d for d in days if d > ref]
    today = [d for d in days if d == ref]
    if lean == 1:
        return after[0] if after else None
    if lean == -1:
        return before[-1] if before else None
    if neutral and after and (after[0] - ref).days <= SOON:
        return after[0]
    latest = before + today
    return latest[-1] if latest else None


def holiday_run(word: str, day: date) -> tuple[date, date]:
    """The holiday's whole run of days off around ``day``: its own days (설날 전날, 설날 다음날,
    its substitute day), and the weekends and other holidays that touch them."""
    e = _entry(word)
    family = e.get("family", e["name"])
    cats = tuple(e.get("categories", ()))

    def names(d: date) -> list[str]:
        return _calendar(e["country"], d.year, cats).get(d, [])

    def off(d: date) -> bool:
        return d.weekday() >= SATURDAY or bool(names(d))

    start = end = day
    # the holiday's own days first (they may stand apart from the named day by a weekday only
    # in no calendar we know of, so a step of one day is enough)
    while any(family in n for n in names(start - timedelta(days=1))):
        start -= timedelta(days=1)
    while any(family in n for n in names(end + timedelta(days=1))):
        end += timedelta(days=1)
    while off(start - timedelta(days=1)):
        start -= timedelta(days=1)
    while off(end + timedelta(days=1)):
        end += timedelta(days=1)
    return start, end
