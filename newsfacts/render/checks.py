"""The ``newsfacts check`` table: severity, check, message, and the sentence with its figures lit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..checks.base import ERROR, Finding

_STYLE = {ERROR: "bold red", "warning": "yellow", "note": "cyan"}


def highlighted_sentence(document: Any, finding: Finding) -> Any:
    """The finding's sentence, its figures in bold (the ones in other sentences are in the message)."""
    from rich.text import Text

    index = finding.sentence
    if index is None or not 0 <= index < len(document.sentences):
        return Text("")
    s = document.sentences[index]
    out = Text(s.text)
    for span in finding.spans:
        a, b = max(span.start, s.start), min(span.end, s.end)
        if a < b:
            out.stylize("bold yellow", a - s.start, b - s.start)
    return out


def summary(findings: Iterable[Finding]) -> str:
    findings = list(findings)
    errors = sum(f.severity == ERROR for f in findings)
    notes = sum(f.severity == "note" for f in findings)
    warnings = len(findings) - errors - notes
    out = f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}"
    return out + (f", {notes} note{'s' * (notes != 1)}" if notes else "")


def render_findings(documents: Iterable[Any], console: Any) -> None:
    from rich.table import Table

    for doc in documents:
        ref = doc.reference_date.isoformat() if doc.reference_date else "none"
        console.print(f"[bold]{doc.source}[/bold]  reference date: {ref}")
        checked = (
            f"{sum(m.conversion is not None for m in doc.money)} conversions, {len(doc.money)} amounts, "
            f"{len(doc.percentages)} percentages, {len(doc.dates)} dates checked"
        )
        if not doc.checks:
            console.print(f"[green]✓ no problems found[/green] [dim]({checked})[/dim]")
            console.print()
            continue
        table = Table(show_lines=True, title_justify="left", expand=True)
        table.add_column("severity", no_wrap=True)
        table.add_column("check", no_wrap=True)
        table.add_column("message", ratio=3, overflow="fold")
        table.add_column("sentence", ratio=2, overflow="fold")
        for f in doc.checks:
            style = _STYLE.get(f.severity, "")
            table.add_row(f"[{style}]{f.severity}[/{style}]", f.kind, f.message, highlighted_sentence(doc, f))
        console.print(table)
        console.print(f"{summary(doc.checks)} [dim]({checked})[/dim]")
        console.print()
