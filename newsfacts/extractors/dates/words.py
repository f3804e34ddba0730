"""The date words of ``data/date_words.json`` and the small patterns built from them: word
lookups (``_word``), alternations that tolerate a missing space (``_spaced``), and what may
follow or precede a date (length markers, schedules, clock followers, hedges, parts)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from ...lexicon import alternation, load, slow_pattern
from . import holidays as holidays_

_HANGUL = "가-힣"


@cache
def _words() -> dict[str, Any]:
    return load("date_words")


def _after_word() -> str:
    """A lookahead: the word ends here (a particle or a non-letter follows)."""
    return rf"(?=$|[^{_HANGUL}]|(?:{_alt(_words()['particles'])}))"


def _alt(words: Any) -> str:
    return alternation(list(words))


def _spaced(words: Any) -> str:
    r"""An alternation where a written space may be missing or doubled (다음 달, 다음달).

    Longest first and grouped by first letter, like ``lexicon.alternation``:
    지(?:난\s*달|난해|…)|오(?:늘|는).
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(w[1:])
    return "|".join(
        regex.escape(first)
        + "(?:"
        + "|".join(r"\s*".join(regex.escape(part) for part in rest.split(" ")) for rest in rests)
        + ")"
        for first, rests in groups.items()
    )


_SINO = "[일이삼사오육칠팔구십백]"  # Sino-Korean digits of a minute or a year in words


def _marker_re(unit: str) -> regex.Pattern[str]:
    """Words after a number+unit that make it a length of time or a count (3일간, 2분기 연속)."""
    w = _words()
    ends = _after_word()
    words: list[str] = []
    stems: list[str] = []
    for m in w["duration_markers"].get(unit, []):
        (stems if m.endswith("-") else words).append(m.rstrip("-"))
    attached = w["attached_duration_markers"].get(unit, [])
    parts = []
    if words:
        parts.append(rf"\s*(?:{_spaced(words)}){ends}")
    if stems:
        parts.append(rf"\s*(?:{_spaced(stems)})")
    if attached:
        parts.append(rf"(?:{_alt(attached)}){ends}")
    return regex.compile("|".join(parts) or r"(?!)")


@slow_pattern()
@cache
def _markers() -> dict[str, regex.Pattern[str]]:
    return {unit: _marker_re(unit) for unit in ("day", "year", "quarter")}


@cache
def _offset_follow_re() -> regex.Pattern[str]:
    """``3~4일 전``: a range followed by before/after is a vague offset, not two dates."""
    return regex.compile(rf"\s?(?:{_alt(_words()['offset_directions'])}){_after_word()}")


@cache
def _count_prefix_re() -> regex.Pattern[str]:
    """``주 4일``: text ending in a per-period word, read backwards from the number."""
    w = _words()
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(w['count_prefixes'])})\s*$")


@cache
def _recurring_prefix_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(w['recurring_prefixes'])})\s*$")


@cache
def _recurring_suffix_re() -> regex.Pattern[str]:
    return regex.compile(rf"\s?(?:{_alt(_words()['recurring_suffixes'])})")


@cache
def _time_follow_re() -> regex.Pattern[str]:
    """What may follow a clock time written with nothing else to mark it (3시에, 15:00 현재)."""
    return regex.compile(rf"\s?(?:{_alt(_words()['time_followers'])})")


@cache
def _hour_end_re() -> regex.Pattern[str]:
    """A bare ``3시`` may also end a clause (3시. / 3시,); a bare ``21:19,`` may be a score."""
    return regex.compile(rf"\s?(?:{_alt(_words()['time_followers'])})|\s?$|[^\s{_HANGUL}\d:]")


@cache
def _not_date_re() -> regex.Pattern[str]:
    return regex.compile(_spaced(_words()["not_dates"]))


@cache
def _lookup() -> dict[str, tuple[str, Any]]:
    """Every date word, spaces removed, mapped to (kind, value)."""
    w = _words()
    table: dict[str, tuple[str, Any]] = {}
    kinds = (
        "relative_days",
        "anaphoric_days",
        "relative_months",
        "anaphoric_months",
        "relative_years",
        "anaphoric_years",
        "relative_weeks",
        "weekends",
        "ordinals",
        "relative_quarters",
        "directions",
        "weekdays",
        "halves",
        "times_of_day",
        "clock_words",
        "count_words",
        "offset_units",
        "clock_units",
        "offset_directions",
    )
    for kind in kinds:
        for word, value in w[kind].items():
            table.setdefault(_squash(word), (kind, value))
    for word in (*w["year_prefixes"], *w["year_part_words"]):
        table[_squash(word)] = ("relative_years", 0)
    return table


def _squash(s: str) -> str:
    return "".join(s.split())


def _word(s: str) -> tuple[str, Any]:
    return _lookup()[_squash(s)]


@cache
def _short_weekdays() -> dict[str, int]:
    return {name[0]: int(n) for name, n in _words()["weekdays"].items()}


@cache
def _hedge_re() -> regex.Pattern[str]:
    """``이르면 27일``, ``늦어도 다음 달 3일``: a hedge word ending right before the date."""
    return regex.compile(rf"(?<![{_HANGUL}])(?:{_spaced(_words()['future_hedges'])})\s*$")


@cache
def _part_re(key: str) -> regex.Pattern[str]:
    """A word of ``key`` right after a period, as a word of its own or glued on: '말', '초순'
    (``period_parts``: 3월 말, 3월말); '연말', '연초' (``year_part_words``: 내년 연말)."""
    return regex.compile(rf"\s?(?P<part>{_alt(_words()[key])}){_after_word()}")


@cache
def _day_words() -> frozenset[str]:
    w = _words()
    return frozenset(_squash(x) for x in (*w["relative_days"], *w["anaphoric_days"]))


@cache
def _count_before_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(rf"\d\s?(?:{_alt([*w['offset_units'], *w['clock_units']])})\s*$")


@cache
def _holiday_context_re() -> regex.Pattern[str]:
    """What makes a bare 설 the holiday: 설 연휴, 설 명절, 설을 앞두고 (a particle may come between)."""
    particles = _alt(_words()["particles"])
    return regex.compile(rf"(?:{particles})?\s?(?:{_alt(holidays_.words()['context_words'])})")
