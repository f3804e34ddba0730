"""Who said what: the direct quotes, the reported claims and the headline quotes that
condense a body quote, in text order (``extract_quotes``).

Six modules read them: ``quotes`` (quote marks, frames and speakers), ``claims`` (what is
reported without quote marks, read in the rest of each frame), ``soundbites`` (a broadcast
page's ``[이름/직함 : …]``, speech without marks), ``fullest`` (each speaker as
the fullest form written for it), ``condensed`` (a headline or subhead quote given the
speaker of the body quote it condenses) and ``headlines`` (one given the person the page
writes around it). The last four read what ``quotes`` makes, so this module, above all of
them, joins them; a speaker's name leaves without the page's markup in it (``as_a_name``).
"""

from __future__ import annotations

import dataclasses

from ...page.article import Article
from .claims import claims_in
from .condensed import with_condensed_speakers
from .entities import Entities
from .fullest import with_fullest_speakers
from .headlines import trailing_people
from .mention import QuoteMention
from .names import as_a_name
from .quotes import read_quotes
from .soundbites import soundbites, tagged


def extract_quotes(article: Article, named: Entities | None = None) -> list[QuoteMention]:
    """Every direct quote and reported claim of the article, in text order. ``named`` is the
    article's entities, when the caller has read them already."""
    named = named if named is not None else Entities(article)
    read = read_quotes(article, named, claims_in)
    if bites := soundbites(article, read):
        # a claim read in a soundbite's brackets ('[…/… : …있다고 했습니다]') is its words
        spans = [((b.speaker_start or b.start) - 1, b.end) for b in bites]
        kept = [m for m in read if not any(s <= m.start < e for s, e in spans)]
        read = sorted([*kept, *bites], key=lambda m: (m.start, m.end))
    quotes = tagged(article, with_fullest_speakers(named, read), named)
    quotes = trailing_people(article, with_condensed_speakers(article, quotes, named), named)
    return [_without_markup(m) for m in quotes]


def _without_markup(m: QuoteMention) -> QuoteMention:
    if m.speaker is None or (name := as_a_name(m.speaker)) == m.speaker:
        return m
    return dataclasses.replace(m, speaker=name)
