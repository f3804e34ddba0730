"""Times and years written in numeral words (issue 22): ``오후 세시``, ``세시 반``, ``열두시``,
``이천이십오년``."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import newsfacts
from newsfacts.lexicon import load

SEP15 = date(2025, 9, 15)
WORDS = load("date_words")


def found(text: str, ref: date | None = SEP15) -> list[tuple[Any, ...]]:
    doc = newsfacts.extract(text, reference_date=ref)
    for m in doc.dates:
        assert text[m.start : m.end] == m.text
    return [(m.text, m.value, m.grain) for m in doc.dates]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("오후 세시 현재 집계됐다.", [("오후 세시", "2025-09-15T15:00", "hour")], id="pm"),
        pytest.param("오전 세시 발생했다.", [("오전 세시", "2025-09-15T03:00", "hour")], id="am"),
        pytest.param(
            "오후세시이십분 발생했다.", [("오후세시이십분", "2025-09-15T15:20", "minute")], id="minutes"
        ),
        pytest.param("오후 세시 반 발생했다.", [("오후 세시 반", "2025-09-15T15:30", "minute")], id="half"),
        pytest.param("세시반에 만났다.", [("세시반", "2025-09-15T03:30", "minute")], id="bare-half"),
        pytest.param("열두시에 만났다.", [("열두시", "2025-09-15T12:00", "hour")], id="twelve"),
        pytest.param(
            "내일 저녁다섯시 열린다.", [("내일 저녁다섯시", "2025-09-16T17:00", "hour")], id="with-a-day"
        ),
        pytest.param("이천이십오년 계획", [("이천이십오년", "2025", "year")], id="year-in-words"),
        pytest.param("천구백팔십칠년 민주화", [("천구백팔십칠년", "1987", "year")], id="1987"),
        pytest.param("이천년 역사를 지녔다.", [], id="a-span-not-a-year"),
        pytest.param("삼천오백년 전 유적", [], id="beyond-2100"),
        pytest.param("세시풍속을 소개했다.", [], id="seasonal-customs"),
        pytest.param("한시가 급하다.", [], id="urgent"),
        pytest.param("한시적으로 허용했다.", [], id="temporary"),
    ],
)
def test_numeral_words(text: str, expected: list[tuple[Any, ...]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("n", "word"), list(enumerate(WORDS["hour_words"], start=1)))
def test_hour_words(n: int, word: str) -> None:
    assert found(f"오전 {word}시 발생했다.") == [(f"오전 {word}시", f"2025-09-15T{n % 12:02d}:00", "hour")]
