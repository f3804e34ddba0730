"""Hard-wrapped text (archives, PDFs, scripts broken at a fixed width): the width it was
wrapped at, its paragraphs joined from their lines, the breaks inside them, and the text Kiwi
reads with each break read as the space it stood for (or taken out)."""

from __future__ import annotations

import re
from typing import NamedTuple

from .datelines import read_dateline
from .furniture import _is_byline, _maybe_special, _patterns, furniture_reason, is_noise_line
from .lines import Layout, _is_sentence, _Line, _new

_WRAP_MAX = 100  # wider than this a fixed-width archive is not


def _wrap_width(lines: list[_Line]) -> int | None:
    """The column width the text was hard-wrapped at, or None when it was not.

    A wrapped text is a run of lines of similar length whose ends are not sentence ends; an
    article pasted from the web has one long line per paragraph and no such run. The width
    is the length that most unfinished lines come close to without passing, and almost no
    line may be longer.
    """
    lengths = []
    open_ends = []
    long_lines = 0
    for ln in lines:
        if len(ln.text) >= 8:
            lengths.append(ln.raw_len)
            if ln.raw_len > _WRAP_MAX * _WRAP_HIGH:
                long_lines += 1
            elif ln.raw_len <= _WRAP_MAX and not _is_sentence(ln.text):
                open_ends.append(ln.raw_len)
    if len(lengths) < 4:
        return None
    # the width is at most _WRAP_MAX: more long lines than the test below allows end it here
    if long_lines > 0.1 * len(lengths):
        return None
    if len(open_ends) < 2:
        return None
    open_ends.sort()
    # the width: what nearly all unfinished lines stay within (a word too long to break may
    # stick out a little); a wrapped text has almost no line much longer
    width = max(12, open_ends[min(len(open_ends) - 1, int(len(open_ends) * 0.85))])
    band = longer = near = 0
    for n in open_ends:
        if width * _WRAP_LOW <= n <= width:
            band += 1
    for n in lengths:
        if n > width * _WRAP_HIGH:
            longer += 1
        if n >= width * _WRAP_LOW:
            near += 1
    if band < 2 or longer > 0.1 * len(lengths) or band < 0.3 * near:
        return None
    return width


_WRAP_LOW, _WRAP_HIGH = 0.5, 1.3  # a wrapped line is at least half the width, and at most a long word over


# \S as the regex module reads it (there \x1c-\x1f are no blanks), in the quicker re
_FIRST_WORD = re.compile(r"[\S\x1c-\x1f]*")


# a broadcast script's cue before a line of speech: '◀INT▶이외술/김천시 구성면', '[김상대/목격자]',
# KTV's '녹취> 나현희 / 수산시장 상인'
_SCRIPT_CUE = re.compile(r"◀[^▶\n]{1,12}▶|\[[^\[\]\n]{1,40}\]|(?:녹취|인터뷰|현장음)\s*>")


def _starts_unit(ln: _Line) -> bool:
    """A line that begins something of its own, never the rest of a wrapped paragraph."""
    p = _patterns()
    if ln.text[:1] in ("◀", "[", "녹", "인", "현") and _SCRIPT_CUE.match(ln.text) is not None:
        return True
    return ln.bulleted or (
        _maybe_special(ln.text)
        and (
            furniture_reason(ln.text) is not None
            or p["caption_lead"].match(ln.text) is not None
            or p["caption_marker"].match(ln.text) is not None
            or is_noise_line(ln.text)
            or p["related"].match(ln.text) is not None
            or read_dateline(ln.text) is not None
            or _is_byline(ln.text)
        )
    )


class _Unit(NamedTuple):
    start: int
    end: int
    lines: tuple[_Line, ...]


def _units(lines: list[_Line], width: int) -> list[_Unit]:
    """The lines of a text hard-wrapped at ``width``, with each wrapped paragraph joined into one."""
    low, high = width * _WRAP_LOW, width * _WRAP_HIGH
    # wrapped by characters: most long lines are exactly the width, and only those go on
    full = [ln.raw_len for ln in lines if ln.raw_len >= low and not _is_sentence(ln.text)]
    by_characters = sum(1 for n in full if n == width) >= 0.6 * len(full)
    units: list[_Unit] = []
    run: list[_Line] = []
    # whether a line begins something of its own, found only for the lines whose lengths
    # would join them to the line before or after
    starts: list[bool | None] = [None] * len(lines)

    def begins(k: int) -> bool:
        if (found := starts[k]) is None:
            found = starts[k] = _starts_unit(lines[k])
        return found

    for k, ln in enumerate(lines):
        if run:
            prev = run[-1]
            joins = (
                ln.number == prev.number + 1
                and low <= prev.raw_len <= high
                and ln.raw_len <= high
                and (
                    prev.raw_len == width
                    if by_characters
                    # word wrap breaks a line only where the next word would not have fitted
                    else prev.raw_len + 1 + len(_FIRST_WORD.match(ln.text)[0]) >= width - 1  # type: ignore[index]
                )
                and not begins(k)
                and not begins(k - 1)
            )
            if not joins:
                units.append(_new(_Unit, (run[0].start, run[-1].end, tuple(run))))
                run = []
        run.append(ln)
    if run:
        units.append(_new(_Unit, (run[0].start, run[-1].end, tuple(run))))
    return units


def _breaks(units: list[_Unit]) -> tuple[tuple[tuple[int, int], ...], bool]:
    """The line breaks inside wrapped paragraphs, and whether the text was wrapped by
    characters (nearly every full line exactly as long as the others: the break was put
    between two letters, where word wrap would have taken a space)."""
    found = []
    lengths = []  # of the lines that go on
    for u in units:
        for k in range(1, len(u.lines)):
            a = u.lines[k - 1]
            found.append((a.raw_start + a.raw_len, u.lines[k].raw_start))
            lengths.append(a.raw_len)
    breaks = tuple(found)
    if len(lengths) < 2:
        return breaks, False
    width = max(lengths)
    return breaks, lengths.count(width) >= 0.8 * len(lengths)


class Shift(NamedTuple):
    """Analysed offsets ``start <= x < end`` stand for input offset ``x + by``."""

    start: int
    end: int
    by: int


def analysis_text(text: str, layout: Layout) -> tuple[str, tuple[Shift, ...]]:
    """What Kiwi and the rules read: the input with each line break inside a wrapped
    paragraph read as the space it stood for, or, in a text wrapped by characters, taken
    out. The text keeps its length so that offsets stay the input's; where breaks are taken
    out, the rest of the paragraph moves up to close each gap and the paragraph ends in as
    many spaces, and the returned shifts say which offsets moved by how much."""
    if not layout.breaks:
        return text, ()
    chars = list(text)
    if not layout.inside_words:
        for b, b2 in layout.breaks:
            chars[b:b2] = " " * (b2 - b)
        return "".join(chars), ()
    shifts: list[Shift] = []
    breaks = list(layout.breaks)
    k = 0
    for line in layout.lines:
        if not line.wrapped:
            continue
        while k < len(breaks) and breaks[k][0] < line.start:
            k += 1
        inside = []
        while k < len(breaks) and breaks[k][1] <= line.end:
            inside.append(breaks[k])
            k += 1
        moved, at = 0, inside[0][0] if inside else line.end
        for i, (b, b2) in enumerate(inside):
            moved += b2 - b
            upto = inside[i + 1][0] if i + 1 < len(inside) else line.end
            chars[b2 - moved : upto - moved] = text[b2:upto]
            if upto > b2:
                shifts.append(Shift(b2 - moved, upto - moved, moved))
            at = upto - moved
        chars[at : at + moved] = " " * moved
    return "".join(chars), tuple(shifts)
