"""A partial date (a bare day, a month and day, a month, a quarter or half) against the
reference date, the dates named nearby (``_Context``) and the tense of its clause."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from ...page.article import Sentence
from . import rules
from .atoms import _Atom
from .tense import FUTURE, NEUTRAL, REPORTED_FUTURE, _Tokens
from .words import _short_weekdays, _word


@dataclasses.dataclass
class _Context:
    """What the nearby text has said: the frame relative dates are read in."""

    ref: date | None
    now: datetime | None = None  # the reference with its clock, when it has one
    para: int = -1
    para_day: date | None = None  # last day named in the paragraph (for 이날, 전날)
    para_month: tuple[int, int] | None = None  # (for 같은 달)
    para_year: int | None = None  # (for 같은 해, 이듬해)
    # the last month and year named anywhere before: 같은 달 in a paragraph that names none
    # means the month the article was just talking about, not the reference month
    last_month: tuple[int, int] | None = None
    last_year: int | None = None
    sent_day: date | None = None  # last day named earlier in this sentence
    sent_year: tuple[int, int] | None = None  # (year, month or 0) last named in this sentence
    prev_sent_day: date | None = None  # last day named in the sentence before
    story_day: date | None = None  # the first day the body names: what 이날 means later on

    def new_sentence(self, sent: Sentence) -> None:
        if sent.paragraph != self.para:
            self.para = sent.paragraph
            self.para_day = self.para_month = self.para_year = None
        self.prev_sent_day = self.sent_day
        self.sent_day = None
        self.sent_year = None


@dataclasses.dataclass
class _Value:
    value: str | None
    grain: str
    relative: bool
    day: date | None = None  # the calendar day, when the grain is day or finer
    year: int | None = None
    month: int | None = None
    anaphoric: bool = False
    range: tuple[str | None, str | None] | None = None  # 주말: Saturday and Sunday


def _day_value(day: date | None, relative: bool) -> _Value:
    """A day-grain value; an impossible written date (2월 30일) keeps grain day with value null."""
    if day is None:
        return _Value(None, "day", relative)
    return _Value(day.isoformat(), "day", relative, day=day, year=day.year, month=day.month)


def _year_of_bare_month(
    month: int, direction: int | None, ctx: _Context, tokens: _Tokens, end: int
) -> int | None:
    if direction is None and ctx.sent_year is not None and month >= ctx.sent_year[1]:
        return ctx.sent_year[0]  # 2023년 5월 설립 ... 8월 출시: the year just named
    if ctx.ref is None:
        return None
    return rules.bare_month(month, ctx.ref, _lean(direction, end, tokens))


SOON = 7  # days: a bare day this close ahead, in a clause with no tense, is coming, not past


STORY_WINDOW = 7  # days: the story's day is within a week of the publication date


def _lean(direction: int | None, end: int, tokens: _Tokens) -> int | None:
    """The written direction, else forward when the clause after the date is about the future."""
    if direction is not None:
        return direction
    return 1 if tokens.tense_after(end) in (FUTURE, REPORTED_FUTURE) else None


def _said_then(direction: int | None, past: date | None, ref: date, tokens: _Tokens, end: int) -> bool:
    """``4일 …하겠다고 발표했다`` published on the 5th: the day the words were said, not the
    next 4th, when that reading falls within the story's week."""
    if direction is not None or past is None or not 0 <= (ref - past).days <= STORY_WINDOW:
        return False
    return tokens.tense_after(end) == REPORTED_FUTURE


def _soon(day: date | None, ref: date) -> bool:
    return day is not None and 0 < (day - ref).days <= SOON


def _weekday_agrees(day: date | None, weekday: str | None) -> bool:
    return day is not None and weekday is not None and _short_weekdays().get(weekday) == day.weekday()


def _month_day(
    month: int,
    day: int,
    direction: int | None,
    ctx: _Context,
    tokens: _Tokens,
    end: int,
    weekday: str | None,
) -> _Value:
    if direction is None and ctx.sent_year is not None and month >= ctx.sent_year[1]:
        return _day_value(rules.make_date(ctx.sent_year[0], month, day), True)
    if ctx.ref is None:
        return _Value(None, "day", True)
    lean = _lean(direction, end, tokens)
    if _said_then(direction, rules.bare_month_day(month, day, ctx.ref), ctx.ref, tokens, end):
        lean = None
    found = rules.bare_month_day(month, day, ctx.ref, lean)
    if lean is None:
        ahead = rules.bare_month_day(month, day, ctx.ref, 1)
        if _soon(ahead, ctx.ref) and tokens.tense_after(end) == NEUTRAL:
            found = ahead  # "3월 2일 본회의 상정" written on February 27th
    if lean is None and weekday and not _weekday_agrees(found, weekday):
        ahead = rules.bare_month_day(month, day, ctx.ref, 1)
        if _weekday_agrees(ahead, weekday):
            found = ahead  # 3월 14일(금) in January: the coming March 14th is the Friday
    return _day_value(found, True)


def _bare_day(
    day: int, direction: int | None, ctx: _Context, tokens: _Tokens, end: int, weekday: str | None
) -> _Value:
    """``29일``: in the month of a day named earlier in the sentence when it does not go back
    in time (12월 3일 ... 4일), else by the reference date."""
    prev = ctx.sent_day
    if direction is None and prev is not None and day >= prev.day:
        same_month = rules.make_date(prev.year, prev.month, day)
        if same_month is not None:  # not 31일 after a 1 April
            return _day_value(same_month, True)
    if ctx.ref is None:
        return _Value(None, "day", True)
    lean = _lean(direction, end, tokens)
    if _said_then(direction, rules.bare_day(day, ctx.ref), ctx.ref, tokens, end):
        lean = None
    found = rules.bare_day(day, ctx.ref, lean)
    if lean is None and day > ctx.ref.day:
        ahead = rules.bare_day(day, ctx.ref, 1)
        if _soon(ahead, ctx.ref) and tokens.tense_after(end) == NEUTRAL:
            found = ahead  # "10일 본회의 상정" written on the 9th: tomorrow, not last month
    if lean is None and weekday and not _weekday_agrees(found, weekday):
        ahead = rules.bare_day(day, ctx.ref, 1)
        if _weekday_agrees(ahead, weekday):
            found = ahead  # 3일(월) written on the 28th: next month's 3rd is the Monday
    return _day_value(found, True)


def _quarter(
    atom: _Atom,
    year: int | None,
    year_written: bool,
    relative: bool,
    direction: int | None,
    ctx: _Context,
    tokens: _Tokens,
    end: int,
) -> _Value:
    ref = ctx.ref
    if atom.kind == "relquarter":
        n = int(_word(atom.data["relquarter"])[1])
        if ref is None:
            return _Value(None, "quarter", True)
        y, q = rules.add_quarters(ref.year, rules.quarter_of(ref.month), n)
        return _Value(rules.fmt_quarter(y, q), "quarter", True, year=y)
    lean = _lean(direction, end, tokens)
    frame = ctx.sent_year if direction is None and not year_written else None  # the year just named
    if atom.kind == "half":
        half = int(_word(atom.data["half"])[1])
        if frame is not None and 6 * half - 5 >= frame[1]:
            year = frame[0]
        elif not year_written:
            year = rules.bare_half(half, ref, lean) if ref else None
        if year is None:
            return _Value(None, "quarter", True)
        return _Value(rules.fmt_half(year, half), "quarter", relative, year=year, month=6 * half - 5)
    q = int(atom.data["q"])
    if frame is not None and 3 * q - 2 >= frame[1]:
        year = frame[0]  # 올해 1~3분기, 2024년 1분기와 3분기
    elif not year_written:
        year = rules.bare_quarter(q, ref, lean) if ref else None
    if year is None:
        return _Value(None, "quarter", True)
    return _Value(rules.fmt_quarter(year, q), "quarter", relative, year=year, month=3 * q - 2)
