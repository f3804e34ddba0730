"""Checks on the figures that do not add up (issue 6); ``registry.CHECKS`` lists them.

Each check is a small rule over the extracted mentions (and, for statements such as
``A에서 B로 N% 증가``, the sentence text between them) that reports ``Finding`` objects:

=================  ========  ===========================================================
kind               severity  what
=================  ========  ===========================================================
conversion_rate    error     a conversion's rate disagrees with the article's other
                             conversions, or is a power-of-ten / 만억조 slip;
                   warning   conversions split with no majority, or one disagrees with a
                             rate the article states (``1달러=1,380원``)
given_rate         error     a conversion outside ``--rate USD=1400`` ± tolerance
market_rate        note      a conversion or quoted rate beyond the tolerance from the
                             reference rate of its day (ECB, or ``--rates-history``);
                   warning   beyond 10%;  error: a power-of-ten slip (``checks/market.py``)
percent_point      warning   a percentage-point change written as ``%``
                   error     a ``%포인트`` change that does not match the two levels
stated_change      error     ``A에서 B로 N%`` where N is not (B−A)/A, or the verb's
                             direction contradicts A → B
share              error     ``X는 Y의 N%`` where N is not X/Y
weekday            error     ``3월 14일(수)`` when the 14th is not a Wednesday
relative_date      warning   ``오는 N일`` before the reference date, ``지난 N일`` after it
restated_date      warning   ``어제(3일)`` when 어제 is not the 3rd by the reference date
amount_mismatch    warning   one subject given two different amounts
parts_exceed_whole error     ``131억 달러 … 이 가운데 80억 달러, 61억 달러``: parts above the whole
headline_figure    warning   a headline figure that no body figure of its kind comes to
=================  ========  ===========================================================
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from .base import DEFAULT_OPTIONS, ERROR, NOTE, SEVERITIES, WARNING, CheckOptions, Finding, reaches
from .registry import CHECKS, KINDS

if TYPE_CHECKING:
    from ..document import Document

__all__ = [
    "CHECKS",
    "ERROR",
    "KINDS",
    "NOTE",
    "SEVERITIES",
    "WARNING",
    "CheckOptions",
    "Finding",
    "reaches",
    "run_checks",
    "with_checks",
]


def run_checks(
    document: Document, options: CheckOptions | None = None, *, strict: bool = False
) -> list[Finding]:
    """Every check over one extracted document; findings in reading order (by first figure).

    Never raises unless ``strict`` (the tests): a check that fails on some odd input is
    skipped rather than losing the other checks' findings, and the extraction, of an article.
    """
    options = options or DEFAULT_OPTIONS
    findings: list[Finding] = []
    for check in CHECKS:
        try:
            findings.extend(check.run(document, options))
        except Exception:
            if strict:
                raise
    order = {kind: i for i, kind in enumerate(KINDS)}
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else -1, order.get(f.kind, len(order))))
    return findings


def with_checks(document: Document, options: CheckOptions | None = None) -> Document:
    """``document`` with its checks run again under ``options`` (given rates, tolerance)."""
    if options is None or options == DEFAULT_OPTIONS:
        return document
    if options.rates_history:  # the facts' market_rate comes from the user's history too
        from .market import with_market_rates

        document = with_market_rates(document, options)
    return dataclasses.replace(document, checks=tuple(run_checks(document, options)))
