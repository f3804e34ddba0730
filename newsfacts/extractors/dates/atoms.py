"""Atoms: the pieces of a date the atom regex finds in a sentence (a year, a day, ``지난``, a
clock time, a bracket ...), each checked against what follows it (``3일간`` is a length, not
a day) and read into the fields the resolution needs."""

from __future__ import annotations

import dataclasses
from functools import cache
from typing import Any

import regex

from ...page.article import Sentence
from ..matchgroups import numbers
from ..numerals import parse_number
from .patterns import _scan
from .tense import _Tokens
from .words import (
    _alt,
    _count_before_re,
    _count_prefix_re,
    _markers,
    _not_date_re,
    _offset_follow_re,
    _spaced,
    _squash,
    _word,
    _words,
)


class _MatchData:
    """A match's named groups read on demand: ``groupdict()`` on a pattern with fifty groups
    costs more than the few lookups an atom needs."""

    __slots__ = ("_m", "_numbers")

    def __init__(self, m: regex.Match[str]) -> None:
        self._m = m
        self._numbers = vars(numbers(m.re))  # by number: see newsfacts.extractors.matchgroups

    def get(self, key: str, default: Any = None) -> Any:
        i = self._numbers.get(key)
        if i is None:  # a key that is not a group (range_head)
            return default
        value = self._m[i]
        return default if value is None else value

    def __getitem__(self, key: str) -> Any:
        return self._m[self._numbers[key]]


@dataclasses.dataclass
class _Atom:
    kind: str
    start: int
    end: int
    data: dict[str, Any] | _MatchData


def _atoms(text: str, sent: Sentence, tokens: _Tokens, starts: list[int]) -> list[_Atom]:
    out: list[_Atom] = []
    markers = _markers()
    not_date = _not_date_re()
    skip_until = -1
    for m in _scan(text, sent.start, sent.end, starts):
        kind = m.lastgroup
        s, e = m.span()
        if kind is None or s < skip_until:
            continue
        if kind in ("relday", "relmonth", "relyear", "relweek", "clock"):
            phrase = not_date.match(text, s, sent.end)
            if phrase:  # 오늘날, 어제 오늘의 일, 자정 작용: skip the whole phrase
                skip_until = phrase.end()
                continue
        if kind == "range":
            out.extend(_split_range(text, m, sent.end))
            continue
        if kind in ("wtime", "wyear"):
            if (atom := _word_numeral_atom(m)) is not None:
                out.append(atom)
            continue
        if kind == "etime":
            out.append(_english_time_atom(m))
            continue
        if kind == "relweek" and (tag := tokens.tag_at(s, m[0])) is not None and tag.startswith("V"):
            continue  # 자리를 내주는: the verb 내주다, not next week
        if kind == "span":
            if m["sp_s"] and _sino_count(m["sp_s"]) is None:
                continue
            out.append(_Atom("span", s, e, _MatchData(m)))
            continue
        if kind == "within":
            out.append(_within_atom(text, m, tokens))
            continue
        if kind == "offset":
            atom = _offset_atom(m, tokens)
            if atom is not None:
                out.append(atom)
            continue
        g = _MatchData(m)
        if kind == "paren" and not (m["pw"] or m["pl"] or m["ph"]):
            continue
        if kind == "day":
            if markers["day"].match(text, e, sent.end) or _count_prefix_re().search(text, max(0, s - 8), s):
                out.append(_Atom("stop", s, e, {}))
                continue
        elif kind == "year":
            if markers["year"].match(text, e, sent.end):
                out.append(_Atom("stop", s, e, {}))
                continue
        elif kind == "quarter" and markers["quarter"].match(text, e, sent.end):
            out.append(_Atom("stop", s, e, {}))
            continue
        out.append(_Atom(kind, s, e, g))
    return out


def _word_numeral_atom(m: regex.Match[str]) -> _Atom | None:
    """A time or year in numeral words as the atom its digits would make: ``오후 세시`` reads as
    ``오후 3시``, ``이천십오년`` as ``2015년`` (only 1900 to 2100: a year, not a count)."""
    if m["wy"]:
        year = parse_number(m["wy"])
        if year is None or year.value is None or not 1900 <= year.value <= 2100:
            return None
        return _Atom("year", m.start(), m.end(), {"y4": str(int(year.value))})
    hour = parse_number(m["wh"])
    minute = parse_number(m["wmi"]) if m["wmi"] else None
    if hour is None or hour.value is None or (m["wmi"] and (minute is None or minute.value is None)):
        return None
    data = {"tod": m["wtod"], "h": str(int(hour.value)), "hb": m["whb"]}
    if minute is not None and minute.value is not None:
        data["mi"] = str(int(minute.value))
    return _Atom("time", m.start(), m.end(), data)


def _sino_count(word: str) -> int | None:
    n = parse_number(word)
    return int(n.value) if n is not None and n.value is not None and n.value == int(n.value) else None


def _count(data: Any, prefix: str) -> tuple[str, int] | None:
    """(unit, amount) of a count written with digits (``_n``/``_u``), a count word (``_w``)
    or Sino-Korean numeral words (``_s``/``_su``); ``시간 반`` is minutes."""
    if data.get(f"{prefix}_w"):
        unit, amount = _word(data[f"{prefix}_w"])[1]
        unit, amount = str(unit), int(amount)
    elif data.get(f"{prefix}_s"):
        n = _sino_count(data[f"{prefix}_s"])
        if n is None:
            return None
        unit, amount = str(_word(data[f"{prefix}_su"])[1]), n
    else:
        unit, amount = str(_word(data[f"{prefix}_u"])[1]), int(data[f"{prefix}_n"])
    if data.get(f"{prefix}_half"):
        if unit != "hour":
            return None  # 3일 반: no date reading
        return "minute", amount * 60 + 30
    return unit, amount


def _within_atom(text: str, m: regex.Match[str], tokens: _Tokens) -> _Atom:
    """``7일 내``: a time limit from now; counted from an event (``신고 후 3일 이내``, ``접수일로부터
    7일 이내``, a noun right before) or in hours that are no whole days, a length and no date."""
    count = _count(_MatchData(m), "wn")
    if _count_before_re().search(text, max(0, m.start() - 12), m.start()):
        return _Atom("stop", m.start(), m.end(), {})  # 1개월 12일 이내: the end of a longer length
    before = tokens.before(m.start())
    from_event = (
        before is not None
        and not text[before.end : m.start()].strip()
        and (before.tag in ("NNG", "NNP") or before.form.endswith(tuple(_words()["range_from"])))
    )
    # 52주 내 최고가, 3년 내 최저: within the time before now, not after it
    back = bool(_within_back_re().match(text, m.end()))
    if count is None or count[1] == 0 or from_event or (not back and tokens.told_in_the_past(m.end())):
        # a length, a limit from an event, or one met in the past (1분 안에 매진됐다: within a
        # minute of an opening the text does not date)
        return _Atom("stop", m.start(), m.end(), {})
    return _Atom("within", m.start(), m.end(), {"unit": count[0], "n": -count[1] if back else count[1]})


@cache
def _within_back_re() -> regex.Pattern[str]:
    w = _words()
    return regex.compile(rf"(?:{_alt(w['particles'])})?\s?(?:{_spaced(w['within_back_words'])})")


def _english_time_atom(m: regex.Match[str]) -> _Atom:
    """``3:20pm`` as the atom ``오후 3시 20분`` makes."""
    suffixes = {k.lower(): v for k, v in _words()["clock_suffixes"].items()}
    if m["eap"]:
        tod = suffixes[m["eap"].lower()]
    else:  # 3:20p: the first letter of a suffix
        tod = next(v for k, v in suffixes.items() if k[0] == m["eap1"].lower())
    data = {"tod": tod, "h": m["eh"]}
    if m["em"]:
        data["mi"] = m["em"]
    return _Atom("time", m.start(), m.end(), data)


def _split_range(text: str, m: regex.Match[str], limit: int) -> list[_Atom]:
    """``27∼29일`` -> a day ``27`` and a day ``29일``; ``2023∼24년`` -> 2023 and 2024."""
    unit = {"년": "year", "월": "month", "일": "day", "분기": "quarter"}[m["ru"]]
    a, b = m["ra"], m["rb"]
    e = m.end()
    if m["rs"] == "," and len(b) == 3:  # 1,000일: a thousands separator
        return [_Atom("stop", m.start(), e, {})]
    marker = _markers().get(unit)
    if (marker is not None and marker.match(text, e, limit)) or _offset_follow_re().match(text, e, limit):
        return [_Atom("stop", m.start(), e, {})]
    a_start, a_end = m.span("ra")
    b_start = m.start("rb")
    if unit == "year":
        if len(a) != 4 or len(b) not in (2, 4):
            return [_Atom("stop", m.start(), e, {})]
        if len(b) == 2:
            b = a[:2] + b
        return [
            _Atom("year", a_start, a_end, {"y4": a, "range_head": True}),
            _Atom("year", b_start, e, {"y4": b}),
        ]
    if unit == "quarter":
        if a not in "1234" or len(a) != 1:
            return [_Atom("stop", m.start(), e, {})]
        return [
            _Atom("quarter", a_start, a_end, {"q": a, "range_head": True}),
            _Atom("quarter", b_start, e, {"q": b}),
        ]
    if len(a) > 2 or len(b) > 2:
        return [_Atom("stop", m.start(), e, {})]
    key = "m" if unit == "month" else "d"
    return [
        _Atom(unit, a_start, a_end, {key: a, "range_head": True}),
        _Atom(unit, b_start, e, {key: b}),
    ]


def _offset_atom(m: regex.Match[str], tokens: _Tokens) -> _Atom | None:
    """``27일 전`` is an offset only when Kiwi reads 전 as the noun "before" (NNG); in
    ``27일 전 대통령`` it is a determiner (MM, "former") and ``27일`` is a plain date. A count
    word (사흘 전) or another unit (2주 전) has no date reading, so Kiwi is not asked."""
    days = m["on"] is not None and _word(m["ou"])[1] == "day"
    if days and _squash(m["od"]) in _words()["offset_directions_not_for_days"]:
        return _Atom("day", m.start("on"), m.end("ou"), {"d": m["on"]})  # 5일 이전: before the 5th
    if m["on"] is None or _word(m["ou"])[1] != "day" or _word(m["od"])[1] > 0:
        return _Atom("offset", m.start(), m.end(), _MatchData(m))  # 사흘 전, 2주 후: no other reading
    tag = tokens.tag_at(m.start("od"), m["od"])
    if tag is None or tag.startswith("NN"):
        return _Atom("offset", m.start(), m.end(), _MatchData(m))
    return _Atom("day", m.start("on"), m.end("ou"), {"d": m["on"]})
