"""``newsfacts show``: the article in the terminal with every fact highlighted and footnoted.

Colour: each kind of fact has its highlighter colour and a superscript number (``558만 달러³``);
the notes under the article give each number's normalised value, its source and the check
findings on it, errors in red. Without colour (``--no-color``, ``NO_COLOR``, or output that is
not a terminal) a fact is bracketed and numbered like a reference link: ``[558만 달러][3]``.

Lines wrap at spaces, the way Korean is set (keep-all: an 어절 is not split), to the terminal
width; only a word longer than the whole line is cut, and then between grapheme clusters, so a
Hangul syllable (even one written as decomposed jamo) and a marker never break.
"""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import sys
from collections import Counter
from collections.abc import Iterable
from typing import IO

import regex
from rich.cells import cell_len

from ..checks import Finding
from ..document import Document
from ..kinds import BY_NAME, KINDS
from .marks import MARK_KINDS, Close, Mark, Open, collect, nest, page_lines

#: highlighter colours, readable on dark and light terminals (16-colour names, so any terminal has them)
STYLES = {
    "money": "black on yellow",
    "rate": "black on bright_yellow",
    "percentage": "black on cyan",
    "date": "black on green",
    "quote": "italic bright_blue",
    "speaker": "bold magenta",
    "check": "bold red underline",
}
#: a kind with no highlighter of its own yet
OTHER_STYLE, _OTHER_MARKER = "black on white", "bold black on white"
#: the superscript number after a fact: on the fact's own highlighter, visible on light and dark terminals
_MARKER_STYLES = {
    "money": "bold black on yellow",
    "rate": "bold black on bright_yellow",
    "percentage": "bold black on cyan",
    "date": "bold black on green",
    "quote": "bold bright_blue",
    "speaker": "bold magenta",
    "check": "bold red",
}
#: a fact with a finding: red letters on its highlighter (error) or underlined (warning)
_FLAGGED = {"error": "bold red", "warning": "underline", "note": "italic"}
#: in plain text the marker says it: [250만 달러][9✗]
_FLAG_SIGN = {"error": "✗", "warning": "!", "note": "~"}
_LINE_STYLES = {
    "headline": "bold",
    "subhead": "bold",
    "caption": "italic",
    "body": "",
    "blank": "",
    **dict.fromkeys(("byline", "dateline", "chrome", "related", "noise"), "dim"),
}
_SEVERITY = {"error": ("✗ error", "bold red"), "warning": ("! warning", "yellow"), "note": ("~ note", "cyan")}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_GRAPHEME = regex.compile(r"\X")
_CONTROL = regex.compile(r"\p{Cc}")


@dataclasses.dataclass(frozen=True)
class Piece:
    """A run of output text with one style; ``atomic`` pieces (markers) are never cut."""

    text: str
    style: str = ""
    atomic: bool = False


Row = list[Piece]


# --- wrapping --------------------------------------------------------------------------------


def _safe(grapheme: str) -> str:
    """A tab is a space; any other control character (an ESC could drive the terminal) is shown as �."""
    if grapheme == "\t":
        return " "
    return _CONTROL.sub("\ufffd", grapheme)


def _units(pieces: Iterable[Piece]) -> list[Piece]:
    """Split pieces into the smallest units a line may break between: grapheme clusters and markers."""
    out: list[Piece] = []
    for p in pieces:
        if p.atomic:
            out.append(p)
        else:
            out.extend(Piece(_safe(g), p.style) for g in _GRAPHEME.findall(p.text))
    return out


def _width(units: Iterable[Piece]) -> int:
    return sum(cell_len(u.text) for u in units)


def wrap(pieces: Iterable[Piece], width: int, indent: int = 0) -> list[Row]:
    """Fill lines up to ``width`` cells, breaking at spaces; continuation lines start ``indent`` cells in.

    A word longer than a whole line is cut between grapheme clusters, never inside a marker.
    """
    indent = min(indent, width // 2)
    words: list[tuple[list[Piece], list[Piece]]] = []  # (spaces before, word)
    spaces: list[Piece] = []
    word: list[Piece] = []
    for u in _units(pieces):
        if not u.atomic and u.text.isspace():
            if word:
                words.append((spaces, word))
                spaces, word = [], []
            spaces.append(u)
        else:
            word.append(u)
    if word or spaces:
        words.append((spaces, word))

    rows: list[Row] = [[]]
    used = 0
    for before, w in words:
        room = width - used
        need = _width(before) + _width(w)
        if rows[-1] and need > room:
            rows.append([Piece(" " * indent)] if indent else [])
            used, before = indent, []
        rows[-1].extend(before)
        used += _width(before)
        for u in w:
            uw = cell_len(u.text)
            if used + uw > width and used > indent:  # only a word longer than a line gets here
                rows.append([Piece(" " * indent)] if indent else [])
                used = indent
            rows[-1].append(u)
            used += uw
    return rows


# --- the article -----------------------------------------------------------------------------


def _style(mark: Mark) -> str:
    # a reported claim is the reporter's paraphrase: shown quieter than words in quote marks
    return "italic" if mark.variant == "indirect" else STYLES.get(mark.kind, OTHER_STYLE)


def _marker(mark: Mark, color: bool) -> Piece:
    if color:
        style = _MARKER_STYLES.get(mark.kind, OTHER_STYLE) + (" red" if mark.worst == "error" else "")
        return Piece(str(mark.n).translate(_SUPERSCRIPT), style, atomic=True)
    return Piece(f"[{mark.n}{_FLAG_SIGN.get(mark.worst or '', '')}]", atomic=True)


def _article_rows(document: Document, marks: tuple[Mark, ...], color: bool, width: int) -> list[Row]:
    rows: list[Row] = []
    for line in page_lines(document):
        if line.role == "blank":
            rows.append([])
            continue
        base = _LINE_STYLES[line.role]
        pieces: list[Piece] = []
        stack: list[Mark] = []
        for event in nest(document.text, line.start, line.end, marks):
            if isinstance(event, Open):
                stack.append(event.mark)
                if event.first and not color:
                    pieces.append(Piece("[", atomic=True))
            elif isinstance(event, Close):
                stack.remove(event.mark)
                if event.last:
                    if not color:
                        pieces.append(Piece("]", atomic=True))
                    pieces.append(_marker(event.mark, color))
            else:
                style = base
                if color and stack:
                    # inner marks win: a figure inside a quote keeps its highlighter colour
                    styles = [base, *(_style(m) for m in stack)]
                    styles.extend(_FLAGGED[m.worst] for m in stack if m.worst in _FLAGGED)
                    style = " ".join(s for s in styles if s)
                pieces.append(Piece(event, style))
        rows.extend(wrap(pieces, width))
    return rows


# --- header and notes ------------------------------------------------------------------------


def _severity_pieces(f: Finding, color: bool) -> list[Piece]:
    label, style = _SEVERITY.get(f.severity, (f.severity, ""))
    return [Piece(label, style if color else ""), Piece(f" {f.kind}: {f.message}")]


def _header_rows(
    document: Document, kinds: tuple[str, ...], loose: tuple[Finding, ...], color: bool, width: int
) -> list[Row]:
    ref = document.reference_date.isoformat() if document.reference_date else "none"
    counts = []
    for kind in KINDS:
        n = len(document.mentions(kind)) if kind in kinds else 0
        if kind != "checks" and n:
            counts.append(f"{n} {BY_NAME[kind].singular if n == 1 else kind}")
    severities = Counter(f.severity for f in document.checks) if "checks" in kinds else Counter()
    rows: list[Row] = []
    head = [Piece(document.source, "bold" if color else ""), Piece(f" · reference date {ref}")]
    head.append(Piece(" · " + (", ".join(counts) if counts else "no facts found")))
    sep = " · "
    for sev in ("error", "warning", "note"):
        if severities[sev]:
            label = f"{severities[sev]} {sev}{'s' if severities[sev] > 1 else ''}"
            head.extend([Piece(sep), Piece(label, _SEVERITY[sev][1] if color else "")])
            sep = ", "
    rows.extend(wrap(head, width))
    if color:
        legend: list[Piece] = [Piece("legend:", "dim")]
        for k in MARK_KINDS:
            legend.extend([Piece(" "), Piece(k, STYLES.get(k, OTHER_STYLE))])
            if k == "quote":
                legend.extend([Piece(" "), Piece("claim", "italic")])
        for sev in ("error", "warning"):
            legend.extend([Piece(" "), Piece(sev, _FLAGGED[sev])])
        legend.append(Piece("  ¹ see note", "dim"))
    else:
        legend = [
            Piece("legend: [text][n] is fact n, [n✗] one with an error, [n!] one with a warning;"),
            Piece(" the notes below give its kind, value and source"),
        ]
    rows.extend(wrap(legend, width))
    for f in loose:
        rows.extend(wrap(_severity_pieces(f, color), width, indent=2))
    return rows


def _note_rows(marks: tuple[Mark, ...], color: bool, width: int) -> list[Row]:
    if not marks:
        return []
    rows: list[Row] = [[Piece("Notes", "bold" if color else "")]]
    num_w = len(str(max(m.n for m in marks))) + 2
    kind_w = max(len(k) for k in MARK_KINDS) + 1
    indent = num_w + 1 + kind_w
    if width < indent + 24:  # a narrow terminal: no kind column, a short hanging indent
        kind_w, indent = 0, 4
    shown: dict[int, int] = {}  # a finding on several marks is spelled out once, then referred to
    first_on: dict[int, int] = {}  # where a finding is spelled out, for the facts it only cites
    for m in sorted(marks, key=lambda m: m.n):
        for f in m.findings:
            first_on.setdefault(id(f), m.n)
    for m in sorted(marks, key=lambda m: m.n):
        number = f"[{m.n}]".rjust(num_w)
        pieces = [
            Piece(number, STYLES.get(m.kind, OTHER_STYLE) if color else "", atomic=True),
            Piece(" "),
            Piece(
                m.kind.ljust(kind_w) if kind_w else f"{m.kind} ",
                "bold" if color else "",
                atomic=True,
            ),
            Piece(m.value),
        ]
        if m.source:
            pieces.extend([Piece(" · source: ", "dim" if color else ""), Piece(m.source)])
        rows.extend(wrap(pieces, width, indent=indent))
        for f in m.findings:
            if id(f) in shown:
                label, style = _SEVERITY.get(f.severity, (f.severity, ""))
                ref = [Piece(label, style if color else ""), Piece(f" {f.kind}: see [{shown[id(f)]}]")]
                rows.extend(wrap([Piece(" " * indent), *ref], width, indent=indent + 2))
                continue
            shown[id(f)] = m.n
            rows.extend(wrap([Piece(" " * indent), *_severity_pieces(f, color)], width, indent=indent + 2))
        for f in m.cited:
            on = first_on.get(id(f))
            note = f"compared in {f.kind}" + (f" (see [{on}])" if on else "")
            line = [Piece(" " * indent), Piece(note, "dim" if color else "")]
            rows.extend(wrap(line, width, indent=indent + 2))
    return rows


def rows(
    document: Document, kinds: tuple[str, ...] = KINDS, *, color: bool = False, width: int = 80
) -> list[Row]:
    """The whole view of one document as styled rows: header, legend, article, notes."""
    found = collect(document, kinds)
    out = _header_rows(document, kinds, found.loose, color, width)
    out.append([])
    out.extend(_article_rows(document, found.marks, color, width))
    if found.marks:
        out.append([])
        out.extend(_note_rows(found.marks, color, width))
    return out


def _runs(row: Row) -> list[tuple[str, str]]:
    """Adjacent pieces of one style joined, so colour codes are not repeated for every syllable."""
    out: list[tuple[str, str]] = []
    for p in row:
        if out and out[-1][1] == p.style:
            out[-1] = (out[-1][0] + p.text, p.style)
        else:
            out.append((p.text, p.style))
    return out


def render(
    documents: Iterable[Document], kinds: tuple[str, ...] = KINDS, *, color: bool = False, width: int = 80
) -> str:
    """The view of every document as one string, with ANSI colours when ``color``."""
    blocks = [rows(doc, kinds, color=color, width=width) for doc in documents]
    if not color:
        return "\n\n".join("\n".join("".join(p.text for p in r).rstrip() for r in b) for b in blocks) + "\n"
    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(
        file=buf,
        force_terminal=True,
        color_system="standard",
        no_color=False,  # the caller decided (--color beats NO_COLOR); rich would read NO_COLOR again
        width=max(width, 20) + 10,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=True,
    )
    for i, block in enumerate(blocks):
        if i:
            console.print()
        for r in block:
            line = Text()
            for text, style in _runs(r):
                line.append(text, style or None)
            line.rstrip()
            console.print(line)
    return buf.getvalue()


def use_color(choice: bool | None, stream: IO[str]) -> bool:
    """``--color``/``--no-color`` when given; else colour on a terminal unless ``NO_COLOR`` is set."""
    if choice is not None:
        return choice
    if os.environ.get("NO_COLOR"):
        return False
    return stream.isatty()


def show(
    documents: Iterable[Document],
    kinds: tuple[str, ...] = KINDS,
    *,
    color: bool | None = None,
    pager: bool = False,
    width: int | None = None,
) -> None:
    """Print (or page) the view of each document to standard output."""
    import click

    out = sys.stdout
    color = use_color(color, out)
    if width is None:
        width = shutil.get_terminal_size((80, 24)).columns  # COLUMNS, the terminal, else 80
    text = render(documents, kinds, color=color, width=max(width, 20))
    if pager:
        # None lets click pass colours to less (adding -R) and strip them for a pager that cannot show them
        click.echo_via_pager(text, color=None if color else False)
    else:
        out.write(text)
        out.flush()
