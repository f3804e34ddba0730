"""The page model's shortcuts give what the full rules give. To stay cheap, ``read_page`` asks a
quick question before a slow pattern (does the line open with a letter no noise line opens
with? does it hold a date label?) and skips the word gate where no rule behind it can take the
line. Each shortcut is checked here against the rule it stands for: over every character where
the claim is about characters, and over tables of lines written for these tests."""

from __future__ import annotations

import sys

import pytest
import regex

from newsfacts.lexicon import load
from newsfacts.page import datelines, furniture, layout, wrap
from newsfacts.page.furniture import (
    _chrome_letters,
    _line_role,
    _maybe_special,
    _patterns,
    _plain_start,
    chrome_reason,
    is_noise_line,
)
from newsfacts.page.lines import _is_sentence

WORDS = load("page")


def test_a_plain_first_letter_opens_no_noise_pattern() -> None:
    # the noise pattern's openings that need no word: a tag, a bracket, a blank, a comment time
    opening = regex.compile(r"[\d\s\[<#]")
    plain = [chr(c) for c in range(sys.maxunicode + 1) if _plain_start(chr(c))]
    assert len(plain) > 40_000  # Hangul, CJK, punctuation and most of ASCII
    assert [c for c in plain if opening.match(c)] == []


def test_the_menu_letters_hold_every_letter_that_parts_menu_words() -> None:
    parts = regex.compile(r"[\s|│/·•,【】\[\]]")
    letters = _chrome_letters()
    assert [hex(c) for c in range(sys.maxunicode + 1) if parts.match(chr(c)) and chr(c) not in letters] == []


def _noise_in_full(line: str) -> bool:
    p = _patterns()
    line = line.strip()
    if len(line) > 200:
        return False
    return p["noise"].match(line) is not None or p["noise_anywhere"].search(line) is not None


NOISE_LINES = [
    "정부는 25일 발표했다.",
    "“예산 늘린다” 정부 발표",
    "(서울=한빛뉴스) 홍길동 기자 = 정부는 25일 발표했다.",
    "[속보] 정부, 예산안 발표",
    "<사진 설명> 시민들이 걷고 있다",
    "#예산#정부#발표",
    "2025-02-26 14:49:37",
    "1899-12-31 10:00",
    "3월 수출 12% 늘어",
    "12",
    "2025.02.26 14:49",
    "2025 02 26 14:49:00",
    "1234567890123",
    "홍길동 기자 hong@example.co.kr",
    "hong@example.co.kr",
    "ⓒ 한빛일보. 무단전재 및 재배포 금지",
    "이 기사는 무단 전재를 금합니다",
    "재배포 금지",
    "中 AI 쇼크",
    "▲ 시민들이 걷고 있다",
    "…그리고 남은 것",
    "  댓글 3  ",
]


@pytest.mark.parametrize(
    "line",
    NOISE_LINES
    + [f"{w} 3" for w in WORDS["reactions"] + WORDS["noise_headers"]]
    + [f"{w} 한빛일보" for w in WORDS["copyright_markers"]],
)
def test_the_noise_test_agrees_with_its_full_pattern(line: str) -> None:
    assert is_noise_line(line) == _noise_in_full(line)


def _chrome_in_full(line: str) -> str | None:
    """chrome_reason as it was before its quick tests (the letters of the menu words, the
    first letter of a market's name)."""
    p = _patterns()
    if len(line) <= 60:
        if furniture._NAV_MARK.search(line) and p["nav"].match(line):
            return "navigation"
        if line.count("|") >= 2 and furniture._MENU.fullmatch(line):
            return "navigation"
        bare = line.strip("[]()<> ")
        known = furniture._chrome_words()
        if bare in known or all(w in known for w in furniture._SPLIT_CHROME.split(bare) if w):
            return "site menu or widget"
        if p["read_aloud"].search(line):
            return "read-aloud notice"
    if len(line) <= 200 and p["ticker"].match(line) and furniture._HAS_DIGIT.search(line):
        return "market ticker"
    return None


CHROME_LINES = [
    "홈 > 경제 > 산업",
    "구독 로그인 회원가입",
    "글자 크기",
    "[AD]",
    "|",
    "뉴스홈 | 경제 | 산업 | 국제",
    "코스피 2,731.15 ▲0.42%  원/달러 1,388.60",
    " 코스피 2,731.15",
    "코스피 상승 마감",
    "기사 듣기",
    "정부, 예산안 발표… 내년 677조",
    "한빛경제신문",
    "",
]


@pytest.mark.parametrize("line", CHROME_LINES + WORDS["chrome_words"] + WORDS["market_names"])
def test_the_chrome_test_agrees_with_its_full_rules(line: str) -> None:
    assert chrome_reason(line) == _chrome_in_full(line)


def _role_in_full(text: str) -> tuple[str, str | None] | None:
    """_line_role with the gate always asked (the rules as they were before the shortcut)."""
    special = _maybe_special(text)
    sentence = _is_sentence(text)
    if not special:
        return (layout.CHROME, why) if not sentence and (why := chrome_reason(text)) else None
    if (found := furniture.furniture_reason(text)) is not None:
        return found
    if furniture._is_byline(text):
        return layout.BYLINE, "byline"
    if len(text) <= 40 and _patterns()["related"].match(text):
        return layout.RELATED, "related-article box"
    if len(text) <= 300 and furniture._is_caption(text):
        return layout.CAPTION, None
    return (layout.CHROME, why) if not sentence and (why := chrome_reason(text)) else None


LONG = (
    "정부는 25일 내년도 예산안을 발표하며 지출을 3% 늘리고 "
    "반도체와 인공지능 분야의 연구개발 투자를 크게 확대한다고 밝혔다."
)


@pytest.mark.parametrize(
    "text",
    [
        LONG,
        LONG + " 사진=한빛일보 제공.",
        LONG + " /뉴스1.",
        "▲ " + LONG,
        LONG + " 홍길동 기자입니다.",
        LONG + " 무단전재 및 재배포 금지.",
        LONG.replace("25일", "2025년 3월 25일"),
        "홍길동 기자",
        "[앵커]",
        "관련기사",
        "사진=한빛일보",
    ]
    + [f"{LONG} {w}." for w in WORDS["caption_markers"]],
)
def test_a_line_role_agrees_with_the_rules_behind_the_gate(text: str) -> None:
    assert _line_role(text) == _role_in_full(text)


DATE_LINES = [
    "입력 2025.01.31 03:00 수정 2025.02.01 08:00",
    "2025-08-11 06:00",
    "홍길동 기자 hong@example.co.kr 2021-04-14 11:26:20",
    "2024년 3월 8일 11시 05분 입력",
    "게시시각 2025/03/04 09:30",
]


@pytest.mark.parametrize("line", DATE_LINES)
def test_a_date_line_passes_the_gate_by_itself(line: str) -> None:
    assert datelines.read_dateline(line) is not None
    assert _maybe_special(line)


@pytest.mark.parametrize(
    "line", [*DATE_LINES, "2025.01.31 기준 잔액은 3조원이다.", "입력 2025.01.31 본문이 이어진다"]
)
def test_the_label_test_keeps_every_labelled_date(line: str) -> None:
    # the label patterns are tried only where a label word stands: as often as before
    before, after = datelines._label_re()
    words = datelines._label_words()
    for start in range(len(line)):
        for end in range(start, len(line) + 1):
            word = words.search(line, start, end)
            if before.search(line, start, end) is not None or after.match(line, start, end) is not None:
                assert word is not None
            if word is not None:  # and the label before a date starts at a label word or later
                got, quick = before.search(line, start, end), before.search(line, word.start(), end)
                assert (got and got.span()) == (quick and quick.span())


def test_the_first_word_pattern_reads_blanks_as_the_regex_module_does() -> None:
    quick, full = wrap._FIRST_WORD, regex.compile(r"\S")
    assert [
        hex(c)
        for c in range(sys.maxunicode + 1)
        if bool(quick.fullmatch(chr(c))) != bool(full.fullmatch(chr(c)))
    ] == []


@pytest.mark.parametrize(
    "line",
    [
        *DATE_LINES,
        "2019년 2020년 3월 4일 1920.1.2 20201.1.1 2025-13-45 12:00",
        "202520.1.1 / 2019.12.31.2020.01.01 오후 3시 5분",
        "1919191920.01.01",
        "날짜 없는 줄",
    ],
)
def test_the_date_search_finds_what_the_full_pattern_finds(line: str) -> None:
    full = [m.span() for m in datelines._date_time_re().finditer(line, 0, len(line))]
    assert [m.span() for m in datelines._dates_in(line, 0, len(line))] == full
    assert [m.span() for m in datelines._dates_in(line, 3, len(line) - 2)] == [
        m.span() for m in datelines._date_time_re().finditer(line, 3, len(line) - 2)
    ]
