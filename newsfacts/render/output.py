"""Every output format in one place: rich tables, JSON, JSON Lines and CSV.

JSON is one object per document (the contract in the README). JSON Lines and CSV are one
row per fact, with ``source`` and ``kind`` in front; a fact's own ``kind`` field (a quote's
direct/indirect, a check's name) is renamed ``quote_kind`` / ``check``.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from ..document import Document
from ..kinds import BY_NAME, FACT_KINDS, KINDS


class TextSink(Protocol):
    """What the writers use of a text stream: a file, ``sys.stdout``, or the CLI's stand-in
    that writes to whatever ``sys.stdout`` is at each write."""

    def write(self, s: str, /) -> object: ...

    def flush(self) -> None: ...


FORMATS = ("table", "json", "jsonl", "csv", "html")  # html: newsfacts.render.html

#: CSV columns, in this order; a fact fills the ones it has.
_COLUMNS = (
    "source", "kind", "text", "start", "end", "sentence", "value", "currency", "unit", "grain",
    "approx", "range", "qualifier", "per", "direction", "comparison", "relative", "local_time",
    "weekday", "part", "conversion.text", "conversion.value", "conversion.currency", "conversion.approx",
    "implied_rate", "market_rate", "market_rate_date", "base", "quote", "change", "quote_kind", "speaker",
    "speaker_mention", "speaker_start", "speaker_end", "verb", "anonymous", "via", "attributed_to", "check",
    "severity", "message", "sentence_text",
)  # fmt: skip


def _columns() -> tuple[str, ...]:
    """The columns above, then any field of a kind that they do not name yet (a new kind's)."""
    extra: dict[str, None] = {}
    for kind in FACT_KINDS:
        for f in dataclasses.fields(kind.mention):
            name = kind.renamed.get(f.name, f.name)
            if f.name == "conversion":
                continue  # flattened into conversion.text, conversion.value ...
            if name not in _COLUMNS and name != "spans":
                extra[name] = None
    return _COLUMNS + tuple(extra)


CSV_COLUMNS = _columns()


def fact_rows(document: Document, kinds: tuple[str, ...] = KINDS) -> Iterator[dict[str, Any]]:
    """One flat dict per fact: the JSON Lines records."""
    data = document.to_dict(kinds)
    for kind in KINDS:
        if kind not in kinds:
            continue
        renamed, singular = BY_NAME[kind].renamed, BY_NAME[kind].singular
        for fact in data[kind]:
            row: dict[str, Any] = {"source": data["source"], "kind": singular}
            for key, value in fact.items():
                row[renamed.get(key, key)] = value
            yield row


def _sentence_text(document: Document, index: int | None) -> str:
    if index is None or not 0 <= index < len(document.sentences):
        return ""
    return document.sentences[index].text


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


#: the formats a document can be written in on its own, so that a worker can render it
STREAM_FORMATS = ("json", "jsonl", "csv")


def render(document: Document, fmt: str, kinds: tuple[str, ...] = KINDS) -> str:
    """One document as ``fmt`` writes it: a JSON line, its JSON Lines rows, or its CSV rows
    without the header (``csv_header`` gives that, once per output)."""
    if fmt == "json":
        return json.dumps(document.to_dict(kinds), ensure_ascii=False) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in fact_rows(document, kinds))
    if fmt == "csv":
        buf = io.StringIO()
        write_csv_rows(_csv_dict_writer(buf), document, kinds)
        return buf.getvalue()
    raise ValueError(f"{fmt!r} is not one of {STREAM_FORMATS}")


def write_json(documents: Iterable[Document], out: TextSink, kinds: tuple[str, ...]) -> None:
    """One object per document, one per line: line tools and ``jq`` read it as a stream."""
    for doc in documents:
        out.write(render(doc, "json", kinds))
        out.flush()


def write_jsonl(documents: Iterable[Document], out: TextSink, kinds: tuple[str, ...]) -> None:
    for doc in documents:
        out.write(render(doc, "jsonl", kinds))


def _csv_dict_writer(out: TextSink) -> csv.DictWriter[str]:
    return csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")


def csv_header() -> str:
    buf = io.StringIO()
    _csv_dict_writer(buf).writeheader()
    return buf.getvalue()


def csv_writer(out: TextSink) -> csv.DictWriter[str]:
    writer = _csv_dict_writer(out)
    writer.writeheader()
    return writer


def write_csv_rows(writer: csv.DictWriter[str], document: Document, kinds: tuple[str, ...]) -> None:
    for row in fact_rows(document, kinds):
        conversion = row.pop("conversion", None) or {}
        for key, value in conversion.items():
            row[f"conversion.{key}"] = value
        row.pop("spans", None)
        row["sentence_text"] = _sentence_text(document, row.get("sentence"))
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})


def csv_text(document: Document, kinds: tuple[str, ...] = KINDS) -> str:
    """One document as a whole CSV file, header first."""
    return csv_header() + render(document, "csv", kinds)


# --- tables ----------------------------------------------------------------------------------


def describe(kind: str, m: Any) -> str:
    """The normalised value of a fact, as an editor reads it in a table."""
    if kind not in BY_NAME:
        raise ValueError(kind)
    return BY_NAME[kind].describe(m)


def _context(document: Document, m: Any, width: int = 70) -> Any:
    from rich.text import Text

    index = getattr(m, "sentence", None)
    sentence = None
    if index is not None and 0 <= index < len(document.sentences):
        sentence = document.sentences[index]
    if sentence is None or not hasattr(m, "start"):
        return Text("")
    s0, s1 = sentence.start, sentence.end
    a, b = max(m.start, s0), min(m.end, s1)
    left = document.text[s0:a]
    right = document.text[b:s1]
    room = max(10, (width - (b - a)) // 2)
    if len(left) > room:
        left = "…" + left[-room:]
    if len(right) > room:
        right = right[:room] + "…"
    t = Text(left)
    t.append(document.text[a:b], style="bold yellow")
    t.append(right)
    return t


def says_who(document: Document) -> list[tuple[str, str, int]]:
    """Who is quoted how often, most first: ``(speaker, kind, quotes)`` with kind ``named``
    (a person by name), ``anonymous`` (``업계 관계자``) or ``organization``; quotes with no
    speaker count as ``(None)``, ``unattributed``."""
    orgs = {e.name for e in document.entities if e.kind == "organization"}
    counts: dict[tuple[str, str], int] = {}
    for q in document.quotes:
        if q.speaker is None:
            key = ("(none)", "unattributed")
        elif q.anonymous:
            key = (q.speaker, "anonymous")
        else:
            key = (q.speaker, "organization" if q.speaker in orgs else "named")
        counts[key] = counts.get(key, 0) + 1
    return sorted(((who, kind, n) for (who, kind), n in counts.items()), key=lambda r: (-r[2], r[0]))


def render_tables(documents: Iterable[Document], kinds: tuple[str, ...], console: Any) -> None:
    from rich.table import Table
    from rich.text import Text

    for doc in documents:
        ref = doc.reference_date.isoformat() if doc.reference_date else "none (relative dates unresolved)"
        # Text objects, not markup strings: article text and file names may contain [brackets]
        console.print(Text.assemble((doc.source, "bold"), f"  reference date: {ref}"), soft_wrap=True)
        if doc.headline:
            console.print(Text.assemble(("headline: ", "dim"), doc.headline), soft_wrap=True)
        for kind in KINDS:
            if kind not in kinds:
                continue
            items = doc.mentions(kind)
            if not items:
                console.print(Text(f"{BY_NAME[kind].title}: none", style="dim"))
                continue
            table = Table(title=f"{BY_NAME[kind].title} ({len(items)})", title_justify="left")
            if kind == "checks":
                from .checks import highlighted_sentence

                table.add_column("severity", no_wrap=True)
                table.add_column("check", no_wrap=True)
                table.add_column("message", ratio=3, overflow="fold")
                table.add_column("sentence", ratio=2, overflow="fold")
                for f in items:
                    style = {"error": "red", "warning": "yellow"}.get(f.severity, "cyan")
                    sentence = highlighted_sentence(doc, f)
                    table.add_row(Text(f.severity, style=style), Text(f.kind), Text(f.message), sentence)
            else:
                table.add_column("text", overflow="fold", max_width=40)
                table.add_column("value", overflow="fold")
                table.add_column("source", overflow="fold", max_width=20)
                table.add_column("context", overflow="fold")
                for m in items:
                    src = BY_NAME[kind].source(m)
                    table.add_row(Text(m.text), Text(describe(kind, m)), Text(src or ""), _context(doc, m))
            console.print(table)
            if kind == "quotes":
                rows = says_who(doc)
                kinds_ = ("named", "anonymous", "organization")
                tally = {k: sum(n for _, kk, n in rows if kk == k) for k in kinds_}
                summary = ", ".join(f"{who} {n}" + ("" if k == "named" else f" ({k})") for who, k, n in rows)
                console.print(
                    Text.assemble(
                        ("says who: ", "bold"),
                        summary,
                        (
                            f"  [named {tally['named']}, anonymous {tally['anonymous']}, "
                            f"organizations {tally['organization']}]",
                            "dim",
                        ),
                    ),
                    soft_wrap=True,
                )
        console.print()
