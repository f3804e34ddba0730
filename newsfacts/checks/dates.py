"""Check 5: a weekday that does not match its date, and 오는/지난 pointing the wrong way.

- ``weekday`` (error): ``3월 14일(수)`` when the 14th is a Friday. When the year was not
  written and the weekday fits the same day a year before or after, the date's year (not
  the weekday) is what may be wrong, so nothing is said.
- ``relative_date`` (warning): ``오는 N일`` that resolves before the reference date, or
  ``지난 N일`` after it.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

import regex

from ..lexicon import load
from .base import ERROR, WARNING, Finding, span_of

WEEKDAY, RELATIVE_DATE = "weekday", "relative_date"


@cache
def _weekday_re() -> regex.Pattern[str]:
    days = "".join(load("check_words")["weekdays"])
    return regex.compile(rf"\(\s*(?P<wd>[{days}])(?:요일)?\s*\)")


_YEAR_WRITTEN = regex.compile(r"\d{4}\s*(?:년|[.\-/])|'\d{2}\s*년")
_DIRECTION = regex.compile(r"(?P<dir>오는|지난)\s+(?=\d)")


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


def check_weekdays(document: Any) -> list[Finding]:
    names = load("check_words")["weekdays"]
    findings = []
    for d in document.dates:
        day = _day(d.value)
        if day is None:
            continue
        written = _written_weekday(d, document.text)
        if written is None or written not in names:
            continue
        actual = names[day.weekday()]
        if written == actual:
            continue
        if not _YEAR_WRITTEN.search(d.text):
            near = (_shifted(day, -1), _shifted(day, 1))
            if any(n is not None and names[n.weekday()] == written for n in near):
                continue
        label = d.text if _weekday_re().search(d.text) else f"{d.text}({written})"
        message = f"{label}: {day.isoformat()} is a {day.strftime('%A')} ({actual}), not {written}"
        findings.append(
            Finding(kind=WEEKDAY, severity=ERROR, message=message, spans=(span_of(d),), sentence=d.sentence)
        )
    return findings


def _direction_word(d: Any, text: str) -> str | None:
    m = _DIRECTION.match(d.text)
    if m is None:
        # the extractor may leave 오는/지난 outside the mention
        before = text[max(0, d.start - 4) : d.start]
        m = regex.search(r"(?P<dir>오는|지난)\s+$", before)
    return m["dir"] if m else None


def check_relative_dates(document: Any) -> list[Finding]:
    ref = document.reference_date
    if ref is None:
        return []
    findings = []
    for d in document.dates:
        day = _day(d.value)
        if day is None:
            continue
        word = _direction_word(d, document.text)
        if word == "오는" and day < ref:
            problem = "before"
        elif word == "지난" and day > ref:
            problem = "after"
        else:
            continue
        message = f"{d.text} resolves to {day.isoformat()}, {problem} the reference date {ref.isoformat()}"
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
