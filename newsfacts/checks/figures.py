"""The figures a sentence compares: percentages, money and counts, with their rounding bands.

Checks 3 and 4 read statements such as ``A에서 B로 N% 증가`` and ``X는 Y의 N%에 불과``. The
extractors give percentages and money; counts (``1200명에서 1500명으로``) are found here with
a small pattern, since no extractor lists them, and valued by the numeral parser.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import cache, cached_property
from typing import Any

import regex

from ..extractors.numerals import value_of
from ..lexicon import alternation, load, slow_pattern
from ..mentions import Span
from .base import band, written_unit

PERCENT, POINT = "percent", "percentage_point"


@dataclasses.dataclass(frozen=True)
class Figure:
    """A figure in a sentence: what it is (``key``), its written value and the band it stands for.

    The band (``lo``, ``hi``) is worked out on first use: most figures are only looked at for
    where they stand and what kind they are, and never compared.
    """

    text: str
    start: int
    end: int  # where the written figure ends, past a parenthesised conversion
    sentence: int
    key: tuple[str, ...]  # ("percent",), ("percentage_point",), ("money", "KRW"), ("count", "명")
    value: Decimal
    approx: bool = False

    @property
    def span(self) -> Span:
        return Span(text=self.text, start=self.start, end=self.start + len(self.text))

    @property
    def is_percent(self) -> bool:
        return self.key[0] in (PERCENT, POINT)

    @cached_property
    def _band(self) -> tuple[Decimal, Decimal]:
        # a percentage is rounded at its last written digit (3.50% to 0.01); an amount or a
        # count at its last non-zero one, to two digits at least. Signed: a level may be
        # negative (성장률 -0.2%에서 1.3%로)
        unit = written_unit(self.text) if self.is_percent else None
        lo, hi = band(abs(self.value), self.approx, unit)
        return (-hi, -lo) if self.value < 0 else (lo, hi)

    @property
    def lo(self) -> Decimal:
        return self._band[0]

    @property
    def hi(self) -> Decimal:
        return self._band[1]


def _approx(m: Any) -> bool:
    return bool(getattr(m, "approx", False))


def percent_figure(p: Any) -> Figure | None:
    if p.value is None or p.range is not None:
        return None
    key = (POINT,) if p.unit == POINT else (PERCENT,)
    return Figure(p.text, p.start, p.end, p.sentence, key, Decimal(p.value), _approx(p))


def money_figure(m: Any) -> Figure | None:
    if m.value is None or m.range is not None or not m.currency or m.value <= 0 or m.per:
        return None
    end = max(m.end, m.conversion.end) if m.conversion is not None else m.end
    return Figure(m.text, m.start, end, m.sentence, ("money", m.currency), Decimal(m.value), _approx(m))


@slow_pattern()
@cache
def _count_re() -> regex.Pattern[str]:
    counters = alternation(load("check_words")["counters"])
    particles = alternation(load("check_words")["count_particles"])
    return regex.compile(
        rf"""
        (?<![\d.,])
        (?P<figure>
            (?:\d[\d,]*(?:\.\d+)?\s*[조억만]\s*)*      # 1만, 2억3000만: the myriad groups
            \d[\d,]*(?:\.\d+)?                         # the last group
          | (?:\d[\d,]*(?:\.\d+)?\s*[조억만]\s*)+      # or a figure that ends in a myriad
        )
        \s*(?P<counter>{counters})
        (?=\P{{Hangul}}|$|{particles})                 # 명에서, 명으로, 명이, but not 대규모, 개발
        """,
        regex.VERBOSE,
    )


def count_value(figure: str) -> Decimal | None:
    """'1만2000' → 12000, '3,500' → 3500, '2억3000만' → 230000000: the numeral parser's value."""
    quantity = value_of(figure)
    if quantity is None or quantity.value is None or quantity.value <= 0:
        return None
    return quantity.value


def count_figures(text: str, sentence: Any) -> Iterator[Figure]:
    body = sentence.text
    for m in _count_re().finditer(body):
        value = count_value(m["figure"])
        if value is None:
            continue
        start = sentence.start + m.start()
        end = sentence.start + m.end()
        yield Figure(text[start:end], start, end, sentence.index, ("count", m["counter"]), value)


def sentence_figures(document: Any, wanted: set[int]) -> dict[int, list[Figure]]:
    """Figures of the sentences in ``wanted``, each list in reading order, overlaps dropped."""
    by_sentence: dict[int, list[Figure]] = {i: [] for i in wanted}
    for p in document.percentages:
        if p.sentence in by_sentence and (f := percent_figure(p)) is not None:
            by_sentence[p.sentence].append(f)
    for m in document.money:
        if m.sentence in by_sentence and (f := money_figure(m)) is not None:
            by_sentence[m.sentence].append(f)
    sentences = document.sentences
    for i in wanted:
        if 0 <= i < len(sentences):
            by_sentence[i].extend(count_figures(document.text, sentences[i]))
    for i, figures in by_sentence.items():
        figures.sort(key=lambda f: (f.start, -f.end))
        kept: list[Figure] = []
        for f in figures:
            if kept and f.start < kept[-1].end:
                continue  # a count inside an amount, or a conversion's own figure
            kept.append(f)
        by_sentence[i] = kept
    return by_sentence


def abs_band(lo: Decimal, hi: Decimal) -> tuple[Decimal, Decimal]:
    if lo >= 0:
        return lo, hi
    if hi <= 0:
        return -hi, -lo
    return Decimal(0), max(-lo, hi)


def difference(a: Figure, b: Figure) -> tuple[Decimal, Decimal]:
    """The band of b − a."""
    return b.lo - a.hi, b.hi - a.lo


def relative_change(a: Figure, b: Figure) -> tuple[Decimal, Decimal] | None:
    """The band of (b − a) / a in percent; None when a may be zero."""
    if a.lo <= 0:
        return None
    return (b.lo / a.hi - 1) * 100, (b.hi / a.lo - 1) * 100


def ratio(x: Figure, y: Figure) -> tuple[Decimal, Decimal] | None:
    """The band of x / y in percent."""
    if y.lo <= 0:
        return None
    return x.lo / y.hi * 100, x.hi / y.lo * 100


def between(text: str, left: Figure, right: Figure) -> str:
    return text[left.end : right.start] if left.end <= right.start else "\0"


def written(figures: Sequence[Figure]) -> str:
    return " → ".join(f.text for f in figures)
