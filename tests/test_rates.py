"""Exchange-rate statements: not amounts of money, but won (or, in a cross rate written as
``달러당 145엔``, another currency) per one unit of a foreign currency."""

from __future__ import annotations

from decimal import Decimal

import pytest

import newsfacts
from newsfacts.lexicon import load

D = Decimal


def r(text, base, value, change=None, approx=False):
    return (
        text,
        base,
        "KRW",
        None if value is None else D(str(value)),
        None if change is None else D(str(change)),
        approx,
    )


def rates(doc):
    out = []
    for x in doc.rates:
        assert doc.text[x.start : x.end] == x.text
        out.append((x.text, x.base, x.quote, x.value, x.change, x.approx))
    return out


CASES = [
    pytest.param("당시 환율은 1달러=1,380원이었다.", [r("1달러=1,380원", "USD", 1380)], id="equals"),
    pytest.param("적용 환율은 1달러 = 1,380원이다.", [r("1달러 = 1,380원", "USD", 1380)], id="equals-spaced"),
    pytest.param("엔화는 100엔당 900원에 거래됐다.", [r("100엔당 900원", "JPY", 9)], id="per-100-yen"),
    pytest.param("기준 환율은 달러당 1,380원이다.", [r("달러당 1,380원", "USD", 1380)], id="per-dollar"),
    pytest.param("위안화는 1위안=190원 수준이다.", [r("1위안=190원", "CNY", 190)], id="yuan-equals"),
    pytest.param(
        "유로는 1유로당 1,520.5원에 마감했다.", [r("1유로당 1,520.5원", "EUR", "1520.5")], id="euro-per"
    ),
    pytest.param(
        "원·엔 환율은 100엔당 950원대다.",
        [r("100엔당 950원대", "JPY", "9.5", approx=True)],
        id="per-100-yen-dae",
    ),
    pytest.param(
        "원·달러 환율이 1,400원을 넘어 수입물가가 뛰었다.", [r("1,400원", "USD", 1400)], id="level-over"
    ),
    pytest.param("원·달러 환율은 1,452.6원에 마감했다.", [r("1,452.6원", "USD", "1452.6")], id="level-close"),
    pytest.param(
        "원·달러 환율은 장중 1,480원선까지 올랐다.",
        [r("1,480원선", "USD", 1480, approx=True)],
        id="level-seon",
    ),
    pytest.param(
        "원/달러 환율이 1,400원대로 올라섰다.", [r("1,400원대", "USD", 1400, approx=True)], id="level-dae"
    ),
    pytest.param(
        "원·달러 환율은 전 거래일보다 15.8원 오른 1,452.6원에 마감했다.",
        [r("15.8원 오른 1,452.6원", "USD", "1452.6", change="15.8")],
        id="move-and-level",
    ),
    pytest.param(
        "원·달러 환율은 3.2원 하락한 1,438.2원으로 출발했다.",
        [r("3.2원 하락한 1,438.2원", "USD", "1438.2", change="-3.2")],
        id="move-down-and-level",
    ),
    pytest.param("환율은 전날보다 7.5원 내렸다.", [r("7.5원", "USD", None, change="-7.5")], id="move-only"),
    pytest.param(
        "원·달러 환율은 10.5원(0.7%) 급등했다.",
        [r("10.5원", "USD", None, change="10.5")],
        id="move-with-percent",
    ),
    pytest.param(
        "원·엔 환율이 900원대로 떨어졌다.", [r("900원대", "JPY", 9, approx=True)], id="yen-per-100-context"
    ),
    pytest.param("원·위안 환율은 190원을 기록했다.", [r("190원", "CNY", 190)], id="yuan-context"),
    pytest.param("원·유로 환율은 1,500원을 기록했다.", [r("1,500원", "EUR", 1500)], id="euro-context"),
    pytest.param("환율 상승으로 1인당 50만 원의 부담이 늘었다.", [], id="amount-in-rate-sentence"),
    pytest.param("환율 상승으로 라면 가격이 1,000원으로 올랐다.", [], id="price-with-its-own-subject"),
    pytest.param(
        "1,452.6원에 마감한 원·달러 환율은 다시 올랐다.",
        [r("1,452.6원", "USD", "1452.6")],
        id="quote-before-rate-word",
    ),
    pytest.param("1,000원이 넘는 원·달러 환율 부담", [], id="round-figure-before-rate-word"),
    pytest.param("삼성전자 주가는 1,400원 올랐다.", [], id="share-move-is-money"),
    # cross rates, written with a quote currency other than the won
    pytest.param(
        "엔·달러 환율은 달러당 145엔대까지 올랐다.",
        [("달러당 145엔대", "USD", "JPY", D(145), None, True)],
        id="cross-yen-per-dollar",
    ),
    pytest.param(
        "유로화는 1유로당 1.08달러에 거래됐다.",
        [("1유로당 1.08달러", "EUR", "USD", D("1.08"), None, False)],
        id="cross-dollars-per-euro",
    ),
    pytest.param(
        "역외 시장에서 1달러=7.3위안 선이 무너졌다.",
        [("1달러=7.3위안", "USD", "CNY", D("7.3"), None, False)],
        id="cross-yuan-equals",
    ),
    pytest.param(
        "엔화는 100엔당 0.68달러로 떨어졌다.",
        [("100엔당 0.68달러", "JPY", "USD", D("0.0068"), None, False)],
        id="cross-per-100-yen",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_rates(sentence, expected):
    assert rates(newsfacts.extract(sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "money"),
    [
        ("환율 상승으로 1인당 50만 원의 부담이 늘었다.", [("50만 원", 500000)]),
        ("삼성전자 주가는 1,400원 올랐다.", [("1,400원", 1400)]),
        ("환율 상승으로 라면 가격이 1,000원으로 올랐다.", [("1,000원", 1000)]),
        ("원·달러 환율은 1,452.6원에 마감했다.", []),
        ("당시 환율은 1달러=1,380원이었다.", []),
        ("엔·달러 환율은 달러당 145엔대까지 올랐다.", []),
        ("관광객은 1인당 5만엔을 썼다.", [("5만엔", 50000)]),
    ],
    ids=[
        "amount-stays-money",
        "share-price-stays-money",
        "price-stays-money",
        "level-is-not-money",
        "equation-is-not-money",
        "cross-rate-is-not-money",
        "per-person-yen-stays-money",
    ],
)
def test_rates_are_not_money(sentence, money):
    assert [(x.text, x.value) for x in newsfacts.extract(sentence).money] == money


def test_conversion_note_is_a_rate():
    doc = newsfacts.extract("투자액은 1억 달러(약 1400억 원, 1달러=1,400원 기준)다.")
    assert [(x.text, x.implied_rate) for x in doc.money] == [("1억 달러", 1400)]
    assert rates(doc) == [r("1달러=1,400원", "USD", 1400)]


CURRENCIES = load("currencies")


@pytest.mark.parametrize(("pair", "code"), CURRENCIES["rate_pairs"].items())
def test_rate_pairs(pair, code):
    low, high = CURRENCIES["rate_range"][code]
    level = (low + high) // 2
    sentence = f"이날 {pair} 환율은 {level:,}원에 마감했다."
    per = 100 if code in CURRENCIES["per_100_quote"] else 1
    assert rates(newsfacts.extract(sentence)) == [r(f"{level:,}원", code, D(level) / per)]


@pytest.mark.parametrize("word", CURRENCIES["rate_context"])
def test_rate_context_words(word):
    code = CURRENCIES["rate_pairs"].get(word, "USD")
    low, high = CURRENCIES["rate_range"][code]
    level = (low + high) // 2
    per = 100 if code in CURRENCIES["per_100_quote"] else 1
    doc = newsfacts.extract(f"이날 {word} 흐름 속에 {level:,}원에 마감했다.")
    assert [(x.value, x.base) for x in doc.rates] == [(D(level) / per, code)]


@pytest.mark.parametrize("suffix", CURRENCIES["rate_level_suffixes"])
def test_rate_level_suffixes(suffix):
    doc = newsfacts.extract(f"원·달러 환율은 1,450원{suffix}에서 움직였다.")
    assert rates(doc) == [r(f"1,450원{suffix}", "USD", 1450, approx=True)]
