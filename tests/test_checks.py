"""The figure checks, rule by rule, on hand-built documents (mentions at real offsets).

Every sentence here is written for these tests in the style of Korean dailies; the seed
article is only read through the ``seed_text`` fixture.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
import regex
from _check_builder import D, M, P, R, build
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.checks import CheckOptions, Finding, run_checks, with_checks
from newsfacts.checks.base import band, fmt_rate, korean_amount, korean_money, nz_unit, reaches, roundest
from newsfacts.checks.figures import count_figures
from newsfacts.checks.options import OptionError, parse_rate, parse_tolerance, read_rates_file
from newsfacts.checks.two_ways import subject_key
from newsfacts.cli import cli
from newsfacts.lexicon import load
from newsfacts.mentions import Span, jsonable

WORDS = json.loads(resources.files("newsfacts").joinpath("data", "check_words.json").read_text("utf-8"))


def findings(doc, options=None) -> list[Finding]:
    # market_rate holds conversions to the day's market rate, which these hand-made articles
    # were not written for; its own tables are in test_market_rate.py
    return [f for f in run_checks(doc, options, strict=True) if f.kind != "market_rate"]


def kinds(doc, options=None) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in findings(doc, options)]


def usd(text: str, value: str, conv_text: str, conv_value: str, nth: int = 0) -> M:
    return M(text, value, "USD", conv=(conv_text, conv_value), nth=nth)


# --- figure arithmetic ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "unit"),
    [
        ("7812000000", "1E+6"),
        ("840000000000000", "1E+13"),
        ("140000000000", "1E+10"),
        ("3.25", "0.01"),
        ("3.50", "0.1"),
        ("1400", "1E+2"),
        ("7", "1"),
    ],
    ids=["78억1200만", "840조", "1400억", "3.25", "3.50-normalised", "1400", "7"],
)
def test_nz_unit_is_the_place_of_the_last_nonzero_digit(value, unit) -> None:
    assert nz_unit(Decimal(value)) == Decimal(unit)


def test_nz_unit_of_zero_and_nan_is_none() -> None:
    assert nz_unit(Decimal(0)) is None
    assert nz_unit(Decimal("NaN")) is None


@pytest.mark.parametrize(
    ("value", "approx", "expected"),
    [
        ("7812000000", False, ("7811500000", "7812500000")),
        ("7812000000", True, ("7811500000", "7813000000")),
        ("2500000000", True, ("2450000000", "2600000000")),
        ("840000000000000", True, ("835000000000000", "850000000000000")),
    ],
    ids=["78억1200만", "약 78억1200만", "약 25억", "약 840조"],
)
def test_band_is_half_a_unit_or_a_unit_up_with_yak(value, approx, expected) -> None:
    assert band(Decimal(value), approx) == (Decimal(expected[0]), Decimal(expected[1]))


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("7812000000", "78억1200만"),
        ("840000000000000", "840조"),
        ("140000000000", "1400억"),
        ("3500000000", "35억"),
        ("5580000", "558만"),
        ("1200000000000", "1조2000억"),
        ("10000", "1만"),
        ("12345", "1만2345"),
        ("1234", "1,234"),
        ("9.1", "9.1"),
    ],
)
def test_korean_amount(value, written) -> None:
    assert korean_amount(Decimal(value)) == written


@pytest.mark.parametrize(
    ("lo", "hi", "expected"),
    [
        ("1399.91", "1400.09", "1400"),
        ("1383", "1417", "1400"),
        ("1378.2", "1381.5", "1380"),
        ("9.08", "9.13", "9.1"),
    ],
)
def test_roundest_picks_the_rate_a_desk_would_quote(lo, hi, expected) -> None:
    assert roundest(Decimal(lo), Decimal(hi)) == Decimal(expected)


@pytest.mark.parametrize(
    ("rate", "shown"), [("1400", "1,400"), ("1579.21", "1,579"), ("9.1234", "9.12"), ("0.14", "0.14")]
)
def test_fmt_rate(rate, shown) -> None:
    assert fmt_rate(Decimal(rate)) == shown


@pytest.mark.parametrize("code", sorted(WORDS["currency_words"]))
def test_every_currency_word_writes_a_suggested_figure(code) -> None:
    words = load("check_words")["currency_words"]
    assert (
        korean_money(Decimal("3500000000"), code, True, words) == f"약 35억 {WORDS['currency_words'][code]}"
    )


@pytest.mark.parametrize(
    ("severity", "threshold", "expected"),
    [
        ("error", "warning", True),
        ("warning", "warning", True),
        ("warning", "error", False),
        ("error", "error", True),
    ],
)
def test_fail_on_threshold(severity, threshold, expected) -> None:
    assert reaches(severity, threshold) is expected


# --- check 1: conversion rates -------------------------------------------------------------------

THREE = (
    "오픈AI는 GPT-4 훈련에 1억 달러(약 1400억 원)를 썼다. 딥시크는 R1을 558만 달러(약 78억1200만 원)에 "
    "개발했다고 밝혔다. 이 회사는 최근 250만 달러(약 25억 원)를 추가로 투자받았다."
)
THREE_MONEY = (
    usd("1억 달러", "100000000", "약 1400억 원", "140000000000"),
    usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),
    usd("250만 달러", "2500000", "약 25억 원", "2500000000"),
)


def test_conversion_outlier_message_shows_the_arithmetic() -> None:
    (f,) = findings(build(THREE, money=THREE_MONEY))
    assert (f.kind, f.severity, f.sentence) == ("conversion_rate", "error", 2)
    assert f.message == (
        "250만 달러 → 약 25억 원 implies 1,000 KRW/USD; the article's other conversions imply 1,400 "
        "(558만 달러 → 약 78억1200만 원, 1억 달러 → 약 1400억 원). At 1,400 it would be 약 35억 원"
    )
    assert [s.text for s in f.spans[:2]] == ["250만 달러", "약 25억 원"]
    for s in f.spans:
        assert THREE[s.start : s.end] == s.text


CONVERSION_CASES = [
    pytest.param(
        "엔비디아 시가총액 약 6000억 달러(약 840조 원)가 증발했다. "
        "브로드컴도 2000억 달러(약 280조 원)를 잃었다.",
        (
            usd("6000억 달러", "600000000000", "약 840조 원", "840000000000000"),
            usd("2000억 달러", "200000000000", "약 280조 원", "280000000000000"),
        ),
        (),
        [],
        id="two-agree-at-1400",
    ),
    pytest.param(
        THREE.replace("약 25억 원", "약 35억 원"),
        (
            usd("1억 달러", "100000000", "약 1400억 원", "140000000000"),
            usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),
            usd("250만 달러", "2500000", "약 35억 원", "3500000000"),
        ),
        (),
        [],
        id="three-agree",
    ),
    pytest.param(
        "A사는 1억 달러(약 1432억 원)를 투자했다. B사는 558만 달러(약 79억9000만 원)를 받았다. "
        "C사는 250만 달러(약 36억 원)를 냈다.",
        (
            usd("1억 달러", "100000000", "약 1432억 원", "143200000000"),
            usd("558만 달러", "5580000", "약 79억9000만 원", "7990000000"),
            usd("250만 달러", "2500000", "약 36억 원", "3600000000"),
        ),
        (),
        [],
        id="rounding-allows-1432-to-1440",
    ),
    pytest.param(
        "A사는 1억 달러(약 1400억 원)를 투자했다. B사는 250만 달러(약 25억 원)를 받았다.",
        (
            usd("1억 달러", "100000000", "약 1400억 원", "140000000000"),
            usd("250만 달러", "2500000", "약 25억 원", "2500000000"),
        ),
        (),
        [("conversion_rate", "warning")],
        id="two-disagree-no-majority-warns-once",
    ),
    pytest.param(
        "A사는 558만 달러(약 78억1200만 원)를 받았다. B사는 558만 달러(약 78억1200만 원)를 냈다. "
        "C사는 250만 달러(약 25억 원)를 냈다.",
        (
            usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),
            usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000", nth=1),
            usd("250만 달러", "2500000", "약 25억 원", "2500000000"),
        ),
        (),
        [("conversion_rate", "warning")],
        id="a-conversion-written-twice-votes-once",
    ),
    pytest.param(
        "달러당 원화 환율은 1달러=1,380원이다. 딥시크는 558만 달러(약 78억1200만 원)를 썼다.",
        (usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),),
        (R("1달러=1,380원", "1380"),),
        [("conversion_rate", "warning")],
        id="disagrees-with-stated-rate",
    ),
    pytest.param(
        "환율은 1,300원에서 1,480원으로 올랐다. 딥시크는 558만 달러(약 78억1200만 원)를 썼다.",
        (usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),),
        (R("1,300원", "1300"), R("1,480원", "1480")),
        [],
        id="within-the-stated-range",
    ),
    pytest.param(
        "환율은 1,420원대에 머물렀다. 반도체 수출액은 78억4000만 달러(약 11조2100억 원)였다.",
        (usd("78억4000만 달러", "7840000000", "약 11조2100억 원", "11210000000000"),),
        (R("1,420원대", "1420", approx=True),),
        [],
        id="won-dae-is-a-band",
    ),
    pytest.param(
        "환율은 1,420원대에 머물렀다. 반도체 수출액은 78억4000만 달러(약 11조3100억 원)였다.",
        (usd("78억4000만 달러", "7840000000", "약 11조3100억 원", "11310000000000"),),
        (R("1,420원대", "1420", approx=True),),
        [("conversion_rate", "warning")],
        id="outside-the-won-dae-band",
    ),
    pytest.param(
        "환율은 3.2원 내린 1,426.5원에 마감했다. 회사는 558만 달러(약 79억6000만 원)를 받았다.",
        (usd("558만 달러", "5580000", "약 79억6000만 원", "7960000000"),),
        (R("3.2원 내린 1,426.5원", "1426.5", change="-3.2"),),
        [],
        id="a-moves-level-is-a-stated-rate",
    ),
    pytest.param(
        "환율이 15.8원 올랐다. 딥시크는 558만 달러(약 78억1200만 원)를 썼다.",
        (usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),),
        (R("15.8원", None, change="15.8"),),
        [],
        id="a-rate-move-is-not-a-rate",
    ),
    pytest.param(
        "딥시크는 558만 달러(약 7억8120만 원)를 썼다.",
        (usd("558만 달러", "5580000", "약 7억8120만 원", "781200000"),),
        (),
        [("conversion_rate", "error")],
        id="single-conversion-implausible-rate",
    ),
    pytest.param(
        "도요타는 50억 엔(약 450억 원)을 투자했다. 소니는 10억 엔(약 90억 원)을 냈다.",
        (
            M("50억 엔", "5000000000", "JPY", conv=("약 450억 원", "45000000000")),
            M("10억 엔", "1000000000", "JPY", conv=("약 90억 원", "9000000000")),
        ),
        (),
        [],
        id="yen-at-9",
    ),
    pytest.param(
        "A사는 3억~4억 달러(약 4200억~5600억 원)를 투자한다.",
        (M("3억~4억 달러", None, "USD", range=("300000000", "400000000")),),
        (),
        [],
        id="a-range-is-skipped",
    ),
]


@pytest.mark.parametrize(("text", "money", "rates", "expected"), CONVERSION_CASES)
def test_conversion_rates(text, money, rates, expected) -> None:
    assert kinds(build(text, money=money, rates=rates)) == expected


@pytest.mark.parametrize(
    ("written", "value", "message_part"),
    [
        ("약 35만 원", "350000", "off by 10,000: a 만/억/조 slip. At 1,400 it would be 약 35억 원"),
        ("약 350억 원", "35000000000", "off by a factor of 10. At 1,400 it would be 약 35억 원"),
    ],
    ids=["man-eok-slip", "ten-times"],
)
def test_power_of_ten_slips_are_named_with_the_consistent_figure(written, value, message_part) -> None:
    text = THREE.replace("약 25억 원", written)
    money = (*THREE_MONEY[:2], usd("250만 달러", "2500000", written, value))
    (f,) = findings(build(text, money=money))
    assert (f.kind, f.severity) == ("conversion_rate", "error")
    assert f.message.endswith(message_part), f.message


OTHER_TIME_FORMS = {"년 전": "3년 전", "그해": "그해", "이듬해": "이듬해"}


@pytest.mark.parametrize("word", [None, *WORDS["other_time_words"]])
def test_an_outlier_of_another_time_is_a_warning(word) -> None:
    when = OTHER_TIME_FORMS.get(word, word) if word else "최근"
    text = THREE.replace("이 회사는 최근", f"이 회사는 {when}")
    (f,) = findings(build(text, money=THREE_MONEY))
    assert f.kind == "conversion_rate"
    assert f.severity == ("warning" if word else "error")
    assert f.message.endswith("(the sentence is about another time: converted at that day's rate?)") == bool(
        word
    )


def test_an_outlier_dated_another_year_is_a_warning() -> None:
    text = THREE.replace("이 회사는 최근", "이 회사는 2023년 5월")
    doc = build(
        text,
        money=THREE_MONEY,
        dates=(D("2023년 5월", "2023-05", grain="month"),),
        reference=date(2025, 1, 31),
    )
    assert kinds(doc) == [("conversion_rate", "warning")]


def test_a_slip_stays_an_error_in_another_time() -> None:
    text = THREE.replace("이 회사는 최근", "이 회사는 당시").replace("약 25억 원", "약 35만 원")
    money = (*THREE_MONEY[:2], usd("250만 달러", "2500000", "약 35만 원", "350000"))
    assert kinds(build(text, money=money)) == [("conversion_rate", "error")]


@pytest.mark.parametrize(
    ("written", "value", "expected"),
    [("약 250만 달러", "2500000", None), ("약 350만 달러", "3500000", "At 1,400 it would be 약 250만 달러")],
    ids=["agrees", "outlier"],
)
def test_a_won_amount_converted_to_dollars(written, value, expected) -> None:
    text = THREE.replace("250만 달러(약 25억 원)", f"35억 원({written})")
    money = (*THREE_MONEY[:2], M("35억 원", "3500000000", "KRW", conv=(written, value, "USD")))
    got = findings(build(text, money=money))
    assert [f.message.split(". ")[-1] for f in got] == ([expected] if expected else [])


def test_split_conversions_warning_names_each_rate() -> None:
    text = "A사는 1억 달러(약 1400억 원)를 투자했다. B사는 250만 달러(약 25억 원)를 받았다."
    money = (
        usd("1억 달러", "100000000", "약 1400억 원", "140000000000"),
        usd("250만 달러", "2500000", "약 25억 원", "2500000000"),
    )
    (f,) = findings(build(text, money=money))
    assert f.message == (
        "the article's conversions imply different KRW/USD rates: 1,000 (250만 달러 → 약 25억 원); "
        "1,400 (1억 달러 → 약 1400억 원)"
    )
    assert len(f.spans) == 4


def test_stated_rate_message() -> None:
    text = "달러당 원화 환율은 1달러=1,380원이다. 딥시크는 558만 달러(약 78억1200만 원)를 썼다."
    doc = build(
        text,
        money=(usd("558만 달러", "5580000", "약 78억1200만 원", "7812000000"),),
        rates=(R("1달러=1,380원", "1380"),),
    )
    (f,) = findings(doc)
    assert f.message == (
        "558만 달러 → 약 78억1200만 원 implies 1,400 KRW/USD; the article states 1달러=1,380원. "
        "At 1,380 it would be 약 77억 원"
    )


@pytest.mark.parametrize(("code", "bounds"), sorted(WORDS["plausible_rates"].items()))
def test_every_plausible_rate_band_names_a_slip(code, bounds) -> None:
    mid = (Decimal(str(bounds[0])) * Decimal(str(bounds[1]))).sqrt().quantize(Decimal(1))
    for rate, expected in ((mid, []), (mid * 10000, [("conversion_rate", "error")])):
        value = rate * 1000000
        written = korean_amount(value)
        text = f"회사는 100만 {code}(약 {written} 원)를 받았다."
        doc = build(text, money=(M(f"100만 {code}", "1000000", code, conv=(f"약 {written} 원", str(value))),))
        assert kinds(doc) == expected, (code, rate)


# --- check 2: given rates --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rates", "tolerance", "expected"),
    [
        ({"USD": "1400"}, "0.03", [("given_rate", "error")]),
        ({"USD": "1000"}, "0.03", [("given_rate", "error"), ("given_rate", "error")]),
        ({"USD": "1380"}, "0.03", [("given_rate", "error")]),
        ({"USD": "1300"}, "0.03", [("given_rate", "error")] * 3),
        ({"USD": "1300"}, "0.30", []),
        ({"JPY": "9.1"}, "0.03", [("conversion_rate", "error")]),
    ],
    ids=["usd-1400", "usd-1000", "usd-1380-within-3pct", "usd-1300", "wide-tolerance", "other-currency"],
)
def test_given_rates(rates, tolerance, expected) -> None:
    options = CheckOptions(rates=rates, tolerance=Decimal(tolerance))
    got = sorted(kinds(build(THREE, money=THREE_MONEY), options))
    assert got == sorted(expected)


def test_given_rate_message() -> None:
    options = CheckOptions(rates={"USD": 1400})
    (f,) = findings(build(THREE, money=THREE_MONEY), options)
    assert f.message == (
        "250만 달러 → 약 25억 원 implies 1,000 KRW/USD, 28.6% below the given 1,400 (tolerance 3%). "
        "At 1,400 it would be 약 35억 원"
    )


def test_options_are_hashable_and_picklable() -> None:
    import pickle

    a = CheckOptions(rates={"usd": 1400, "JPY": 9.1}, tolerance=Decimal("0.02"))
    assert a.rates == {"USD": Decimal(1400), "JPY": Decimal("9.1")}
    assert pickle.loads(pickle.dumps(a)) == a
    assert hash(a) == hash(CheckOptions(rates={"JPY": "9.1", "USD": "1400"}, tolerance="0.02"))


def test_with_checks_reruns_only_for_new_options() -> None:
    doc = build(THREE, money=THREE_MONEY)
    assert with_checks(doc) is doc
    assert with_checks(doc, CheckOptions()) is doc
    assert [f.kind for f in with_checks(doc, CheckOptions(rates={"usd": 1400})).checks] == ["given_rate"]


# --- check 3 and 4: changes and shares ----------------------------------------------------------

RATE_CUT = "한국은행은 기준금리를 연 3.50%에서 3.25%로 {n} {verb}."
RATE_CUT_ADNOMINAL = "금통위는 기준금리를 연 3.50%에서 {n} {verb} 3.25%로 결정했다."


def _rate_cut(template: str, n: str, n_value: str, unit: str, verb: str = "내렸다"):
    text = template.format(n=n, verb=verb)
    return build(text, percentages=(P("3.50%", "3.50"), P("3.25%", "3.25"), P(n, n_value, unit)))


@pytest.mark.parametrize(
    ("template", "n", "value", "unit", "verb", "expected"),
    [
        (RATE_CUT, "0.25%포인트", "0.25", "percentage_point", "내렸다", []),
        (RATE_CUT, "0.25%p", "0.25", "percentage_point", "인하했다", []),
        (RATE_CUT, "0.25%", "0.25", "percent", "내렸다", [("percent_point", "warning")]),
        (RATE_CUT, "7.1%", "7.1", "percent", "내렸다", []),
        (RATE_CUT, "0.5%포인트", "0.5", "percentage_point", "내렸다", [("percent_point", "error")]),
        (RATE_CUT, "0.5%", "0.5", "percent", "내렸다", [("stated_change", "error")]),
        (RATE_CUT, "0.25%포인트", "0.25", "percentage_point", "올렸다", [("stated_change", "error")]),
        (RATE_CUT_ADNOMINAL, "0.25%포인트", "0.25", "percentage_point", "내린", []),
        (RATE_CUT_ADNOMINAL, "0.25%", "0.25", "percent", "낮춘", [("percent_point", "warning")]),
        (RATE_CUT_ADNOMINAL, "0.5%포인트", "0.5", "percentage_point", "인하한", [("percent_point", "error")]),
    ],
    ids=[
        "point-right",
        "p-right",
        "percent-for-point",
        "relative-percent-right",
        "point-wrong",
        "percent-matches-nothing",
        "direction-wrong",
        "adnominal-right",
        "adnominal-percent-for-point",
        "adnominal-point-wrong",
    ],
)
def test_percent_versus_point(template, n, value, unit, verb, expected) -> None:
    assert kinds(_rate_cut(template, n, value, unit, verb)) == expected


@pytest.mark.parametrize(
    ("a", "b", "n", "n_value", "expected"),
    [
        ("-0.2%", "1.3%", "1.5%포인트", "1.5", []),
        ("-0.2%", "1.3%", "1.1%포인트", "1.1", [("percent_point", "error")]),
        ("1.3%", "-0.2%", "-1.5%포인트", "-1.5", []),
    ],
    ids=["negative-level", "negative-level-wrong", "signed-change"],
)
def test_negative_levels(a, b, n, n_value, expected) -> None:
    verb = "상승했다" if a.startswith("-") else "하락했다"
    text = f"경제성장률은 {a}에서 {b}로 {n} {verb}."
    doc = build(
        text, percentages=(P(a, a.rstrip("%")), P(b, b.rstrip("%")), P(n, n_value, "percentage_point"))
    )
    assert kinds(doc) == expected


def test_percent_point_messages() -> None:
    (f,) = findings(_rate_cut(RATE_CUT, "0.25%", "0.25", "percent"))
    assert (
        f.message
        == "3.50% → 3.25% is a change of 0.25%포인트, written 0.25%; as a percent change it is -7.1%"
    )
    assert [s.text for s in f.spans] == ["3.50%", "3.25%", "0.25%"]
    (f,) = findings(_rate_cut(RATE_CUT, "0.5%포인트", "0.5", "percentage_point"))
    assert f.message == "3.50% → 3.25% is a change of 0.25%포인트, not 0.5%포인트"


SALES = "삼성전자의 영업이익은 {a}에서 {b}으로 {n} {verb}."


@pytest.mark.parametrize(
    ("a", "a_value", "b", "b_value", "n", "n_value", "verb", "expected"),
    [
        ("5조2000억 원", "5200000000000", "6조1000억 원", "6100000000000", "17.3%", "17.3", "증가했다", []),
        (
            "5조2000억 원",
            "5200000000000",
            "6조1000억 원",
            "6100000000000",
            "35%",
            "35",
            "증가했다",
            ["stated_change"],
        ),
        (
            "5조2000억 원",
            "5200000000000",
            "6조1000억 원",
            "6100000000000",
            "17.3%",
            "17.3",
            "감소했다",
            ["stated_change"],
        ),
        ("6조1000억 원", "6100000000000", "5조2000억 원", "5200000000000", "14.8%", "14.8", "줄었다", []),
        ("5조2000억 원", "5200000000000", "6조1000억 원", "6100000000000", "19%", "19", "증가했다", []),
        (
            "5조2000억 원",
            "5200000000000",
            "6조1000억 원",
            "6100000000000",
            "20%",
            "20",
            "증가했다",
            ["stated_change"],
        ),
        ("2조 원", "2000000000000", "3조 원", "3000000000000", "50%", "50", "늘었다", []),
        ("2조 원", "2000000000000", "3조 원", "3000000000000", "20%", "20", "늘었다", ["stated_change"]),
        ("약 2조 원", "2000000000000", "약 3조 원", "3000000000000", "55%", "55", "늘었다", []),
    ],
    ids=[
        "right",
        "wrong-percent",
        "wrong-direction",
        "fall-right",
        "rounding-allows-19",
        "rounding-stops-at-20",
        "one-digit-right",
        "one-digit-wrong",
        "yak-widens",
    ],
)
def test_stated_change_of_amounts(a, a_value, b, b_value, n, n_value, verb, expected) -> None:
    text = SALES.format(a=a, b=b, n=n, verb=verb)
    doc = build(text, money=(M(a, a_value), M(b, b_value)), percentages=(P(n, n_value),))
    assert [k for k, _ in kinds(doc)] == expected


def test_stated_change_message() -> None:
    text = SALES.format(a="5조2000억 원", b="6조1000억 원", n="35%", verb="증가했다")
    doc = build(
        text,
        money=(M("5조2000억 원", "5200000000000"), M("6조1000억 원", "6100000000000")),
        percentages=(P("35%", "35"),),
    )
    (f,) = findings(doc)
    assert (
        f.message
        == "5조2000억 원 → 6조1000억 원 is +17.3% ((6조1000억 원 − 5조2000억 원) / 5조2000억 원), not 35%"
    )


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        (
            lambda: _rate_cut(RATE_CUT, "0.25%포인트", "0.25", "percentage_point", "올렸다"),
            "3.50% → 3.25% is a fall (-0.25%포인트), but the sentence says 올렸다",
        ),
        (
            lambda: build(
                SALES.format(a="5조2000억 원", b="6조1000억 원", n="17.3%", verb="감소했다"),
                money=(M("5조2000억 원", "5200000000000"), M("6조1000억 원", "6100000000000")),
                percentages=(P("17.3%", "17.3"),),
            ),
            "5조2000억 원 → 6조1000억 원 is a rise (+17.3%), but the sentence says 감소했다",
        ),
    ],
    ids=["percent-levels", "amounts"],
)
def test_direction_messages(doc, message) -> None:
    (f,) = findings(doc())
    assert f.message == message


def test_stated_change_across_a_conversion() -> None:
    text = "투자액은 100만 달러(약 14억 원)에서 150만 달러(약 21억 원)로 80% 늘었다."
    money = (
        usd("100만 달러", "1000000", "약 14억 원", "1400000000"),
        usd("150만 달러", "1500000", "약 21억 원", "2100000000"),
    )
    assert kinds(build(text, money=money, percentages=(P("80%", "80"),))) == [("stated_change", "error")]


@pytest.mark.parametrize(
    ("text", "n", "value", "expected"),
    [
        ("가입자는 1,200명에서 1,800명으로 50% 늘었다.", "50%", "50", []),
        ("가입자는 1,200명에서 1,800명으로 80% 늘었다.", "80%", "80", ["stated_change"]),
        ("신고 건수는 1만2000건에서 9000건으로 25% 줄었다.", "25%", "25", []),
        ("신고 건수는 1만2000건에서 9000건으로 52% 줄었다.", "52%", "52", ["stated_change"]),
        ("가입자는 1,200명에서 1,800개로 80% 늘었다.", "80%", "80", []),
    ],
    ids=["count-right", "count-wrong", "myriad-count-right", "myriad-count-wrong", "different-counters"],
)
def test_stated_change_of_counts(text, n, value, expected) -> None:
    assert [k for k, _ in kinds(build(text, percentages=(P(n, value),)))] == expected


SHARE = "딥시크의 개발비는 558만 달러로, 1억 달러가 들어간 GPT-4의 {n}{tail} 밝혔다."


@pytest.mark.parametrize(
    ("n", "value", "tail", "expected"),
    [
        ("5.6%", "5.6", "에 불과하다고", []),
        ("56%", "56", "에 불과하다고", ["share"]),
        ("0.56%", "0.56", "에 그쳤다고", ["share"]),
        ("56%", "56", "가 넘는다고", []),
    ],
    ids=["right", "decimal-slip", "another-tail", "no-share-predicate"],
)
def test_shares(n, value, tail, expected) -> None:
    text = SHARE.format(n=n, tail=tail)
    doc = build(
        text,
        money=(M("558만 달러", "5580000", "USD"), M("1억 달러", "100000000", "USD")),
        percentages=(P(n, value),),
    )
    assert [k for k, _ in kinds(doc)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("정부 예산은 600조 원이다. 복지 예산 200조 원은 전체의 33%에 해당한다.", []),
        ("정부 예산은 600조 원이다. 복지 예산 200조 원은 전체의 50%에 해당한다.", ["share"]),
        ("예산 600조 원 가운데 복지 예산은 200조 원으로, 전체의 50%를 차지한다.", []),
    ],
    ids=["whole-named-first", "whole-named-first-wrong", "comma-ends-the-clause"],
)
def test_shares_either_way_round(text, expected) -> None:
    n = regex.search(r"\d+%", text)[0]
    doc = build(
        text,
        money=(M("600조 원", "600000000000000"), M("200조 원", "200000000000000")),
        percentages=(P(n, n[:-1]),),
    )
    assert [k for k, _ in kinds(doc)] == expected


_NVIDIA = (
    "매출은 440억6000만 달러였다. 시장 전망치는 433억 달러였다. "
    "데이터센터 매출은 391억 달러로 전체의 {n}를 차지했다."
)
_EXPORTS = (
    "수출액은 595억 달러였다.\n수입은 532억 달러로 줄었다.\n무역수지는 63억 달러 흑자였다.\n"
    "반도체 수출은 152억 달러로 전체의 {n}를 차지했다."
)


@pytest.mark.parametrize(
    ("template", "n", "expected"),
    [
        pytest.param(_NVIDIA, "89%", [], id="the-whole-is-not-the-amount-named-last"),
        pytest.param(_NVIDIA, "80%", ["share"], id="none-of-them-fits"),
        pytest.param(_EXPORTS, "25.5%", [], id="the-total-three-sentences-before"),
        pytest.param(_EXPORTS, "35.5%", ["share"], id="nothing-before-fits"),
    ],
)
def test_share_of_an_unnamed_whole_tries_each_amount_before(template, n, expected) -> None:
    text = template.format(n=n)
    money = [M(a, str(int(Decimal(v) * 10**8)), "USD") for a, v in _AMOUNTS if a in text]
    doc = build(text, money=tuple(money), percentages=(P(n, n[:-1]),))
    assert [k for k, _ in kinds(doc)] == expected


# the amounts of the two texts above, in 억 (10^8) dollars
_AMOUNTS = [
    ("440억6000만 달러", "440.6"),
    ("433억 달러", "433"),
    ("391억 달러", "391"),
    ("595억 달러", "595"),
    ("532억 달러", "532"),
    ("63억 달러", "63"),
    ("152억 달러", "152"),
]


def test_share_with_the_part_in_the_sentence_before() -> None:
    text = "딥시크는 R1 개발에 558만 달러를 썼다. 이는 오픈AI가 1억 달러를 들인 GPT-4의 56% 수준이다."
    doc = build(
        text,
        money=(M("558만 달러", "5580000", "USD"), M("1억 달러", "100000000", "USD")),
        percentages=(P("56%", "56"),),
    )
    (f,) = findings(doc)
    assert f.message == "558만 달러 is 5.58% of 1억 달러 (558만 달러 / 1억 달러), not 56%"


# the verbs as articles write them; every listed stem has its sentence here
VERB_FORMS = {
    "증가": "증가했다", "상승": "상승했다", "인상": "인상했다", "확대": "확대됐다", "급증": "급증했다",
    "급등": "급등했다", "폭등": "폭등했다", "증액": "증액됐다", "개선": "개선됐다", "성장": "성장했다",
    "늘": "늘었다", "올랐": "올랐다", "올렸": "올렸다", "올린": "올린 것으로 나타났다",
    "올려": "올려 잡았다", "오른": "오른 셈이다",
    "올라": "올라섰다", "높였": "높였다", "높인": "높인 것이다", "높아": "높아졌다", "뛰었": "뛰었다",
    "뛴": "뛴 것이다", "불어났": "불어났다", "불어난": "불어난 셈이다", "치솟": "치솟았다",
    "감소": "감소했다", "하락": "하락했다", "인하": "인하했다", "축소": "축소됐다", "급감": "급감했다",
    "급락": "급락했다", "폭락": "폭락했다", "감액": "감액됐다", "감축": "감축됐다", "악화": "악화됐다",
    "줄": "줄었다", "내렸": "내렸다", "내린": "내린 셈이다", "내려": "내려 잡았다", "낮췄": "낮췄다",
    "낮춘": "낮춘 것이다", "낮아": "낮아졌다", "떨어": "떨어졌다", "빠졌": "빠졌다", "빠진": "빠진 셈이다",
    "깎": "깎였다",
}  # fmt: skip


def test_every_change_word_has_a_sentence() -> None:
    assert set(VERB_FORMS) == set(WORDS["change_up"]) | set(WORDS["change_down"])


@pytest.mark.parametrize("stem", sorted(VERB_FORMS))
def test_every_change_word_gives_a_direction(stem) -> None:
    """Each verb is recognised: with its direction contradicting A → B, the change is an error."""
    up = stem in WORDS["change_up"]
    a, b = ("6조1000억 원", "5조2000억 원") if up else ("5조2000억 원", "6조1000억 원")
    values = {"5조2000억 원": "5200000000000", "6조1000억 원": "6100000000000"}
    text = SALES.format(a=a, b=b, n="17.3%", verb=VERB_FORMS[stem])
    doc = build(text, money=(M(a, values[a]), M(b, values[b])), percentages=(P("17.3%", "17.3"),))
    (f,) = findings(doc)
    assert f.kind == "stated_change"
    assert f.message.endswith(f"but the sentence says {VERB_FORMS[stem].split()[0]}"), f.message


@pytest.mark.parametrize("tail", WORDS["share_tails"])
def test_every_share_tail_is_read(tail) -> None:
    text = SHARE.format(n="56%", tail=tail + "한다고")
    doc = build(
        text,
        money=(M("558만 달러", "5580000", "USD"), M("1억 달러", "100000000", "USD")),
        percentages=(P("56%", "56"),),
    )
    assert [k for k, _ in kinds(doc)] == ["share"]


@pytest.mark.parametrize("counter", WORDS["counters"])
def test_every_counter_makes_a_count(counter) -> None:
    text = f"규모는 1,200{counter}에서 1만8000{counter}으로 늘었다."
    doc = build(text)
    got = [(f.text, f.value, f.key) for f in count_figures(doc.text, doc.sentences[0])]
    assert got == [
        (f"1,200{counter}", Decimal(1200), ("count", counter)),
        (f"1만8000{counter}", Decimal(18000), ("count", counter)),
    ]


@pytest.mark.parametrize("particle", WORDS["count_particles"])
def test_every_count_particle_may_follow_a_counter(particle) -> None:
    doc = build(f"참가자는 3,500명{particle} 집계됐다.")
    assert [f.value for f in count_figures(doc.text, doc.sentences[0])] == [Decimal(3500)]


@pytest.mark.parametrize(
    "text",
    [
        "회사는 3개월 만에 흑자로 돌아섰다.",
        "회사는 2년 만에 대규모 투자를 받았다.",
        "개발자 3개발팀이 참여했다.",
    ],
)
def test_not_counts(text) -> None:
    doc = build(text)
    assert list(count_figures(doc.text, doc.sentences[0])) == []


# --- check 5: dates -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "value", "extra", "expected"),
    [
        ("회의는 2025년 3월 14일(금) 열린다.", "2025년 3월 14일", "2025-03-14", {}, []),
        ("회의는 2025년 3월 14일(수) 열린다.", "2025년 3월 14일", "2025-03-14", {}, [("weekday", "error")]),
        ("회의는 3월 14일(수요일) 열린다.", "3월 14일", "2025-03-14", {}, [("weekday", "error")]),
        ("회의는 3월 14일(목) 열린다.", "3월 14일", "2025-03-14", {}, []),
        ("회의는 오는 14일(목) 열린다.", "오는 14일(목)", "2025-03-14", {}, [("weekday", "error")]),
        ("회의는 3.14(목) 열린다.", "3.14(목)", "2025-03-14", {}, []),
        ("회의는 2025년 3월 14일(목) 열린다.", "2025년 3월 14일", "2025-03-14", {}, [("weekday", "error")]),
        ("회의는 3월 14일 열린다.", "3월 14일", "2025-03-14", {"weekday": "수"}, [("weekday", "error")]),
        (
            "회의는 3월 14일(수) 오후 3시 열린다.",
            "3월 14일(수) 오후 3시",
            "2025-03-14T15:00",
            {},
            [("weekday", "error")],
        ),
        ("회의는 3월(수) 열린다.", "3월", "2025-03", {}, []),
    ],
    ids=[
        "right",
        "wrong",
        "wrong-long-form",
        "year-not-written-fits-2024",
        "bare-day-leaves-no-doubt",
        "dotted-month-fits-2024",
        "year-written",
        "weekday-field",
        "inside-with-time",
        "month-grain",
    ],
)
def test_weekdays(text, mention, value, extra, expected) -> None:
    doc = build(text, dates=(D(mention, value, extra=extra),), reference=date(2025, 3, 10))
    assert kinds(doc) == expected


def test_weekday_message() -> None:
    doc = build("회의는 2025년 3월 14일(수) 열린다.", dates=(D("2025년 3월 14일", "2025-03-14"),))
    (f,) = findings(doc)
    assert f.message == "2025년 3월 14일(수): 2025-03-14 is a Friday (금), not 수"


@pytest.mark.parametrize(("day", "name"), [(10 + i, w) for i, w in enumerate(WORDS["weekdays"])])
def test_every_weekday_name(day, name) -> None:
    """2025-03-10 is a Monday: each name is right on its day and wrong on the next."""
    good = build(
        f"행사는 2025년 3월 {day}일({name}) 열린다.", dates=(D(f"2025년 3월 {day}일", f"2025-03-{day}"),)
    )
    bad = build(
        f"행사는 2025년 3월 {day + 1}일({name}) 열린다.",
        dates=(D(f"2025년 3월 {day + 1}일", f"2025-03-{day + 1}"),),
    )
    assert (kinds(good), kinds(bad)) == ([], [("weekday", "error")])


MAR10, JAN28, JAN10, APR10 = date(2025, 3, 10), date(2025, 1, 28), date(2025, 1, 10), date(2025, 4, 10)


@pytest.mark.parametrize(
    ("text", "mention", "value", "ref", "expected"),
    [
        ("총회는 오는 15일 열린다.", "오는 15일", "2025-03-15", MAR10, []),
        ("총회는 오는 5일 열린다.", "오는 5일", "2025-04-05", MAR10, [("relative_date", "warning")]),
        ("총회는 지난 5일 열렸다.", "지난 5일", "2025-03-05", MAR10, []),
        ("총회는 지난 15일 열렸다.", "지난 15일", "2025-02-15", MAR10, [("relative_date", "warning")]),
        ("총회는 지난 15일 열렸다.", "15일", "2025-02-15", MAR10, [("relative_date", "warning")]),
        ("총회는 지난달 15일 열렸다.", "지난달 15일", "2025-02-15", MAR10, []),
        ("총회는 오는 10일 열린다.", "오는 10일", "2025-03-10", MAR10, []),
        ("연휴는 오는 2일 끝난다.", "오는 2일", "2025-02-02", JAN28, []),
        (
            "지원금은 오는 2월 3일 지급됐다.",
            "오는 2월 3일",
            "2026-02-03",
            MAR10,
            [("relative_date", "warning")],
        ),
        ("행사는 지난 12월 3일 열렸다.", "지난 12월 3일", "2024-12-03", JAN10, []),
        ("총회는 오는 31일 열린다.", "오는 31일", "2025-05-31", APR10, []),
        (
            "총회는 오는 5일 오후 3시 열린다.",
            "오는 5일 오후 3시",
            "2025-04-05T15:00",
            MAR10,
            [("relative_date", "warning")],
        ),
    ],
    ids=[
        "onun-future",
        "onun-past",
        "jinan-past",
        "jinan-future",
        "word-outside-mention",
        "jinandal",
        "today",
        "month-turn",
        "onun-with-month",
        "jinan-across-new-year",
        "no-31st-this-month",
        "with-a-time",
    ],
)
def test_relative_dates(text, mention, value, ref, expected) -> None:
    doc = build(text, dates=(D(mention, value, relative=True),), reference=ref)
    assert kinds(doc) == expected


def test_relative_date_message() -> None:
    doc = build(
        "총회는 오는 5일 열린다.", dates=(D("오는 5일", "2025-04-05", relative=True),), reference=MAR10
    )
    (f,) = findings(doc)
    assert f.message == (
        "오는 5일 points to 2025-04-05, 26 days away, but 2025-03-05 is 5 days before "
        "the reference date 2025-03-10: 지난 meant?"
    )


def test_relative_dates_need_a_reference_date() -> None:
    doc = build("총회는 오는 5일 열린다.", dates=(D("오는 5일", "2025-03-05", relative=True),))
    assert kinds(doc) == []


# --- check 6: the same amount two ways ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "money", "expected"),
    [
        (
            "딥시크의 개발 비용은 558만 달러다. 업계는 놀랐다. 개발 비용 또한 568만 달러로 알려졌다.",
            (M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD")),
            [("amount_mismatch", "warning")],
        ),
        (
            "딥시크의 개발 비용은 558만 달러다. 오픈AI의 개발 비용은 568만 달러다.",
            (M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD")),
            [],
        ),
        (
            "삼성 투자 5조 원. 삼성 투자 5조2000억 원이 확정됐다.",
            (M("5조 원", "5000000000000"), M("5조2000억 원", "5200000000000")),
            [],
        ),
        (
            "지난해 매출 5조2000억 원을 기록했다. 올해 매출 5조6000억 원을 기록했다.",
            (M("5조2000억 원", "5200000000000"), M("5조6000억 원", "5600000000000")),
            [],
        ),
        (
            "딥시크의 개발 비용은 558만 달러다. 훈련 비용은 568만 달러다.",
            (M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD")),
            [],
        ),
        (
            "딥시크의 개발 비용은 558만 달러다. 개발 비용은 1억 달러라는 분석도 있다.",
            (M("558만 달러", "5580000", "USD"), M("1억 달러", "100000000", "USD")),
            [],
        ),
        (
            "개발 비용은 558만 달러, 개발 비용은 568만 달러다.",
            (M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD")),
            [],
        ),
        (
            "딥시크의 개발 비용은 558만 달러다. 개발 비용은 568만 달러다.",
            (
                M("558만 달러", "5580000", "USD", attributed_to="딥시크"),
                M("568만 달러", "5680000", "USD", attributed_to="블룸버그"),
            ),
            [],
        ),
    ],
    ids=[
        "same-subject",
        "different-owners",
        "headline-rounding",
        "different-periods",
        "different-subjects",
        "far-apart",
        "same-sentence",
        "different-sources",
    ],
)
def test_same_amount_two_ways(text, money, expected) -> None:
    assert kinds(build(text, money=money)) == expected


def test_same_amount_two_ways_message() -> None:
    text = "딥시크의 개발 비용은 558만 달러다. 업계는 놀랐다. 개발 비용 또한 568만 달러로 알려졌다."
    (f,) = findings(build(text, money=(M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD"))))
    assert f.message == "'개발 비용' is given as 558만 달러 and as 568만 달러: 10만 달러 apart (1.8%)"
    assert [s.text for s in f.spans] == ["558만 달러", "568만 달러"]
    assert f.sentence == 2


@pytest.mark.parametrize("word", WORDS["subject_stopwords"])
def test_every_subject_stopword_is_passed_over(word) -> None:
    doc = build(f"딥시크의 개발 비용은 {word} 558만 달러다.", money=(M("558만 달러", "5580000", "USD"),))
    assert subject_key(doc.article, doc.money[0]) == (("딥시크",), ("개발", "비용"))


@pytest.mark.parametrize("word", WORDS["period_words"])
def test_every_period_word_keeps_two_figures_apart(word) -> None:
    text = f"개발 비용은 558만 달러다. {word} 개발 비용은 568만 달러다."
    doc = build(text, money=(M("558만 달러", "5580000", "USD"), M("568만 달러", "5680000", "USD")))
    assert kinds(doc) == []


# --- options and the contract -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("USD=1400", ("USD", Decimal(1400))),
        ("jpy=9.1", ("JPY", Decimal("9.1"))),
        ("EUR:1,520.5", ("EUR", Decimal("1520.5"))),
    ],
)
def test_parse_rate(text, expected) -> None:
    assert parse_rate(text) == expected


@pytest.mark.parametrize("text", ["USD1400", "US=1400", "USD=", "USD=abc", "USD=-3", "USD=0", "=1400"])
def test_parse_rate_rejects(text) -> None:
    with pytest.raises(OptionError):
        parse_rate(text)


@pytest.mark.parametrize(("text", "expected"), [("3%", "0.03"), ("3", "0.03"), ("0.5%", "0.005"), ("0", "0")])
def test_parse_tolerance(text, expected) -> None:
    assert parse_tolerance(text) == Decimal(expected)


@pytest.mark.parametrize("text", ["x", "-1%", "100%", "NaN"])
def test_parse_tolerance_rejects(text) -> None:
    with pytest.raises(OptionError):
        parse_tolerance(text)


def test_rates_file(tmp_path) -> None:
    path = tmp_path / "rates.csv"
    path.write_text('currency,rate\n# 2025-01-31 매매기준율\nUSD,"1,400"\nJPY,9.1\n\n', "utf-8")
    assert read_rates_file(path) == {"USD": Decimal(1400), "JPY": Decimal("9.1")}


@pytest.mark.parametrize("content", ["USD\n", "USD,1400\nJPY,abc\n", "USD,1400\nDOLLAR,1400\n"])
def test_rates_file_rejects(tmp_path, content) -> None:
    path = tmp_path / "rates.csv"
    path.write_text(content, "utf-8")
    with pytest.raises(OptionError):
        read_rates_file(path)


def test_finding_json_shape() -> None:
    (f,) = findings(build(THREE, money=THREE_MONEY))
    data = jsonable(f)
    assert list(data) == ["kind", "severity", "message", "spans", "sentence"]
    assert data["spans"][0] == {
        "text": "250만 달러",
        "start": THREE.index("250만 달러"),
        "end": THREE.index("250만 달러") + 7,
    }
    assert isinstance(f.spans[0], Span)


def test_run_checks_on_an_empty_document() -> None:
    assert findings(build("")) == []


# --- end to end, through the extractors -----------------------------------------------------------

E2E_REFERENCE = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(THREE, [("conversion_rate", "error")], id="conversion-outlier"),
        pytest.param(THREE.replace("약 25억 원", "약 35억 원"), [], id="conversions-agree"),
        pytest.param(
            "원·달러 환율은 1,380원에 마감했다. 딥시크는 558만 달러(약 78억1200만 원)를 썼다.",
            [("conversion_rate", "warning")],
            id="stated-rate",
        ),
        pytest.param(
            RATE_CUT.format(n="0.25%", verb="내렸다"), [("percent_point", "warning")], id="percent-for-point"
        ),
        pytest.param(RATE_CUT.format(n="0.25%포인트", verb="내렸다"), [], id="point-right"),
        pytest.param(
            RATE_CUT.format(n="0.5%포인트", verb="내렸다"), [("percent_point", "error")], id="point-wrong"
        ),
        pytest.param(RATE_CUT_ADNOMINAL.format(n="0.25%포인트", verb="내린"), [], id="adnominal-point-right"),
        pytest.param(
            SALES.format(a="5조2000억 원", b="6조1000억 원", n="35%", verb="증가했다"),
            [("stated_change", "error")],
            id="stated-change",
        ),
        pytest.param(
            "가입자는 1,200명에서 1,800명으로 80% 늘었다.", [("stated_change", "error")], id="counts"
        ),
        pytest.param(SHARE.format(n="56%", tail="에 불과하다고"), [("share", "error")], id="share"),
        pytest.param(SHARE.format(n="5.6%", tail="에 불과하다고"), [], id="share-right"),
        pytest.param(
            "딥시크의 개발 비용은 558만 달러다. 업계는 놀랐다. 개발 비용 또한 568만 달러로 알려졌다.",
            [("amount_mismatch", "warning")],
            id="two-ways",
        ),
        pytest.param("회의는 2025년 3월 14일(수) 열린다.", [("weekday", "error")], id="weekday"),
        pytest.param("회의는 2025년 3월 14일(금) 열린다.", [], id="weekday-right"),
        pytest.param("회의는 3월 14일(수요일) 열린다.", [("weekday", "error")], id="weekday-no-year"),
        pytest.param("회의는 3월 14일(목) 열린다.", [], id="weekday-fits-the-year-before"),
        pytest.param("회의는 오는 14일(금) 오후 3시 열린다.", [], id="weekday-with-time-right"),
        pytest.param("총회는 지난 5일 열렸다.", [], id="jinan-in-the-past"),
        pytest.param("총회는 지난 15일 열렸다.", [("relative_date", "warning")], id="jinan-in-the-future"),
        pytest.param(
            "총회는 오는 5일 열린다.",
            [("relative_date", "warning")],
            id="onun-in-the-past",
        ),
    ],
)
def test_end_to_end(text, expected) -> None:
    from newsfacts import extract

    doc = extract(text, E2E_REFERENCE)
    assert [(f.kind, f.severity) for f in doc.checks if f.kind != "market_rate"] == expected
    assert run_checks(doc, strict=True) == list(doc.checks)


# an article written for this test in the style of an economy desk: every figure adds up
CLEAN_ARTICLE = (
    "현대차, 美 조지아 공장에 8조 투자… 영업이익 17% 늘어\n"
    "입력 2025.03.10 06:00\n"
    "현대자동차가 미국 조지아주 전기차 공장에 55억 달러(약 7조9750억 원)를 추가로 투자한다고 9일 밝혔다.\n"
    "회사는 오는 14일(금) 이사회를 열어 투자안을 확정할 예정이다.\n"
    "현대차의 지난해 영업이익은 12조2000억 원에서 14조3000억 원으로 17.2% 늘었다.\n"
    "같은 기간 영업이익률은 8.1%에서 8.9%로 0.8%포인트 높아졌다.\n"
    "미국 판매 법인은 1억2000만 달러(약 1740억 원)의 배당을 본사에 보냈다.\n"
    "회사 측은 “조지아 공장 투자비 55억 달러는 미국 전체 투자 210억 달러의 26%에 해당한다”고 설명했다.\n"
    "이날 서울 외환시장에서 원·달러 환율은 전날보다 2.5원 오른 1,451.5원에 마감했다.\n"
)

MUTATIONS = [
    pytest.param("약 7조9750억 원", "약 79조7500억 원", [("conversion_rate", "error")], id="ten-times"),
    pytest.param("약 1740억 원", "약 1470억 원", [("conversion_rate", "warning")], id="odd-rate-vs-stated"),
    pytest.param("1,451.5원", "1,351.5원", [("conversion_rate", "warning")] * 2, id="stated-rate-moved"),
    # the headline's 17% no longer matches the body either
    pytest.param(
        "17.2% 늘었다",
        "27.2% 늘었다",
        [("headline_figure", "warning"), ("stated_change", "error")],
        id="change",
    ),
    pytest.param("17.2% 늘었다", "17.2% 줄었다", [("stated_change", "error")], id="direction"),
    pytest.param("0.8%포인트", "0.8%", [("percent_point", "warning")], id="percent-for-point"),
    pytest.param("0.8%포인트", "0.6%포인트", [("percent_point", "error")], id="points"),
    pytest.param("14일(금)", "14일(목)", [("weekday", "error")], id="weekday"),
    pytest.param("오는 14일", "오는 4일", [("relative_date", "warning")], id="onun-past"),
    pytest.param("26%에", "62%에", [("share", "error")], id="share"),
]


def test_a_clean_article_checks_clean() -> None:
    from newsfacts import extract

    doc = extract(CLEAN_ARTICLE)
    assert len([m for m in doc.money if m.conversion]) == 2 and len(doc.dates) >= 3
    assert run_checks(doc, strict=True) == []


@pytest.mark.parametrize(("old", "new", "expected"), MUTATIONS)
def test_one_error_in_a_clean_article(old, new, expected) -> None:
    from newsfacts import extract

    assert CLEAN_ARTICLE.count(old) == 1
    doc = extract(CLEAN_ARTICLE.replace(old, new))
    assert kinds(doc) == expected


def test_seed_article_checks_clean(seed_text) -> None:
    from newsfacts import extract

    doc = extract(seed_text)
    rates = [m.implied_rate for m in doc.money if m.conversion is not None]
    assert len(rates) >= 4 and set(rates) == {Decimal(1400)}
    assert [(f.kind, f.message) for f in findings(doc)] == []


@pytest.mark.parametrize("count", [1, -1], ids=["first-occurrence", "every-occurrence"])
def test_seed_article_with_one_conversion_changed(seed_text, count) -> None:
    from newsfacts import extract

    assert "78억1200만 원" in seed_text
    doc = extract(seed_text.replace("78억1200만 원", "88억1200만 원", count))
    (f,) = findings(doc)
    assert (f.kind, f.severity) == ("conversion_rate", "error")
    assert f.message.startswith("558만 달러 → 약 88억1200만 원 implies 1,579 KRW/USD")
    assert f.message.endswith("At 1,400 it would be 약 78억1200만 원")
    assert [s.text for s in f.spans[:2]] == ["558만 달러", "약 88억1200만 원"]
    for s in f.spans:
        assert doc.text[s.start : s.end] == s.text


def test_seed_article_with_its_share_changed(seed_text) -> None:
    from newsfacts import extract

    changed = seed_text.replace("챗GPT의 5.6%", "챗GPT의 56%")
    assert changed != seed_text
    (f,) = findings(extract(changed))
    assert (f.kind, f.message) == (
        "share",
        "558만 달러 is 5.58% of 1억 달러 (558만 달러 / 1억 달러), not 56%",
    )


def test_seed_article_with_a_given_rate(seed_text) -> None:
    from newsfacts import extract

    doc = extract(seed_text)
    assert run_checks(doc, CheckOptions(rates={"USD": 1400}), strict=True) == []
    # at 1,450 ± 3% only the precisely written conversion is out; 약 840조 and 약 1400억 round enough
    (f,) = run_checks(doc, CheckOptions(rates={"USD": 1450}), strict=True)
    assert f.kind == "given_rate"
    assert f.message.startswith(
        "558만 달러 → 약 78억1200만 원 implies 1,400 KRW/USD, 3.4% below the given 1,450"
    )
    assert [s.text for s in f.spans] == ["558만 달러", "약 78억1200만 원"] * 2  # written twice, reported once


# pieces of copy that make every check fire on generated text
CHECK_PIECES = [
    "558만 달러", "(약 78억1200만 원)", "(약 25억 원)", "250만 달러", "(약 0원)", "0달러", "1억 엔",
    "1달러=1,380원", "1,400원", "3.50%", "0%", "에서 ", "으로 ", "로 ", "0.25%포인트", "35%", " 증가했다",
    " 내린 ", "의 ", "에 불과", "1,200명", "0명", "3월 14일(수)", "2월 29일(목)", "오는 5일", "지난 15일",
    "개발 비용은 ", "딥시크의 ", "지난해 ", " ", ".", "\n", "입력 2025.03.10 09:00\n", "약 ", "9", "0",
]  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(CHECK_PIECES), max_size=30).map("".join))
def test_checks_never_raise_and_spans_index_the_article(text) -> None:
    from newsfacts import extract

    doc = extract(text)
    for options in (None, CheckOptions(rates={"USD": 1400, "JPY": "9.1"}, tolerance=Decimal(0))):
        for f in run_checks(doc, options, strict=True):
            assert f.severity in ("error", "warning", "note") and f.message
            assert f.sentence is None or 0 <= f.sentence < len(doc.sentences)
            for s in f.spans:
                assert text[s.start : s.end] == s.text


EXTREMES = ["0", "-0.5", "1E+40", "1E-30", "3.25", "100", "-100", "1E+400", "5580000", "7812000000"]
FUZZ_TEXT = (
    "금리를 연 3.50%에서 3.25%로 0.25% 내렸다. 매출은 5조 원에서 6조 원으로 20% 늘었다. "
    "558만 달러(약 78억1200만 원)는 1억 달러(약 1400억 원)의 5.6%에 불과하다. 1달러=1,380원이다. "
    "회의는 3월 14일(수) 열린다. 총회는 오는 5일 열린다."
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(EXTREMES), min_size=13, max_size=13),
    st.lists(st.sampled_from(["percent", "percentage_point"]), min_size=5, max_size=5),
    st.lists(
        st.sampled_from(["2025-02-30", "abcd", None, "2025-03-14", "0001-01-01", "9999-12-31"]),
        min_size=2,
        max_size=2,
    ),
    st.sampled_from([None, date(2025, 3, 10), date(1, 1, 1), date(9999, 12, 31)]),
)
def test_checks_never_raise_on_extreme_values(v, units, days, ref) -> None:
    percents = tuple(P(t, v[i], units[i]) for i, t in enumerate(["3.50%", "3.25%", "0.25%", "20%", "5.6%"]))
    money = (
        M("5조 원", v[5]),
        M("6조 원", v[6]),
        usd("558만 달러", v[7], "약 78억1200만 원", v[8]),
        usd("1억 달러", v[9], "약 1400억 원", v[10]),
    )
    doc = build(
        FUZZ_TEXT,
        money=money,
        percentages=percents,
        rates=(R("1달러=1,380원", v[11]),),
        dates=(D("3월 14일", days[0]), D("오는 5일", days[1])),
        reference=ref,
    )
    for options in (None, CheckOptions(rates={"USD": "1400"}, tolerance="0")):
        for f in run_checks(doc, options, strict=True):
            assert f.message and all(FUZZ_TEXT[s.start : s.end] == s.text for s in f.spans)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the new level, then the base in brackets: the way wire copy states a change
        ("수출액은 131억 달러로 전년 동월(117억 달러)보다 12% 늘었다.", []),
        ("수출액은 131억 달러로 전년 동월(117억 달러)보다 25% 늘었다.", [("stated_change", "error")]),
        ("수출액은 131억 달러로 전년 동월(117억 달러) 대비 12% 줄었다.", [("stated_change", "error")]),
        ("실업률은 3.1%로 전월(2.7%)보다 0.4%포인트 상승했다.", []),
        ("실업률은 3.1%로 전월(2.7%)보다 0.2%포인트 상승했다.", [("percent_point", "error")]),
        ("실업률은 3.1%로, 1년 전(2.7%)에 비해 0.4%포인트 올랐다.", []),
        ("가입자는 1,800명으로 지난해(1,200명)보다 50% 늘었다.", []),
        ("가입자는 1,800명으로 지난해(1,200명)보다 80% 늘었다.", [("stated_change", "error")]),
        # the bracket holds something else: no statement to check
        ("수출액은 131억 달러로 전년 동월(반도체 제외)보다 25% 늘었다.", []),
    ],
    ids=[
        "amount-right",
        "amount-wrong",
        "amount-wrong-direction",
        "point-right",
        "point-wrong",
        "point-에-비해",
        "count-right",
        "count-wrong",
        "bracket-not-a-figure",
    ],
)
def test_stated_change_with_the_base_in_brackets(sentence, expected) -> None:
    doc = newsfacts.extract(sentence, reference_date=date(2025, 4, 1))
    changes = [(f.kind, f.severity) for f in doc.checks if f.kind in ("stated_change", "percent_point")]
    assert changes == expected


MAR05 = date(2025, 3, 5)


@pytest.mark.parametrize(("word", "shift"), load("date_words")["relative_days"].items())
def test_restated_dates_agree_or_are_flagged(word, shift) -> None:
    meant = date.fromordinal(MAR05.toordinal() + shift)
    right = newsfacts.extract(f"위원회는 {word}({meant.day}일) 회의를 열었다.", reference_date=MAR05)
    assert [(d.text, d.value) for d in right.dates] == [(f"{word}({meant.day}일)", meant.isoformat())]
    assert [f.kind for f in right.checks] == []
    off = date.fromordinal(meant.toordinal() - 1)
    wrong = newsfacts.extract(f"위원회는 {word}({off.day}일) 회의를 열었다.", reference_date=MAR05)
    assert [(f.kind, f.severity) for f in wrong.checks] == [("restated_date", "warning")]
    assert wrong.checks[0].message == (
        f"{word}({off.day}일): {word} is {meant.isoformat()} by the reference date 2025-03-05, "
        f"but the date in brackets is {off.isoformat()}"
    )


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("정부는 어제(4일) 회의를 열었다.", [("어제(4일)", "2025-03-04")]),
        (
            "회의는 이날(4일) 오후 3시 열렸다.",
            [("이날(4일)", "2025-03-04"), ("오후 3시", "2025-03-04T15:00")],
        ),
        # not written together: two mentions, nothing to compare
        ("정부는 어제 (4일) 회의를 열었다.", [("어제", "2025-03-04"), ("4일", "2025-03-04")]),
        ("정부는 어제, 4일 회의를 열었다.", [("어제", "2025-03-04"), ("4일", "2025-03-04")]),
    ],
    ids=["word-and-date", "anaphoric-word", "spaced", "comma"],
)
def test_a_day_word_and_its_date_in_brackets_are_one_mention(text, dates) -> None:
    doc = newsfacts.extract(text, reference_date=MAR05)
    assert [(d.text, d.value) for d in doc.dates] == dates
    assert [f.kind for f in doc.checks] == []


def test_restated_dates_need_a_reference_date() -> None:
    doc = newsfacts.extract("정부는 어제(4일) 회의를 열었다.")
    assert [f.kind for f in doc.checks] == []


SLIPS = Path(__file__).resolve().parent.parent / "samples" / "with-errors" / "exports.txt"


def test_the_sample_with_slips_gives_one_finding_per_slip() -> None:
    """``samples/with-errors/exports.txt``: the README's ``newsfacts check`` example."""
    result = CliRunner().invoke(cli, ["check", "-f", "json", str(SLIPS)])
    assert result.exit_code == 1
    found = [(c["kind"], c["severity"], c["spans"][0]["text"]) for c in json.loads(result.stdout)["checks"]]
    assert found == [
        ("headline_figure", "warning", "12%"),
        ("stated_change", "error", "520억 달러"),
        ("percent_point", "error", "2.7%"),
        ("conversion_rate", "warning", "33조원"),
        # the day's market rate (ECB 1,461.88 on 2025-04-02) says which of the two is off
        ("market_rate", "warning", "5억 달러"),
        ("restated_date", "warning", "어제(31일)"),
        ("weekday", "error", "오는 4일(목)"),
    ]


BREAKDOWN = "수출액은 131억 달러였다. {marker} 메모리가 80억 달러, 시스템 반도체가 {second}억 달러다."


@pytest.mark.parametrize("marker", load("check_words")["part_markers"])
def test_every_part_marker_opens_a_breakdown(marker) -> None:
    wrong = newsfacts.extract(BREAKDOWN.format(marker=marker, second=61))
    assert [(f.kind, f.severity) for f in wrong.checks] == [("parts_exceed_whole", "error")]
    assert wrong.checks[0].message == (
        f"the parts after '{marker}' add up to 141억 달러 (80억 달러 + 61억 달러), more than 131억 달러"
    )
    assert newsfacts.extract(BREAKDOWN.format(marker=marker, second=41)).checks == ()


INVEST = "투자액은 {whole}이다. 그중 2조5300억원은 설비에, 2조5500억원은 연구개발에 쓴다."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("가입자는 1200만명으로, 이 가운데 20대가 700만명, 30대가 600만명이다.", ["parts_exceed_whole"]),
        ("가입자는 1200만명으로, 이 가운데 20대가 700만명, 30대가 500만명이다.", []),
        ("올해 예산은 600조원이다. 이 중 복지 예산은 220조원, 국방 예산은 60조원이다.", []),
        (INVEST.format(whole="5조원"), ["parts_exceed_whole"]),  # 5조: 4.95조-5.05조
        (INVEST.format(whole="약 5조원"), []),  # 약 5조: up to 5.1조
        ("수출액은 131억 달러였다. 이 가운데 메모리는 80억 달러로 전년(70억 달러)보다 늘었다.", []),
        ("수출액은 131억 달러였다. 이 가운데 메모리는 70억 달러에서 80억 달러로 늘었다.", []),
        ("수출액은 131억 달러였다. 이 가운데 메모리가 100조원어치다.", []),  # another currency
        (BREAKDOWN.format(marker="\n이 가운데", second=61), []),  # a new paragraph
        ("이 중국 기업은 131억 달러를 벌었고 80억 달러, 61억 달러를 썼다.", []),  # 이 중국: no marker
    ],
    ids=[
        "counts-over",
        "counts-under",
        "budget-under",
        "rounded-whole",
        "approx-whole",
        "base-in-brackets",
        "from-to",
        "other-currency",
        "other-paragraph",
        "not-a-marker",
    ],
)
def test_parts_exceed_whole(text, expected) -> None:
    assert [f.kind for f in newsfacts.extract(text).checks] == expected


@pytest.mark.parametrize("word", load("check_words")["part_excluders"])
def test_a_base_after_the_marker_is_not_a_part(word) -> None:
    unit = "억원" if word.startswith("과") else "억 달러"  # 과 after a final consonant
    base = f"{'' if word.startswith(('에서', '보다')) else '전년 '}70{unit}{word}"
    text = f"수출액은 131{unit}이었다. 이 가운데 메모리는 {base} 80{unit}로 늘었다."
    assert [f.kind for f in newsfacts.extract(text).checks] == []
    parts = f"수출액은 131{unit}이었다. 이 가운데 메모리는 70{unit}, 시스템은 80{unit}이다."
    assert [f.kind for f in newsfacts.extract(parts).checks] == ["parts_exceed_whole"]


def _not_in_body(figure: str, body: str) -> list[str]:
    return [f"the headline's {figure} is not in the body, which gives {body}"]


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        ("반도체 수출 12% 늘어", "반도체 수출은 전년보다 11.9% 늘었다.", []),
        ("반도체 수출 12% 늘어", "반도체 수출은 전년보다 21% 늘었다.", _not_in_body("12%", "21%")),
        ("금리 0.25%p 인하", "한은은 기준금리를 0.25%포인트 내렸다.", []),
        ("금리 0.5%p 인하", "한은은 기준금리를 0.25%포인트 내렸다.", _not_in_body("0.5%p", "0.25%포인트")),
        ("AI 기업, 500억 원 투자 유치", "이 회사는 50억 엔(약 483억 원)을 유치했다.", []),  # the conversion
        ("삼성, 5조 원 투자", "삼성은 5조2000억 원을 투자한다.", []),  # cut at its last digit
        ("삼성, 6조 원 투자", "삼성은 5조2000억 원을 투자한다.", _not_in_body("6조 원", "5조2000억 원")),
        ("반도체 수출 12% 늘어", "반도체 수출이 크게 늘었다.", []),  # no body percentage to hold it to
    ],
    ids=[
        "rounded",
        "other-figure",
        "points",
        "other-points",
        "conversion",
        "cut",
        "other-amount",
        "nothing-to-compare",
    ],
)
def test_headline_figures(headline, body, expected) -> None:
    doc = newsfacts.extract(f"{headline}\n입력 2025.01.08 09:00\n{body}")
    assert doc.headline == headline
    assert [f.message for f in doc.checks if f.kind == "headline_figure"] == expected
