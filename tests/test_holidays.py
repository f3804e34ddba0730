"""Holidays by name, dated by the python-holidays package (issue 22)."""

from __future__ import annotations

import doctest
from datetime import date
from typing import Any

import pytest
from _date_facts import date_facts

import newsfacts
from newsfacts.extractors.dates import holidays
from newsfacts.lexicon import load

SEP15 = date(2025, 9, 15)
JAN31 = date(2025, 1, 31)
FEB13 = date(2013, 2, 12)  # Duckling's reference date
WORDS = load("holiday_words")


found = date_facts


# the phrases of the issue, read in September 2025: one date each
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("지난주 발표한 지표가 나왔다.", ("지난주", "2025-W37", "week", None), id="last-week"),
        pytest.param(
            "설 연휴 직전인 때였다.",
            ("설 연휴", None, "day", ("2025-01-25", "2025-01-30")),
            id="seol-holidays",
        ),
        pytest.param(
            "추석 연휴 교통 대책",
            ("추석 연휴", None, "day", ("2025-10-03", "2025-10-09")),
            id="chuseok-ahead",
        ),
        pytest.param("광복절 경축식이 열렸다.", ("광복절", "2025-08-15", "day", None), id="liberation-day"),
        pytest.param(
            "이달 1~20일 수출이 늘었다.",
            ("이달 1~20일", None, "day", ("2025-09-01", "2025-09-20")),
            id="range",
        ),
    ],
)
def test_the_issue_phrases(text: str, expected: tuple[Any, ...]) -> None:
    assert found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "ref", "expected"),
    [
        pytest.param("올해 추석 차례상", SEP15, [("올해 추석", "2025-10-06", "day", None)], id="this-year"),
        pytest.param("올 추석 차례상", SEP15, [("올 추석", "2025-10-06", "day", None)], id="ol"),
        pytest.param("지난 설에 만났다.", SEP15, [("지난 설", "2025-01-29", "day", None)], id="jinan"),
        pytest.param("오는 추석에 만난다.", SEP15, [("오는 추석", "2025-10-06", "day", None)], id="oneun"),
        pytest.param(
            "내년 설 연휴는 길다.",
            SEP15,
            [("내년 설 연휴", None, "day", ("2026-02-14", "2026-02-18"))],
            id="next-year",
        ),
        pytest.param("추석에 가족을 만났다.", SEP15, [("추석", "2024-09-17", "day", None)], id="past-clause"),
        pytest.param(
            "추석에 가족을 만날 예정이다.", JAN31, [("추석", "2025-10-06", "day", None)], id="future-clause"
        ),
        pytest.param(
            "추석 대목", JAN31, [("추석", "2024-09-17", "day", None)], id="untensed-far-off-is-past"
        ),
        pytest.param("2024년 추석", SEP15, [("2024년 추석", "2024-09-17", "day", None)], id="year-written"),
        pytest.param("3·1절 기념식이 열렸다.", SEP15, [("3·1절", "2025-03-01", "day", None)], id="3-1"),
        pytest.param("춘제(중국의 설) 기간", SEP15, [("춘제", "2025-01-29", "day", None)], id="chunje"),
        pytest.param(
            "춘절 연휴", SEP15, [("춘절 연휴", None, "day", ("2025-01-28", "2025-02-04"))], id="chunjeol"
        ),
        pytest.param("추수감사절", SEP15, [("추수감사절", "2024-11-28", "day", None)], id="thanksgiving"),
        pytest.param(
            "블랙프라이데이 할인", SEP15, [("블랙프라이데이", "2024-11-29", "day", None)], id="black-friday"
        ),
        pytest.param(
            "대통령 선거일", SEP15, [("대통령 선거일", "2025-06-03", "day", None)], id="presidential"
        ),
        pytest.param("설립 이후 추석빔을 팔았다.", SEP15, [], id="inside-words"),
        pytest.param("그런 설이 돌았다.", SEP15, [], id="seol-the-rumour"),
        pytest.param("올해 추석", None, [("올해 추석", None, "day", None)], id="no-reference"),
        pytest.param(  # no day off from 2008 to 2025, but still the day of 17 July
            "제헌절 경축식", FEB13, [("제헌절", "2012-07-17", "day", None)], id="fixed-day-not-listed"
        ),
        pytest.param(  # a day off again from 2013: the one before is read by its fixed day
            "한글날 행사", FEB13, [("한글날", "2012-10-09", "day", None)], id="fixed-day-year-before"
        ),
        pytest.param(
            "2015년 제헌절", SEP15, [("2015년 제헌절", "2015-07-17", "day", None)], id="fixed-day-in-words"
        ),
        pytest.param(  # elections are searched five years back
            "대통령 선거일",
            date(2013, 2, 12),
            [("대통령 선거일", "2012-12-19", "day", None)],
            id="election-2012",
        ),
        pytest.param(
            "2024년 추석", None, [("2024년 추석", "2024-09-17", "day", None)], id="no-reference-year"
        ),
    ],
)
def test_holidays(text: str, ref: date | None, expected: list[tuple[Any, ...]]) -> None:
    assert found(text, ref) == expected


# a holiday on a weekend gets a substitute day, and its run of days off takes it in
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "2024년 어린이날", ("2024년 어린이날", "2024-05-05", "day", None), id="childrens-day-sunday"
        ),
        pytest.param(
            "2024년 어린이날 연휴",
            ("2024년 어린이날 연휴", None, "day", ("2024-05-04", "2024-05-06")),
            id="childrens-day-run",
        ),
        pytest.param(
            "2024년 설 연휴",
            ("2024년 설 연휴", None, "day", ("2024-02-09", "2024-02-12")),
            id="seol-saturday",
        ),
        pytest.param(
            "2026년 광복절 연휴",
            ("2026년 광복절 연휴", None, "day", ("2026-08-15", "2026-08-17")),
            id="liberation-saturday",
        ),
        pytest.param(
            "2026년 대체공휴일", ("2026년 대체공휴일", "2026-03-02", "day", None), id="substitute-1st"
        ),
        pytest.param(
            "2022년 추석 연휴",
            ("2022년 추석 연휴", None, "day", ("2022-09-09", "2022-09-12")),
            id="chuseok-22",
        ),
    ],
)
def test_substitute_days(text: str, expected: tuple[Any, ...]) -> None:
    assert found(text) == [expected]


# every word of holiday_words.json, with the year written: (year, the day)
EVERY_HOLIDAY = {
    "설": (2025, "2025-01-29"),
    "설날": (2025, "2025-01-29"),
    "구정": (2025, "2025-01-29"),
    "추석": (2025, "2025-10-06"),
    "한가위": (2025, "2025-10-06"),
    "신정": (2025, "2025-01-01"),
    "삼일절": (2025, "2025-03-01"),
    "3·1절": (2025, "2025-03-01"),
    "3.1절": (2025, "2025-03-01"),
    "어린이날": (2025, "2025-05-05"),
    "부처님오신날": (2025, "2025-05-05"),
    "부처님 오신 날": (2026, "2026-05-24"),
    "석가탄신일": (2013, "2013-05-17"),
    "현충일": (2025, "2025-06-06"),
    "제헌절": (2026, "2026-07-17"),
    "광복절": (2025, "2025-08-15"),
    "개천절": (2025, "2025-10-03"),
    "한글날": (2025, "2025-10-09"),
    "성탄절": (2025, "2025-12-25"),
    "크리스마스": (2025, "2025-12-25"),
    "기독탄신일": (2025, "2025-12-25"),
    "대체공휴일": (2025, "2025-03-03"),
    "대체 휴일": (2024, "2024-02-12"),
    "대통령 선거일": (2022, "2022-03-09"),
    "국회의원 선거일": (2024, "2024-04-10"),
    "지방선거일": (2026, "2026-06-03"),
    "춘제": (2026, "2026-02-17"),
    "춘절": (2025, "2025-01-29"),
    "추수감사절": (2025, "2025-11-27"),
    "블랙프라이데이": (2025, "2025-11-28"),
    "크리스마스이브": (2025, "2025-12-24"),
}


def test_every_holiday_word_has_a_row() -> None:
    assert sorted(EVERY_HOLIDAY) == sorted(WORDS["holidays"])


@pytest.mark.parametrize(("word", "year_day"), EVERY_HOLIDAY.items())
def test_holiday_words(word: str, year_day: tuple[int, str]) -> None:
    year, day = year_day
    assert found(f"{year}년 {word} 행사가 열렸다.") == [(f"{year}년 {word}", day, "day", None)]


@pytest.mark.parametrize("word", WORDS["context_words"])
def test_context_words(word: str) -> None:
    if word == "앞두":  # a verb: 설을 앞두고, written in January
        m = newsfacts.extract("설을 앞두고 장을 봤다.", reference_date=date(2025, 1, 10)).dates[0]
        assert (m.text, m.value) == ("설", "2025-01-29")
        return
    m = newsfacts.extract(f"설 {word} 이야기를 했다.", reference_date=SEP15).dates[0]
    if word in WORDS["run_words"]:
        assert (m.text, m.range) == (f"설 {word}", ("2025-01-25", "2025-01-30"))
    else:
        assert (m.text, m.value) == ("설", "2025-01-29")


@pytest.mark.parametrize("word", WORDS["needs_context"])
def test_needs_context(word: str) -> None:
    assert found(f"그런 {word}이 나돌았다.") == []
    assert found(f"지난 {word}에 만났다.") == [(f"지난 {word}", "2025-01-29", "day", None)]


@pytest.mark.parametrize("word", WORDS["run_words"])
def test_run_words(word: str) -> None:
    assert found(f"2025년 추석{word}") == [(f"2025년 추석{word}", None, "day", ("2025-10-03", "2025-10-09"))]


def test_holidays_doctest() -> None:
    assert doctest.testmod(holidays).failed == 0


@pytest.mark.parametrize(
    "text",
    ["이재호 구청장은 구정 현안을 설명했다.", "구민들이 구정에 참여하기 어렵다."],
)
def test_gujeong_as_a_districts_administration_is_no_date(text: str) -> None:
    assert found(text) == []
