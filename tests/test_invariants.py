"""Properties that hold for any input: extraction never raises, spans are exact, JSON round-trips."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts.document import KINDS

# Decoded input never holds lone surrogates, so they are left out; everything else goes.
any_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)

# Pieces of news copy, so that the extractors actually fire on generated text.
PIECES = [
    "558만 달러", "(약 78억1200만 원)", "1조2000억 원", "3~4%", "0.25%포인트", "17%", "수천만 달러",
    "1달러=1,380원", "29일(현지 시간)", "지난달 3일", "오후 3시", "2025년 1월 31일", "올해 1분기",
    "“", "”", "‘", "’", "\"", "그는", "라고 말했다.", "고 밝혔다.", "에 따르면", "블룸버그통신은",
    " ", "\n", "\r\n", "입력 2025.01.31 03:00\n", "댓글 3\n", "좋아요\n", ".", "(", ")", "~", "약 ",
    "만", "억", "조", "원", "달러", "엔", "%", "일", "월", "년", "0", "1", "9", ",",
]  # fmt: skip
news_text = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _spans(obj: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every (path, object) inside a result that has text/start/end."""
    found = []
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = {f.name for f in dataclasses.fields(obj)}
        if {"text", "start", "end"} <= names:
            found.append((path, obj))
        for name in names:
            found.extend(_spans(getattr(obj, name), f"{path}.{name}"))
    elif isinstance(obj, (list, tuple)):
        for i, item in enumerate(obj):
            found.extend(_spans(item, f"{path}[{i}]"))
    return found


def _check(text: str) -> None:
    doc = newsfacts.extract(text)
    for kind in KINDS:
        for m in doc.mentions(kind):
            for path, span in _spans(m, kind):
                assert 0 <= span.start <= span.end <= len(text), path
                assert text[span.start : span.end] == span.text, path
            sentence = getattr(m, "sentence", None)
            if sentence is not None:
                assert 0 <= sentence < len(doc.sentences)
            s0, s1 = getattr(m, "speaker_start", None), getattr(m, "speaker_end", None)
            if s0 is not None:
                assert 0 <= s0 <= s1 <= len(text)
    data = doc.to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_text(text: str) -> None:
    _check(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_text)
def test_news_like_text(text: str) -> None:
    _check(text)


def test_samples_hold_the_invariants() -> None:
    from conftest import SAMPLES

    for path in sorted(SAMPLES.glob("*.txt")):
        _check(path.read_text("utf-8"))
