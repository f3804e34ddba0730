"""Checks 1 and 2: do the won conversions agree with each other, the stated and the given rates?

Each conversion (``558만 달러(약 78억1200만 원)``) implies a rate, and the rounding of its
converted figure gives the band of rates it is compatible with. Within one currency:

1. a rate far outside any won rate in living memory is a power-of-ten or 만/억/조 slip (error);
2. when most of the article's distinct conversions share one rate, one outside it is an error;
   when they split with no majority and no stated rate decides, one warning names them all;
3. a conversion no stated rate of the article (``1달러=1,380원``) allows is a warning;
4. with ``--rate USD=1400``, a conversion outside the given rate's tolerance is an error.

The same conversion written twice counts once (and is reported once, with both spans).
"""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal, DivisionByZero, InvalidOperation
from functools import cache
from typing import Any

import regex

from ..lexicon import load
from ..mentions import Span
from .base import (
    ERROR,
    WARNING,
    CheckOptions,
    Finding,
    band,
    factor_name,
    fmt_percent,
    fmt_rate,
    korean_money,
    nz_unit,
    overlaps,
    round_sig,
    roundest,
    significant_digits,
    slip_exponent,
)

KRW = "KRW"
CONVERSION_RATE, GIVEN_RATE = "conversion_rate", "given_rate"


@dataclasses.dataclass(frozen=True)
class Converted:
    """One distinct conversion: the amount and its conversion, as a rate with its band."""

    mentions: tuple[Any, ...]  # every MoneyMention that writes this same conversion
    currency: str  # the foreign currency (or the base of a non-won pair)
    quote: str  # KRW, or the other currency of a non-won pair
    rate: Decimal  # quote units per one unit of ``currency``
    lo: Decimal
    hi: Decimal
    amount: Decimal  # the written amount that was converted (foreign, or won when to_won is false)
    written: Decimal  # the written converted figure
    written_currency: str
    approx: bool
    to_won: bool  # 558만 달러(78억 원) rather than 78억 원(558만 달러)

    @property
    def first(self) -> Any:
        return self.mentions[0]

    @property
    def label(self) -> str:
        m = self.first
        return f"{m.text} → {m.conversion.text}"

    @property
    def unit(self) -> str:
        return f"{self.quote}/{self.currency}"

    @property
    def spans(self) -> tuple[Span, ...]:
        out = []
        for m in self.mentions:
            out.append(Span(text=m.text, start=m.start, end=m.end))
            c = m.conversion
            out.append(Span(text=c.text, start=c.start, end=c.end))
        return tuple(out)

    def suggest(self, rate: Decimal) -> str:
        """The converted figure this conversion would carry at ``rate``, rounded as written."""
        words = load("check_words")["currency_words"]
        value = self.amount * rate if self.to_won else self.amount / rate
        digits = max(significant_digits(self.written), 2)
        shown = round_sig(value, digits)
        return korean_money(shown, self.written_currency, self.approx or shown != value, words)


def _converted(m: Any) -> tuple[tuple[str, str, Decimal, Decimal], Converted] | None:
    c = m.conversion
    if c is None or m.value is None or c.value is None or m.range is not None:
        return None
    if not m.currency or not c.currency or m.currency == c.currency:
        return None
    if m.value <= 0 or c.value <= 0:
        return None
    lo_c, hi_c = band(c.value, bool(c.approx))
    try:
        if c.currency == KRW or m.currency != KRW:
            # 558만 달러(약 78억1200만 원): won per dollar = converted / amount
            cur, quote, to_won = m.currency, c.currency, True
            rate, lo, hi = c.value / m.value, lo_c / m.value, hi_c / m.value
        else:
            # 78억 원(약 558만 달러): the written amount is the won side
            cur, quote, to_won = c.currency, KRW, False
            rate = m.value / c.value
            lo = m.value / hi_c
            hi = m.value / lo_c if lo_c > 0 else Decimal("Infinity")
    except (InvalidOperation, DivisionByZero):
        return None
    key = (cur, quote, m.value, c.value)
    return key, Converted(
        (m,), cur, quote, rate, lo, hi, m.value, c.value, c.currency, bool(c.approx), to_won
    )


def collect(money: Iterable[Any]) -> dict[tuple[str, str], list[Converted]]:
    """The article's distinct conversions, by currency pair, in order of first appearance."""
    distinct: dict[tuple[str, str, Decimal, Decimal], Converted] = {}
    for m in money:
        got = _converted(m)
        if got is None:
            continue
        key, conv = got
        if key in distinct:
            old = distinct[key]
            distinct[key] = dataclasses.replace(old, mentions=(*old.mentions, m))
        else:
            distinct[key] = conv
    by_pair: dict[tuple[str, str], list[Converted]] = defaultdict(list)
    for conv in distinct.values():
        by_pair[(conv.currency, conv.quote)].append(conv)
    return by_pair


def densest(items: Sequence[Converted]) -> tuple[list[Converted], Decimal, Decimal]:
    """The largest group of conversions whose bands share a rate, and that shared band."""
    events = sorted([(c.lo, 0, i) for i, c in enumerate(items)] + [(c.hi, 1, i) for i, c in enumerate(items)])
    best: set[int] = set()
    open_: set[int] = set()
    for _, is_end, i in events:
        if is_end:
            open_.discard(i)
        else:
            open_.add(i)
            if len(open_) > len(best):
                best = set(open_)
    group = [items[i] for i in sorted(best)]
    lo = max(c.lo for c in group)
    hi = min(c.hi for c in group)
    return group, lo, hi


def _slip(conv: Converted, rate: Decimal) -> int:
    """The power of ten (±1..±8) that would make ``conv`` agree with ``rate``, else 0."""
    exponent = slip_exponent(conv.rate, rate)
    if exponent == 0:
        return 0
    scale = Decimal(10) ** exponent
    # within 3% after scaling (rounding of the slipped figure included)
    if conv.lo / scale <= rate * Decimal("1.03") and conv.hi / scale >= rate / Decimal("1.03"):
        return exponent
    return 0


def most_precise(group: Sequence[Converted]) -> list[Converted]:
    """The group's conversions, the most precisely written first: the ones worth quoting."""
    return sorted(group, key=lambda c: -significant_digits(c.written))


def _examples(group: Sequence[Converted], limit: int = 2) -> str:
    labels = [c.label for c in group[:limit]]
    more = len(group) - limit
    return ", ".join(labels) + (f" and {more} more" if more > 0 else "")


def _finding(
    kind: str, severity: str, message: str, conv: Converted, extra: Sequence[Converted] = ()
) -> Finding:
    spans = list(conv.spans)
    for other in extra:
        spans.extend(other.spans)
    return Finding(
        kind=kind, severity=severity, message=message, spans=tuple(spans), sentence=conv.first.sentence
    )


def _implausible(conv: Converted, lo: Decimal, hi: Decimal, reference: Decimal | None) -> Finding:
    msg = (
        f"{conv.label} implies {fmt_rate(conv.rate)} {conv.unit}, outside any plausible rate "
        f"({fmt_rate(lo)}–{fmt_rate(hi)})"
    )
    if reference is not None:
        msg += f"; the article's other conversions imply {fmt_rate(reference)}"
    target = reference
    if target is None:
        # the power of ten that brings the rate into the plausible band, if any
        try:
            exponent = round(math.log10(float(conv.rate) / math.sqrt(float(lo) * float(hi))))
        except (ValueError, OverflowError, ZeroDivisionError):
            exponent = 0
        if exponent and abs(exponent) <= 8:
            target = conv.rate / Decimal(10) ** exponent
    if target is not None:
        exponent = _slip(conv, target)
        if exponent:
            msg += f"; {factor_name(exponent)}"
        msg += f". At {fmt_rate(target)} it would be {conv.suggest(target)}"
    return _finding(CONVERSION_RATE, ERROR, msg, conv)


def check_pair(
    items: list[Converted], stated: Sequence[Any], other_time: frozenset[int] = frozenset()
) -> list[Finding]:
    """Checks 1's rules for the conversions of one currency pair and its stated rates."""
    findings: list[Finding] = []
    pool = list(items)
    bounds = load("check_words")["plausible_rates"].get(items[0].currency) if items[0].quote == KRW else None
    if bounds:
        lo_ok, hi_ok = Decimal(str(bounds[0])), Decimal(str(bounds[1]))
        sane = [c for c in pool if lo_ok <= c.rate <= hi_ok]
        reference = None
        if sane:
            _, lo, hi = densest(sane)
            reference = roundest(lo, hi)
        for c in pool:
            if not lo_ok <= c.rate <= hi_ok:
                findings.append(_implausible(c, lo_ok, hi_ok, reference))
        pool = sane
    flagged: set[int] = set()
    if len(pool) >= 2:
        group, lo, hi = densest(pool)
        outliers = [c for c in pool if c not in group]
        if outliers and len(group) >= 2 and len(group) > len(outliers):
            rate = roundest(lo, hi)
            group = most_precise(group)
            for c in outliers:
                flagged.add(id(c))
                msg = (
                    f"{c.label} implies {fmt_rate(c.rate)} {c.unit}; the article's other conversions imply "
                    f"{fmt_rate(rate)} ({_examples(group)})"
                )
                exponent = _slip(c, rate)
                if exponent:
                    msg += f"; {factor_name(exponent)}"
                msg += f". At {fmt_rate(rate)} it would be {c.suggest(rate)}"
                severity = ERROR
                if not exponent and c.first.sentence in other_time:
                    # an amount of another year may rightly be converted at that day's rate
                    severity = WARNING
                    msg += " (the sentence is about another time: converted at that day's rate?)"
                findings.append(_finding(CONVERSION_RATE, severity, msg, c, group[:2]))
        elif outliers and not stated:
            # no majority: say that they disagree, without guessing which one is wrong
            ordered = sorted(pool, key=lambda c: c.rate)
            parts = "; ".join(f"{fmt_rate(c.rate)} ({c.label})" for c in ordered)
            msg = f"the article's conversions imply different {pool[0].unit} rates: {parts}"
            flagged.update(id(c) for c in pool)
            findings.append(_finding(CONVERSION_RATE, WARNING, msg, pool[0], pool[1:]))
    stated_bands = [_stated_band(r) for r in stated if r.value is not None and r.value > 0]
    if stated_bands:
        s_lo, s_hi = min(b[0] for b in stated_bands), max(b[1] for b in stated_bands)
        shown = ", ".join(dict.fromkeys(r.text for r in stated if r.value is not None))
        for c in pool:
            if id(c) in flagged or overlaps((c.lo, c.hi), (s_lo, s_hi)):
                continue
            # the rate to suggest: the round figure a desk takes from the nearest statement
            nearest = min(stated_bands, key=lambda b: min(abs(b[0] - c.rate), abs(b[1] - c.rate)))
            target = roundest(*nearest)
            exponent = _slip(c, target)
            msg = f"{c.label} implies {fmt_rate(c.rate)} {c.unit}; the article states {shown}"
            if exponent:
                msg += f"; {factor_name(exponent)}"
            msg += f". At {fmt_rate(target)} it would be {c.suggest(target)}"
            findings.append(_finding(CONVERSION_RATE, ERROR if exponent else WARNING, msg, c))
    return findings


def _stated_band(rate: Any) -> tuple[Decimal, Decimal]:
    """The rates a statement allows a conversion to use.

    ``1,420원대`` is 1,415 to 1,430 and ``1,400원대`` 1,350 to 1,500; a quoted rate such as
    ``1,451.5원`` is what desks round to three figures to convert (1,450), so 1,446.5 to 1,456.5.
    """
    if getattr(rate, "approx", False) or rate.text.rstrip().endswith(("대", "선", "안팎")):
        return band(rate.value, True, nz_unit(rate.value))
    return band(rate.value, False, Decimal(1).scaleb(rate.value.adjusted() - 2))


def _stated_for(rates: Iterable[Any], currency: str, quote: str) -> list[Any]:
    """The article's statements of the rate itself (a move's level counts: '3.2원 내린 1,426.5원')."""
    return [r for r in rates if r.base == currency and r.quote == quote and r.value is not None]


def other_time_sentences(document: Any, among: Iterable[int] | None = None) -> frozenset[int]:
    """Sentences about another year than the article's (당시, 지난해, 2023년): old conversions.

    ``among``: only these sentences are looked at (the ones a check will ask about).
    """
    out = set()
    ref = document.reference_date
    wanted = None if among is None else set(among)
    for d in document.dates:
        year = (d.value or "")[:4]
        if ref is not None and year.isdigit() and int(year) != ref.year:
            out.add(d.sentence)
    words = _other_time_re()
    sentences = document.sentences
    if wanted is not None:
        sentences = [sentences[i] for i in sorted(wanted) if 0 <= i < len(sentences)]
    for s in sentences:
        if words.search(s.text):
            out.add(s.index)
    return frozenset(out if wanted is None else out & wanted)


@cache
def _other_time_re() -> regex.Pattern[str]:
    words = load("check_words")["other_time_words"]
    return regex.compile("|".join(r"\s*".join(regex.escape(p) for p in w.split()) for w in words))


def check_conversions(
    money: Sequence[Any],
    rates: Sequence[Any],
    skip: frozenset[str] = frozenset(),
    other_time: frozenset[int] = frozenset(),
) -> list[Finding]:
    findings: list[Finding] = []
    for (currency, quote), items in collect(money).items():
        if currency in skip and quote == KRW:
            continue
        findings.extend(check_pair(items, _stated_for(rates, currency, quote), other_time))
    return findings


def check_given_rates(money: Sequence[Any], options: CheckOptions) -> list[Finding]:
    """Check 2: every conversion against the rates given on the command line."""
    if not options.rates:
        return []
    findings = []
    t = options.tolerance
    for (currency, quote), items in collect(money).items():
        given = options.rates.get(currency)
        if given is None or quote != KRW or given <= 0:
            continue
        allowed = (given * (1 - t), given * (1 + t))
        for c in items:
            if overlaps((c.lo, c.hi), allowed):
                continue
            off = (c.rate - given) / given * 100
            msg = (
                f"{c.label} implies {fmt_rate(c.rate)} {c.unit}, {abs(off):.1f}% "
                f"{'above' if off > 0 else 'below'} the given {fmt_rate(given)} "
                f"(tolerance {fmt_percent(t * 100)}%)"
            )
            exponent = _slip(c, given)
            if exponent:
                msg += f"; {factor_name(exponent)}"
            msg += f". At {fmt_rate(given)} it would be {c.suggest(given)}"
            findings.append(_finding(GIVEN_RATE, ERROR, msg, c))
    return findings
