"""The week grain, weekends and ordinal days of a month (issue 22)."""

from __future__ import annotations

import doctest
from datetime import date
from typing import Any

import pytest
from _date_facts import date_facts

from newsfacts.extractors.dates import weeks
from newsfacts.lexicon import load

SEP15 = date(2025, 9, 15)  # a Monday, in 2025-W38
SEP13 = date(2025, 9, 13)  # a Saturday
WORDS = load("date_words")


found = date_facts


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        pytest.param(
            "지난주 발표한 고용지표가 좋았다.", SEP15, [("지난주", "2025-W37", "week", None)], id="last-week"
        ),
        pytest.param(
            "이번 주 회의가 열린다.", SEP15, [("이번 주", "2025-W38", "week", None)], id="this-week"
        ),
        pytest.param("금주 중 발표한다.", SEP15, [("금주", "2025-W38", "week", None)], id="geumju"),
        pytest.param("다음 주 발표한다.", SEP15, [("다음 주", "2025-W39", "week", None)], id="next-week"),
        pytest.param("내주 발표한다.", SEP15, [("내주", "2025-W39", "week", None)], id="naeju"),
        pytest.param("오는 주 발표한다.", SEP15, [("오는 주", "2025-W39", "week", None)], id="oneun-ju"),
        pytest.param(
            "지난주 발표했다.",
            date(2026, 1, 5),
            [("지난주", "2026-W01", "week", None)],
            id="iso-year-differs",
        ),
        pytest.param(
            "6월 둘째 주 열렸다.", SEP15, [("6월 둘째 주", "2025-W24", "week", None)], id="second-week"
        ),
        pytest.param(
            "6월 첫째 주 열렸다.",
            SEP15,
            [("6월 첫째 주", "2025-W23", "week", None)],
            id="first-week-holds-thursday",
        ),
        pytest.param(
            "2014년 10월 첫 번째 주",
            SEP15,
            [("2014년 10월 첫 번째 주", "2014-W40", "week", None)],
            id="first-week-starts-in-september",
        ),
        pytest.param(
            "2014년 9월 마지막 주",
            SEP15,
            [("2014년 9월 마지막 주", "2014-W39", "week", None)],
            id="last-week-of",
        ),
        pytest.param(
            "다음 달 셋째 주 열린다.", SEP15, [("다음 달 셋째 주", "2025-W42", "week", None)], id="next-month"
        ),
        pytest.param(
            "지난 주말 열렸다.",
            SEP15,
            [("지난 주말", None, "day", ("2025-09-13", "2025-09-14"))],
            id="last-weekend",
        ),
        pytest.param(
            "주말 동안 비가 왔다.",
            SEP15,
            [("주말", None, "day", ("2025-09-13", "2025-09-14"))],
            id="bare-weekend",
        ),
        pytest.param(
            "주말에 비가 오겠다.",
            SEP15,
            [("주말", None, "day", ("2025-09-20", "2025-09-21"))],
            id="bare-weekend-ahead",
        ),
        pytest.param(
            "주말 동안 비가 왔다.",
            SEP13,
            [("주말", None, "day", ("2025-09-13", "2025-09-14"))],
            id="weekend-under-way",
        ),
        pytest.param(
            "3월 마지막 월요일 열렸다.",
            SEP15,
            [("3월 마지막 월요일", "2025-03-31", "day", None)],
            id="last-monday",
        ),
        pytest.param(
            "5월 둘째 일요일 열렸다.",
            SEP15,
            [("5월 둘째 일요일", "2025-05-11", "day", None)],
            id="second-sunday",
        ),
        pytest.param(
            "2014년 10월 첫째 수요일",
            SEP15,
            [("2014년 10월 첫째 수요일", "2014-10-01", "day", None)],
            id="first-wednesday-is-the-1st",
        ),
        pytest.param(
            "2015년 10월 마지막날",
            SEP15,
            [("2015년 10월 마지막날", "2015-10-31", "day", None)],
            id="last-day",
        ),
        pytest.param(  # like 2월 30일: an impossible date keeps its grain with value null
            "2월 다섯째 월요일", SEP15, [("2월 다섯째 월요일", None, "day", None)], id="no-fifth-monday"
        ),
        pytest.param("둘째 주 회의가 열렸다.", SEP15, [], id="week-without-a-month"),
        pytest.param("둘째 아들이 태어났다.", SEP15, [], id="ordinal-of-a-person"),
        pytest.param("지난주", None, [("지난주", None, "week", None)], id="no-reference"),
    ],
)
def test_weeks(text: str, ref: date | None, expected: list[tuple[Any, ...]]) -> None:
    assert found(text, ref) == expected


@pytest.mark.parametrize(("word", "n"), WORDS["weekends"].items())
def test_weekend_words(word: str, n: int | None) -> None:
    saturday = date(2025, 9, 13 + 7 * (n if n is not None else -1) + 7)  # the week of 15 September
    sunday = date.fromordinal(saturday.toordinal() + 1)
    assert found(f"{word} 행사가 열렸다.") == [
        (word, None, "day", (saturday.isoformat(), sunday.isoformat()))
    ]


@pytest.mark.parametrize(("word", "n"), WORDS["ordinals"].items())
def test_ordinal_words(word: str, n: int) -> None:
    # Mondays of June 2025: 2, 9, 16, 23, 30; Thursdays: 5, 12, 19, 26 (weeks from the 2nd)
    monday = {1: 2, 2: 9, 3: 16, 4: 23, 5: 30, -1: 30}[n]
    week = {1: "2025-W23", 2: "2025-W24", 3: "2025-W25", 4: "2025-W26", 5: None, -1: "2025-W26"}[n]
    assert found(f"6월 {word} 월요일 열렸다.") == [
        (f"6월 {word} 월요일", f"2025-06-{monday:02d}", "day", None)
    ]
    assert found(f"6월 {word} 주 열렸다.") == [(f"6월 {word} 주", week, "week", None)]


def test_weeks_doctest() -> None:
    assert doctest.testmod(weeks).failed == 0
