"""Date ranges as one mention (issue 22): ``이달 1~20일``, ``1월 27∼29일``, ``2026~2030년``,
``3~4월``, ``오전 9시~오후 6시``, and the checks that read both ends of one."""

from __future__ import annotations

import doctest
from datetime import date
from typing import Any

import pytest
from _date_facts import date_facts

import newsfacts
from newsfacts.checks import run_checks
from newsfacts.extractors.dates import ranges as dateranges
from newsfacts.lexicon import load
from newsfacts.render.output import describe

SEP15 = date(2025, 9, 15)  # a Monday
MAR10 = date(2025, 3, 10)
WORDS = load("date_words")


ranges = date_facts


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


@pytest.mark.parametrize("sep", load("quantity_words")["range_separators"])
def test_range_separators(sep: str) -> None:
    text = f"행사는 1월 27일{sep}29일 열렸다."
    assert ranges(text) == [(f"1월 27일{sep}29일", None, "day", ("2025-01-27", "2025-01-29"))]


@pytest.mark.parametrize("word", WORDS["range_from"])
def test_range_from_words(word: str) -> None:
    text = f"행사는 1월 27일{word} 29일까지 열렸다."
    assert ranges(text) == [(f"1월 27일{word} 29일", None, "day", ("2025-01-27", "2025-01-29"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("행사는 27일부터 29일까지 열렸다.", "27일부터 29일", id="closed-by-kkaji"),
        pytest.param("행사는 27일부터 29일 열렸다.", "27일부터 29일", id="without-kkaji"),
        pytest.param("행사는 27일부터 29일에 걸쳐 열렸다.", "27일부터 29일", id="with-a-particle"),
    ],
)
def test_range_from_without_to(text: str, expected: str) -> None:
    assert ranges(text, date(2025, 1, 31)) == [(expected, None, "day", ("2025-01-27", "2025-01-29"))]


@pytest.mark.parametrize(
    "text, why",
    [
        pytest.param("행사는 1일부터 15일간 열렸다.", "a-length-after"),
        pytest.param("행사는 1일부터 15일 동안 열렸다.", "a-spaced-length-after"),
    ],
)
def test_range_from_before_a_length(text: str, why: str) -> None:
    assert ranges(text, date(2025, 1, 31)) == [("1일", "2025-01-01", "day", None)], why


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


# ---- spans counted from now (지난 2주, 향후 5년) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "지난 2주 동안 확진자가 늘었다.",
            [("지난 2주", None, "week", ("2025-W36", "2025-W37"))],
            id="past-weeks",
        ),
        pytest.param(
            "지난 3일간 비가 왔다.",
            [("지난 3일간", None, "day", ("2025-09-12", "2025-09-14"))],
            id="past-days-with-gan",
        ),
        pytest.param(
            "지난 3일 동안 비가 왔다.",
            [("지난 3일", None, "day", ("2025-09-12", "2025-09-14"))],
            id="past-days-with-dongan",
        ),
        pytest.param(
            "최근 3일 평균은 늘었다.",
            [("최근 3일", None, "day", ("2025-09-12", "2025-09-14"))],
            id="recent-days",
        ),
        pytest.param(
            "최근 3개월 수출이 줄었다.",
            [("최근 3개월", None, "month", ("2025-06", "2025-08"))],
            id="recent-months",
        ),
        pytest.param(
            "지난 두 달 새 올랐다.", [("지난 두 달", None, "month", ("2025-07", "2025-08"))], id="count-word"
        ),
        pytest.param(
            "지난 10년간 집값이 올랐다.", [("지난 10년간", None, "year", ("2015", "2024"))], id="past-years"
        ),
        pytest.param(  # was a "not a date" case before the spans were read
            "그는 지난 10일간 단식했다.",
            [("지난 10일간", None, "day", ("2025-09-05", "2025-09-14"))],
            id="past-10-days",
        ),
        pytest.param(  # was a "not a date" case before the spans were read
            "그는 지난 3년간 일했다.", [("지난 3년간", None, "year", ("2022", "2024"))], id="past-3-years"
        ),
        pytest.param(
            "향후 5년간 100조원을 투자한다.",
            [("향후 5년간", None, "year", ("2026", "2030"))],
            id="coming-years",
        ),
        pytest.param(
            "앞으로 2주 동안 지켜본다.",
            [("앞으로 2주", None, "week", ("2025-W39", "2025-W40"))],
            id="ahead-weeks",
        ),
        pytest.param(
            "다음 3일은 비가 온다.", [("다음 3일", None, "day", ("2025-09-16", "2025-09-18"))], id="next-days"
        ),
        pytest.param(
            "최근 일주일새 늘었다.",
            [("최근 일주일새", None, "week", ("2025-W37", "2025-W37"))],
            id="glued-sae",
        ),
    ],
)
def test_spans_from_now(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "지난 3일 회의가 열렸다.", [("지난 3일", "2025-09-03", "day", None)], id="past-day-is-the-3rd"
        ),
        pytest.param("그 다음 3년은 어려웠다.", [], id="after-another-time"),
        pytest.param("최근 1~2년 사이 늘었다.", [], id="vague-count"),
        pytest.param("지난 2년여 동안 늘었다.", [], id="about-a-count"),
        pytest.param("지난 0년", [], id="zero"),
        pytest.param(
            "지난 2주 후 다시 만났다.",
            [("2주 후", "2025-09-29", "day", None)],
            id="not-a-span-before-an-offset",
        ),
    ],
)
def test_not_spans(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected


def test_span_without_a_reference_date() -> None:
    assert ranges("지난 2주 동안 늘었다.", ref=None) == [("지난 2주", None, "week", (None, None))]


@pytest.mark.parametrize(("word", "sign"), WORDS["span_leads"].items())
def test_span_leads(word: str, sign: int) -> None:
    expected = ("2025-06", "2025-08") if sign < 0 else ("2025-10", "2025-12")
    assert ranges(f"{word} 3개월 동안 지켜봤다.") == [(f"{word} 3개월", None, "month", expected)]


@pytest.mark.parametrize(("word", "mode"), WORDS["span_endings"].items())
def test_span_endings(word: str, mode: str) -> None:
    text = f"지난 3일{word} 비가 왔다." if mode == "glued" else f"지난 3일 {word} 비가 왔다."
    written = f"지난 3일{word}" if mode == "glued" else "지난 3일"
    assert ranges(text) == [(written, None, "day", ("2025-09-12", "2025-09-14"))]


def test_spaced_sae_is_new() -> None:
    assert ranges("그는 지난 25일 새 스마트폰을 공개했다.") == [("지난 25일", "2025-08-25", "day", None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "회의는 9:30 ~ 11:00 열린다.",
            [("9:30 ~ 11:00", None, "minute", ("2025-09-15T09:30", "2025-09-15T11:00"))],
            id="tilde",
        ),
        pytest.param(
            "점심은 11:30-1:30 제공된다.",
            [("11:30-1:30", None, "minute", ("2025-09-15T11:30", "2025-09-15T13:30"))],
            id="hyphen-round-minutes-past-noon",
        ),
        pytest.param(
            "목요일 9:30 ~ 11:00 열렸다.",
            [("목요일 9:30 ~ 11:00", None, "minute", ("2025-09-11T09:30", "2025-09-11T11:00"))],
            id="after-a-weekday",
        ),
        pytest.param("세트 스코어 21:19-23:21로 이겼다.", [], id="hyphen-set-scores"),
        pytest.param("결과는 2:1~3:0이었다.", [], id="one-digit-minutes-are-scores"),
        pytest.param("경기는 15:20으로 끝났다.", [], id="bare-clock-alone"),
        pytest.param(
            "9:30 부터 11:00",
            [("9:30 부터 11:00", None, "minute", ("2025-09-15T09:30", "2025-09-15T11:00"))],
            id="butu-without-kkaji",
        ),
    ],
)
def test_bare_clock_ranges(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert ranges(text) == expected
