"""Kiwi's call options: ``z_coda`` is off (``newsfacts.kiwi.TOKENIZE_OPTIONS``), and the beam
keeps readings within 7 of the best, not 8 (``ANALYSIS_CONFIG``).

With it on, Kiwi may read the final consonant of a copula ending as a chat-style coda (Z_CODA)
and the 이 before it as a subject particle. Each sentence below (written for this project) is
read that way with Kiwi's default options; the article's tokens must give the copula reading.
"""

from __future__ import annotations

import dataclasses

import pytest

from newsfacts import kiwi
from newsfacts.kiwi import TOKENIZE_OPTIONS, get_kiwi
from newsfacts.page.article import parse_article

COPULA = [
    ("지난해 판매량인 20만 대를 넘었다.", "판매량인", [("판매량", "NNG"), ("이", "VCP"), ("ᆫ", "ETM")]),
    ("생산량인 50만 톤이다.", "생산량인", [("생산량", "NNG"), ("이", "VCP"), ("ᆫ", "ETM")]),
    ("투자액인 1조 원은 크다.", "투자액인", [("투자액", "NNG"), ("이", "VCP"), ("ᆫ", "ETM")]),
    ("총투자액인 1조 원은 정부가 댄다.", "투자액인", [("투자액", "NNG"), ("이", "VCP"), ("ᆫ", "ETM")]),
    (
        "회사 지분의 보유량인 5억 주가 문제다.",
        "보유량인",
        [("보유량", "NNG"), ("이", "VCP"), ("ᆫ", "ETM")],
    ),
]


def _morphemes(text: str, word: str, **options: object) -> list[tuple[str, str]]:
    start = text.index(word)
    end = start + len(word)
    return [(t.form, t.tag) for t in get_kiwi().tokenize(text, **options) if start <= t.start < end]


@pytest.mark.parametrize(("text", "word", "expected"), COPULA)
def test_copula_is_read_as_copula(text: str, word: str, expected: list[tuple[str, str]]) -> None:
    article = parse_article(text)
    start = text.index(word)
    got = [(t.form, t.tag) for t in article.tokens if start <= t.start < start + len(word)]
    assert got == expected
    assert all(t.tag != "Z_CODA" for t in article.tokens)


@pytest.mark.parametrize(("text", "word", "expected"), COPULA)
def test_default_options_would_misread_it(text: str, word: str, expected: list[tuple[str, str]]) -> None:
    # Why the option is set: Kiwi's defaults give the chat-coda reading for each sentence.
    assert _morphemes(text, word) != expected
    assert _morphemes(text, word, **TOKENIZE_OPTIONS) == expected


def _readings(text: str, cutoff: float | None = None) -> list[tuple[str, str]]:
    options = kiwi.tokenize_options()
    if cutoff is not None:
        config = dataclasses.replace(options["override_config"], cutoff_threshold=cutoff)
        options = {**options, "override_config": config}
    return [(t.form, t.tag) for t in get_kiwi().tokenize(text, **options)]


def test_the_cutoff_is_passed_with_each_call_and_kiwi_keeps_its_own() -> None:
    config = kiwi.tokenize_options()["override_config"]
    assert config.cutoff_threshold == kiwi.ANALYSIS_CONFIG["cutoff_threshold"] == 7.0
    assert get_kiwi().global_config.cutoff_threshold == 8.0  # bench/ compares it with Kiwi()
    # a bare "within 7 days", read as a noun only once the beam is narrower
    tokens = parse_article("7일내").tokens
    assert [(t.form, t.tag) for t in tokens] == [("7", "SN"), ("일", "NNB"), ("내", "NNB")]
    assert _readings("7일내", cutoff=8.0)[-2:] == [("내", "VV"), ("어", "EF")]


@pytest.mark.parametrize(
    "text",
    [
        # written for this project's samples; each reads otherwise once the cutoff is 4 or 5
        "여야, 677조 원 내년 예산안 처리 합의… 지역화폐 예산 두고 막판 진통",
        "김도윤, 독일 명문 이적 확정… 이적료 2500만 유로 ‘韓 최고액’",
        "한국부동산원이 12일 발표한 주간 아파트 가격 동향에 따르면 서울 아파트값은 전주 대비 0.26% 올랐다.",
        "경기는 현지 시간 2일 오후 4시 30분에 시작됐다.",
    ],
)
def test_news_sentences_read_as_with_kiwis_default_cutoff(text: str) -> None:
    assert _readings(text) == _readings(text, cutoff=8.0)
    assert _readings(text, cutoff=4.0) != _readings(text, cutoff=8.0)  # how close the edge is
