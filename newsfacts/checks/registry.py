"""Every check in one place: the kinds of finding it reports and the function that looks.

Adding a check is a function over a ``Document`` (and the options) and one row here; the
order of the rows is the order in which findings at the same place are listed.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from .base import CheckOptions, Finding
from .changes import PERCENT_POINT, SHARE, STATED_CHANGE, check_changes
from .conversions import (
    CONVERSION_RATE,
    GIVEN_RATE,
    check_conversions,
    check_given_rates,
    other_time_sentences,
)
from .dates import (
    RELATIVE_DATE,
    RESTATED_DATE,
    WEEKDAY,
    check_relative_dates,
    check_restated_dates,
    check_weekdays,
)
from .headline import HEADLINE_FIGURE, check_headline
from .market import MARKET_RATE, check_market
from .parts import PARTS_EXCEED_WHOLE, check_parts
from .two_ways import AMOUNT_MISMATCH, check_two_ways

if TYPE_CHECKING:
    from ..document import Document


@dataclasses.dataclass(frozen=True)
class Check:
    kinds: tuple[str, ...]  # the ``kind`` of the findings it reports
    run: Callable[[Document, CheckOptions], list[Finding]]


def _conversions(document: Document, options: CheckOptions) -> list[Finding]:
    if not any(m.conversion is not None for m in document.money):  # most articles convert nothing
        return []
    # a currency with a given rate is held to it alone, not also to the article's own rates
    converting = {m.sentence for m in document.money if m.conversion is not None}
    return check_conversions(
        document.money,
        document.rates,
        skip=frozenset(options.rates),
        other_time=other_time_sentences(document, among=converting),
    )


CHECKS: tuple[Check, ...] = (
    Check((CONVERSION_RATE,), _conversions),
    Check((GIVEN_RATE,), lambda document, options: check_given_rates(document.money, options)),
    Check((MARKET_RATE,), check_market),
    Check((PERCENT_POINT, STATED_CHANGE, SHARE), lambda document, _: check_changes(document)),
    Check((WEEKDAY,), lambda document, _: check_weekdays(document)),
    Check((RELATIVE_DATE,), lambda document, _: check_relative_dates(document)),
    Check((RESTATED_DATE,), lambda document, _: check_restated_dates(document)),
    Check((AMOUNT_MISMATCH,), lambda document, _: check_two_ways(document)),
    Check((PARTS_EXCEED_WHOLE,), lambda document, _: check_parts(document)),
    Check((HEADLINE_FIGURE,), lambda document, _: check_headline(document)),
)

#: every kind of finding, in the order findings at one place are listed
KINDS: tuple[str, ...] = tuple(kind for check in CHECKS for kind in check.kinds)
