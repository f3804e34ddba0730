"""Direct quotes and reported claims with their speakers (issue 5)."""

from __future__ import annotations

import dataclasses

from .article import Article


@dataclasses.dataclass(frozen=True, kw_only=True)
class QuoteMention:
    text: str
    start: int
    end: int
    sentence: int
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: str | None = None
    verb: str | None = None
    anonymous: bool = False
    via: str | None = None


def extract_quotes(article: Article) -> list[QuoteMention]:
    return []
