"""Date ranges as one mention (issue 22): ``이달 1~20일``, ``1월 27∼29일``, ``2026~2030년``,
``3~4월``, ``오전 9시~오후 6시``, and the checks that read both ends of one."""

from __future__ import annotations

import doctest
from datetime import date
from typing import Any

import pytest

import newsfacts
from newsfacts import dateranges
from newsfacts.checks import run_checks
from newsfacts.lexicon import load
from newsfacts.output import describe

SEP15 = date(2025, 9, 15)  # a Monday
MAR10 = date(2025, 3, 10)
WORDS = load("date_words")


def ranges(text: str, ref: date | None = SEP15) -> list[tuple[Any, ...]]:
    doc = newsfacts.extract(text, reference_date=ref)
    for m in doc.dates:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.grain, m.range) for m in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "이달 1~20일 수출은 크게 늘었다.",
            [("이달 1~20일", None, "day", ("2025-09-01", "2025-09-20"))],
            id="this-month-days",
        ),
        pytest.param(
            "행사는 1월 27∼29일 열렸다.",
            [("1월 27∼29일", None, "day", ("2025-01-27", "2025-01-29"))],
            id="month-day-range",
        ),
        pytest.param(
            "회의는 지난 10~12일 열렸다.",
            [("지난 10~12일", None, "day", ("2025-09-10", "2025-09-12"))],
            id="past-days",
        ),
        pytest.param(
            "정부는 2026~2030년 계획을 내놨다.",
            [("2026~2030년", None, "year", ("2026", "2030"))],
            id="years",
        ),
        pytest.param(
            "2023∼24년 시즌이 끝났다.", [("2023∼24년", None, "year", ("2023", "2024"))], id="two-digit-end"
        ),
        pytest.param("3~4월 판매가 늘었다.", [("3~4월", None, "month", ("2025-03", "2025-04"))], id="months"),
        pytest.param(
            "올해 1~3분기 누적 매출은 늘었다.",
            [("올해 1~3분기", None, "quarter", ("2025-Q1", "2025-Q3"))],
            id="quarters",
        ),
        pytest.param(
            "창구는 오전 9시~오후 6시 문을 연다.",
            [("오전 9시~오후 6시", None, "hour", ("2025-09-15T09:00", "2025-09-15T18:00"))],
            id="clock-times",
        ),
        pytest.param(
            "창구는 오전 9시~오후 6시 30분 문을 연다.",
            [("오전 9시~오후 6시 30분", None, "minute", ("2025-09-15T09:00", "2025-09-15T18:30"))],
            id="hour-to-minute",
        ),
        pytest.param(
            "회의는 오후 1시부터 4시까지 열렸다.",
            [("오후 1시부터 4시", None, "hour", ("2025-09-15T13:00", "2025-09-15T16:00"))],
            id="bare-end-takes-the-afternoon",
        ),
        pytest.param(
            "회의는 오전 11시부터 1시까지 열렸다.",
            [("오전 11시부터 1시", None, "hour", ("2025-09-15T11:00", "2025-09-15T13:00"))],
            id="bare-end-past-noon",
        ),
        pytest.param(
            "전시는 2025-01-31~2025-02-03 열렸다.",
            [("2025-01-31~2025-02-03", None, "day", ("2025-01-31", "2025-02-03"))],
            id="iso-dates",
        ),
        pytest.param(
            "전시는 8월 8일 - 8월 13일 열렸다.",
            [("8월 8일 - 8월 13일", None, "day", ("2025-08-08", "2025-08-13"))],
            id="spaced-hyphen",
        ),
        pytest.param(
            "회담은 3월 1일부터 20일까지 열렸다.",
            [("3월 1일부터 20일", None, "day", ("2025-03-01", "2025-03-20"))],
            id="from-to",
        ),
        pytest.param(
            "회담은 7월 13일 부터 15일까지 열렸다.",
            [("7월 13일 부터 15일", None, "day", ("2025-07-13", "2025-07-15"))],
            id="from-to-spaced",
        ),
        pytest.param(
            "조사는 지난해 1월부터 올해 3월까지 진행됐다.",
            [("지난해 1월부터 올해 3월", None, "month", ("2024-01", "2025-03"))],
            id="from-to-months",
        ),
    ],
)
def test_ranges_are_one_mention(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "수출은 5·6월에 집중됐다.",
            [("5", "2025-05", "month", None), ("6월", "2025-06", "month", None)],
            id="a-list-is-two-dates",
        ),
        pytest.param(
            "투표는 3, 4일 진행됐다.",
            [("3", "2025-09-03", "day", None), ("4일", "2025-09-04", "day", None)],
            id="a-comma-list",
        ),
        pytest.param(
            "새 제도는 3일부터 시행됐다.", [("3일", "2025-09-03", "day", None)], id="from-without-to"
        ),
        pytest.param(
            "3월 1일부터 4월까지 이어졌다.",
            [("3월 1일", "2025-03-01", "day", None), ("4월", "2025-04", "month", None)],
            id="different-grains",
        ),
        pytest.param(
            "3월 말~4월 초 발표됐다.",
            [("3월 말", "2025-03", "month", None), ("4월 초", "2025-04", "month", None)],
            id="parts-of-periods",
        ),
        pytest.param("3~4일 전 사고가 있었다.", [], id="vague-offset"),
        pytest.param("대표단은 3~4일간 머물렀다.", [], id="duration"),
    ],
)
def test_not_one_range(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected


def test_range_json() -> None:
    (d,) = newsfacts.extract("이달 1~20일 수출", reference_date=SEP15).to_dict()["dates"]
    assert (d["text"], d["value"], d["range"], d["start"], d["end"]) == (
        "이달 1~20일",
        None,
        ["2025-09-01", "2025-09-20"],
        0,
        8,
    )


def test_without_a_reference_the_ends_are_null() -> None:
    assert ranges("이달 1~20일 수출", None) == [("이달 1~20일", None, "day", (None, None))]


@pytest.mark.parametrize("sep", WORDS["range_separators"])
def test_range_separators(sep: str) -> None:
    text = f"행사는 1월 27일{sep}29일 열렸다."
    assert ranges(text) == [(f"1월 27일{sep}29일", None, "day", ("2025-01-27", "2025-01-29"))]


@pytest.mark.parametrize("word", WORDS["range_from"])
def test_range_from_words(word: str) -> None:
    closing = WORDS["range_to"][0]
    text = f"행사는 1월 27일{word} 29일{closing} 열렸다."
    assert ranges(text) == [(f"1월 27일{word} 29일", None, "day", ("2025-01-27", "2025-01-29"))]


@pytest.mark.parametrize("word", WORDS["range_to"])
def test_range_to_words(word: str) -> None:
    text = f"행사는 27일부터 29일{word} 열렸다."
    assert ranges(text, date(2025, 1, 31)) == [("27일부터 29일", None, "day", ("2025-01-27", "2025-01-29"))]


def test_range_ends_doctest() -> None:
    assert doctest.testmod(dateranges).failed == 0


# --- the checks read both ends -----------------------------------------------------------------


def check_kinds(text: str, ref: date) -> list[tuple[str, str]]:
    doc = newsfacts.extract(text, reference_date=ref)
    return [(f.kind, f.severity) for f in run_checks(doc, None, strict=True) if f.kind != "market_rate"]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        pytest.param("행사는 2025년 3월 14일(금)~16일(일) 열린다.", MAR10, [], id="both-right"),
        pytest.param(
            "행사는 2025년 3월 14일(금)~16일(토) 열린다.",
            MAR10,
            [("weekday", "error")],
            id="second-end-wrong",
        ),
        pytest.param(
            "행사는 2025년 3월 14일(목)~16일(일) 열린다.", MAR10, [("weekday", "error")], id="first-end-wrong"
        ),
        pytest.param(
            "총회는 오는 5~7일 열린다.", MAR10, [("relative_date", "warning")] * 2, id="relative-both-ends"
        ),
        pytest.param("총회는 오는 12~14일 열린다.", MAR10, [], id="relative-right"),
        pytest.param("총회는 지난 3~5일 열렸다.", MAR10, [], id="past-right"),
    ],
)
def test_checks_read_both_ends(text: str, ref: date, expected: list[tuple[str, str]]) -> None:
    assert check_kinds(text, ref) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("이달 1~20일 수출", "2025-09-01–2025-09-20 (day, relative)", id="range"),
        pytest.param("이달 20일 수출", "2025-09-20 (day, relative)", id="one-day"),
    ],
)
def test_the_table_shows_both_ends(text: str, shown: str) -> None:
    (m,) = newsfacts.extract(text, reference_date=SEP15).dates
    assert describe("dates", m) == shown
