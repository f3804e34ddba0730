"""What the views highlight: every fact of a document as a numbered mark over the article text.

The terminal view and the HTML report draw the same marks: one per money, rate, percentage,
date and quote mention, one per quote speaker (several quotes by the same words share one), and
one per check finding that no mention covers. Marks are numbered in reading order; each carries
the line an editor reads in the footnote (``558만 달러 → USD 5,580,000 ≈ KRW 7,812,000,000 @
1,400``), its source, and the findings that touch it.

Marks may nest (a figure inside a quote) or, from a confused extractor, cross; ``nest`` turns
them into a well-nested stream of open/text/close events either way, so no renderer has to care.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
from collections.abc import Iterator
from typing import Any

import regex

from ..checks import Finding
from ..document import Document
from ..kinds import BY_NAME, FACT_KINDS, KINDS
from ..mentions import number_text as _num
from .output import describe

#: display name of one mark of each document kind, in legend order (speakers and checks last)
MARK_KINDS = (*(k.singular for k in FACT_KINDS if k.name != "checks"), "speaker", "check")
_ORDER = {k: i for i, k in enumerate(MARK_KINDS)}


@dataclasses.dataclass(frozen=True, kw_only=True)
class Mark:
    n: int  # footnote number, 1-based, in reading order
    kind: str  # one of MARK_KINDS
    start: int
    end: int
    text: str
    value: str  # the normalised value as an editor reads it
    source: str | None  # whose figure or words it is: attributed_to, or a quote's speaker
    findings: tuple[Finding, ...] = ()  # the check findings on this fact
    cited: tuple[Finding, ...] = ()  # findings about other facts that quote this one for comparison
    field: str | None = None  # the Document list it comes from (money, quotes ...), None for speakers
    index: int | None = None  # its position in that list
    variant: str | None = None  # a quote's kind, direct or indirect, drawn differently
    # fact | conversion (the won figure in a money mention's parentheses) | speaker | finding
    part: str = "fact"

    @property
    def worst(self) -> str | None:
        """``error``, ``warning`` or ``note`` when a finding touches this mark: the worst of them."""
        severities = {f.severity for f in self.findings}
        return next((s for s in ("error", "warning", "note") if s in severities), None)


@dataclasses.dataclass(frozen=True)
class Marks:
    marks: tuple[Mark, ...]
    #: findings with no span in the text at all (shown at the top of every view)
    loose: tuple[Finding, ...]


def _valid(text: str, start: Any, end: Any) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _value_line(field: str, m: Any) -> str:
    if field == "quotes":
        extra = [
            x for x in (m.verb, "anonymous" if m.anonymous else None, f"via {m.via}" if m.via else None) if x
        ]
        return f"{m.kind} quote" + (f" ({', '.join(extra)})" if extra else "")
    try:
        value = describe(field, m)
    except Exception:  # a view must never fail on an odd mention; show what was written
        value = "?"
    return f"{m.text} → {value}"


def _source(field: str, m: Any) -> str | None:
    if field != "quotes":
        return getattr(m, "attributed_to", None)
    if m.speaker and m.speaker_mention and m.speaker_mention != m.speaker:
        return f"{m.speaker} ({m.speaker_mention})"
    return m.speaker or ("anonymous" if m.anonymous else None)


def _span_hits(raw: list[dict[str, Any]], span: Any) -> list[int]:
    """The facts a finding's span is about: those inside it, else the innermost one around it.

    A wrong figure inside a quote flags the figure, not the whole quote.
    """
    over = [
        j
        for j, r in enumerate(raw)
        if r["kind"] != "speaker" and _overlaps(r["start"], r["end"], span.start, span.end)
    ]
    inside = [j for j in over if span.start <= raw[j]["start"] and raw[j]["end"] <= span.end]
    if inside or not over:
        return inside
    return [min(over, key=lambda j: raw[j]["end"] - raw[j]["start"])]


def _primary(document: Document, finding: Finding, spans: list[Any]) -> list[Any]:
    """The spans a finding is about, apart from those it only cites.

    Those in the finding's own sentence, and the same words written elsewhere (a figure repeated
    later in the article is just as wrong); all of them when the finding names no sentence.
    """
    sentence = getattr(finding, "sentence", None)
    if sentence is None:
        return spans
    own = []
    for s in spans:
        found = document.article.sentence_at(s.start)
        if found is not None and found.index == sentence:
            own.append(s)
    if not own:
        return spans
    words = {s.text for s in own}
    return [s for s in spans if s in own or s.text in words]


def collect(document: Document, kinds: tuple[str, ...] = KINDS) -> Marks:
    """Every fact of ``document`` (limited to ``kinds``) as numbered marks in reading order."""
    text = document.text
    raw: list[dict[str, Any]] = []
    speakers: dict[tuple[int, int], dict[str, Any]] = {}
    for field in KINDS:
        if field == "checks" or field not in kinds:
            continue
        for i, m in enumerate(document.mentions(field)):
            if not _valid(text, m.start, m.end):
                continue
            fact = dict(
                kind=BY_NAME[field].singular,
                start=m.start,
                end=m.end,
                value=_value_line(field, m),
                source=_source(field, m),
                field=field,
                index=i,
                variant=m.kind if field == "quotes" else None,
            )
            raw.append(fact)
            c = getattr(m, "conversion", None)
            if c is not None and _valid(text, c.start, c.end):
                rate = (
                    f", {_num(m.implied_rate)} {c.currency}/{m.currency}"
                    if m.implied_rate is not None
                    else ""
                )
                raw.append(
                    dict(
                        kind=BY_NAME[field].singular,
                        start=c.start,
                        end=c.end,
                        source=fact["source"],
                        value=f"{c.text} → {'~' if c.approx else ''}{c.currency} {_num(c.value)}",
                        refs=(" (conversion of ", [fact], f"{rate})"),
                        field=field,
                        index=i,
                        part="conversion",
                    )
                )
            if field == "quotes" and _valid(text, m.speaker_start, m.speaker_end):
                sp = speakers.setdefault((m.speaker_start, m.speaker_end), {"names": [], "quotes": []})
                sp["quotes"].append(fact)
                if m.speaker and m.speaker not in sp["names"]:
                    sp["names"].append(m.speaker)
    for (s0, s1), sp in speakers.items():
        written = text[s0:s1]
        names = ", ".join(n for n in sp["names"] if n != written)
        raw.append(
            dict(
                kind="speaker",
                start=s0,
                end=s1,
                source=None,
                field=None,
                index=None,
                value=written + (f" → {names}" if names else ""),
                refs=(" · said ", sp["quotes"], ""),
                part="speaker",
            )
        )

    # A finding is on the facts its own spans cover (flagged) and cites the others (an error
    # about one conversion lists the article's other conversions too: those are not wrong). One
    # that covers no fact becomes a mark of its own on its first span; one with no usable span
    # at all is "loose".
    touched: dict[int, list[Finding]] = {}
    cited: dict[int, list[Finding]] = {}
    loose: list[Finding] = []
    for fi, f in enumerate(document.checks if "checks" in kinds else ()):
        spans = [s for s in f.spans if _valid(text, s.start, s.end)]
        primary = _primary(document, f, spans)
        hits = sorted({j for s in primary for j in _span_hits(raw, s)})
        for j in hits:
            touched.setdefault(j, []).append(f)
        for j in sorted({j for s in spans if s not in primary for j in _span_hits(raw, s)} - set(hits)):
            cited.setdefault(j, []).append(f)
        if hits:
            continue
        if not spans:
            loose.append(f)
            continue
        spans = primary
        touched[len(raw)] = [f]
        raw.append(
            dict(
                kind="check",
                start=spans[0].start,
                end=spans[0].end,
                value=f"{f.kind}: {f.message}",
                source=None,
                field="checks",
                index=fi,
                part="finding",
            )
        )

    order = sorted(range(len(raw)), key=lambda j: (raw[j]["start"], -raw[j]["end"], _ORDER[raw[j]["kind"]]))
    number = {id(raw[j]): n for n, j in enumerate(order, 1)}
    marks: list[Mark] = []
    for j in order:
        r = raw[j]
        value = r["value"]
        if "refs" in r:  # numbers exist only now: "(conversion of [3], 1,400 KRW/USD)", "· said [5], [7]"
            before, facts, after = r["refs"]
            value += before + ", ".join(f"[{number[id(q)]}]" for q in facts) + after
        marks.append(
            Mark(
                n=number[id(r)],
                kind=r["kind"],
                start=r["start"],
                end=r["end"],
                text=text[r["start"] : r["end"]],
                value=value,
                source=r["source"],
                findings=tuple(touched.get(j, ())),
                cited=tuple(cited.get(j, ())),
                field=r["field"],
                index=r["index"],
                variant=r.get("variant"),
                part=r.get("part", "fact"),
            )
        )
    return Marks(tuple(marks), tuple(loose))


# --- nesting ---------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Open:
    mark: Mark
    first: bool  # False when it reopens a mark that a crossing mark had to close


@dataclasses.dataclass(frozen=True)
class Close:
    mark: Mark
    last: bool  # True at the mark's real end: where its numbered marker goes


def nest(
    text: str, start: int, end: int, marks: tuple[Mark, ...] | list[Mark]
) -> Iterator[Open | Close | str]:
    """Well-nested events for ``text[start:end]``: ``Open``, text pieces, ``Close``.

    Marks are clipped to the range; a mark that ends inside it gets ``Close(last=True)``. A mark
    that crosses another is closed and reopened around it, so HTML stays valid.

    >>> from .marks import Mark
    >>> a = Mark(n=1, kind="quote", start=0, end=4, text="", value="", source=None)
    >>> b = Mark(n=2, kind="money", start=2, end=6, text="", value="", source=None)
    >>> [e if isinstance(e, str) else (type(e).__name__, e.mark.n) for e in nest("abcdefg", 0, 7, [a, b])]
    [('Open', 1), 'ab', ('Open', 2), 'cd', ('Close', 2), ('Close', 1), ('Open', 2), 'ef', ('Close', 2), 'g']
    """
    inside = sorted(
        (m for m in marks if m.start < end and m.end > start),
        key=lambda m: (m.start, -m.end, _ORDER.get(m.kind, 99)),
    )
    bounds = sorted({start, end, *(max(m.start, start) for m in inside), *(min(m.end, end) for m in inside)})
    stack: list[Mark] = []
    pending = list(inside)
    for a, b in itertools.pairwise(bounds):
        # close what ends here; a crossing mark above it is closed and reopened
        ending = [m for m in stack if min(m.end, end) <= a]
        if ending:
            lowest = min(stack.index(m) for m in ending)
            above = stack[lowest:]
            for m in reversed(above):
                yield Close(m, last=m in ending and m.end <= end)
            del stack[lowest:]
            for m in above:
                if m not in ending:
                    stack.append(m)
                    yield Open(m, first=False)
        while pending and max(pending[0].start, start) <= a:
            m = pending.pop(0)
            stack.append(m)
            yield Open(m, first=m.start >= start)
        yield text[a:b]
    for m in reversed(stack):
        yield Close(m, last=m.end <= end)


# --- the page, line by line ------------------------------------------------------------------

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclasses.dataclass(frozen=True)
class Line:
    start: int
    end: int
    role: str  # a role of newsfacts.page.layout (headline, subhead, … noise) or blank
    reason: str | None = None  # why a line that is not content was left out


def page_lines(document: Document) -> list[Line]:
    """Every line of the input with its role, trailing blanks stripped, runs of blank lines cut to one.

    Views show the whole page as pasted, so nothing the editor gave is hidden: lines the page
    model left out (bylines, date lines, site chrome, related boxes, page noise) keep their
    role and reason, for the views to grey out.
    """
    text = document.text
    layout = document.article.layout
    pieces = layout.lines
    starts = [p.start for p in pieces]
    noise_start = layout.noise_start
    out: list[Line] = []
    for m in _LINE.finditer(text):
        s = m.start()
        body = m.group().rstrip("\r\n")
        if not m.group():  # the empty match at the very end
            continue
        if not body.strip():
            if out and out[-1].role != "blank":
                out.append(Line(s, s, "blank"))
            continue
        e = s + len(body.rstrip())
        if noise_start is not None and e > noise_start and s >= noise_start:
            out.append(Line(s, e, "noise", "trailing page noise"))
            continue
        # the pieces of the page on this line: one, or several where a line was cut (a wire
        # byline before the lead, a page on one line); a content piece gives the line its role
        k = max(0, bisect.bisect_right(starts, s) - 1)
        here = []
        while k < len(pieces) and pieces[k].start < e:
            if pieces[k].end > s:
                here.append(pieces[k])
            k += 1
        shown = next((p for p in here if p.reason is None), here[0] if here else None)
        out.append(Line(s, e, shown.role, shown.reason) if shown else Line(s, e, "noise", "page noise"))
    while out and out[-1].role == "blank":
        out.pop()
    while out and out[0].role == "blank":
        out.pop(0)
    return out
