"""Date ranges as one mention: ``이달 1~20일``, ``1월 27∼29일``, ``2026~2030년``, ``오전 9시~오후 6시``,
``3월 1일부터 20일까지``, ``7월 13일부터 15일`` (issue 22).

The atom grouping in ``dates.py`` reads the two ends of a range as two expressions (the bare
head ``이달 1`` already takes the other end's unit, and the tail ``20일`` its month from the head
named just before it). Here two neighbouring mentions of one sentence become one when only a
range separator stands between them: the text covers the whole range, ``value`` is null and
``range`` is ``[start, end]`` at the grain written, as money and percentages already do.

A list (``5·6월``, ``3, 4일``) is two dates and stays two mentions.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

import regex

from ...lexicon import alternation, load
from ..numerals import range_separators

if TYPE_CHECKING:
    from .mention import DateMention

#: grains two ends may have and still be one range; a clock time is hour or minute at each
#: end (``오전 9시~오후 6시 30분``), and the range takes the finer one
_CLOCK = ("hour", "minute")


@cache
def _words() -> dict[str, list[str]]:
    w = load("date_words")
    offsets = list(w["offset_directions"])
    return {"separators": range_separators(), "from": w["range_from"], "offsets": offsets}


@cache
def _separator_re() -> regex.Pattern[str]:
    """What may stand between the two ends: ``~`` (and its look-alikes) or ``부터``."""
    w = _words()
    return regex.compile(rf"\s*(?:{alternation(w['separators'])})\s*|\s*(?:{alternation(w['from'])})\s*")


def _grain(a: DateMention, b: DateMention) -> str | None:
    if a.grain == b.grain:
        return a.grain
    if a.grain in _CLOCK and b.grain in _CLOCK:
        return "minute"
    return None  # 3월 1일~4월: ends at different grains are left as two dates


def _joins(text: str, a: DateMention, b: DateMention) -> bool:
    if a.sentence != b.sentence or a.range or b.range or a.part or b.part or a.end >= b.start:
        return False  # 3월 말~4월 초: a part of a period at either end keeps its own mention
    # ``부터`` between two dates of one grain joins them with or without ``까지`` after the
    # second (``7월 13일부터 15일``); ``3일부터 시행`` has no second date and stays a start, a
    # length after it (``1일부터 15일간``) is no date (a duration marker stops it), and an
    # offset after it counts from the first (``어제부터 4일 후``: four days after yesterday)
    sep = _separator_re().fullmatch(text, a.end, b.start)
    if sep is None:
        return False
    return sep[0].strip() not in _words()["from"] or _offset_end_re().search(b.text) is None


@cache
def _offset_end_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{alternation(_words()['offsets'])})$")


def _backwards(a: DateMention, b: DateMention, grain: str) -> bool:
    """``3일 전부터 5일``: an end before the start is two dates, not a range (a clock range
    may end in the afternoon of a bare hour: ``_afternoon``)."""
    return grain not in _CLOCK and a.value is not None and b.value is not None and b.value < a.value


def join_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Each pair of neighbouring mentions with a range separator between them, as one mention."""
    out: list[DateMention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        grain = _grain(a, b) if b is not None else None
        if b is None or grain is None or _backwards(a, b, grain) or not _joins(text, a, b):
            out.append(a)
            i += 1
            continue
        out.append(
            dataclasses.replace(
                a,
                text=text[a.start : b.end],
                end=b.end,
                value=None,
                grain=grain,
                range=(a.value, _afternoon(a.value, b.value) if grain in _CLOCK else b.value),
                relative=a.relative or b.relative,
                local_time=a.local_time or b.local_time,
                weekday=a.weekday or b.weekday,
            )
        )
        i += 2
    return out


def _afternoon(start: str | None, end: str | None) -> str | None:
    """The bare end of a clock range takes the other end's half of the day: ``오후 1시부터 4시``
    ends at 16:00, not at 04:00 before it began."""
    if start is None or end is None or end >= start or len(end) != 16:
        return end
    later = datetime.fromisoformat(end) + timedelta(hours=12)
    return (
        later.isoformat(timespec="minutes")
        if later.isoformat() >= start and later.date() == datetime.fromisoformat(end).date()
        else end
    )


def range_ends(mention: DateMention) -> list[DateMention]:
    """The two ends of a range mention as mentions of their own (text, offsets, value and the
    weekday written in each), for the checks that read dates; any other mention alone.

    >>> from .reading import DateMention
    >>> m = DateMention(text="3월 14일(금)~16일(일)", start=0, end=16, sentence=0, value=None,
    ...     grain="day", range=("2025-03-14", "2025-03-16"), weekday="금")
    >>> [(e.text, e.start, e.end, e.value, e.weekday) for e in range_ends(m)]
    [('3월 14일(금)', 0, 9, '2025-03-14', '금'), ('16일(일)', 10, 16, '2025-03-16', '일')]
    """
    if mention.range is None:
        return [mention]
    sep = _split(mention.text)
    if sep is None:
        return [mention]
    s, e = sep
    first, second = mention.text[:s], mention.text[e:]
    return [
        dataclasses.replace(
            mention, text=first, end=mention.start + s, value=mention.range[0], range=None,
            weekday=_bracketed_weekday(first),
        ),
        dataclasses.replace(
            mention, text=second, start=mention.start + e, value=mention.range[1], range=None,
            weekday=_bracketed_weekday(second),
        ),
    ]  # fmt: skip


_NUMDATE = regex.compile(r"\d{4}\s?-\s?\d{1,2}\s?-\s?\d{1,2}")


def _split(text: str) -> tuple[int, int] | None:
    """Where the separator of a range's text is: the first ``~`` or ``부터``, else a hyphen
    that is not inside a written date such as ``2025-01-31``."""
    inside = [m.span() for m in _NUMDATE.finditer(text)]
    for m in _separator_re().finditer(text):
        if m.start() == 0 or m.end() == len(text):
            continue
        if any(s <= m.start() < e for s, e in inside):
            continue
        return m.span()
    return None


_WEEKDAY_IN_BRACKETS = regex.compile(r"\(\s*([월화수목금토일])(?:요일)?\s*[)·,/]")


def _bracketed_weekday(text: str) -> str | None:
    m = _WEEKDAY_IN_BRACKETS.search(text)
    return m[1] if m else None
