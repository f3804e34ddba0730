"""Dates and times, resolved against the article's reference date (issue 4).

Korean news dates are mostly partial and relative: ``29일(현지 시간)``, ``이달 20일``, ``지난해
3월``, ``이날``, ``하루 뒤``. Each is turned into a calendar value with its grain:

- ``2025-01-29`` (day), ``2025-01`` (month), ``2025`` (year), ``2025-Q1`` (quarter),
  ``2025-H1`` (a half year, grain quarter), ``2025-01-29T15:00`` (hour or minute);
- ``relative`` is true when the value was not fully written and came from the reference
  date or from a date named nearby; with no reference date it may be null;
- lengths of time (``3년간``, ``10일도 안 돼``, ``하루 만에``, ``24시간``, ``2분기 연속``) are
  not dates and are left out.

How it works, one module a step: ``patterns`` builds one regex (from ``data/date_words.json``,
read through ``words``) that finds *atoms* in a sentence (a year, a month, a day, a weekday, a
clock time, ``지난달``, ``오는``, a parenthesis ...); ``atoms`` checks each against what follows
it (``3일간`` is a length); ``grouping`` joins atoms that touch (only spaces between them) into
one expression in the order Korean writes them (year, month, day, weekday, time); ``resolve``
gives the expression its value, through ``partial`` (a partial date against the reference and
the tense), ``counted`` (offsets, spans, limits, seasons, holidays, ordinals) and the pure
calendar rules of ``rules``, ``weeks``, ``seasons`` and ``holidays``. Kiwi's morphemes (already
computed by the article model, read in ``tense``) are used for two decisions a regex gets
wrong: whether ``전`` in ``27일 전`` is the noun "before" or the determiner of ``전 대통령``, and
the tense of the clause after a date (``4월 17일 열린다`` is coming, ``4월 17일 열렸다`` is
past), which decides whether a partial date is the next one or the last one. This module
runs the steps over an article, keeps the frame, and joins ranges (``ranges``).

The frame a relative date is read in: the reference date; the day, month and year named
earlier in the same sentence (``12월 3일 ... 4일``); the day last named in the paragraph and
the story's day, the body's first plainly written day (``이날``, ``전날``); the day named in the
sentence before (``사흘 뒤``).
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import regex

from ...page.article import Article, Sentence
from . import rules
from .atoms import _atoms
from .grouping import _Expr, _expressions
from .mention import DateMention as DateMention  # the fact this module makes; ranges reads it too
from .partial import STORY_WINDOW, _Context, _Value
from .patterns import _atom_re as _atom_re  # with _scan, _start_res, _markers, _spaced: warmup, tests
from .patterns import _scan as _scan
from .patterns import _start_res as _start_res
from .patterns import _starts
from .ranges import join_ranges
from .resolve import _resolve
from .tense import _Tokens
from .words import _day_words, _part_re, _recurring_prefix_re, _recurring_suffix_re, _squash, _words
from .words import _markers as _markers
from .words import _spaced as _spaced

# compiled once, not looked up in regex's cache at each call: they run for every word
_BARE_DAY = regex.compile(r"(\d{1,2})\s*일")


def _remember(ctx: _Context, v: _Value) -> None:
    if v.day is not None:
        ctx.sent_day = v.day
        ctx.sent_year = (v.day.year, v.day.month)
        if not v.anaphoric:
            ctx.para_day = v.day
        ctx.para_month = (v.day.year, v.day.month)
        ctx.para_year = v.day.year
    elif v.year is not None:
        ctx.sent_year = (v.year, v.month or 0)
        if v.month is not None and v.grain == "month":
            ctx.para_month = (v.year, v.month)
        ctx.para_year = v.year


def _remember_written(ctx: _Context, expr: _Expr, v: _Value) -> None:
    """The month and year an expression wrote out (3월, 지난해 11월, 2024년), for 같은 달 and
    같은 해 further on; a bare day (1일) only borrows the reference month and does not count."""
    year = v.day.year if v.day is not None else v.year
    month = v.day.month if v.day is not None else v.month
    if year is None:
        return
    if month is not None and expr.first("month", "relmonth", "mdnum", "numdate") is not None:
        ctx.last_month = (year, month)
    if expr.first("year", "relyear", "numdate") is not None:
        ctx.last_year = year


def _recurring(text: str, expr: _Expr, limit: int) -> bool:
    """``매주 월요일``, ``매월 15일``, ``월요일마다``: a schedule, not a date."""
    return bool(
        _recurring_prefix_re().search(text, max(0, expr.start - 6), expr.start)
        or _recurring_suffix_re().match(text, expr.end, limit)
    )


_STORY_HEADS = frozenset({"day", "mdnum", "relday", "month"})


def _tells_the_story_day(expr: _Expr, v: _Value, article: Article, sent: Sentence) -> bool:
    """The first plainly written recent day of the body (``25일``, ``2월 25일``, ``어제``; not a
    headline, not ``지난 10일``, not ``지난해 12월 3일``, not an offset) is the day the story is
    about: a morning daily of the 26th reports the 25th's decision and goes on saying ``이날``
    for the 25th in later paragraphs."""
    ref = article.reference_date
    if v.anaphoric or v.day is None or ref is None or article.paragraphs[sent.paragraph].role != "body":
        return False
    if abs((v.day - ref).days) > STORY_WINDOW:
        return False
    kinds = [a.kind for a in expr.atoms]
    return "dir" not in kinds and next(k for k in kinds if k not in ("local", "paren")) in _STORY_HEADS


_PART_GRAINS = frozenset({"year", "quarter", "month"})


def _part(text: str, expr: _Expr, grain: str, limit: int) -> tuple[int, str | None]:
    """Where the mention ends and the part of its period it names (early, mid, late; a day's
    morning, evening, night ...)."""
    w = _words()
    if grain == "day":  # 오늘 밤, 내일저녁, 월요일 아침: the day, and the part of it
        if (pm := _part_re("day_parts").match(text, expr.end, limit)) is not None:
            return pm.end(), w["day_parts"][pm["part"]]
        return expr.end, None
    if len(expr.atoms) == 1 and (word := _squash(text[expr.start : expr.end])) in w["year_part_words"]:
        return expr.end, w["year_part_words"][word]  # 연말 alone: this year's end
    if grain not in _PART_GRAINS:
        return expr.end, None
    if (pm := _part_re("period_parts").match(text, expr.end, limit)) is not None:
        return pm.end(), w["period_parts"][pm["part"]]
    if grain == "year" and (pm := _part_re("year_part_words").match(text, expr.end, limit)) is not None:
        return pm.end(), w["year_part_words"][pm["part"]]
    return expr.end, None


def extract_dates(article: Article) -> list[DateMention]:
    """Every date and time in the article's headline and body, in text order."""
    text = article.text
    ref, clock = article.reference_date, article.reference_time
    now = datetime.combine(ref, clock) if ref is not None and clock is not None else None
    ctx = _Context(ref=ref, now=now)
    out: list[DateMention] = []
    covered = 0  # where the last mention ended: 내년 연말 takes the 연말 atom after it
    for sent in article.sentences:
        ctx.new_sentence(sent)
        starts = _starts(text, sent.start, sent.end)
        if not starts:
            continue  # no digit, bracket or date word: most sentences
        tokens = _Tokens(article, sent)  # Kiwi's morphemes, sliced only if a rule asks
        atoms = _atoms(text, sent, tokens, starts)
        for expr in _expressions(text, atoms):
            if expr.start < covered or _recurring(text, expr, sent.end):
                continue
            v = _resolve(expr, ctx, text, tokens)
            if v is None:
                continue
            _remember(ctx, v)
            _remember_written(ctx, expr, v)
            if ctx.story_day is None and v.day is not None and _tells_the_story_day(expr, v, article, sent):
                ctx.story_day = v.day
            # a range (지난 2주, 주말, 설 연휴) is whole: 말 or 초 after it does not narrow it
            end, part = (expr.end, None) if v.range is not None else _part(text, expr, v.grain, sent.end)
            covered = end
            mention = DateMention(
                text=text[expr.start : end],
                start=expr.start,
                end=end,
                sentence=sent.index,
                value=v.value,
                grain=v.grain,
                relative=v.relative,
                local_time=expr.local,
                weekday=expr.weekday,
                part=part,
                range=v.range,
            )
            if out and (merged := _restated(text, out[-1], mention)) is not None:
                out[-1] = merged
            else:
                out.append(mention)
    return join_ranges(text, out)


def _restated(text: str, word: DateMention, day: DateMention) -> DateMention | None:
    """``어제(4일)``, ``오늘(5일)``, ``이날(4일)``: a day word and the date it means, written
    together. One mention; the written date is its value (the ``restated_date`` check says
    when the word disagrees)."""
    if (
        word.grain != "day"
        or day.grain != "day"
        or word.end >= len(text)
        or text[word.end] != "("
        or day.start != word.end + 1
        or day.end >= len(text)
        or text[day.end] != ")"
        or _squash(word.text) not in _day_words()
    ):
        return None
    value = day.value
    bare = _BARE_DAY.fullmatch(day.text)
    if bare and word.value and value != word.value:
        # a bare day in brackets is the one nearest the word's day (모레(6일) on the 5th is
        # this month's 6th whatever the verb's tense), so that a slip shows as one day off
        meant = date.fromisoformat(word.value)
        months = (rules.add_months(meant.year, meant.month, k) for k in (-1, 0, 1))
        near = [d for y, m in months if (d := rules.make_date(y, m, int(bare[1])))]
        if near:
            value = min(near, key=lambda d: abs((d - meant).days)).isoformat()
    end = day.end + 1
    return dataclasses.replace(
        day, text=text[word.start : end], start=word.start, end=end, value=value, relative=True
    )
