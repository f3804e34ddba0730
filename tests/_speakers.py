"""What the speaker tests compare: each quote or claim of a text as (text, speaker,
speaker_mention), with its spans checked against the input on the way."""

from __future__ import annotations

from newsfacts.extractors.speech.reading import extract_quotes
from newsfacts.page.article import parse_article


def speakers(text: str) -> list[tuple[str, str | None, str | None]]:
    found = extract_quotes(parse_article(text))
    for q in found:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
    return [(q.text, q.speaker, q.speaker_mention) for q in found]
