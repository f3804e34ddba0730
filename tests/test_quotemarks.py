"""The quotation marks of ``newsfacts.quotemarks``: one list for every rule that reads them (issue 19)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts.quotemarks import ALL, ALL_CLOSERS, CLOSERS, FAMILIES, OPENERS, SPEECH

PAIRS = {"“": "”", '"': '"', "＂": "＂", "「": "」", "‘": "’", "'": "'", "『": "』", "《": "》", "〈": "〉"}
GAP = pytest.mark.xfail(strict=True, reason="gap: Kiwi does not tag the fullwidth ＂ as a bracket")


@pytest.mark.parametrize(
    ("opener", "closer"),
    [
        pytest.param(o, c, marks=GAP) if o == "＂" else (o, c)
        for o, c in PAIRS.items()
        if FAMILIES[o] in SPEECH
    ],
)
@pytest.mark.parametrize("tail", ["이라고 말했다.", "이라며 웃었다."])
def test_each_speech_mark_quotes_someone(opener: str, closer: str, tail: str) -> None:
    text = f"김철수 산업부 장관은 이날 {opener}수출이 다시 늘 것{closer}{tail}"
    quotes = [(q.kind, q.text, q.speaker) for q in newsfacts.extract(text).quotes]
    assert quotes == [("direct", "수출이 다시 늘 것", "김철수 산업부 장관")]


@pytest.mark.parametrize(("opener", "closer"), PAIRS.items())
def test_each_opener_has_its_closer_in_its_family(opener: str, closer: str) -> None:
    assert closer in CLOSERS[FAMILIES[opener]]


def test_the_sets_are_made_of_the_families() -> None:
    assert set(PAIRS) == OPENERS
    assert ALL == OPENERS | ALL_CLOSERS
    assert set(CLOSERS) == set(FAMILIES.values())
    assert set(CLOSERS) > SPEECH
