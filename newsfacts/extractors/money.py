"""Money amounts, their conversions and exchange-rate statements (issue 3).

One ``MoneyMention`` per amount. A conversion into another currency written right after it,
in brackets (``558만 달러(약 78억1200만 원)``, ``50억 엔(한화 약 450억 원)``) or as a phrase
(``3000만 달러, 한화로 약 420억 원``), fills ``conversion`` (with its own span) and
``implied_rate`` (won per one unit of the foreign currency); it is not listed again. The
mention's span covers the main amount with the approximation and bound words written next to
it (``약 6000억 달러``, ``5000원 이상``), not the bracketed conversion.

Exchange-rate statements are not amounts: ``1달러=1,380원``, ``100엔당 900원``, and, in a
sentence about the exchange rate, ``1,452.6원에 마감``, ``1,480원선`` and moves like
``15.8원 오른`` become ``RateMention``s (``extract_rates``).
"""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from functools import cache

import regex

from ..lexicon import alternation, load, slow_pattern
from ..mentions import Mention, Span
from ..page.article import HEADLINE, SUBHEAD, Article, Sentence
from .anchors import anchors_by_sentence, barrier_re, search_anchored, sentences_hit
from .currency import PARTICLE_NEXT, clean, code_of, currencies, forms, is_currency_word_at, quantity_words
from .exchange_rates import RateMention, rate_gate_re, rates_in
from .matchgroups import numbers
from .numerals import (
    ARABIC,
    Quantity,
    decade_range,
    english_scale,
    first_chars,
    number_pattern,
    range_values,
    value_of,
)


@dataclasses.dataclass(frozen=True, kw_only=True)
class Conversion(Span):
    value: Decimal | None
    currency: str
    approx: bool = False


@dataclasses.dataclass(frozen=True, kw_only=True)
class MoneyMention(Mention):
    value: Decimal | None
    currency: str | None
    approx: bool = False
    range: tuple[Decimal | None, Decimal | None] | None = None
    qualifier: str | None = None
    per: str | None = None
    conversion: Conversion | None = None
    implied_rate: Decimal | None = None
    attributed_to: str | None = None
    market_rate: Decimal | None = None  # the reference rate the conversion is held to (checks/market.py)
    market_rate_date: date | None = None


# --- patterns ------------------------------------------------------------------------------------


@slow_pattern((False,), (True,))
@cache
def _money_re(hangul: bool = True) -> regex.Pattern[str]:
    """The money pattern; without ``hangul`` it skips numbers written in Hangul (faster)."""
    q = quantity_words()
    c = currencies()
    number = number_pattern()
    words = alternation(forms("words"))
    suffix = alternation([f for f in forms("suffix") if f not in forms("words")])
    prefix = alternation(forms("prefix"))
    scales = alternation(list(load("numerals")["english_scales"]))
    subunits = alternation(list(c["subunits"]))
    sep = alternation(q["range_separators"])
    first = first_chars(q["qualifier_before"], q["approx_before"], forms("prefix"), hangul=hangul)
    return regex.compile(
        rf"""
        (?=[{first}])                                   # cheap test before the alternatives
        (?:(?P<qpre>{alternation(q["qualifier_before"])})\s*)?
        (?:(?P<apre>{alternation(q["approx_before"])})\s*)?
        (?:
            # $12 million, US$3.5 billion, ₩1,000, EUR 20, $10-20
            (?<![A-Za-z])(?P<sym>{prefix})\s?(?P<snum>{ARABIC})
            (?:\s?(?P<scale>(?i:{scales}))(?![A-Za-z]))?
            (?:\s?(?P<ssep>{sep})\s?(?:{prefix})?\s?(?P<snum2>{ARABIC})
               (?:\s?(?P<scale2>(?i:{scales}))(?![A-Za-z]))?)?
          |
            # 558만 달러, 3억~4억 원, 3~4억 원, 25000원 - 30000원, 300억여 원, 1달러 20센트
            (?P<num>{number})
            (?:\s?(?P<cur1>{words})?\s*(?P<sep>{sep})\s*(?P<num2>{number}))?
            (?P<yeo>여)?
            \s?(?:(?P<cur>{words})|(?P<csuf>{suffix})(?![A-Za-z]))
            (?:\s?(?P<sub>\d{{1,2}})\s?(?P<subword>{subunits}))?
          |
            # 50센트, 470펜스
            (?P<cnum>{number})\s?(?P<coin>{subunits})
        )
        (?P<dae>대)?
        (?:\s*(?P<apost>{alternation(q["approx_after"])}){PARTICLE_NEXT})?
        (?:\s?(?P<qpost>{alternation(q["qualifier_after"])}){PARTICLE_NEXT})?
        """,
        regex.VERBOSE,
    )


@cache
def _after_particle_re() -> regex.Pattern[str]:
    """A bound joined by a particle: 1조 원이 넘는 → qualifier 넘는 (outside the span)."""
    return regex.compile(
        rf"(?:이|가|을|를)\s?(?P<q>{alternation(quantity_words()['qualifier_after_particle'])})"
    )


@cache
def _after_conversion_re() -> regex.Pattern[str]:
    q = quantity_words()
    return regex.compile(
        rf"\s*(?:(?P<approx>{alternation(q['approx_after'])})|(?P<qualifier>{alternation(q['qualifier_after'])}))"
        rf"{PARTICLE_NEXT}"
    )


@cache
def _per_re() -> regex.Pattern[str]:
    units = alternation(quantity_words()["per_units"])
    # the amount may follow after a few words of its own (1인당 평균 대출액은 약 9500만 원)
    return regex.compile(
        rf"(?P<per>(?:(?<![\d.,])\d[\d,.]*\s?)?(?<![가-힣])(?:{units})당)(?:\s[^\d\s,]{{1,8}}){{0,3}}\s*\Z"
    )


@cache
def _conversion_open_re() -> regex.Pattern[str]:
    markers = alternation(currencies()["conversion_markers"])
    return regex.compile(rf"\s*[(（]\s*(?:(?:{markers})(?:으로|로)?\s*)?")


@cache
def _conversion_close_re() -> regex.Pattern[str]:
    """The end of a bracketed conversion, after a note (·2024년 말 환율 기준) or 상당."""
    trailers = alternation(currencies()["conversion_trailers"])
    return regex.compile(rf"\s*(?:[,;·/]\s*[^()（）\n]{{0,40}}?|(?:{trailers}))?\s*[)）]")


@cache
def _conversion_phrase_re() -> regex.Pattern[str]:
    markers = alternation(currencies()["conversion_markers"])
    return regex.compile(rf"\s*[,，]?\s*(?:{markers})(?:으로|로|론)?\s*(?:환산하면|환산해|치면)?\s*")


_MYRIAD = regex.compile("[만억조]")
_VAGUE = regex.compile("[수몇](?=[십백천만억조])")  # 수천만: no rate between two guesses

_UNIT_WORD_AFTER = regex.compile(r"\s*단위")
_CHANGE_TO = regex.compile(r"\s*(?:에서|→|->)\s*")
_BARE_BIG_UNITS = ("억", "조", "경")


@slow_pattern()
@cache
def _hangul_amount_re() -> regex.Pattern[str]:
    """A numeral written in Hangul right before a currency word (삼천억 원): the slower pattern's case."""
    n = load("numerals")
    chars = "".join(n["sino_digits"]) + "".join(n["small_units"]) + "".join(n["big_units"])
    words = alternation(forms("words") + list(currencies()["subunits"]))
    return regex.compile(rf"(?<=[{chars}]\s?여?\s?)(?:{words})")  # see _gate_re


@slow_pattern()
@cache
def _gate_re() -> regex.Pattern[str]:
    """Where money or a rate can be: a numeral right before a currency word, or a currency sign.

    Run once over the whole text; only the sentences it hits are read (원 alone is in 지원,
    위원, 병원 ... so the numeral before it is what makes the gate selective).
    """
    words = alternation(forms("words") + list(currencies()["subunits"]))
    codes = [f for f in forms("prefix") + forms("suffix") if f.isascii() and f.isalpha()]
    signs = "".join(
        {
            regex.escape(ch)
            for f in forms("prefix") + forms("suffix")
            for ch in f
            if not (ch.isalnum() or ch.isspace())
        }
    )
    n = load("numerals")
    units = "".join(n["sino_digits"]) + "".join(n["small_units"]) + "".join(n["big_units"])
    # The numeral is a lookbehind so that the scan stops only at currency words, not at every
    # 이, 일, 사 ... of the text: three times faster, and the hit is in the same sentence.
    return regex.compile(
        rf"(?<=[\d{units}]\s?여?\s?)(?:{words})|[{signs}]|(?<![A-Za-z])(?:{alternation(codes)})(?![A-Za-z])"
    )


# --- reading one match ----------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Amount:
    start: int
    end: int
    value: Decimal | None
    currency: str
    approx: bool
    range: tuple[Decimal | None, Decimal | None] | None
    qualifier: str | None


def _is_numeral_at(article: Article, offset: int, text: str) -> bool:
    """A number written in Hangul is a numeral, not a word that looks like one (이만, 오만, 일조).

    Three or more numeral syllables (이만오천, 삼천억) are never ordinary words; shorter ones
    are numerals only where Kiwi reads them so.
    """
    if len(text.replace(" ", "")) >= 3:
        return True
    t = article.token_at(offset)
    return t is not None and (t.tag == "NR" or (t.tag == "MM" and t.form in load("numerals")["vague"]))


def _quantity_of(m: regex.Match[str]) -> Quantity | None:
    g = numbers(m.re)
    if m[g.num2]:
        ends = range_values(m[g.num], m[g.num2])
        if ends is None:
            return None
        low, high = ends
        lo = low.value if low.value is not None else (low.range or (None, None))[0]
        hi = high.value if high.value is not None else (high.range or (None, None))[1]
        return Quantity(value=None, approx=low.approx or high.approx, range=(lo, hi))
    return value_of(m[g.num])


def _amount(article: Article, m: regex.Match[str]) -> _Amount | None:
    """The amount a money match states, or None when Kiwi or the rules say it is not money."""
    c = currencies()
    codes = code_of()
    text = article.text
    g = numbers(m.re)
    if m[g.sym]:
        currency = codes[m[g.sym]]
        value: Decimal | None = Decimal(m[g.snum].replace(",", "")) * english_scale(m[g.scale])
        rng: tuple[Decimal | None, Decimal | None] | None = None
        if m[g.snum2]:
            high = Decimal(m[g.snum2].replace(",", "")) * english_scale(m[g.scale2] or m[g.scale])
            low = Decimal(m[g.snum].replace(",", "")) * english_scale(m[g.scale] or m[g.scale2])
            value, rng = None, (low, high)
        quantity = Quantity(value=value, range=rng)
    elif m[g.coin]:
        sub = c["subunits"][m[g.coin]]
        if not any(map(str.isdigit, m[g.cnum])) and not _is_numeral_at(article, m.start(g.cnum), m[g.cnum]):
            return None
        q = value_of(m[g.cnum])
        if q is None or q.value is None:
            return None
        currency = sub["currency"]
        quantity = Quantity(value=q.value / sub["per_unit"], approx=q.approx)
    else:
        num = m[g.num]
        if not any(map(str.isdigit, num)) and not _is_numeral_at(article, m.start(g.num), num):
            return None
        if m[g.cur]:
            word = m[g.cur]
            if not is_currency_word_at(article, m.start(g.cur), word):
                return None
            if word in c["needs_big_unit"] and not _MYRIAD.search(num):
                return None
        else:
            word = m[g.csuf]
        currency = codes[word]
        if m[g.cur1] and codes.get(m[g.cur1]) != currency:
            return None
        if num.strip() in _BARE_BIG_UNITS and not m[g.dae]:
            return None  # 억 원 단위, 조 원 단위: a unit of account, not an amount
        found = _quantity_of(m)
        if found is None:
            return None
        quantity = found
        if m[g.sub] and quantity.value is not None:
            sub = c["subunits"][m[g.subword]]
            if sub["currency"] != currency:
                return None
            quantity = dataclasses.replace(
                quantity, value=quantity.value + Decimal(m[g.sub]) / sub["per_unit"]
            )
    # endpos: regex's match of a pattern opening with \s* costs the length of the text after
    # pos without one (0.4 ms at 1M characters, per amount: quadratic on a long paragraph)
    if _UNIT_WORD_AFTER.match(text, m.end(), m.endpos):
        return None
    value, rng = quantity.value, quantity.range
    approx = quantity.approx or bool(m[g.apre] or m[g.apost] or m[g.yeo])
    if m[g.dae]:
        approx = True  # 수백억 원대 keeps the vague range; 5조 원대 gets [5조, 6조]
        if value is not None:
            rng = decade_range(value)
    start, end = m.start(), m.end()
    while end > start and text[end - 1].isspace():
        end -= 1
    qualifier = m[g.qpre] or m[g.qpost]
    return _Amount(start, end, clean(value), currency, approx, rng, qualifier)


def implied_rate(
    amount: Decimal | None, currency: str, other: Decimal | None, other_currency: str
) -> Decimal | None:
    """Won per one unit of the foreign currency that a conversion implies, to 2 decimal places.

    >>> implied_rate(Decimal(5580000), "USD", Decimal(7812000000), "KRW")
    Decimal('1400')
    """
    native = currencies()["native"]
    if amount is None or other is None or amount == 0 or other == 0 or currency == other_currency:
        return None
    if other_currency == native:
        won, foreign = other, amount
    elif currency == native:
        won, foreign = amount, other
    else:
        return None
    rate = (won / foreign).quantize(Decimal("0.01"))
    return clean(rate)


# --- the extraction ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class _Facts:
    money: list[MoneyMention]
    rates: list[RateMention]


def _facts(article: Article) -> _Facts:
    """Money and rates are read together (a rate is not an amount); done once per article."""
    return article.derived(_read)


def _conversion(article: Article, sentence: Sentence, main: _Amount) -> tuple[_Amount, int] | None:
    """A conversion written right after ``main``, and where it ends (its closing bracket)."""
    text = article.text
    pattern = _money_re()
    opener = _conversion_open_re().match(text, main.end, sentence.end)
    if opener:
        m = pattern.match(text, opener.end(), sentence.end)
        if m:
            close = _conversion_close_re().match(text, m.end(), sentence.end)
            amount = _amount(article, m)
            if close and amount and amount.currency != main.currency:
                return amount, close.end()
    phrase = _conversion_phrase_re().match(text, main.end, sentence.end)
    if phrase and phrase.end() > main.end:
        m = pattern.match(text, phrase.end(), sentence.end)
        if m:
            amount = _amount(article, m)
            if amount and amount.currency != main.currency:
                return amount, amount.end
    return None


@cache
def _period_per_re() -> regex.Pattern[str]:
    """월 30만원, 연 5000만원, 하루 평균 2만원, 최대 월 30만원: a period the amount is paid or
    earned in, written as a word of its own before it (a bound before the period is the
    amount's)."""
    q = quantity_words()
    periods = alternation(q["per_periods"])
    between = alternation(q["per_period_between"])
    bounds = alternation(q["qualifier_before"])
    return regex.compile(
        rf"(?:(?<![가-힣])(?P<q>{bounds})\s*)?(?<![가-힣\d.,])(?P<per>{periods})(?:\s(?:{between}))?\s+\Z"
    )


def _per(text: str, sentence: Sentence, start: int) -> tuple[str | None, str | None]:
    """``(per, bound)``: what the amount is per (1인당, 배럴당, 월), and a bound written
    before a period word (최대 월 30만원), which the amount's own pattern cannot see."""
    window = max(sentence.start, start - 40)
    m = _per_re().search(text, window, start)
    if m:
        return m["per"], None
    m = _period_per_re().search(text, window, start)
    return (m["per"], m["q"]) if m else (None, None)


def _qualifier_after(text: str, sentence: Sentence, end: int) -> str | None:
    m = _after_particle_re().match(text, end, sentence.end)
    return m["q"] if m else None


@cache
def _barrier_re() -> regex.Pattern[str]:
    """What no amount contains: its search starts after the last one before a gate hit."""
    return barrier_re([*forms("words"), *forms("prefix"), *forms("suffix"), *currencies()["subunits"]])


def _money_in(
    article: Article, sentence: Sentence, anchors: list[int], rates: list[RateMention]
) -> list[MoneyMention]:
    text = article.text
    pattern = _money_re(_hangul_amount_re().search(text, sentence.start, sentence.end) is not None)
    barrier = _barrier_re()
    out: list[MoneyMention] = []
    pos = sentence.start
    while True:
        m = search_anchored(pattern, barrier, text, pos, sentence.end, anchors)
        if m is None:
            break
        if rates and any(r.start < m.end() and m.start() < r.end for r in rates):
            pos = m.start() + 1
            continue
        amount = _amount(article, m)
        if amount is None:
            pos = m.start() + 1
            continue
        pos = amount.end
        conversion = rate = None
        found = _conversion(article, sentence, amount)
        if found:
            conv, pos = found
            conversion = Conversion(
                text=text[conv.start : conv.end],
                start=conv.start,
                end=conv.end,
                value=conv.value,
                currency=conv.currency,
                approx=conv.approx,
            )
            rate = implied_rate(amount.value, amount.currency, conv.value, conv.currency)
            if (
                rate is None
                and amount.range
                and conv.range
                and not _VAGUE.search(text, amount.start, conv.end)
            ):
                # 10억~20억 달러(약 1조4000억~2조8000억 원): both ends must agree on one rate
                low = implied_rate(amount.range[0], amount.currency, conv.range[0], conv.currency)
                high = implied_rate(amount.range[1], amount.currency, conv.range[1], conv.currency)
                rate = low if low is not None and low == high else None
            after = _after_conversion_re().match(text, pos, sentence.end)
            if after:  # 400만 유로(약 60억 원) 안팎: the word after the bracket is the amount's
                amount = dataclasses.replace(
                    amount,
                    approx=amount.approx or bool(after["approx"]),
                    qualifier=amount.qualifier or after["qualifier"],
                )
        per, bound = _per(text, sentence, amount.start)
        if per is None and out and out[-1].per and _CHANGE_TO.fullmatch(text, out[-1].end, amount.start):
            per = out[-1].per  # 월 20만원에서 30만원으로: the new figure is per month too
        out.append(
            MoneyMention(
                text=text[amount.start : amount.end],
                start=amount.start,
                end=amount.end,
                sentence=sentence.index,
                value=amount.value,
                currency=amount.currency,
                approx=amount.approx,
                range=amount.range,
                qualifier=amount.qualifier or bound or _qualifier_after(text, sentence, amount.end),
                per=per,
                conversion=conversion,
                implied_rate=rate,
            )
        )
    return out


@slow_pattern()
@cache
def _bare_re() -> regex.Pattern[str]:
    """A headline figure with a myriad unit and no currency word (삼성 영업익 5조)."""
    return regex.compile(
        rf"(?=[{first_chars()}])(?P<num>{number_pattern()})(?=[\s,.…·'\"”’)\]]|$|[은는이가을를의도에로](?![가-힣]))",
        regex.VERBOSE,
    )


def _headline_figures(
    article: Article, body: list[MoneyMention], taken: list[MoneyMention]
) -> list[MoneyMention]:
    """Headline figures without a currency that the body states with one: 5조 (body: 5조 원)."""
    known: dict[Decimal, str] = {}
    for m in body:
        if m.value is not None and m.currency:
            known.setdefault(m.value, m.currency)
    if not known:
        return []
    text = article.text
    out = []
    headings = {p.index for p in article.paragraphs if p.role in (HEADLINE, SUBHEAD)}
    for sentence in article.sentences:
        if sentence.paragraph not in headings or not _MYRIAD.search(sentence.text):
            continue  # every figure kept below has a myriad unit
        for bm in _bare_re().finditer(text, sentence.start, sentence.end):
            num = bm["num"]
            if not _MYRIAD.search(num) or any(t.start < bm.end() and bm.start() < t.end for t in taken):
                continue
            q = value_of(num)
            if q is None or q.value is None or q.value not in known:
                continue
            per, bound = _per(text, sentence, bm.start())  # 평당 1억: a price per unit, as in the body
            out.append(
                MoneyMention(
                    text=num,
                    start=bm.start(),
                    end=bm.end(),
                    sentence=sentence.index,
                    value=q.value,
                    currency=known[q.value],
                    approx=q.approx,
                    qualifier=bound,
                    per=per,
                )
            )
    return out


def _read(article: Article) -> _Facts:
    money: list[MoneyMention] = []
    rates: list[RateMention] = []
    rate_sentences = {s.index for s in sentences_hit(article, rate_gate_re())}
    for sentence, anchors in anchors_by_sentence(article, _gate_re()):
        sentence_rates = rates_in(article, sentence) if sentence.index in rate_sentences else []
        rates.extend(sentence_rates)
        money.extend(_money_in(article, sentence, anchors, sentence_rates))
    roles = {p.index: p.role for p in article.paragraphs}
    body = [m for m in money if roles.get(article.sentences[m.sentence].paragraph) not in (HEADLINE, SUBHEAD)]
    money.extend(_headline_figures(article, body, money))
    money.sort(key=lambda m: m.start)
    return _Facts(money, rates)


def extract_money(article: Article) -> list[MoneyMention]:
    """Every amount of money in the headline and body, conversions folded in, in text order."""
    return list(_facts(article).money)


def extract_rates(article: Article) -> list[RateMention]:
    """Every exchange-rate statement (levels and moves, in won per one foreign unit)."""
    return list(_facts(article).rates)
