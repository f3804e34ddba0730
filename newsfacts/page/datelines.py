"""Date lines: the dates of a line with their labels (``입력``, ``수정`` …), whether a line is a
date line by its shape, and a labelled date glued inside a longer line."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import NamedTuple

import regex

from ..lexicon import alternation, slow_pattern
from .lines import _is_formal, _words

_DATE = r"""(?:
    (?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일
  | (?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)\.?
)"""
_TIME = r"""(?:
    \s*(?:\(\s*[월화수목금토일](?:요일)?\s*\)|[월화수목금토일]요일)?
    (?P<time>\s*(?:오전|오후|AM|PM|am|pm)?\s*\d{1,2}\s*(?::\s*\d{2}(?:\s*:\s*\d{2})?|시(?:\s*\d{1,2}\s*분)?(?:\s*\d{1,2}\s*초)?)
        (?:\s*(?:AM|PM|am|pm|KST))?)?
)"""
_SEP = r"[\s:：|│•·∙/\-–—\[\]()]*"


@slow_pattern()
@cache
def _date_time_re() -> regex.Pattern[str]:
    return regex.compile(_DATE + _TIME, regex.VERBOSE)


_CENTURY = re.compile("19|20")


def _dates_in(line: str, start: int, end: int) -> Iterator[regex.Match[str]]:
    """What ``_date_time_re().finditer(line, start, end)`` finds, tried only where a date can
    begin (19… or 20…): the regex module is slow to walk a line."""
    pattern = _date_time_re()
    at = start
    while (century := _CENTURY.search(line, at, end)) is not None:
        if (m := pattern.match(line, century.start(), end)) is not None:
            yield m
            at = m.end()
        else:
            at = century.start() + 1


# The last lines whose dates were read, with them: a line with a date label is read for a
# glued date line while the page is cut, then as a date line, and reads its dates once.
# (Each is held by the line itself, not an equal one: no other page's line can match.)
_last_read: tuple[tuple[str, list[regex.Match[str]]], ...] = ()


def _dates_of(line: str) -> list[regex.Match[str]]:
    """Every date of ``line``."""
    global _last_read
    last = _last_read
    for seen, dates in last:
        if seen is line:
            return dates
    found = list(_dates_in(line, 0, len(line)))
    _last_read = ((line, found), *last[:3])
    return found


@slow_pattern()
@cache
def _label_re() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A label just before a date (``입력 :``) and just after one (``… 11시 05분 입력``)."""
    w = _words()
    labels = alternation(w["dateline_published"] + w["dateline_modified"])
    suffix = r"(?:\s*(?:일시|일자|시간|시각|일|日))?"
    before = regex.compile(rf"(?P<label>{labels}){suffix}{_SEP}$")
    # matched from the date's end (``match(line, pos)`` anchors there; ``^`` would not)
    after = regex.compile(rf"{_SEP}(?P<label>{labels}){suffix}(?=$|[\s|│•·:：\])])")
    return before, after


@cache
def _label_kinds() -> dict[str, str]:
    w = _words()
    kinds = {label: "published" for label in w["dateline_published"]}
    kinds.update({label: "modified" for label in w["dateline_modified"]})
    return kinds


@slow_pattern()
@cache
def _byline_re() -> regex.Pattern[str]:
    titles = alternation(_words()["byline_titles"])
    name = r"[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*"
    return regex.compile(
        rf"(?:(?<=^|[\s\[(=·|/])(?:{name})\s*(?:{titles})(?=$|[\s\])|=,·/]|[\w.+-]+@))"
        r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    )


@cache
def _residue_re() -> regex.Pattern[str]:
    """What may stand in a date line beside the dates: counters, separators, brackets."""
    counts = alternation(_words()["count_words"])
    return regex.compile(rf"(?:{counts})\s*\d+|[|│•·∙:：/\-–—=\[\]()<>,]+")


_WORD = regex.compile(r"\S+")
_TIME_ONLY = regex.compile(
    r"^(?:[\s|│•·:：]*(?:오전|오후|AM|PM|(?:오전|오후|AM|PM)?\s*\d{1,2}\s*(?::\s*\d{2}(?::\d{2})?|시(?:\s*\d{1,2}\s*분)?)"
    r"|(?:19|20)\d\d[.\-/]\d{1,2}[.\-/]\d{1,2}\.?|수정|입력|최종수정|업데이트))+\s*$"
)


class DateFound(NamedTuple):
    published: date | None
    modified: date | None
    unlabelled: date | None  # a date with no label, or a label we do not know
    labelled: bool  # a known label stood beside a date


def _read_dates(
    line: str, start: int = 0, end: int | None = None
) -> tuple[DateFound, list[tuple[int, int]], bool]:
    """Every date of a line with its label; also the spans that are dates or labels, and
    whether a date (a valid one or not) has its time."""
    before, after = _label_re()
    words = _label_words()
    kinds = _label_kinds()
    published = modified = unlabelled = None
    labelled = False
    spans: list[tuple[int, int]] = []
    end = len(line) if end is None else end
    matches = _dates_of(line) if start == 0 and end == len(line) else list(_dates_in(line, start, end))
    # a line whose last date has its label after it writes every label after its date
    # ('2024.06.13 09:10 수정 2024.06.12 13:45 입력'): 수정 there is not the second date's
    trailing = bool(matches) and words.search(line, matches[-1].end(), end) is not None
    trailing = trailing and after.match(line, matches[-1].end(), end) is not None
    for i, m in enumerate(matches):
        try:
            d = date(int(m[1]), int(m[2]), int(m[3]))  # y, m, d: numbers are quicker than names
        except ValueError:
            continue
        spans.append(m.span())
        lo = matches[i - 1].end() if i else start
        # (each label pattern is tried only from where a label word stands: they are slow)
        label = (
            before.search(line, w.start(), m.start())
            if not trailing and (w := words.search(line, lo, m.start()))
            else None
        )
        if trailing:
            hi = matches[i + 1].start() if i + 1 < len(matches) else end
            label = after.match(line, m.end(), hi) if words.search(line, m.end(), hi) else None
        elif label is None:
            hi = matches[i + 1].start() if i + 1 < len(matches) else end
            label = after.match(line, m.end(), hi) if words.search(line, m.end(), hi) else None
            # a label that a later date follows is that date's, not this one's
            if label is not None and i + 1 < len(matches) and not line[label.end() : hi].strip(" :：|"):
                label = None
        kind = None
        if label is not None:
            spans.append(label.span())
            kind = kinds.get(label[1])
        if kind is not None:
            labelled = True
        if kind == "published" and published is None:
            published = d
        elif kind == "modified" and modified is None:
            modified = d
        elif kind is None and unlabelled is None:
            unlabelled = d
    timed = any(m[4] for m in matches)  # the time
    return DateFound(published, modified, unlabelled, labelled), spans, timed


def _residue(line: str, spans: list[tuple[int, int]]) -> str:
    chars = list(line)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    rest = "".join(chars)
    # a byline has a title or an e-mail; the byline pattern is slow to try everywhere
    if "@" in rest or _titles_re().search(rest):
        rest = _byline_re().sub(" ", rest)
    return _residue_re().sub(" ", rest)


_DATELINE_MAX = 160  # a longer line is a sentence or a whole page
# a full date (2025년 1월 31일, 2025.01.31, 2025-1-31), found quickly before the real reading
_DATE_REST = r"\d\d(?:\s*년\s*\d{1,2}\s*월|\s*[.\-/]\s*\d{1,2}\s*[.\-/])"
_HAS_DATE = re.compile(rf"(?:19|20){_DATE_REST}")


def read_dateline(line: str) -> DateFound | None:
    """The dates of a line that is a date line by its shape, else None.

    >>> read_dateline("입력 2025.01.31 03:00 수정 2025.02.01 08:00").published
    datetime.date(2025, 1, 31)
    >>> read_dateline("2025.01.31 기준 잔액은 3조원이다.") is None
    True
    """
    if len(line) > _DATELINE_MAX or _is_formal(line) or not _HAS_DATE.search(line):
        return None
    found, spans, timed = _read_dates(line)
    if not any(found[:3]):
        return None
    words = _WORD.findall(_residue(line, spans))
    if found.labelled and len(words) <= 4:
        return found
    if timed and len(words) <= 2 and sum(map(len, words)) <= 12:
        return found
    return found if not words else None


def parse_dateline(line: str) -> tuple[date | None, date | None]:
    """The publication and modification dates of a date line (a date with no label, or with
    one we do not know, counts as the publication date); (None, None) for any other line.

    >>> parse_dateline("입력 2025.01.31 03:00 수정 2025.02.01 08:00")
    (datetime.date(2025, 1, 31), datetime.date(2025, 2, 1))
    """
    found = read_dateline(line)
    if found is None:
        return None, None
    return found.published or found.unlabelled, found.modified


_LABEL_REACH = 16  # how far before a date its label may start (최초입력일시 : )


def _inline_dateline(t: str) -> tuple[int, int] | None:
    """A labelled date inside a longer line, as (start, end): a whole page pasted on one
    line, or ``date 2026-03-04`` glued before the lead sentence. Later labelled dates right
    after it (``| 수정 …``) belong to it."""
    before, after = _label_re()
    words = _label_words()
    found: tuple[int, int] | None = None
    for m in _dates_of(t) if len(t) <= _INLINE_LOOK else _dates_in(t, 0, _INLINE_LOOK):
        if found is not None and t[found[1] : m.start()].strip(" \t|│•·:：/") == "":
            found = (found[0], m.end())  # a second date with no label between
            continue
        lo = max(0, m.start() - _LABEL_REACH)
        label = before.search(t, w.start(), m.start()) if (w := words.search(t, lo, m.start())) else None
        if label is not None and label.start() > 0 and t[label.start() - 1].isalnum():
            label = None  # inside a word (미입력)
        if label is not None and found is not None and label.start() <= found[1] + 3:
            found = (found[0], m.end())
            continue
        if found is not None:
            break
        if label is not None:
            found = (label.start(), m.end())
        elif m[4] and words.search(t, m.end()) and (label := after.match(t, m.end())) is not None:
            return m.start(), label.end()
    return found


_INLINE_LOOK = 300  # a page pasted on one line puts its date line near the top


@cache
def _label_words() -> re.Pattern[str]:
    """Any date label, as a quick test before the date-line patterns."""
    w = _words()
    return re.compile(alternation(w["dateline_published"] + w["dateline_modified"]))


@cache
def _titles_re() -> re.Pattern[str]:
    """Any reporter's title (기자, 특파원 …): a byline has one."""
    return re.compile(alternation(_words()["byline_titles"]))
