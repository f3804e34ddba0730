"""Kiwi's call options: ``z_coda`` is off (``newsfacts.kiwi.TOKENIZE_OPTIONS``).

With it on, Kiwi may read the final consonant of a copula ending as a chat-style coda (Z_CODA)
and the 이 before it as a subject particle. Each sentence below (written for this project) is
read that way with Kiwi's default options; the article's tokens must give the copula reading.
"""

from __future__ import annotations

import pytest

from newsfacts.article import parse_article
from newsfacts.kiwi import TOKENIZE_OPTIONS, get_kiwi

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
