"""Check 5: a weekday that does not match its date, 오는/지난 pointing the wrong way, and a
day word that disagrees with the date written beside it.

- ``weekday`` (error): ``3월 14일(수)`` when the 14th is a Friday. When a month was written
  without its year and the weekday fits the same day a year before or after, the inferred
  year (not the weekday) may be what is wrong, so nothing is said; ``오는 14일(목)`` leaves
  no doubt about the year.
- ``relative_date`` (warning): ``오는 N일`` whose day of this month is already past, or
  ``지난 N일`` whose day is still to come, when that reading is nearer the reference date
  than the one the word points to (``오는 5일`` on 10 March: 5 March, not 5 April).
- ``restated_date`` (warning): ``어제(3일)`` published on 5 March, when 어제 is the 4th. Copy
  written the day before publication says 어제 for the day before that, so this is a
  warning: either the word or the date is a day off.

A range (``3월 14일(금)~16일(일)``, ``지난 10~12일``) is read at both ends.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

import regex

from ..extractors.dates.ranges import range_ends
from ..lexicon import alternation, load
from .base import ERROR, WARNING, Finding, span_of

WEEKDAY, RELATIVE_DATE, RESTATED_DATE = "weekday", "relative_date", "restated_date"


@cache
def _weekday_re() -> regex.Pattern[str]:
    days = "".join(load("check_words")["weekdays"])
    return regex.compile(rf"\(\s*(?P<wd>[{days}])(?:요일)?\s*\)")


_MONTH_WRITTEN = regex.compile(r"\d{1,2}\s*월|\d{1,2}\s*[./]\s*\d{1,2}")
_YEAR_WRITTEN = regex.compile(r"\d{4}\s*(?:년|[.\-/])|'\d{2}\s*년")


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _written_weekday(d: Any, text: str) -> str | None:
    """The weekday in parentheses: the extractor's ``weekday``, else right after the mention."""
    wd = getattr(d, "weekday", None)
    if wd:
        return str(wd)[0]
    m = _weekday_re().search(d.text)
    if m is None:
        m = _weekday_re().match(text, d.end, min(d.end + 8, len(text)))
    return m["wd"] if m else None


def _shifted(day: date, years: int) -> date | None:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return None


def _ends(dates: Any) -> Iterator[Any]:
    """Every date, a range as its two ends."""
    for d in dates:
        yield from range_ends(d)


def check_weekdays(document: Any) -> list[Finding]:
    names = load("check_words")["weekdays"]
    findings = []
    for d in _ends(document.dates):
        day = _day(d.value)
        if day is None:
            continue
        written = _written_weekday(d, document.text)
        if written is None or written not in names:
            continue
        actual = names[day.weekday()]
        if written == actual:
            continue
        if _MONTH_WRITTEN.search(d.text) and not _YEAR_WRITTEN.search(d.text):
            # '3월 14일(목)': the year was inferred; 오는/이달/bare days leave no doubt about it
            near = (_shifted(day, -1), _shifted(day, 1))
            if any(n is not None and names[n.weekday()] == written for n in near):
                continue
        label = d.text if _weekday_re().search(d.text) else f"{d.text}({written})"
        message = f"{label}: {day.isoformat()} is a {day.strftime('%A')} ({actual}), not {written}"
        findings.append(
            Finding(kind=WEEKDAY, severity=ERROR, message=message, spans=(span_of(d),), sentence=d.sentence)
        )
    return findings


_WORD_BEFORE = regex.compile(r"(?:오는|지난)\s+$")
_DAY_AFTER_WORD = regex.compile(r"(?P<dir>오는|지난)\s+(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일")
# the head of a range takes its unit from the other end: 지난 10~12일
_RANGE_HEAD = regex.compile(r"(?P<dir>오는|지난)\s+(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*$")
_RANGE_TAIL = regex.compile(r"(?:(?P<m>\d{1,2})\s*월\s*)?(?P<d>\d{1,2})\s*일")


def _written_day(d: Any, text: str) -> regex.Match[str] | None:
    """'오는 5일' / '지난 3월 5일', from the mention or with 오는/지난 just before it."""
    m = _DAY_AFTER_WORD.match(d.text)
    if m is not None:
        return m
    before = _WORD_BEFORE.search(text, max(0, d.start - 4), d.start)
    return _DAY_AFTER_WORD.match(before[0] + d.text) if before is not None else None


def _readings(word: str, month: int | None, day: int, ref: date) -> tuple[date, date] | None:
    """(the reading in the reference month or year, the reading the word points to)."""
    try:
        if month is None:
            naive = ref.replace(day=day)
            step = 1 if word == "오는" else -1
            y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
            pointed = date(y, mo + 1, day)
        else:
            naive = date(ref.year, month, day)
            pointed = date(ref.year + (1 if word == "오는" else -1), month, day)
    except ValueError:  # 31일 in a 30-day month, 2월 29일 outside a leap year
        return None
    return naive, pointed


def _written_days(d: Any, text: str) -> Iterator[tuple[str, int | None, int, str]]:
    """(오는 or 지난, month or None, day, the words as written) for each end the word governs:
    ``오는 5일``, and both ends of ``지난 10~12일``."""
    ends = range_ends(d)
    m = _written_day(ends[0], text) or (_RANGE_HEAD.match(ends[0].text) if len(ends) == 2 else None)
    if m is None:
        return
    yield m["dir"], int(m["m"]) if m["m"] else None, int(m["d"]), m[0]
    if len(ends) == 2 and (tail := _RANGE_TAIL.match(ends[1].text)) is not None:
        month = int(tail["m"]) if tail["m"] else (int(m["m"]) if m["m"] else None)
        yield m["dir"], month, int(tail["d"]), d.text


def check_relative_dates(document: Any) -> list[Finding]:
    """오는/지난 with a day on the wrong side of the reference date.

    ``오는 5일`` written on 10 March points to 5 April (the dates extractor reads it so),
    but the 5th of this month, five days back, is the likelier meaning: 지난 5일 was meant.
    Near the turn of a month the other reading is the nearer one (``오는 2일`` on 28
    January is 2 February), and nothing is said.
    """
    ref = document.reference_date
    if ref is None:
        return []
    findings = []
    pairs = [(d, w) for d in document.dates for w in _written_days(d, document.text)]
    for d, (word, month, day, written) in pairs:
        got = _readings(word, month, day, ref)
        if got is None:
            continue
        naive, pointed = got
        wrong_side = naive < ref if word == "오는" else naive > ref
        if not wrong_side or abs((naive - ref).days) >= abs((pointed - ref).days):
            continue
        other = "지난" if word == "오는" else "오는"
        when = "before" if word == "오는" else "after"
        message = (
            f"{written} points to {pointed.isoformat()}, {abs((pointed - ref).days)} days away, but "
            f"{naive.isoformat()} is {abs((naive - ref).days)} days {when} the reference date "
            f"{ref.isoformat()}: {other} meant?"
        )
        findings.append(
            Finding(
                kind=RELATIVE_DATE,
                severity=WARNING,
                message=message,
                spans=(span_of(d),),
                sentence=d.sentence,
            )
        )
    return findings


@cache
def _restated_re() -> regex.Pattern[str]:
    return regex.compile(rf"^(?P<word>{alternation(load('date_words')['relative_days'])})\s*\(")


def check_restated_dates(document: Any) -> list[Finding]:
    """``어제(3일)``: the day word, read from the reference date, against the date in brackets."""
    ref = document.reference_date
    if ref is None:
        return []
    shifts = load("date_words")["relative_days"]
    findings = []
    for d in _ends(document.dates):
        m = _restated_re().match(d.text)
        written = _day(d.value)
        if m is None or written is None or not d.text.endswith(")"):
            continue
        meant = date.fromordinal(ref.toordinal() + int(shifts[m["word"]]))
        if meant == written:
            continue
        message = (
            f"{d.text}: {m['word']} is {meant.isoformat()} by the reference date {ref.isoformat()}, "
            f"but the date in brackets is {written.isoformat()}"
        )
        finding = Finding(
            kind=RESTATED_DATE, severity=WARNING, message=message, spans=(span_of(d),), sentence=d.sentence
        )
        findings.append(finding)
    return findings
