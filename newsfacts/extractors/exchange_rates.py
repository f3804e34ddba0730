"""Exchange-rate statements (issue 3): ``1달러=1,380원``, ``100엔당 900원``, cross rates
(``달러당 145엔``), and, in a sentence about the exchange rate, levels (``1,452.6원에 마감``,
``1,480원선``) and moves (``15.8원 오른``). A rate is not an amount: ``money.py`` reads both in
one pass and leaves these out of the amounts.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from functools import cache

import regex

from ..lexicon import alternation, slow_pattern
from ..mentions import Mention
from ..page.article import Article, Sentence
from .currency import PARTICLE_NEXT, clean, code_of, currencies, forms, is_currency_word_at
from .numerals import ARABIC
from .percentages import direction_stems


@dataclasses.dataclass(frozen=True, kw_only=True)
class RateMention(Mention):
    base: str
    quote: str
    value: Decimal | None
    change: Decimal | None = None
    attributed_to: str | None = None
    approx: bool = False  # 1,480원선, 1,400원대
    market_rate: Decimal | None = None  # the reference rate of the day it is about (checks/market.py)
    market_rate_date: date | None = None


# --- patterns ---


@slow_pattern()
@cache
def _explicit_rate_re() -> regex.Pattern[str]:
    """``1달러=1,380원``, ``100엔당 900원``, and cross rates: ``달러당 145엔``, ``1유로당 1.08달러``."""
    foreign = alternation(forms("words", foreign_only=True) + forms("prefix", foreign_only=True))
    quote = alternation(forms("words"))
    return regex.compile(
        rf"""
        (?<![\d.,])(?:(?P<bnum>{ARABIC})\s?)?(?P<bcur>{foreign})\s?(?:=|＝|당)\s?
        (?:약\s?)?(?P<qnum>{ARABIC})\s?(?P<qcur>{quote})(?P<suffix>선|대)?
        """,
        regex.VERBOSE,
    )


@cache
def _context_rate_re() -> regex.Pattern[str]:
    suffixes = alternation(currencies()["rate_level_suffixes"])
    return regex.compile(rf"(?<![\d.,\p{{L}}])(?P<num>{ARABIC})\s?원(?P<suffix>{suffixes})?{PARTICLE_NEXT}")


@cache
def rate_gate_re() -> regex.Pattern[str]:
    """Sentences that can state a rate: an equation or 'per' before a won figure, or rate words."""
    c = currencies()
    return regex.compile(rf"[=＝당]\s?(?:약\s?)?\d|{alternation(c['rate_context'] + list(c['rate_pairs']))}")


@cache
def _rate_context_re() -> regex.Pattern[str]:
    c = currencies()
    return regex.compile(alternation(c["rate_context"] + list(c["rate_pairs"])))


@cache
def _rate_pair_re() -> regex.Pattern[str]:
    return regex.compile(alternation(list(currencies()["rate_pairs"])))


# --- exchange rates ------------------------------------------------------------------------------


def _adjacent_direction(article: Article, offset: int, limit: int) -> str | None:
    """up / down when the word right after ``offset`` (past a bracketed aside) is a move verb."""
    tokens = article.tokens
    i = article.first_token_from(offset)
    if i < len(tokens) and tokens[i].tag == "SSO" and tokens[i].paired > i:
        i = tokens[i].paired + 1
    if i >= len(tokens) or tokens[i].start >= limit:
        return None
    return direction_stems().get(tokens[i].form)


def rates_in(article: Article, sentence: Sentence) -> list[RateMention]:
    c = currencies()
    codes = code_of()
    text = article.text
    out: list[RateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _explicit_rate_re().finditer(text, sentence.start, sentence.end):
        base, quote = codes[m["bcur"]], codes[m["qcur"]]
        units = Decimal(m["bnum"].replace(",", "")) if m["bnum"] else Decimal(1)
        if units == 0 or base == quote:
            continue
        value = clean(Decimal(m["qnum"].replace(",", "")) / units)
        out.append(_rate(text, sentence, m.start(), m.end(), base, value, None, bool(m["suffix"]), quote))
        taken.append((m.start(), m.end()))
    if not _rate_context_re().search(text, sentence.start, sentence.end):
        return out
    pair = _rate_pair_re().search(text, sentence.start, sentence.end)
    base = c["rate_pairs"][pair.group()] if pair else "USD"
    low, high = (Decimal(x) for x in c["rate_range"].get(base, [0, 0]))
    rate_words = [w.end() for w in _rate_context_re().finditer(text, sentence.start, sentence.end)]
    for m in _context_rate_re().finditer(text, sentence.start, sentence.end):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if not _about_the_rate(article, rate_words, m):
            continue
        if not is_currency_word_at(article, text.find("원", m.end("num"), m.end()), "원"):
            continue
        raw = Decimal(m["num"].replace(",", ""))
        per = Decimal(100) if base in c["per_100_quote"] else Decimal(1)
        direction = _adjacent_direction(article, m.end(), sentence.end)
        if direction and raw < low:
            change = raw / per if direction == "up" else -raw / per
            out.append(_rate(text, sentence, m.start(), m.end(), base, None, clean(change), False))
        elif low <= raw <= high:
            out.append(
                _rate(text, sentence, m.start(), m.end(), base, clean(raw / per), None, bool(m["suffix"]))
            )
    return _merge_moves(text, sorted(out, key=lambda r: r.start))


def _about_the_rate(article: Article, rate_words: list[int], m: regex.Match[str]) -> bool:
    """Whether a won figure in a sentence about the exchange rate states the rate itself.

    The figure must follow a rate word with no other subject or topic in between:
    ``원·달러 환율은 … 1,452.6원에 마감`` is the rate; ``환율 상승으로 라면 가격이 1,000원으로``
    is a price. A figure before any rate word counts only when it looks like a quote (1,452.6원,
    1,480원선).
    """
    before = [end for end in rate_words if end <= m.start()]
    if not before:
        return "." in m["num"] or bool(m["suffix"])
    tokens = article.tokens
    i = article.first_token_from(before[-1])
    while i < len(tokens) and tokens[i].start < m.start():
        if tokens[i].tag in ("JKS", "JX") and i > 0 and tokens[i - 1].end > before[-1]:
            return False
        i += 1
    return True


def _rate(
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
    base: str,
    value: Decimal | None,
    change: Decimal | None,
    approx: bool,
    quote: str | None = None,
) -> RateMention:
    return RateMention(
        text=text[start:end],
        start=start,
        end=end,
        sentence=sentence.index,
        base=base,
        quote=quote or currencies()["native"],
        value=value,
        change=change,
        approx=approx,
    )


_MOVE_GAP = regex.compile(r"\s*\S{1,4}\s*")  # 15.8원 오른 1,452.6원: the verb between a move and a level


def _merge_moves(text: str, rates: list[RateMention]) -> list[RateMention]:
    """A move written right before the level it led to is one statement: 15.8원 오른 1,452.6원."""
    out: list[RateMention] = []
    for r in rates:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value is None
            and prev.change is not None
            and r.change is None
            and prev.base == r.base
            and _MOVE_GAP.fullmatch(text, prev.end, r.start)
        ):
            out[-1] = dataclasses.replace(
                r, text=text[prev.start : r.end], start=prev.start, change=prev.change
            )
        else:
            out.append(r)
    return out
