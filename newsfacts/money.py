"""Money amounts, their conversions and exchange-rate statements (issue 3)."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from .article import Article


@dataclasses.dataclass(frozen=True, kw_only=True)
class Conversion:
    text: str
    start: int
    end: int
    value: Decimal | None
    currency: str
    approx: bool = False


@dataclasses.dataclass(frozen=True, kw_only=True)
class MoneyMention:
    text: str
    start: int
    end: int
    sentence: int
    value: Decimal | None
    currency: str | None
    approx: bool = False
    range: tuple[Decimal | None, Decimal | None] | None = None
    qualifier: str | None = None
    per: str | None = None
    conversion: Conversion | None = None
    implied_rate: Decimal | None = None
    attributed_to: str | None = None


@dataclasses.dataclass(frozen=True, kw_only=True)
class RateMention:
    text: str
    start: int
    end: int
    sentence: int
    base: str
    quote: str
    value: Decimal | None
    change: Decimal | None = None
    attributed_to: str | None = None


def extract_money(article: Article) -> list[MoneyMention]:
    return []


def extract_rates(article: Article) -> list[RateMention]:
    return []
