"""What every check shares: the ``Finding`` it reports, the options, and figure arithmetic.

A written amount is taken as rounded at its last non-zero digit, read to two significant
digits at least (``78억1200만`` to the 100만 place, ``840조`` to the 10조 place, ``1억`` to
the 1000만 place); a percentage to its last written decimal (``3.50%`` to the hundredth).
It stands for any value within half a unit of that place, and up to a whole unit above
when it carries ``약``/``가량``/``여`` (such figures are also truncated: ``1432억`` →
``약 1400억``). Every check compares
intervals built this way, so a figure is only called wrong when no reading of its
rounding makes it right.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation
from typing import Any

import regex

# what a check reports lives in ..findings (the document holds findings); the checks take it from here
from ..findings import ERROR as ERROR
from ..findings import NOTE as NOTE
from ..findings import SEVERITIES as SEVERITIES
from ..findings import WARNING as WARNING
from ..findings import Finding as Finding
from ..findings import reaches as reaches
from ..mentions import Span


@dataclasses.dataclass(frozen=True, kw_only=True)
class CheckOptions:
    """What the checks need beyond the article: exchange rates to hold conversions to.

    ``rates`` maps an ISO code to won per one unit (``{"USD": Decimal("1400")}``);
    ``tolerance`` is the relative deviation from a given rate that is still accepted.
    ``rates_history`` is a ``date,currency,rate`` CSV that takes precedence over the ECB's
    reference rates for the market_rate check (``newsfacts.rates``).
    Hashable and picklable, so that a batch run can hand it to worker processes.
    """

    rates: Mapping[str, Decimal] = dataclasses.field(default_factory=dict)
    tolerance: Decimal = Decimal("0.03")
    rates_history: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "rates", {k.upper(): Decimal(str(v)) for k, v in self.rates.items()})
        object.__setattr__(self, "tolerance", Decimal(str(self.tolerance)))

    def __hash__(self) -> int:
        return hash((tuple(sorted(self.rates.items())), self.tolerance, self.rates_history))


DEFAULT_OPTIONS = CheckOptions()


def span_of(m: Any) -> Span:
    return Span(text=m.text, start=m.start, end=m.end)


def slip_exponent(rate: Decimal, target: Decimal) -> int:
    """The power of ten (±1..±8) nearest to ``rate / target``, 0 for none: where a unit slip
    (만 for 억, thousands for millions) would put a rate. Each check decides if it fits."""
    try:
        ratio = float(rate / target)
    except (InvalidOperation, DivisionByZero):
        return 0
    if ratio <= 0 or not math.isfinite(ratio):
        return 0
    exponent = round(math.log10(ratio))
    return 0 if abs(exponent) > 8 else exponent


# --- figures and their rounding ---------------------------------------------------------------


def nz_unit(value: Decimal) -> Decimal | None:
    """The place value of the last non-zero digit: 7812000000 → 1000000, 3.25 → 0.01."""
    try:
        if not value.is_finite() or value == 0:
            return None
        exponent = value.normalize().as_tuple().exponent
    except (InvalidOperation, ValueError):
        return None
    if not isinstance(exponent, int):
        return None
    return Decimal(1).scaleb(exponent)


_DECIMALS = regex.compile(r"\d(?:[\d,]*\d)?(?:\.(?P<frac>\d+))?")


def written_unit(text: str) -> Decimal | None:
    """The place of the last written digit of a plain number, keeping trailing zeros: '3.50%' → 0.01.

    Only for figures without myriad units (percentages); None when the text has no digits.
    """
    m = _DECIMALS.search(text)
    if m is None:
        return None
    return Decimal(1).scaleb(-len(m["frac"])) if m["frac"] else Decimal(1)


def rounding_unit(value: Decimal) -> Decimal | None:
    """The unit a written amount is rounded to: its last non-zero digit, read to two digits at least.

    ``78억1200만`` → 100만; ``1400억`` → 100억; ``1억`` → 1000만 (a one-digit figure such as
    ``1억 달러`` or ``100만 달러`` is taken as round, 1.0억, not as anything from 0.5억 to 1.5억).
    """
    unit = nz_unit(value)
    if unit is None:
        return None
    return min(unit, Decimal(1).scaleb(value.adjusted() - 1))


def band(value: Decimal, approx: bool, unit: Decimal | None = None) -> tuple[Decimal, Decimal]:
    """The values a written figure may stand for, given its rounding unit and ``약``."""
    unit = unit if unit is not None else rounding_unit(value)
    if unit is None:
        return value, value
    if approx:
        return value - unit / 2, value + unit
    return value - unit / 2, value + unit / 2


def overlaps(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def significant_digits(value: Decimal) -> int:
    digits = value.normalize().as_tuple().digits
    return max(len(digits), 1)


def round_sig(value: Decimal, digits: int) -> Decimal:
    """``value`` rounded half-up to ``digits`` significant digits."""
    if value == 0 or not value.is_finite():
        return value
    exponent = value.adjusted() - digits + 1
    try:
        return value.quantize(Decimal(1).scaleb(exponent), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        return value


def roundest(lo: Decimal, hi: Decimal) -> Decimal:
    """The roundest number in [lo, hi] (1,400 rather than 1,399.93): the rate to quote."""
    if lo > hi:
        lo, hi = hi, lo
    if hi <= 0:
        return (lo + hi) / 2
    top = max(hi, Decimal("1e-6")).adjusted() + 1
    for exponent in range(top, -7, -1):
        for mult in (Decimal(1), Decimal(5)):
            step = mult * Decimal(1).scaleb(exponent)
            candidate = (lo / step).to_integral_value(rounding="ROUND_CEILING") * step
            if candidate <= hi:
                return candidate.normalize() if candidate != 0 else candidate
    return (lo + hi) / 2


# --- writing figures back -----------------------------------------------------------------------

_MYRIADS = ((Decimal(10) ** 12, "조"), (Decimal(10) ** 8, "억"), (Decimal(10) ** 4, "만"))


def _plain(value: Decimal) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value:,f}"


def korean_amount(value: Decimal) -> str:
    """An amount the way Korean dailies write it: 7812000000 → '78억1200만', 1234 → '1,234'."""
    if value < 0:
        return "-" + korean_amount(-value)
    if value != value.to_integral_value() or value < 10**4:
        return _plain(value)
    rest = int(value)
    out = []
    for size, word in _MYRIADS:
        q, rest = divmod(rest, int(size))
        if q:
            out.append(f"{q}{word}")
    if rest:
        out.append(str(rest))
    return "".join(out)


def korean_money(value: Decimal, currency: str, approx: bool, words: Mapping[str, str]) -> str:
    word = words.get(currency, currency)
    return f"{'약 ' if approx else ''}{korean_amount(value)} {word}"


def fmt_rate(rate: Decimal) -> str:
    """A rate as a desk writes it: 1,400 / 1,579 / 9.1 / 0.14."""
    if rate >= 100:
        return f"{int(rate.to_integral_value(rounding=ROUND_HALF_UP)):,}"
    return _plain(round_sig(rate, 3))


def fmt_percent(value: Decimal, places: int = 2) -> str:
    """A percentage without trailing zeros: 3.00 → '3', -7.142857 → '-7.14'."""
    try:
        q = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    except InvalidOperation:  # more digits than the context holds: print it as it is
        q = value
    return _plain(q)


def factor_name(exponent: int) -> str:
    """How a power-of-ten slip is named in a message."""
    factor = f"{10 ** abs(exponent):,}"
    if abs(exponent) in (4, 8):
        return f"off by {factor}: a 만/억/조 slip"
    return f"off by a factor of {factor}"
