"""One direct quote or reported claim, as the JSON contract has it (``QuoteMention``)."""

from __future__ import annotations

import dataclasses

from ...mentions import Mention
from ...page.article import Article
from .speakers import Speaker


@dataclasses.dataclass(frozen=True, kw_only=True)
class QuoteMention(Mention):
    kind: str  # direct | indirect
    speaker: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_mention: str | None = None
    verb: str | None = None
    anonymous: bool = False
    via: str | None = None


DIRECT, INDIRECT = "direct", "indirect"


def sentence_index(article: Article, offset: int) -> int:
    s = article.sentence_at(offset)
    if s is not None:
        return s.index
    # between sentences (a space Kiwi left out): the sentence before
    for sent in reversed(article.sentences):
        if sent.start <= offset:
            return sent.index
    return 0


def quote_mention(
    article: Article,
    start: int,
    end: int,
    *,
    kind: str,
    speaker: Speaker | None,
    verb: str | None,
    via: str | None = None,
) -> QuoteMention:
    """The mention of ``article.text[start:end]``, said by ``speaker`` (None: nobody named)."""
    sp = speaker or Speaker(None, None, None, None)
    return QuoteMention(
        text=article.text[start:end],
        start=start,
        end=end,
        sentence=sentence_index(article, start),
        kind=kind,
        speaker=sp.name,
        speaker_start=sp.start,
        speaker_end=sp.end,
        speaker_mention=sp.mention,
        verb=verb,
        anonymous=sp.anonymous,
        via=via,
    )
