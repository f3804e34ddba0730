"""What every extracted fact shares: a span of the decoded article text.

Each kind of fact is a frozen dataclass in its extractor's module (``MoneyMention`` in
``money.py``, ``DateMention`` in ``dates/mention.py`` ...), a ``Mention``. They all carry ``text``,
``start``, ``end`` (0-based, end-exclusive character offsets into the decoded input, as Kiwi
gives them) and ``sentence`` (index into ``Document.sentences``), so that
``document.text[m.start:m.end] == m.text`` always holds.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from decimal import Decimal
from typing import Any


@dataclasses.dataclass(frozen=True, kw_only=True)
class Span:
    """A piece of the article: the text as written and where it stands."""

    text: str
    start: int
    end: int


@dataclasses.dataclass(frozen=True, kw_only=True)
class Mention(Span):
    """One extracted fact: its span and the sentence it stands in (``Document.sentences``).
    Each kind's dataclass adds its own fields after these, in JSON order."""

    sentence: int


def number_text(value: Any) -> str:
    """A figure as a table shows it: thousands separated, no exponent, ``?`` when unknown."""
    if value is None:
        return "?"
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return f"{int(value):,}"
        return f"{value.normalize():,f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def jsonable(value: Any) -> Any:
    """Turn results into plain JSON values.

    Decimals become ints when integral (so 78억1200만 prints as 7812000000, not 7.812E+9)
    and floats otherwise; dates become ISO strings; dataclasses become dicts in field order.
    """
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float):
        return value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    raise TypeError(f"cannot serialise {type(value).__name__}")
