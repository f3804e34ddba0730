"""Dates counted or named: offsets (``사흘 뒤``), spans from now (``지난 2주``), time limits
(``7일 내``), seasons (``올여름``), holidays (``추석 연휴``) and ordinals (``6월 둘째 주``)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from . import holidays as holidays_
from . import rules
from . import seasons as seasons_
from . import weeks as weeks_
from .atoms import _Atom, _count
from .partial import _Context, _day_value, _lean, _Value
from .tense import NEUTRAL, _Tokens
from .words import _holiday_context_re, _squash, _word, _words


def _holiday(
    atom: _Atom,
    year: int | None,
    relative: bool,
    direction: int | None,
    ctx: _Context,
    text: str,
    tokens: _Tokens,
    end: int,
) -> _Value | None:
    """``추석``, ``올해 설``, ``지난 추석``, ``내년 설 연휴`` (a range of the days off)."""
    d = atom.data
    word = holidays_.canonical(d["hol"])
    run = bool(d.get("hol_run"))
    bare = year is None and direction is None and not run
    needs_context = word in holidays_.words()["needs_context"]
    if bare and needs_context and not _holiday_context_re().match(text, atom.end):
        return None  # 그런 설이 돌았다: 설 is also a rumour
    written_year = year is not None and not relative
    lean = _lean(direction, end, tokens)
    neutral = direction is None and tokens.tense_after(end) == NEUTRAL
    day = holidays_.occurrence(word, ctx.ref, year, lean, neutral)
    if day is None:
        return _Value(None, "day", True, range=(None, None) if run else None)
    if run:
        first, last = holidays_.holiday_run(word, day)
        return _Value(None, "day", not written_year, range=(first.isoformat(), last.isoformat()))
    return _day_value(day, not written_year)


def _nth_value(nth: _Atom, year: int | None, month: int) -> _Value:
    """``6월 둘째 주`` (a week), ``3월 마지막 월요일``, ``10월 마지막 날`` (a day)."""
    d = nth.data
    n = int(_word(d["nth_o"])[1])
    if d.get("nth_week"):
        monday = weeks_.month_week(year, month, n) if year is not None else None
        return _Value(weeks_.iso_week(monday) if monday else None, "week", True)
    if year is None:
        return _Value(None, "day", True)
    if d.get("nth_wd"):
        return _day_value(weeks_.nth_weekday(year, month, int(_word(d["nth_wd"])[1]), n), True)
    return _day_value(weeks_.nth_day(year, month, n), True)


def _resolve_offset(head: _Atom, ctx: _Context, text: str, tokens: _Tokens) -> _Value | None:
    """``사흘 뒤``: from the day named earlier in this sentence or in the one before; an offset
    from a named event (``출범 사흘 뒤``) with no such day is left out; else from the reference."""
    d = head.data
    if d.get("ow"):
        unit, amount = _word(d["ow"])[1]
    else:
        unit, amount = _word(d["ou"])[1], int(d["on"])
    n = int(amount) * int(_word(d["od"])[1])
    anchor = ctx.sent_day or ctx.prev_sent_day
    if anchor is None:
        before = tokens.before(head.start)
        if before is not None and before.tag in ("NNG", "NNP") and not text[before.end : head.start].strip():
            return None  # 출범 사흘 뒤: counted from an event we cannot date
        anchor = ctx.ref
    grain = {"day": "day", "week": "day", "month": "month", "year": "year"}.get(unit)
    if grain is None:
        return None  # 한 시간 뒤: hours from a time we do not know
    if anchor is None:
        return _Value(None, grain, True)
    y, m, dd = rules.shift(anchor, unit, n)
    if y == 0:
        return None
    if grain == "day":
        return _day_value(rules.make_date(y, m, dd), True)
    if grain == "month":
        return _Value(rules.fmt_month(y, m), "month", True, year=y, month=m)
    return _Value(rules.fmt_year(y), "year", True, year=y)


_SPAN_GRAINS = {g: g for g in ("day", "week", "month", "year", "hour", "minute")}


def _resolve_span(head: _Atom, ref: date | None, now: datetime | None) -> _Value | None:
    """``지난 2주``, ``향후 5년간``: a range of whole units from the reference date, never from a
    day named nearby (news writes ``그 뒤 2주`` for that, and ``그 다음 3년`` is not read)."""
    d = head.data
    count = _count(d, "sp")
    if count is None:
        return None
    unit, amount = count
    if amount == 0:
        return None
    n = int(amount) * int(_words()["span_leads"][d["sp_lead"]])
    if unit in _CLOCK_UNITS:  # 지난 2시간: on the clock of the reference, when it has one
        ends = rules.clock_span(unit, n, now) if now is not None else None
        return None if ends is None else _Value(None, unit, True, range=ends)
    if ref is None:
        return _Value(None, _SPAN_GRAINS[unit], True, range=(None, None))
    ends = rules.span(unit, n, ref)
    if ends is None:
        return None
    return _Value(None, _SPAN_GRAINS[unit], True, range=ends)


_CLOCK_UNITS = {"hour": timedelta(hours=1), "minute": timedelta(minutes=1)}


def _resolve_within(head: _Atom, ref: date | None, now: datetime | None) -> _Value | None:
    """``7일 내``: from the reference date to the day (month, year) the count reaches; ``한시간
    안에`` from the reference's clock to the minute it reaches, or with no clock, whole days
    (``24시간 안에``) as days and other hours not at all."""
    unit, n = head.data["unit"], int(head.data["n"])  # n < 0: looking back (52주 내 최고가)
    if unit in _CLOCK_UNITS:
        if now is not None:
            ends = sorted((rules.fmt_clock(now), rules.fmt_clock(now + n * _CLOCK_UNITS[unit])))
            return _Value(None, "minute", True, range=(ends[0], ends[1]))
        per_day = int(next(iter(_words()["hour_units"].values())))
        if unit != "hour" or n % per_day:
            return None
        unit, n = "day", n // per_day
    grain = {"week": "day"}.get(unit, unit)
    if ref is None:
        return _Value(None, grain, True, range=(None, None))
    y, m, d = rules.shift(ref, unit, n)
    here: str | None
    there: str | None
    if grain == "day":
        other = rules.make_date(y, m, d)
        here, there = ref.isoformat(), other.isoformat() if other else None
    elif grain == "month":
        here, there = rules.fmt_month(ref.year, ref.month), rules.fmt_month(y, m)
    else:
        here, there = rules.fmt_year(ref.year), rules.fmt_year(y)
    return _Value(None, grain, True, range=(there, here) if n < 0 else (here, there))


def _resolve_season(head: _Atom, ref: date | None) -> _Value | None:
    """``올여름``, ``지난 겨울``, ``2024년 봄``: a range of the season's months (seasons.py)."""
    d = head.data
    w = _words()
    first_month = int(w["seasons"][d["ss"]])
    if d.get("ss_y"):
        months = seasons_.season(first_month, None, int(d["ss_y"]), ref)
        relative = False
    else:
        how, n = w["season_leads"][_squash(d["ss_lead"])]
        months = seasons_.season(first_month, (str(how), int(n)), None, ref)
        relative = True
    if months is None:
        return _Value(None, "month", relative, range=(None, None)) if ref is None else None
    return _Value(None, "month", relative, range=months)
