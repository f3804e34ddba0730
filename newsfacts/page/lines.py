"""The lines of a page: the roles a line may have, the ``PageLine`` and ``Layout`` that
``read_page`` gives, how the text is cut into lines, and what a line's end says of it (a
sentence, a declarative sentence)."""

from __future__ import annotations

import dataclasses
from datetime import date
from functools import cache
from typing import NamedTuple

import regex

from ..lexicon import load

HEADLINE, SUBHEAD, CAPTION, BODY = "headline", "subhead", "caption", "body"
BYLINE, DATELINE, CHROME, RELATED, NOISE = "byline", "dateline", "chrome", "related", "noise"
CONTENT_ROLES = frozenset({HEADLINE, SUBHEAD, CAPTION, BODY})
ROLES = (HEADLINE, SUBHEAD, CAPTION, BODY, BYLINE, DATELINE, CHROME, RELATED, NOISE)


class PageLine(NamedTuple):
    """One line of the page, or a paragraph of several hard-wrapped lines, with its role.

    ``start``/``end`` index the input (after leading blanks and bullets, before trailing
    blanks); ``text`` is ``input[start:end]``, newlines of a wrapped paragraph included.
    ``reason`` says why a line that is not content was left out. (A named tuple, not a frozen
    dataclass: a page has dozens of them, and a frozen dataclass takes ten times as long to make.)
    """

    start: int
    end: int
    text: str
    role: str
    reason: str | None = None
    wrapped: bool = False  # several input lines read as one paragraph


@dataclasses.dataclass(frozen=True, kw_only=True)
class Layout:
    lines: tuple[PageLine, ...]
    reference_date: date | None
    dateline: PageLine | None  # the line the reference date was read from
    noise_start: int | None  # offset where the trailing page noise begins
    notes: tuple[str, ...] = ()  # what the safety rules did, for the user
    # the line breaks inside wrapped paragraphs, as (start, end) of the break characters
    breaks: tuple[tuple[int, int], ...] = ()
    inside_words: bool = False  # wrapped by characters: a break stands inside a word

    @property
    def headline(self) -> PageLine | None:
        return next((ln for ln in self.lines if ln.role == HEADLINE), None)


class _Line(NamedTuple):
    number: int  # the line's number in the input, blank lines counted
    raw_start: int  # where the line starts, blanks and bullets included
    raw_len: int  # its length without the line break
    start: int  # after leading blanks and bullets
    end: int  # after the last non-blank character
    text: str
    bulleted: bool


_BULLET = regex.compile(r"^[\s\u00a0\u3000•·∙◦▪▶▷►■□◆◇○●\-\*|]*")


_BULLET_CHARS = frozenset(" \t\u00a0\u3000•·∙◦▪▶▷►■□◆◇○●-*|")


_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks a line at

# A page has dozens of lines, each made into several named tuples on its way: made with
# tuple.__new__, a named tuple costs half of what its generated constructor does.
_new = tuple.__new__


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    append = out.append
    at = 0
    number = -1
    for line in text.splitlines(True):
        number += 1
        start = at
        at += len(line)
        raw = line.rstrip(_BREAKS)
        if raw and raw[0] not in _BULLET_CHARS:
            stripped = raw.rstrip()
            if stripped:  # (empty for a line of blanks that are no bullets: em spaces)
                append(_new(_Line, (number, start, len(raw), start, start + len(stripped), stripped, False)))
            continue
        if not raw or raw.isspace():
            continue
        lead = _BULLET.match(raw).end()  # type: ignore[union-attr]
        stripped = raw[lead:].rstrip()
        if not stripped:
            continue
        s = start + lead
        # a bullet stands apart from its text ("• 항목"); "·일본어" is a line cut before a middle dot
        bulleted = bool(raw[:lead].strip()) and raw[lead - 1].isspace()
        append(_new(_Line, (number, start, len(raw), s, s + len(stripped), stripped, bulleted)))
    return out


# Body sentences end in a period ("…했다."); headlines and subheads do not, even when they end
# in a verb ("불붙었다").
_CLOSERS = "'\"’”)]」』"


_STAGE_DIRECTION = regex.compile(r"[(（][^()（）]{1,12}[)）][’”'\"」』]*\s*$")


def _unquoted(text: str) -> str:
    """The line without its closing marks, and without a stage direction after its last
    sentence ('“…살려고 쓴 거지요.(웃음)”' ends in '거지요.')."""
    t = text.rstrip(_CLOSERS)
    if t and t[-1] not in ".?!。" and text[-1] in _CLOSERS and (m := _STAGE_DIRECTION.search(text)):
        bare = text[: m.start()].rstrip(_CLOSERS)
        if bare and bare[-1] in ".?!。":
            return bare
    return t


def _is_sentence(text: str) -> bool:
    t = _unquoted(text)
    return bool(t) and t[-1] in ".?!。"


def _is_formal(text: str) -> bool:
    """A sentence that ends in a declarative or polite ending (…했다., …입니다.)."""
    t = _unquoted(text)
    return len(t) >= 2 and t[-1] in ".?!" and t[-2] in _FORMAL_ENDS


_FORMAL_ENDS = "다요까죠음함됨임"


_CROSSHEAD_MAX = 80  # a longer line without a final period is a body paragraph


def _is_body(text: str) -> bool:
    return _is_sentence(text) or len(text) > _CROSSHEAD_MAX


@cache
def _words() -> dict[str, list[str]]:
    return load("page")
