"""The market_rate check: conversions and quoted exchange rates against the rate of the day (issue 21).

A desk editor's question is *was this converted at the rate of the day?* The reference is
the daily won-per-unit rate of ``newsfacts.rates`` (the ECB's, or a user's history):

- a **conversion** is held to the publication date, with the band spanned by that day and
  the three business days before it (morning papers convert at the previous day's Seoul
  close; the ECB fixes at 14:15 CET). A sentence about another time (``인수 당시``,
  ``지난해 3월``) is held to the day or month its date fact gives, or skipped without one.
  Conversions sharing one rate (the article's house rate) are judged, and reported, together;
- a **quoted rate** (``1,452.6원에 마감``) is held to the day its sentence names (``27일``),
  else to the publication date and the business day before it.

A figure is fine when its rounding reaches the band, or is within ``--tolerance`` of the
reference day's rate; beyond that it is a ``note`` (desks round), beyond 10% a ``warning``,
and a power-of-ten slip an ``error`` (a conversion whose rate is outside any plausible rate
is left to ``conversion_rate``, which already reports it). After the data's last day its
last rate stands in for 45 days, naming its date, with a note at most. Without data (before
1999, long after the last day, a currency the source lacks) the check says so once per
process on stderr and skips.
"""

from __future__ import annotations

import dataclasses
import sys
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .. import rates as market
from ..lexicon import load
from .base import (
    ERROR,
    NOTE,
    WARNING,
    CheckOptions,
    Finding,
    factor_name,
    fmt_rate,
    overlaps,
    roundest,
    slip_exponent,
)
from .conversions import KRW, Converted, collect, densest, most_precise, other_time_sentences

if TYPE_CHECKING:
    from ..document import Document

MARKET_RATE = "market_rate"
_DAY_GRAINS = ("day", "hour", "minute")


@dataclasses.dataclass(frozen=True)
class Reference:
    """The rates a figure is held to: a window of business days, the latest first."""

    quotes: tuple[market.Quote, ...]
    stale: bool = False  # the data ends before the day: its last rate stands in
    month: str | None = None  # "2023-05" when a sentence is about a month

    @property
    def quote(self) -> market.Quote:
        return self.quotes[0]

    @property
    def low(self) -> Decimal:
        return min(q.rate for q in self.quotes)

    @property
    def high(self) -> Decimal:
        return max(q.rate for q in self.quotes)


@dataclasses.dataclass(frozen=True)
class _When:
    """The time a figure is about: a day (with how many business days before it also count) or a month."""

    day: date
    before: int = 0
    month: tuple[date, date] | None = None


# --- what a figure is about ---------------------------------------------------------------------


def _settings() -> dict[str, Any]:
    return load("market_rates")


def _sentence_date(document: Document, sentence: int, offset: int) -> tuple[bool, _When | None]:
    """The day or month a sentence's own date facts name, nearest to ``offset`` first.

    ``(False, None)`` when the sentence has no date fact; ``(True, None)`` when it has only
    vaguer ones (a year, a quarter), which cannot say which rate applies.
    """
    dated = [d for d in document.dates if d.sentence == sentence and d.value]
    if not dated:
        return False, None
    for d in sorted(dated, key=lambda d: abs(d.start - offset)):
        value = d.value or ""
        try:
            if d.grain in _DAY_GRAINS:
                return True, _When(date.fromisoformat(value[:10]))
            if d.grain == "month":
                first = date.fromisoformat(value[:7] + "-01")
                last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                return True, _When(last, month=(first, last))
        except ValueError:
            continue
    return True, None


def _reference(history: market.RatesHistory, currency: str, when: _When) -> Reference | None:
    """The window of rates for ``when``, the data's last rate when it ended shortly before, or None."""
    if when.month is not None:
        quotes = history.between(currency, *when.month)
        if quotes:
            return Reference(tuple(quotes), month=when.month[0].isoformat()[:7])
    else:
        quotes = history.back(currency, when.day, 1 + when.before)
        if quotes:
            return Reference(tuple(quotes))
    last = history.last_day(currency)
    first = history.first_day(currency)
    asked = when.month[0] if when.month else when.day
    if last is not None and asked > last and (asked - last).days <= _settings()["stale_days"]:
        quote = history.on(currency, last)
        if quote is not None:
            return Reference((quote,), stale=True)
    if last is None:
        _tell(f"no reference rates for {currency}: market_rate skips it")
    elif first is not None and asked < first:
        _tell(f"no reference rate before {first.isoformat()} ({asked.isoformat()}): market_rate skips it")
    else:
        _tell(
            f"the reference rates end on {last.isoformat()}, more than {_settings()['stale_days']} days "
            f"before {asked.isoformat()}: market_rate skips such dates "
            "(newsfacts rates --update fetches newer ones)"
        )
    return None


_told: set[str] = set()


def _tell(message: str) -> None:
    """Say a data gap once per process on stderr: an archive run must not repeat it per article."""
    if message in _told:
        return
    _told.add(message)
    print(f"newsfacts: note: {message}", file=sys.stderr)


# --- judging a rate -----------------------------------------------------------------------------


def _per(currency: str) -> int:
    return 100 if currency in _settings()["per_100"] else 1


def _shown(rate: Decimal, currency: str) -> str:
    """A reference rate as desks quote it: 1,449.65; 935.85 for 100 yen."""
    return f"{market.quoted(currency, rate, _per(currency)):,}"


def _unit(currency: str) -> str:
    per = _per(currency)
    return f"KRW/{per} {currency}" if per != 1 else f"KRW/{currency}"


def _signed(fraction: Decimal) -> str:
    pct = round(float(fraction) * 100, 1)
    return f"{'+' if pct > 0 else '−' if pct < 0 else '±'}{abs(pct):.1f}%"


def _severity(lo: Decimal, hi: Decimal, ref: Reference, tolerance: Decimal) -> tuple[str, Decimal] | None:
    """How far ``[lo, hi]`` is from the reference: None when it reaches the window or the
    tolerance, else the severity and the deviation of its nearest end from the day's rate."""
    if overlaps((lo, hi), (ref.low, ref.high)):
        return None
    base = _base(lo, hi, ref)
    near = hi if hi < ref.low else lo
    off = (near - base) / base
    if abs(off) <= tolerance:
        return None
    if ref.stale:
        return NOTE, off  # the market may have moved since the data's last day
    return (WARNING if abs(off) > Decimal(str(_settings()["warning_beyond"])) else NOTE), off


def _base(lo: Decimal, hi: Decimal, ref: Reference) -> Decimal:
    """The rate to measure against: the day's, or for a month the nearer end of its range."""
    if ref.month is None:
        return ref.quote.rate
    return ref.low if hi < ref.low else ref.high


def _slip(rate: Decimal, target: Decimal, tolerance: Decimal) -> int:
    """The power of ten (±1..±8) that brings ``rate`` within ``tolerance`` of ``target``, else 0."""
    exponent = slip_exponent(rate, target)
    if exponent == 0:
        return 0
    scaled = rate / Decimal(10) ** exponent
    return exponent if abs(scaled - target) / target <= max(tolerance, Decimal("0.03")) else 0


def _source(ref: Reference, base: Decimal) -> str:
    """'the ECB reference rate on 2025-01-31 was 1,449.65', naming the source and the day."""
    q = ref.quote
    currency = q.currency
    what = "ECB reference rate" if q.source == market.ECB else f"rate in {q.source}"
    if ref.stale:
        return f"the latest {what} available, {q.day.isoformat()}, was {_shown(q.rate, currency)}"
    if ref.month is not None:
        return f"the {what}s in {ref.month} were {_shown(ref.low, currency)}–{_shown(ref.high, currency)}"
    return f"the {what} on {q.day.isoformat()} was {_shown(base, currency)}"


# --- the check ------------------------------------------------------------------------------------


@dataclasses.dataclass
class Market:
    """The findings, and the reference rate each money or rate fact was held to (by index)."""

    findings: list[Finding] = dataclasses.field(default_factory=list)
    money: dict[int, market.Quote] = dataclasses.field(default_factory=dict)
    rates: dict[int, market.Quote] = dataclasses.field(default_factory=dict)


def _plausible(conv: Converted) -> bool:
    bounds = load("check_words")["plausible_rates"].get(conv.currency)
    return not bounds or Decimal(str(bounds[0])) <= conv.rate <= Decimal(str(bounds[1]))


def review(document: Document, options: CheckOptions) -> Market:
    """Every conversion and quoted won rate of ``document`` against the reference rates."""
    out = Market()
    money = [m for m in document.money if m.conversion is not None]
    quoted = [r for r in document.rates if r.quote == KRW and r.value is not None and r.value > 0]
    if not money and not quoted:
        return out  # most articles: the rates are never loaded
    history = market.history(options.rates_history)
    _review_conversions(document, money, history, options, out)
    _review_rates(document, quoted, history, options, out)
    return out


def _review_conversions(
    document: Document, money: list[Any], history: market.RatesHistory, options: CheckOptions, out: Market
) -> None:
    ref_date = document.reference_date
    other_time = other_time_sentences(document, among={m.sentence for m in money})
    settings = _settings()
    windows: dict[Any, tuple[Reference, list[Converted]]] = {}
    index = {id(m): i for i, m in enumerate(document.money)}
    for (currency, quote), items in collect(money).items():
        if quote != KRW:
            continue
        if not history.has(currency):
            _tell(f"no reference rates for {currency}: market_rate skips it")
            continue
        for conv in items:
            first = conv.first
            if first.sentence in other_time:
                # another time's amount is held to that time's rate, or left alone when the date is unknown
                _, when = _sentence_date(document, first.sentence, first.start)
            else:
                when = None if ref_date is None else _When(ref_date, before=settings["window_business_days"])
            if when is None:
                continue
            ref = _reference(history, currency, when)
            if ref is None:
                continue
            for m in conv.mentions:
                out.money[index[id(m)]] = ref.quote
            if currency in options.rates or not _plausible(conv):
                continue  # held to the given rate, or a slip conversion_rate reports
            key = (currency, ref.quote.day, ref.month, ref.stale, len(ref.quotes))
            windows.setdefault(key, (ref, []))[1].append(conv)
    for ref, convs in windows.values():
        pool = list(convs)
        while pool:  # one finding per group of conversions sharing a rate
            group, lo, hi = densest(pool)
            pool = [c for c in pool if c not in group]
            finding = _judge_group(most_precise(group), lo, hi, ref, options.tolerance)
            if finding is not None:
                out.findings.append(finding)


def _judge_group(
    group: Sequence[Converted], lo: Decimal, hi: Decimal, ref: Reference, tolerance: Decimal
) -> Finding | None:
    judged = _severity(lo, hi, ref, tolerance)
    if judged is None:
        return None
    severity, _ = judged
    head = group[0]
    currency, per = head.currency, _per(head.currency)
    rate = roundest(lo, hi)
    base = _base(lo, hi, ref)
    exponent = _slip(rate, base, tolerance)
    if exponent and not ref.stale:
        severity = ERROR
    also = ""
    if len(group) > 1:
        others = [c.label for c in group[1:3]]
        more = len(group) - 1 - len(others)
        verb = "is" if len(group) == 2 else "are"
        also = f" (as {verb} {', '.join(others)}{f' and {more} more' if more else ''})"
    message = (
        f"{head.label} is converted at {fmt_rate(rate * per)} {_unit(currency)}{also}; "
        f"{_source(ref, base)} ({_signed((rate - base) / base)})"
    )
    if exponent:
        message += f"; {factor_name(exponent)}"
    target = market.per_unit(base, per)
    message += f": at that rate {head.suggest(target)}"
    spans = tuple(s for c in group for s in c.spans)
    return Finding(
        kind=MARKET_RATE, severity=severity, message=message, spans=spans, sentence=head.first.sentence
    )


def _review_rates(
    document: Document, quoted: list[Any], history: market.RatesHistory, options: CheckOptions, out: Market
) -> None:
    from .base import band, nz_unit, span_of

    index = {id(r): i for i, r in enumerate(document.rates)}
    before = _settings()["rate_window_business_days"]
    for r in quoted:
        if not history.has(r.base):
            _tell(f"no reference rates for {r.base}: market_rate skips it")
            continue
        dated, when = _sentence_date(document, r.sentence, r.start)
        if not dated:
            when = None if document.reference_date is None else _When(document.reference_date, before=before)
        if when is None:
            continue
        ref = _reference(history, r.base, when)
        if ref is None:
            continue
        out.rates[index[id(r)]] = ref.quote
        if r.base in options.rates:
            continue
        lo, hi = band(r.value, True, nz_unit(r.value)) if r.approx else (r.value, r.value)
        judged = _severity(lo, hi, ref, options.tolerance)
        if judged is None:
            continue
        severity, _ = judged
        base = _base(lo, hi, ref)
        per = _per(r.base)
        message = (
            f"{r.text} is {fmt_rate(r.value * per)} {_unit(r.base)}; "
            f"{_source(ref, base)} ({_signed((r.value - base) / base)})"
        )
        out.findings.append(
            Finding(
                kind=MARKET_RATE, severity=severity, message=message, spans=(span_of(r),), sentence=r.sentence
            )
        )


def check_market(document: Document, options: CheckOptions) -> list[Finding]:
    return review(document, options).findings


def with_market_rates(document: Document, options: CheckOptions) -> Document:
    """``document`` with ``market_rate``/``market_rate_date`` filled on its conversions and rates."""
    got = review(document, options)
    if not got.money and not got.rates:
        return document
    per_kind: dict[str, Any] = defaultdict(list)
    for kind, held in (("money", got.money), ("rates", got.rates)):
        for i, m in enumerate(getattr(document, kind)):
            q = held.get(i)
            if q is None:
                per_kind[kind].append(m)
                continue
            rate = market.per_unit(q.rate, _per(q.currency))
            per_kind[kind].append(dataclasses.replace(m, market_rate=rate, market_rate_date=q.day))
    return dataclasses.replace(document, money=tuple(per_kind["money"]), rates=tuple(per_kind["rates"]))
