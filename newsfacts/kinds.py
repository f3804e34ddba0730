"""The kinds of fact newsfacts reports: one row each, read by the pipeline and every output.

The pipeline runs each row's extractor; JSON, JSON Lines, CSV, the tables, ``show``, the HTML
report and the SQLite writer take their keys, row names, titles and value cells from here.
A new kind is its extractor module (a ``Mention`` subclass and an ``extract_…`` function over
an ``Article``), one row below and one field of ``Document``; the outputs follow.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any

from .extractors.dates.reading import DateMention, extract_dates
from .extractors.exchange_rates import RateMention
from .extractors.money import MoneyMention, extract_money, extract_rates
from .extractors.percentages import POINT, PercentMention, extract_percentages
from .extractors.speech.mention import QuoteMention
from .findings import Finding
from .mentions import number_text as num
from .page.article import Article


@dataclasses.dataclass(frozen=True)
class FactKind:
    name: str  # the JSON key, the ``Document`` field, the ``--only`` word and the SQLite table
    singular: str  # one fact: a JSON Lines / CSV row's ``kind``, a mark in ``show`` and HTML
    title: str  # the heading of its table
    mention: type  # the frozen dataclass of one fact; its fields are the JSON fields
    describe: Callable[[Any], str]  # the value cell, as an editor reads it
    #: the facts of one article, attributed to their sources by the pipeline; None for quotes
    #: (read first: the other kinds are attributed through them) and checks (read last, over
    #: every other kind)
    extract: Callable[[Article], Iterable[Any]] | None = None
    #: fields renamed in flat rows, where ``kind`` names the fact kind
    renamed: Mapping[str, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))

    def source(self, m: Any) -> str | None:
        """Whose figure or words it is: a quote's speaker, else the source it is attributed to."""
        return getattr(m, "speaker", None) if self.name == "quotes" else getattr(m, "attributed_to", None)


def _money(m: MoneyMention) -> str:
    cur = m.currency or "?"
    s = f"{cur} {num(m.range[0])}–{num(m.range[1])}" if m.range else f"{cur} {num(m.value)}"
    if m.qualifier:
        s += f" ({m.qualifier})"
    if m.per:
        s += f" {m.per}"
    if m.conversion:
        s += f" ≈ {m.conversion.currency} {num(m.conversion.value)}"
    if m.implied_rate is not None:
        s += f" @ {num(m.implied_rate)}"
    if m.market_rate is not None:
        s += f" (market {num(m.market_rate)})"
    return ("~" if m.approx else "") + s


def _rate(m: RateMention) -> str:
    s = f"{m.base}/{m.quote} {num(m.value)}"
    if m.change is not None:
        s += f" (change {num(m.change)})"
    if m.market_rate is not None:
        s += f" (market {num(m.market_rate)})"
    return s


def _percentage(m: PercentMention) -> str:
    unit = "%p" if m.unit == POINT else "%"
    s = f"{num(m.range[0])}–{num(m.range[1])}{unit}" if m.range else f"{num(m.value)}{unit}"
    extra = [x for x in (m.direction, m.comparison, m.qualifier) if x]
    return ("~" if m.approx else "") + s + (f" ({', '.join(extra)})" if extra else "")


def _date(m: DateMention) -> str:
    flags = [m.grain] + ([m.part] if m.part else [])
    flags += (["relative"] if m.relative else []) + (["local"] if m.local_time else [])
    shown = f"{m.range[0] or '?'}–{m.range[1] or '?'}" if m.range else m.value or "?"
    return f"{shown} ({', '.join(flags)})"


def _quote(m: QuoteMention) -> str:
    who = m.speaker or "—"
    if m.speaker_mention and m.speaker_mention != m.speaker:
        who += f" ({m.speaker_mention})"
    return f"{m.kind}: {who}" + (f" / {m.verb}" if m.verb else "")


def _check(f: Finding) -> str:
    return f"{f.severity}: {f.message}"


#: every kind, in output order
FACT_KINDS: tuple[FactKind, ...] = (
    FactKind("money", "money", "Money", MoneyMention, _money, extract_money),
    FactKind("rates", "rate", "Exchange rates", RateMention, _rate, extract_rates),
    FactKind("percentages", "percentage", "Percentages", PercentMention, _percentage, extract_percentages),
    FactKind("dates", "date", "Dates", DateMention, _date, extract_dates),
    FactKind("quotes", "quote", "Quotes and claims", QuoteMention, _quote, renamed={"kind": "quote_kind"}),
    FactKind("checks", "check", "Checks", Finding, _check, renamed={"kind": "check"}),
)

KINDS: tuple[str, ...] = tuple(k.name for k in FACT_KINDS)
BY_NAME: Mapping[str, FactKind] = MappingProxyType({k.name: k for k in FACT_KINDS})
