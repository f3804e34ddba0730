"""What the date tests compare: each date of a text as (text, value, grain, range), with its
span checked against the input on the way."""

from __future__ import annotations

from datetime import date
from typing import Any

import newsfacts

SEP15 = date(2025, 9, 15)  # a Monday, in 2025-W38


def date_facts(text: str, ref: date | None = SEP15) -> list[tuple[Any, ...]]:
    doc = newsfacts.extract(text, reference_date=ref)
    for m in doc.dates:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.grain, m.range) for m in doc.dates]
