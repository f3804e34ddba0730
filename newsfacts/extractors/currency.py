"""The currencies as written: their words, symbols and codes, from ``data/currencies.json``.

Shared by the money amounts (``money.py``) and the exchange-rate statements
(``exchange_rates.py``).
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from ..lexicon import load
from ..page.article import Article

#: a currency word ends here: no Hangul follows but a particle (원을, 달러로; not 원칙, 달러화)
PARTICLE_NEXT = r"(?![가-힣](?<![을를이가은는의으로에도과와만까지부터씩]))"


@cache
def currencies() -> dict:
    return load("currencies")


@cache
def quantity_words() -> dict:
    return load("quantity_words")


@cache
def code_of() -> dict[str, str]:
    """Every written form of every currency (word, symbol, code) -> ISO code."""
    out: dict[str, str] = {}
    for code, written in currencies()["currencies"].items():
        for key in ("words", "prefix", "suffix"):
            for form in written[key]:
                out.setdefault(form, code)
    return out


def forms(key: str, *, foreign_only: bool = False) -> list[str]:
    """Every currency's forms of one kind (``words``: 달러, 원; ``prefix``: $, US$; ``suffix``)."""
    native = currencies()["native"]
    return [
        form
        for code, written in currencies()["currencies"].items()
        if not (foreign_only and code == native)
        for form in written[key]
    ]


def is_currency_word_at(article: Article, offset: int, word: str) -> bool:
    """Kiwi agrees the currency word is a word of its own here (not 원칙, 일원, 만원 버스)."""
    t = article.token_at(offset)
    if t is None or not word.startswith(t.form):
        return False
    if word in currencies()["needs_counter_tag"]:
        return t.tag == "NNB"
    return True


def clean(value: Decimal | None) -> Decimal | None:
    """An amount as the JSON gives it: integral values as integers, others without trailing zeros."""
    if value is None:
        return None
    return Decimal(int(value)) if value == value.to_integral_value() else value.normalize()
