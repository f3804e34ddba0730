"""Parts of a day, seasons, English clock times, time limits and ranges joined by 부터 (issue 22).

Every entry of the word lists these rules read (``day_parts``, ``seasons``, ``season_leads``,
``clock_suffixes``, ``within_words``, ``hour_units``, ``sino_count_units``, ``not_sino_counts``)
is exercised here.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

import pytest

import newsfacts
from newsfacts.extractors.dates import seasons
from newsfacts.lexicon import load

WORDS = load("date_words")
SEP15 = date(2025, 9, 15)  # a Monday
NOW = datetime(2025, 9, 15, 14, 30)  # with the clock of the reference


def found(text: str, ref: date | None = SEP15) -> list[tuple[Any, ...]]:
    return [
        (m.text, m.value, m.grain, m.range, m.part) for m in newsfacts.extract(text, reference_date=ref).dates
    ]


# ---- parts of a day ------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "part"), WORDS["day_parts"].items())
def test_day_parts(word: str, part: str) -> None:
    assert found(f"어제 {word} 회의가 열렸다.") == [(f"어제 {word}", "2025-09-14", "day", None, part)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "여야 대표는 오늘밤 다시 만난다.", [("오늘밤", "2025-09-15", "day", None, "night")], id="glued"
        ),
        pytest.param(
            "이날 오후 기자회견이 열렸다.",
            [("이날 오후", "2025-09-15", "day", None, "afternoon")],
            id="anaphoric",
        ),
        pytest.param(
            "지난 12일 아침 화재가 났다.",
            [("지난 12일 아침", "2025-09-12", "day", None, "morning")],
            id="a-day",
        ),
        pytest.param(
            "월요일 저녁 회동이 있었다.",
            [("월요일 저녁", "2025-09-15", "day", None, "evening")],
            id="a-weekday",
        ),
        pytest.param(  # a clock after the word says the hour: the time it always was
            "어제 밤 10시 불이 났다.",
            [("어제 밤 10시", "2025-09-14T22:00", "hour", None, None)],
            id="with-a-clock",
        ),
        pytest.param(  # 밤샘 is a word of its own: the day alone
            "어제 밤샘 협상이 이어졌다.", [("어제", "2025-09-14", "day", None, None)], id="inside-a-word"
        ),
        pytest.param(  # 낮은 is also 'low': 낮 is no part word
            "오늘 낮은 구름이 끼었다.", [("오늘", "2025-09-15", "day", None, None)], id="nat-is-also-low"
        ),
        pytest.param("오후에 비가 온다.", [], id="a-part-alone-is-no-date"),
    ],
)
def test_parts_of_a_day(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- seasons -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "first"), WORDS["seasons"].items())
def test_seasons(word: str, first: int) -> None:
    last = (first + 1) % 12 + 1
    year_of_last = 2024 + (first == 12)
    expected = (f"2024-{first:02d}", f"{year_of_last}-{last:02d}")
    assert found(f"2024년 {word} 가뭄이 심했다.") == [(f"2024년 {word}", None, "month", expected, None)]


SEASON_LEADS = {  # on 15 September 2025, read with 겨울 and 여름
    "올": (("2025-12", "2026-02"), ("2025-06", "2025-08")),
    "올해": (("2025-12", "2026-02"), ("2025-06", "2025-08")),
    "이번": (("2025-12", "2026-02"), ("2025-06", "2025-08")),
    "지난": (("2024-12", "2025-02"), ("2025-06", "2025-08")),
    "다음": (("2025-12", "2026-02"), ("2026-06", "2026-08")),
    "오는": (("2025-12", "2026-02"), ("2026-06", "2026-08")),
    "지난해": (("2024-12", "2025-02"), ("2024-06", "2024-08")),
    "작년": (("2024-12", "2025-02"), ("2024-06", "2024-08")),
    "내년": (("2026-12", "2027-02"), ("2026-06", "2026-08")),
}


@pytest.mark.parametrize("lead", WORDS["season_leads"])
def test_season_leads(lead: str) -> None:
    winter, summer = SEASON_LEADS[lead]
    assert found(f"{lead} 겨울 난방비가 오른다.") == [(f"{lead} 겨울", None, "month", winter, None)]
    assert found(f"{lead}여름 폭염이 길었다.") == [(f"{lead}여름", None, "month", summer, None)]


@pytest.mark.parametrize(
    ("first", "lead", "ref", "expected"),
    [
        pytest.param(12, ("this", 0), date(2026, 1, 20), ("2025-12", "2026-02"), id="winter-under-way"),
        pytest.param(3, ("this", 0), date(2026, 1, 20), ("2026-03", "2026-05"), id="spring-of-the-year"),
        pytest.param(12, ("seq", -1), date(2026, 1, 20), ("2024-12", "2025-02"), id="last-ended-winter"),
        pytest.param(6, ("seq", 1), date(2025, 7, 1), ("2026-06", "2026-08"), id="next-to-begin"),
        pytest.param(9, ("year", -1), date(2025, 7, 1), ("2024-09", "2024-11"), id="last-years"),
        pytest.param(6, ("this", 0), None, None, id="no-reference"),
    ],
)
def test_season_rule(
    first: int, lead: tuple[str, int], ref: date | None, expected: tuple[str, str] | None
) -> None:
    assert seasons.season(first, lead, None, ref) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("여름에는 전력 수요가 는다.", id="alone"),
        pytest.param("봄이 오면 꽃이 핀다.", id="spring-alone"),
        pytest.param("이번 겨울방학 계획을 세웠다.", id="inside-a-word"),
    ],
)
def test_no_season(text: str) -> None:
    assert found(text) == []


# ---- English clock times -------------------------------------------------------------------------


@pytest.mark.parametrize(("word", "tod"), WORDS["clock_suffixes"].items())
def test_clock_suffixes(word: str, tod: str) -> None:
    hour = 15 if tod == "오후" else 3
    assert found(f"회견은 3:20{word} 시작됐다.") == [
        (f"3:20{word}", f"2025-09-15T{hour:02d}:20", "minute", None, None)
    ]
    assert found(f"회견은 3{word.upper()} 시작됐다.") == [
        (f"3{word.upper()}", f"2025-09-15T{hour:02d}:00", "hour", None, None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "내일 3pm 발표한다.", [("내일 3pm", "2025-09-16T15:00", "hour", None, None)], id="after-a-day"
        ),
        pytest.param(
            "회견은 3:20p 시작됐다.", [("3:20p", "2025-09-15T15:20", "minute", None, None)], id="letter"
        ),
        pytest.param("3p 모델이 나왔다.", [], id="a-letter-needs-minutes"),
        pytest.param(
            "GPT-4o mini 3am 출시", [("3am", "2025-09-15T03:00", "hour", None, None)], id="word-apart"
        ),
        pytest.param("제품명은 X3PMAX다.", [], id="inside-a-name"),
        pytest.param("13pm 표기는 없다.", [], id="no-such-hour"),
    ],
)
def test_english_clock(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- M/D before a clock time, clock words alone -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "설명회는 4/25 오후 4시에 열렸다.",
            [("4/25 오후 4시", "2025-04-25T16:00", "hour", None, None)],
            id="md",
        ),
        pytest.param("지지율은 4/25 수준이다.", [], id="md-alone-is-a-fraction"),
        pytest.param(  # a clock word ending a clause, as a bare 3시 may
            "마감은 자정, 발표는 정오.",
            [
                ("자정", "2025-09-16T00:00", "hour", None, None),
                ("정오", "2025-09-15T12:00", "hour", None, None),
            ],
            id="clock-words-ending-a-clause",
        ),
        pytest.param("업계의 자정을 촉구했다.", [], id="self-cleansing"),
        pytest.param("정오표를 붙였다.", [], id="errata"),
    ],
)
def test_clock_phrases(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- time limits from now ------------------------------------------------------------------------


@pytest.mark.parametrize("word", WORDS["within_words"])
def test_within_words(word: str) -> None:
    assert found(f"결과는 7일 {word}에 나온다.") == [
        (f"7일 {word}", None, "day", ("2025-09-15", "2025-09-22"), None)
    ]


@pytest.mark.parametrize(("word", "per_day"), WORDS["hour_units"].items())
def test_hour_units(word: str, per_day: int) -> None:
    assert found(f"{2 * per_day}{word} 안에 답하라고 요구했다.") == [
        (f"{2 * per_day}{word} 안", None, "day", ("2025-09-15", "2025-09-17"), None)
    ]
    assert found(f"5{word} 안에 답하라고 요구했다.") == []  # the clock of 'now' is not known


SINO_COUNTS = {  # 삼{unit} 안에 on 15 September 2025, 14:30
    "년": ("year", ("2025", "2028")),
    "주": ("day", ("2025-09-15", "2025-10-06")),
    "분": ("minute", ("2025-09-15T14:30", "2025-09-15T14:33")),
}


@pytest.mark.parametrize("unit", WORDS["sino_count_units"])
def test_sino_count_units(unit: str) -> None:
    grain, expected = SINO_COUNTS[unit]
    assert found(f"삼{unit} 안에 끝낸다.", NOW) == [(f"삼{unit} 안", None, grain, expected, None)]


@pytest.mark.parametrize("word", WORDS["not_sino_counts"])
def test_not_sino_counts(word: str) -> None:
    assert found(f"지난 {word} 과정을 되짚었다.") == []
    assert found(f"{word} 안에 담긴 뜻") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "정부는 3개월 이내에 결론을 낸다.",
            [("3개월 이내", None, "month", ("2025-09", "2025-12"), None)],
            id="months",
        ),
        pytest.param(
            "북한에 일주일 안에 답하라고 했다.",
            [("일주일 안", None, "day", ("2025-09-15", "2025-09-22"), None)],
            id="word",
        ),
        pytest.param("신고 후 3일 이내 환불된다.", [], id="after-an-event"),
        pytest.param("접수일로부터 7일 이내 처리된다.", [], id="counted-from-a-day-named"),
        pytest.param("출시 3일 내 매진됐다.", [], id="after-a-noun"),
        pytest.param("5시간 내에 돌아온다.", [], id="hours-that-are-no-days"),
    ],
)
def test_within(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- spans in Sino-Korean numeral words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "다음 삼년이 고비다.", [("다음 삼년", None, "year", ("2026", "2028"), None)], id="years"
        ),
        pytest.param(
            "다음 삼주 동안 공사한다.",
            [("다음 삼주", None, "week", ("2025-W39", "2025-W41"), None)],
            id="weeks",
        ),
    ],
)
def test_sino_spans(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- 다음, 이전 ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "다음 화요일 발표한다.", [("다음 화요일", "2025-09-16", "day", None, None)], id="next-weekday"
        ),
        pytest.param(
            "다음 3월 개막한다.", [("다음 3월", "2026-03", "month", None, None)], id="next-month-name"
        ),
        pytest.param(  # 그 다음 counts from another time: the weekday alone
            "그 다음 화요일 만났다.", [("화요일", "2025-09-09", "day", None, None)], id="after-geu"
        ),
        pytest.param("2년 이전 자료다.", [("2년 이전", "2023", "year", None, None)], id="years-before"),
        pytest.param("5일 이전 접수분", [("5일", "2025-09-05", "day", None, None)], id="before-the-5th"),
    ],
)
def test_next_and_before(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


# ---- on the clock of the reference ---------------------------------------------------------------


@pytest.mark.parametrize(("word", "unit"), WORDS["clock_units"].items())
def test_clock_units(word: str, unit: str) -> None:
    past = (
        ("2025-09-15T12:00", "2025-09-15T13:00")
        if unit == "hour"
        else ("2025-09-15T14:28", "2025-09-15T14:29")
    )
    limit = "2025-09-15T16:30" if unit == "hour" else "2025-09-15T14:32"
    assert found(f"지난 2{word} 동안 비가 왔다.", NOW) == [(f"지난 2{word}", None, unit, past, None)]
    assert found(f"2{word} 안에 답하라고 했다.", NOW) == [
        (f"2{word} 안", None, "minute", ("2025-09-15T14:30", limit), None)
    ]
    # with a date alone there is no clock to count from
    assert found(f"지난 2{word} 동안 비가 왔다.", SEP15) == []
    assert found(f"2{word} 안에 답하라고 했다.", SEP15) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "지난 24시간 동안 확진자가 늘었다.",
            [("지난 24시간", None, "hour", ("2025-09-14T14:00", "2025-09-15T13:00"), None)],
            id="a-day-of-hours",
        ),
        pytest.param(
            "다음 한 시간이 고비다.",
            [("다음 한 시간", None, "hour", ("2025-09-15T15:00", "2025-09-15T15:00"), None)],
            id="count-word",
        ),
        pytest.param(
            "한시간반 안에 끝난다.",
            [("한시간반 안", None, "minute", ("2025-09-15T14:30", "2025-09-15T16:00"), None)],
            id="and-a-half",
        ),
        pytest.param("표는 일분 안에 매진됐다.", [], id="a-limit-met-in-the-past-is-a-length"),
        pytest.param(
            "일분 안에 답하라고 했다.",
            [("일분 안", None, "minute", ("2025-09-15T14:30", "2025-09-15T14:31"), None)],
            id="sino-minute",
        ),
        pytest.param("이분 안에 계신다.", [], id="ibun-this-person"),
        pytest.param("한 시간 뒤 재개됐다.", [], id="offsets-in-hours-are-not-read"),
        pytest.param("3일 반 안에 끝낸다.", [], id="half-a-day-is-no-date"),
        pytest.param("5년 1개월 12일 이내에 돌아온다.", [], id="end-of-a-longer-length"),
        pytest.param("그는 2 pm은 2 피코미터라고 했다.", [], id="spaced-pm-is-a-unit"),
        pytest.param(
            "회견은 3:20 pm 시작됐다.", [("3:20 pm", "2025-09-15T15:20", "minute", None, None)], id="pm"
        ),
        pytest.param(
            "회견은 3 p.m. 시작됐다.", [("3 p.m.", "2025-09-15T15:00", "hour", None, None)], id="p.m."
        ),
    ],
)
def test_on_the_clock(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text, NOW) == expected


def test_reference_time() -> None:
    doc = newsfacts.extract("지난 1시간", reference_date=NOW)
    assert (doc.reference_date, doc.article.reference_time) == (SEP15, time(14, 30))
    assert newsfacts.extract("지난 1시간", reference_date=SEP15).article.reference_time is None


# ---- ranges and 부터 ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "어제부터 4일 후에 돌아온다.",
            [("어제", "2025-09-14", "day", None, None), ("4일 후", "2025-09-18", "day", None, None)],
            id="an-offset-counts-from-the-first",
        ),
        pytest.param(
            "3일 전부터 5일까지 열렸다.",
            [("3일 전", "2025-09-12", "day", None, None), ("5일", "2025-09-05", "day", None, None)],
            id="an-end-before-the-start",
        ),
    ],
)
def test_not_a_range(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("word", WORDS["within_back_words"])
def test_within_back_words(word: str) -> None:
    assert found(f"주가는 52주 내 {word} 수준이다.") == [
        ("52주 내", None, "day", ("2024-09-16", "2025-09-15"), None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "매출은 3년 안에 두 배로 늘었다.",
            [],
            id="past-clause",
        ),
        pytest.param(
            "매출을 3년 안에 두 배로 늘린다.",
            [("3년 안", None, "year", ("2025", "2028"), None)],
            id="future-clause",
        ),
        pytest.param(
            "북한에 일주일 안에 답하라고 했다.",
            [("일주일 안", None, "day", ("2025-09-15", "2025-09-22"), None)],
            id="a-reported-limit-lies-ahead",
        ),
        pytest.param(
            "지수는 한시간 안에 최고치를 찍었다.",
            [("한시간 안", None, "minute", ("2025-09-15T13:30", "2025-09-15T14:30"), None)],
            id="back-on-the-clock",
        ),
    ],
)
def test_within_and_tense(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text, NOW) == expected
