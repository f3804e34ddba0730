"""What the speaker tests compare: each quote or claim of a text as (text, speaker,
speaker_mention), with its spans checked against the input on the way."""

from __future__ import annotations

from typing import Any

from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.page.article import parse_article


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_quotes(parse_article(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return [(q.text, q.speaker, q.speaker_mention) for q in found]


def cases_in_tables(namespace: dict[str, Any], *, besides: tuple[str, ...] = ()) -> int:
    """How many cases the module's upper-case list tables hold (not ALL_CASES, nor ``besides``):
    a formatter's line breaks once made an edit to ALL_CASES miss three tables."""
    skip = ("ALL_CASES", *besides)
    return sum(len(v) for k, v in namespace.items() if k.isupper() and k not in skip and isinstance(v, list))
