"""The article model: headline, date line, body, page noise, sentences and morphemes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsfacts.lexicon import load
from newsfacts.page.article import (
    BODY,
    HEADLINE,
    NOISE,
    SUBHEAD,
    is_noise_line,
    parse_article,
    parse_dateline,
)

BODY_TEXT = "정부는 25일 새 대책을 발표했다. 시장은 크게 반겼다."


@pytest.mark.parametrize(
    ("line", "published", "modified"),
    [
        ("입력 2025년 1월 31일 03시 00분", date(2025, 1, 31), None),
        ("입력 2025.01.31 03:00", date(2025, 1, 31), None),
        ("입력 2025-01-31 03:00:00", date(2025, 1, 31), None),
        ("입력 2025. 1. 31. 오전 3:00", date(2025, 1, 31), None),
        ("기사입력 2025.01.31 오전 3:00", date(2025, 1, 31), None),
        ("입력 2025.01.31 03:00 수정 2025.02.01 08:00", date(2025, 1, 31), date(2025, 2, 1)),
        ("수정 2025.02.01 08:00 입력 2025.01.31 03:00", date(2025, 1, 31), date(2025, 2, 1)),
        ("등록 :2025-01-31 05:00 수정 :2025-01-31 09:10", date(2025, 1, 31), date(2025, 1, 31)),
        ("송고시간2025-01-31 09:00", date(2025, 1, 31), None),
        ("최종수정 2025/02/03 11:00", None, date(2025, 2, 3)),
        ("입력 2025.02.30 03:00", None, None),  # no such day
        # a line that is only a date and a time: the publication date
        ("2025-08-11 06:00", date(2025, 8, 11), None),
        ("2025.08.11. 오전 6:00", date(2025, 8, 11), None),
        ("2025년 8월 11일 06시 00분", date(2025, 8, 11), None),
        ("2025.08.11(월) 14:30", date(2025, 8, 11), None),
        ("2025/08/11", date(2025, 8, 11), None),
        ("2025.08.11 서울", None, None),  # more than a date
        ("2025-02-30 06:00", None, None),
        ("입력란에 이름을 쓴다", None, None),
    ],
    ids=lambda v: str(v),
)
def test_parse_dateline(line: str, published: date | None, modified: date | None) -> None:
    assert parse_dateline(line) == (published, modified)


@pytest.mark.parametrize("label", load("page")["dateline_published"])
def test_every_published_label_sets_the_reference_date(label: str) -> None:
    art = parse_article(f"제목이다\n{label} 2024.12.09 21:12\n{BODY_TEXT}")
    assert art.reference_date == date(2024, 12, 9)
    assert art.headline is not None and art.headline.text == "제목이다"


@pytest.mark.parametrize("label", load("page")["dateline_modified"])
def test_a_modified_label_is_used_only_without_a_published_one(label: str) -> None:
    alone = parse_article(f"제목이다\n{label} 2024.12.10 08:00\n{BODY_TEXT}")
    assert alone.reference_date == date(2024, 12, 10)
    both = parse_article(f"제목이다\n{label} 2024.12.10 08:00\n입력 2024.12.09 07:00\n{BODY_TEXT}")
    assert both.reference_date == date(2024, 12, 9)


@pytest.mark.parametrize(
    ("text", "headline", "reference", "roles"),
    [
        (
            "제목 한 줄\n  • 한빛일보\n  • 입력 2025년 1월 31일 03시 00분\n\n부제 한 줄\n" + BODY_TEXT,
            "제목 한 줄",
            date(2025, 1, 31),
            [HEADLINE, SUBHEAD, BODY],
        ),
        (
            "입력 2025.01.31 03:00\n제목이 아래에 온다\n" + BODY_TEXT,
            "제목이 아래에 온다",
            date(2025, 1, 31),
            [HEADLINE, BODY],
        ),
        ("제목만 있고 날짜가 없다\n" + BODY_TEXT, "제목만 있고 날짜가 없다", None, [HEADLINE, BODY]),
        (
            "[단독] 제목이 먼저 온다\n2025-08-11 06:00\n" + BODY_TEXT,
            "[단독] 제목이 먼저 온다",
            date(2025, 8, 11),
            [HEADLINE, BODY],
        ),
        # past the header block a bare date is a timeline entry, not the page's date
        (
            "제목\n" + "본문 문장이다.\n" * 8 + "2025.08.11\n" + BODY_TEXT,
            "제목",
            None,
            [HEADLINE] + [BODY] * 8 + [SUBHEAD, BODY],
        ),
        (BODY_TEXT, None, None, [BODY]),
        ("", None, None, []),
        ("\n\n  \n", None, None, []),
    ],
    ids=[
        "page-top",
        "date-first",
        "no-dateline",
        "bare-date-line",
        "bare-date-in-body",
        "body-only",
        "empty",
        "blank",
    ],
)
def test_structure(text: str, headline: str | None, reference: date | None, roles: list[str]) -> None:
    art = parse_article(text)
    assert (art.headline.text if art.headline else None) == headline
    assert art.reference_date == reference
    assert [p.role for p in art.paragraphs] == roles


def test_reference_date_override_wins() -> None:
    art = parse_article("제목\n입력 2025.01.31 03:00\n" + BODY_TEXT, reference_date=date(2020, 5, 5))
    assert art.reference_date == date(2020, 5, 5)


NOISE_TAIL = "\n좋아요\n3\n댓글 2\n2025-01-31 06:33:55\n이 기사 17% 틀렸네. 100억 원이 뭐냐\n"


def test_page_noise_is_cut_off_and_kept_on_request() -> None:
    text = "제목\n입력 2025.01.31 03:00\n" + BODY_TEXT + NOISE_TAIL
    art = parse_article(text)
    assert art.noise_start == text.index("좋아요")
    assert all(s.end <= art.noise_start for s in art.sentences)
    kept = parse_article(text, keep_noise=True)
    assert [p.role for p in kept.paragraphs][-1] == NOISE
    assert any("100억" in s.text for s in kept.sentences)


@pytest.mark.parametrize("word", load("page")["reactions"])
def test_every_reaction_button_starts_noise(word: str) -> None:
    assert is_noise_line(word)
    assert is_noise_line(f"{word} 12")


@pytest.mark.parametrize("word", load("page")["noise_headers"])
def test_every_noise_header_starts_noise(word: str) -> None:
    assert is_noise_line(word)


@pytest.mark.parametrize("word", load("page")["copyright_markers"])
def test_every_copyright_marker_starts_noise(word: str) -> None:
    assert is_noise_line(f"{word} 한빛일보")


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("댓글 3", True),
        ("댓글 (12)", True),
        ("2025-01-31 06:33:55", True),
        ("2025.01.31 06:33", True),
        ("#중국 인공지능#딥시크#R1", True),
        ("홍길동 기자 gildong@example.com", True),
        ("워싱턴=김철수 특파원 kim@example.co.kr", True),
        ("gildong@example.com", True),
        ("[ⓒ 한빛일보 & hanbit.example, 무단 전재 및 재배포 금지]", True),
        ("댓글이 하루 만에 3000개 넘게 달렸다.", False),
        ("좋아요를 누른 사람이 100만 명을 넘었다.", False),
        ("그는 2025-01-31 06:33에 글을 올렸다.", False),
        ("해시태그 #딥시크 운동이 번졌다.", False),
    ],
    ids=lambda v: str(v),
)
def test_noise_lines(line: str, noise: bool) -> None:
    assert is_noise_line(line) is noise


def test_noise_markers_before_the_body_do_not_cut_it() -> None:
    text = "제목\n입력 2025.01.31 03:00\n구독\n" + BODY_TEXT
    art = parse_article(text)
    assert art.noise_start is None or art.noise_start > text.index(BODY_TEXT)
    assert art.sentences and art.sentences[-1].text == "시장은 크게 반겼다."


def test_sentences_and_tokens_index_the_whole_text() -> None:
    text = "제목\n입력 2025.01.31 03:00\n\r\n그는 “좋다. 아주 좋다”고 말했다. 끝났다.\r\n둘째 문단이다."
    art = parse_article(text)
    assert [s.text for s in art.sentences] == [
        "제목",
        "그는 “좋다. 아주 좋다”고 말했다.",
        "끝났다.",
        "둘째 문단이다.",
    ]
    for s in art.sentences:
        assert text[s.start : s.end] == s.text
        assert art.sentence_at(s.start) == s
        for t in art.sentence_tokens(s):
            assert s.start <= t.start <= t.end <= s.end
    opening = next(i for i, t in enumerate(art.tokens) if t.form == "“")
    closing = art.tokens[opening].paired
    assert art.tokens[closing].form == "”"
    assert art.tokens[closing].paired == opening
    assert art.sentence_at(text.index("입력")) is None


def test_sentences_of_later_paragraphs_pair_their_own_quote_marks() -> None:
    text = "첫 문단은 “하나”라고 했다.\n둘째 문단은 “둘”이라고 했다."
    art = parse_article(text)
    marks = [(i, t) for i, t in enumerate(art.tokens) if t.tag in ("SSO", "SSC")]
    for i, t in marks:
        assert art.tokens[t.paired].paired == i
        assert art.text[t.start : t.end] in "“”"


class _KiwiWithThreads:
    """The process's Kiwi, reporting another thread count: which call form ``_segment`` uses."""

    def __init__(self, kiwi, num_workers: int) -> None:
        self._kiwi, self.num_workers = kiwi, num_workers

    def tokenize(self, text, **options):
        return self._kiwi.tokenize(text, **options)


_SAMPLES = sorted((Path(__file__).resolve().parent.parent / "samples").glob("**/*.txt"))


@pytest.mark.parametrize("path", _SAMPLES, ids=[p.stem for p in _SAMPLES])
def test_one_call_per_paragraph_or_one_for_all_reads_the_same(monkeypatch, path) -> None:
    # Single-threaded, each paragraph is its own Kiwi call; with threads, one call takes them
    # all. Sentences, tokens, quote pairs and sub-sentences must not depend on which.
    from newsfacts.page import article

    real = article.get_kiwi()
    text = path.read_text("utf-8")
    read = {}
    for threads in (1, 2):
        monkeypatch.setattr(article, "get_kiwi", lambda t=threads: _KiwiWithThreads(real, t))
        parsed = parse_article(text)
        read[threads] = (parsed.sentences, parsed.tokens)
    assert read[1] == read[2]
    assert len(read[1][0]) > 5 and any(t.paired >= 0 for t in read[1][1])
