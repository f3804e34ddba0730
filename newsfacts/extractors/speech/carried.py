"""A quote that runs over paragraphs: newsroom copy opens each paragraph of a long quote with
“ and closes only the last (``그는 “첫째, …`` / ``“둘째, …”고 말했다.``). The open parts are
kept until the paragraph that closes the quote, then given its speaker and verb."""

from __future__ import annotations

import dataclasses

from ...page.article import Article
from .mention import DIRECT, QuoteMention, sentence_index
from .speakers import Speaker

DANGLING = frozenset({"“", "「"})


@dataclasses.dataclass
class Open:
    """A quote mark left open at the end of a paragraph: '그는 “첫째, …' / '“둘째, …”고 말했다.'"""

    open: int  # token of the mark
    para_end: int  # one past the paragraph's last token
    speaker: Speaker | None


def close_carried(
    article: Article,
    carried: list[Open],
    out: list[QuoteMention],
    first_seen: int,
    t0: int,
    dangling: int | None,
) -> list[Open]:
    """Emit the open quotes of earlier paragraphs once a paragraph that opens with “ closes it."""
    if not carried:
        return []
    if dangling == t0:
        return carried  # the quote runs on through this paragraph too
    opening = article.tokens[t0]
    first = min(out[first_seen:], key=lambda m: m.start, default=None)
    if opening.form not in DANGLING or first is None or first.kind != DIRECT or first.start != opening.end:
        return []
    named = next((c.speaker for c in carried if c.speaker is not None), None)
    if named is not None and first.speaker is None:
        n = out.index(first)
        out[n] = dataclasses.replace(first, speaker=named.name, anonymous=named.anonymous)
        first = out[n]
    for c in carried:
        start, end = article.tokens[c.open].end, article.tokens[c.para_end - 1].end
        if not article.text[start:end].strip():
            continue
        sp = c.speaker or named
        out.append(
            QuoteMention(
                text=article.text[start:end],
                start=start,
                end=end,
                sentence=sentence_index(article, start),
                kind=DIRECT,
                speaker=sp.name if sp else first.speaker,
                speaker_start=sp.start if sp else None,
                speaker_end=sp.end if sp else None,
                speaker_mention=sp.mention if sp else None,
                verb=first.verb,
                anonymous=sp.anonymous if sp else first.anonymous,
                via=first.via,
            )
        )
    return []
