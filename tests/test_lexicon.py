"""``lexicon.alternation``: longest word first, grouped by first letter, same match as flat.

The grouping is a speed-up only (the regex engine tries one branch per letter instead of
every word), so these tests hold it to the flat alternation it replaced, on every word list
in ``newsfacts/data`` and on generated text.
"""

from __future__ import annotations

from typing import Any

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.lexicon import alternation, load

DATA = ("page", "check_words", "currencies", "date_words", "numerals", "percent_words",
        "quantity_words", "reporting_verbs", "speakers")  # fmt: skip


def _flat(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _word_lists(value: Any, path: str) -> list[tuple[str, list[str]]]:
    """Every list of strings in a data file, or a dict's keys, with where it is."""
    out: list[tuple[str, list[str]]] = []
    if isinstance(value, dict):
        if value and all(isinstance(k, str) for k in value):
            out.append((f"{path} keys", list(value)))
        for k, v in value.items():
            out += _word_lists(v, f"{path}.{k}")
    elif isinstance(value, list) and value and all(isinstance(x, str) for x in value):
        out.append((path, value))
    return out


LISTS = [pair for name in DATA for pair in _word_lists(load(name), name)]


@pytest.mark.parametrize(
    ("words", "pattern"),
    [
        (["입력", "기사입력"], "기사입력|입력"),
        (["입력", "입력일", "입"], "입(?:력일|력|)"),
        (["원", "원화", "달러", "달러화"], "달(?:러화|러)|원(?:화|)"),
        (["million", "mn", "m", "M"], "million|mn|M|m"),  # mixed case: kept flat
        (["US$", "$"], r"US\$|\$"),
        (["다음 달", "다음달"], r"다(?:음\ 달|음달)"),
    ],
)
def test_alternation_groups_words_by_first_letter(words: list[str], pattern: str) -> None:
    assert alternation(words) == pattern


@pytest.mark.parametrize(("where", "words"), LISTS, ids=[where for where, _ in LISTS])
def test_grouped_alternation_matches_each_word_as_the_flat_one(where: str, words: list[str]) -> None:
    flat, grouped = regex.compile(_flat(words)), regex.compile(alternation(words))
    for w in words:
        for text in (w, w + "다", w + w, "1" + w):
            assert grouped.search(text).span() == flat.search(text).span(), (where, text)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_grouped_alternation_scans_text_as_the_flat_one(data: st.DataObject) -> None:
    where, words = data.draw(st.sampled_from(LISTS))
    pieces = sorted({p for w in words for p in (w, w[:1], w[1:], w[:-1])} | {" ", "다", "A", "a"})
    text = data.draw(st.lists(st.sampled_from(pieces), max_size=12).map("".join))
    for flags in (0, regex.IGNORECASE):
        flat, grouped = regex.compile(_flat(words), flags), regex.compile(alternation(words), flags)
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)], where
