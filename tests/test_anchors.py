"""The anchored search finds exactly what a plain search of the long pattern finds.

``newsfacts.extractors.anchors`` starts the money and percentage searches after the last character no
match can contain, before the next gate hit. That is only an optimisation: these tests hold
it to the plain ``pattern.search`` loop, on a table of strings and on generated text made of
the pieces amounts and percentages are written with, and of the characters around them.
"""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extractors import money, percentages
from newsfacts.extractors.anchors import search_anchored


def _plain(pattern: regex.Pattern[str], text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while (m := pattern.search(text, pos)) is not None:
        out.append(m.span())
        pos = m.end() if m.end() > pos else pos + 1
    return out


def _anchored(
    pattern: regex.Pattern[str], barrier: regex.Pattern[str], gate: regex.Pattern[str], text: str
) -> list[tuple[int, int]]:
    anchors = [m.start() for m in gate.finditer(text)]
    out, pos = [], 0
    while (m := search_anchored(pattern, barrier, text, pos, len(text), anchors)) is not None:
        out.append(m.span())
        pos = m.end() if m.end() > pos else pos + 1
    return out


KINDS = {
    "money": lambda hangul: (money._money_re(hangul), money._barrier_re(), money._gate_re()),
    "percent": lambda hangul: (
        percentages._percent_re(hangul),
        percentages._barrier_re(),
        percentages._PREFILTER,
    ),
}

CASES = (
    ("money", "2025년 매출은 3조 5천억 원으로 1년 새 20% 늘었다", ["3조 5천억 원"]),
    ("money", "최대 558만 달러(약 78억1200만 원)를 냈다", ["최대 558만 달러", "약 78억1200만 원"]),
    ("money", "1월 31일 3억~4억 원, 10억-20억 달러", ["3억~4억 원", "10억-20억 달러"]),
    ("money", "US$3.5 billion and $12 million, 2024년 ₩1,000", ["US$3.5 billion", "$12 million", "₩1,000"]),
    ("money", "주가는 1,400원대, 1달러 20센트, 50센트", ["1,400원대", "1달러 20센트", "50센트"]),
    ("money", "삼천억 원과 수천만 달러를 썼다", ["삼천억 원", "수천만 달러"]),
    ("money", "2024 3000원 7.5원", ["3000원", "7.5원"]),
    ("money", "지원 위원 병원 원칙 달러 약 원", []),
    ("percent", "2025년 1분기 17% 급락, 3~4%, ±3.1%포인트", ["17%", "3~4%", "±3.1%포인트"]),
    (
        "percent",
        "약 30퍼센트 이상, 20프로, 0.25%p 올라 2%대",
        ["약 30퍼센트 이상", "20프로", "0.25%p", "2%대"],
    ),
    ("percent", "마이너스 1.5% 또는 -2%, 이십 퍼센트", ["마이너스 1.5%", "-2%", "이십 퍼센트"]),
    ("percent", "프로야구 15일 %20 www.a.kr/%20", []),
)


@pytest.mark.parametrize(("kind", "text", "found"), CASES)
@pytest.mark.parametrize("hangul", [True, False])
def test_anchored_search_finds_what_the_plain_search_finds(
    kind: str, text: str, found: list[str], hangul: bool
) -> None:
    pattern, barrier, gate = KINDS[kind](hangul)
    plain = _plain(pattern, text)
    if hangul:  # without it the pattern leaves numbers written in Hangul alone
        assert [text[a:b] for a, b in plain] == found
    assert _anchored(pattern, barrier, gate, text) == plain


# The pieces amounts and percentages are written with, and characters around them that are not.
NUMBERS = ["3", "12", "2,500", "1.5", ".5", "1,000,000", "７", "삼", "이십", "수", "몇", "십수", "오백"]
UNITS = ["", "", "십", "백", "천", "만", "억", "조", "경", "천만", "억1200만", "조 5천억", "여", "억여"]
WORDS = [
    *[
        "원",
        "원화",
        "달러",
        "달러화",
        "엔",
        "위안",
        "유로",
        "파운드",
        "홍콩달러",
        "센트",
        "펜스",
        "$",
        "US$",
        "₩",
        "€",
        "£",
        "¥",
        "USD",
        "KRW",
        "EUR",
    ],
    *["million", "bn", "B", "k", "%", "％", "퍼센트", "%포인트", "%p", "%P", "프로", "퍼센트포인트"],
    "% 포인트",
]
AROUND = [
    *[
        " ",
        "  ",
        "\xa0",
        "\n",
        "약",
        "최대",
        "최소",
        "이상",
        "이하",
        "미만",
        "가량",
        "정도",
        "안팎",
        "남짓",
        "넘는",
        "대",
        "~",
        "∼",
        "-",
        "–",
        "±",
        "+",
        "−",
    ],
    *["마이너스", "플러스", "지원", "위원", "병원", "프로야구", "대비", "H800", "R1"],
    *"년월일은는이가을를의에서로과와도만(),.·'\"“”/:",
]
BEFORE = ["", "약 ", "최대 ", "최소", "마이너스 ", "±", "-", "+", "플러스 ", "−"]
AFTER = ["", "대", " 이상", "가량", " 정도", "여", " 안팎"]
NUMBER = st.tuples(st.sampled_from(NUMBERS), st.sampled_from(UNITS)).map("".join)
RANGE = st.one_of(st.just(""), st.tuples(st.sampled_from(["~", "∼", "-", " ~ ", "–"]), NUMBER).map("".join))
FIGURE = st.tuples(
    st.sampled_from(BEFORE),
    NUMBER,
    RANGE,
    st.sampled_from(["", " ", "  "]),
    st.sampled_from(WORDS),
    st.sampled_from(AFTER),
).map("".join)
TEXT = st.lists(st.one_of(FIGURE, st.sampled_from(NUMBERS + UNITS + WORDS + AROUND)), max_size=16).map(
    "".join
)


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(sorted(KINDS)), st.booleans(), TEXT)
def test_anchored_search_on_generated_text(kind: str, hangul: bool, text: str) -> None:
    pattern, barrier, gate = KINDS[kind](hangul)
    assert _anchored(pattern, barrier, gate, text) == _plain(pattern, text)
