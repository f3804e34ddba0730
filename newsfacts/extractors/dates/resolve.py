"""An expression resolved into a value: the kind of its head atom decides the rule, and a
clock time after a day sets its hour (``_resolve``)."""

from __future__ import annotations

import dataclasses
from functools import cache

import regex

from ..numerals import range_separators
from . import rules
from . import weeks as weeks_
from .atoms import _Atom
from .counted import _holiday, _nth_value, _resolve_offset, _resolve_season, _resolve_span, _resolve_within
from .grouping import _Expr
from .partial import _bare_day, _Context, _day_value, _month_day, _quarter, _Value, _year_of_bare_month
from .tense import FUTURE, REPORTED_FUTURE, _Tokens
from .words import _alt, _hedge_re, _hour_end_re, _time_follow_re, _word, _words


def _resolve(expr: _Expr, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    direction: int | None = None
    dir_atom = expr.first("dir")
    if dir_atom is not None:
        direction = int(_word(dir_atom.data["dir"])[1])
    elif _hedge_re().search(text, max(0, expr.start - 8), expr.start):
        direction = 1  # as early as / at the latest: a date ahead
    head = next(a for a in expr.atoms if a.kind not in ("local", "dir", "paren"))
    time_atom = expr.first("time", "hhmm", "clock")
    if head is time_atom:
        return _resolve_time_alone(expr, ctx, text, tokens)
    base = _resolve_date(expr, head, direction, ctx, text, tokens)
    if base is None:
        return None
    if time_atom is None:
        return base
    hm = _clock_of(time_atom)
    if hm is None:
        return base
    hour, minute, grain = hm
    value = rules.fmt_minute(base.day, hour, minute) if base.day else None
    return dataclasses.replace(base, value=value, grain=grain)


def _clock_of(a: _Atom) -> tuple[int, int, str] | None:
    """(hour, minute, grain) of a time atom; hour 24 is the midnight ending the day."""
    d = a.data
    if a.kind == "clock":
        return int(_word(d["clock"])[1]), 0, "hour"
    if a.kind == "hhmm":
        mode = _word(d["tod2"])[1] if d.get("tod2") else None
        hm = rules.clock(int(d["hh"]), int(d["mm"]), mode)
        return None if hm is None else (hm[0], hm[1], "minute")
    mode = _word(d["tod"])[1] if d.get("tod") else None
    minute = int(d["mi"]) if d.get("mi") else (30 if d.get("hb") else 0)
    hm = rules.clock(int(d["h"]), minute, mode)
    if hm is None:
        return None
    return hm[0], hm[1], "minute" if d.get("mi") or d.get("hb") else "hour"


def _resolve_time_alone(expr: _Expr, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    """``오후 3시 현재``: on the day named earlier in the sentence, else the reference day."""
    a = expr.first("time", "hhmm", "clock")
    assert a is not None
    d = a.data
    written_clearly = bool(d.get("tod") or d.get("tod2") or d.get("mi") or d.get("hb"))
    # a bare 3시 or 자정 may end a clause (3시. 자정,); a bare 21:19, may be a score
    follow = _time_follow_re() if a.kind == "hhmm" else _hour_end_re()
    if not written_clearly and not follow.match(text, a.end) and not _clock_pair(text, a):
        return None  # a bare 3시, 21:19 or 자정 that nothing marks as a clock time
    hm = _clock_of(a)
    if hm is None:
        return None
    hour, minute, grain = hm
    day = ctx.sent_day or ctx.ref
    value = rules.fmt_minute(day, hour, minute) if day else None
    return _Value(value, grain, True, day=day)


_HHMM = r"(?<![\d.,:])(?:[01]?\d|2[0-4]):(?P<mm>[0-5]\d)(?![\d:])"


@cache
def _clock_pair_res() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A bare hh:mm with a range separator and another hh:mm after or before it."""
    seps = _alt([*range_separators(), *_words()["range_from"]])
    return (
        regex.compile(rf"\s*(?P<sep>{seps})\s*{_HHMM}"),
        regex.compile(rf"{_HHMM}\s*(?P<sep>{seps})\s*$"),
    )


def _clock_pair(text: str, a: _Atom) -> bool:
    """``9:30 ~ 11:00``, ``11:30-1:30``: two bare clock times joined as a range mark each other
    as times. A hyphen also joins set scores (``21:19-23:21``), so with a hyphen both minutes
    must be round (a multiple of 5), as schedules are."""
    if a.kind != "hhmm":
        return False
    after, before = _clock_pair_res()
    own = a.data["mm"]
    m = after.match(text, a.end)
    if m is None:
        m = before.search(text, max(0, a.start - 16), a.start)
    if m is None:
        return False
    return m["sep"] != "-" or (int(own) % 5 == 0 and int(m["mm"]) % 5 == 0)


def _resolve_date(
    expr: _Expr, head: _Atom, direction: int | None, ctx: _Context, text: str, tokens: _Tokens
) -> _Value | None:
    ref = ctx.ref
    kind = head.kind
    d = head.data

    if kind == "numdate":
        day = rules.make_date(int(d["nd_y"]), int(d["nd_m"]), int(d["nd_d"]))
        return _day_value(day, False) if day else None

    if kind == "relday":
        word_kind, n = _word(d["relday"])
        if word_kind == "anaphoric_days":
            anchor = ctx.para_day or ctx.story_day or ref
            day = rules.add_days(anchor, n) if anchor else None
            v = _day_value(day, True)
            v.anaphoric = True
            return v
        return _day_value(rules.add_days(ref, n) if ref else None, True)

    if kind == "relweek":
        weeks = int(_word(d["relweek"])[1])
        wd_atom = expr.first("weekday")
        if wd_atom is None:  # 지난주: the week itself
            monday = weeks_.week_of(weeks, ref) if ref else None
            return _Value(weeks_.iso_week(monday) if monday else None, "week", True)
        wd = int(_word(wd_atom.data["weekday"])[1])
        return _day_value(rules.week_day(weeks, wd, ref) if ref else None, True)

    if kind == "weekend":
        if ref is None:
            return _Value(None, "day", True, range=(None, None))
        future = tokens.tense_after(expr.end) in (FUTURE, REPORTED_FUTURE)
        sat_sun = weeks_.weekend(_word(d["weekend"])[1], ref, future)
        if sat_sun is None:
            return None
        return _Value(None, "day", True, range=(sat_sun[0].isoformat(), sat_sun[1].isoformat()))

    if kind == "nth":
        return None  # 둘째 주 with no month before it: the week of what is not said

    if kind == "weekday":
        wd = int(_word(d["weekday"])[1])
        if ref is None:
            return _Value(None, "day", True)
        future = direction is None and tokens.tense_after(expr.end) in (FUTURE, REPORTED_FUTURE)
        return _day_value(rules.weekday_near(wd, ref, direction, future), True)

    if kind == "offset":
        return _resolve_offset(head, ctx, text, tokens)

    if kind == "span":
        return _resolve_span(head, ref, ctx.now)

    if kind == "season":
        return _resolve_season(head, ref)

    if kind == "within":
        return _resolve_within(head, ref, ctx.now)

    if kind == "mdnum":
        return _month_day(int(d["md_m"]), int(d["md_d"]), direction, ctx, tokens, expr.end, expr.weekday)

    # year / month / day / quarter / half, possibly with a relative year or month
    year: int | None = None
    relative = True
    year_atom = expr.first("year", "relyear")
    if year_atom is not None:
        if year_atom.kind == "year":
            yd = year_atom.data
            year = int(yd["y4"]) if yd.get("y4") else 2000 + int(yd["y2"])
            relative = False
        else:
            word_kind, n = _word(year_atom.data["relyear"])
            base = (
                (ctx.para_year or ctx.last_year or (ref.year if ref else None))
                if word_kind == "anaphoric_years"
                else (ref.year if ref else None)
            )
            year = base + n if base is not None else None
    if (hol := expr.first("holiday")) is not None:
        return _holiday(hol, year, relative, direction, ctx, text, tokens, expr.end)
    month_atom = expr.first("month", "relmonth", "quarter", "relquarter", "half")
    day_atom = expr.first("day")

    if month_atom is None and day_atom is None:  # a year alone
        if year_atom is None:
            return None
        return _Value(rules.fmt_year(year) if year is not None else None, "year", relative, year=year)

    if month_atom is not None and month_atom.kind in ("quarter", "relquarter", "half"):
        return _quarter(month_atom, year, year_atom is not None, relative, direction, ctx, tokens, expr.end)

    month: int | None = None
    if month_atom is not None and month_atom.kind == "relmonth":
        word_kind, n = _word(month_atom.data["relmonth"])
        if word_kind == "anaphoric_months":
            frame = ctx.para_month or ctx.last_month or ((ref.year, ref.month) if ref else None)
        else:
            frame = (ref.year, ref.month) if ref else None
        if frame is None:
            return _Value(None, "day" if day_atom else "month", True)
        if year_atom is not None:  # '지난해 같은 달': the year written, the month named before
            if year is None:
                return _Value(None, "day" if day_atom else "month", True)
            month = frame[1]
        else:
            year, month = rules.add_months(frame[0], frame[1], n)
    elif month_atom is not None:
        month = int(month_atom.data["m"])
        if not 1 <= month <= 12:
            return None

    if (nth := expr.first("nth")) is not None:
        assert month is not None
        if year is None and year_atom is None:
            year = _year_of_bare_month(month, direction, ctx, tokens, expr.end)
        return _nth_value(nth, year, month)

    if day_atom is None:  # a month
        assert month is not None
        if year is None and year_atom is None:
            year = _year_of_bare_month(month, direction, ctx, tokens, expr.end)
        if year is None:
            return _Value(None, "month", True)
        return _Value(rules.fmt_month(year, month), "month", relative, year=year, month=month)

    dday = int(day_atom.data["d"])
    if not 1 <= dday <= 31:
        return None
    if month is None:  # a bare day
        return _bare_day(dday, direction, ctx, tokens, expr.end, expr.weekday)
    if year is None and year_atom is None:
        return _month_day(month, dday, direction, ctx, tokens, expr.end, expr.weekday)
    if year is None:
        return _Value(None, "day", True)
    return _day_value(rules.make_date(year, month, dday), relative)
