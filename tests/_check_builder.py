"""Hand-built documents for the check tests: real sentences, mentions at their real offsets.

The checks read only the mentions' fields (and the text between them), so each test writes
a sentence and says which figures in it the extractors would have found, by their text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from newsfacts.document import Document
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.extractors.exchange_rates import RateMention
from newsfacts.extractors.money import Conversion, MoneyMention
from newsfacts.extractors.percentages import PercentMention
from newsfacts.page.article import parse_article


def _find(text: str, needle: str, nth: int = 0, after: int = 0) -> int:
    at = after - 1
    for _ in range(nth + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            raise AssertionError(f"{needle!r} (occurrence {nth}) is not in the text")
    return at


@dataclass
class M:
    """A money mention: ``M("558만 달러", "5580000", "USD", conv=("약 78억1200만 원", "7812000000"))``."""

    text: str
    value: str | None
    currency: str = "KRW"
    conv: tuple[str, str] | tuple[str, str, str] | None = None  # (text, value[, currency])
    nth: int = 0
    approx: bool = False
    range: tuple[str, str] | None = None
    qualifier: str | None = None
    per: str | None = None
    attributed_to: str | None = None


@dataclass
class P:
    text: str
    value: str | None
    unit: str = "percent"
    nth: int = 0
    approx: bool = False
    direction: str | None = None
    range: tuple[str, str] | None = None


@dataclass
class R:
    text: str
    value: str | None
    base: str = "USD"
    change: str | None = None
    nth: int = 0
    approx: bool = False


@dataclass
class D:
    text: str
    value: str | None
    grain: str = "day"
    nth: int = 0
    relative: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _dec(v: str | None) -> Decimal | None:
    return None if v is None else Decimal(v)


def build(
    text: str,
    *,
    money: tuple[M, ...] = (),
    rates: tuple[R, ...] = (),
    percentages: tuple[P, ...] = (),
    dates: tuple[D, ...] = (),
    reference: date | None = None,
) -> Document:
    article = parse_article(text, reference_date=reference)

    def sentence(start: int) -> int:
        s = article.sentence_at(start)
        assert s is not None, f"offset {start} is in no sentence"
        return s.index

    money_out = []
    for m in money:
        start = _find(text, m.text, m.nth)
        conversion = None
        implied = None
        if m.conv is not None:
            c_text, c_value = m.conv[0], m.conv[1]
            c_currency = m.conv[2] if len(m.conv) > 2 else "KRW"  # type: ignore[misc]
            c_start = _find(text, c_text, 0, start + len(m.text))
            conversion = Conversion(
                text=c_text,
                start=c_start,
                end=c_start + len(c_text),
                value=Decimal(c_value),
                currency=c_currency,
                approx=c_text.lstrip("(").startswith(("약", "한화 약")),
            )
            if c_currency == "KRW" and m.value and Decimal(m.value) != 0:
                implied = Decimal(c_value) / Decimal(m.value)
        money_out.append(
            MoneyMention(
                text=m.text,
                start=start,
                end=start + len(m.text),
                sentence=sentence(start),
                value=_dec(m.value),
                currency=m.currency,
                approx=m.approx or m.text.startswith("약"),
                range=(Decimal(m.range[0]), Decimal(m.range[1])) if m.range else None,
                qualifier=m.qualifier,
                per=m.per,
                conversion=conversion,
                implied_rate=implied,
                attributed_to=m.attributed_to,
            )
        )
    rates_out = []
    for r in rates:
        start = _find(text, r.text, r.nth)
        rates_out.append(
            RateMention(
                text=r.text,
                start=start,
                end=start + len(r.text),
                sentence=sentence(start),
                base=r.base,
                quote="KRW",
                value=_dec(r.value),
                change=_dec(r.change),
                approx=r.approx,
            )
        )
    percent_out = []
    for p in percentages:
        start = _find(text, p.text, p.nth)
        percent_out.append(
            PercentMention(
                text=p.text,
                start=start,
                end=start + len(p.text),
                sentence=sentence(start),
                value=_dec(p.value),
                unit=p.unit,
                approx=p.approx,
                direction=p.direction,
                range=(Decimal(p.range[0]), Decimal(p.range[1])) if p.range else None,
            )
        )
    dates_out = []
    for d in dates:
        start = _find(text, d.text, d.nth)
        mention = DateMention(
            text=d.text,
            start=start,
            end=start + len(d.text),
            sentence=sentence(start),
            value=d.value,
            grain=d.grain,
            relative=d.relative,
        )
        for key, value in d.extra.items():  # fields the dates helper adds (weekday)
            object.__setattr__(mention, key, value)
        dates_out.append(mention)
    for ms in (money_out, rates_out, percent_out, dates_out):
        for x in ms:
            assert text[x.start : x.end] == x.text
    return Document(
        article=article,
        money=tuple(sorted(money_out, key=lambda x: x.start)),
        rates=tuple(rates_out),
        percentages=tuple(sorted(percent_out, key=lambda x: x.start)),
        dates=tuple(dates_out),
    )
