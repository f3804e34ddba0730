"""The noun phrases of one article, each read once, for every rule that asks.

The entities read a noun phrase at every subject, object and possessive particle; the
quotes, the claims, the subjects of a paragraph and the resolver then ask for many of the
same ones (the same particle and the same first token the phrase may use), and whether the
same span has the shape of a person. Both are pure functions of the article and their
arguments, so each answer is kept with the article (``Article.derived``) and read again
from there: the readers in ``speakers`` stay as they are, and the rules ask through here.
"""

from __future__ import annotations

from ...page.article import Article
from . import speakers


def _phrases(article: Article) -> dict[tuple[int, int], tuple[int, int] | None]:
    """The noun phrases read in one article, by (particle token, floor token)."""
    return {}


def _persons(article: Article) -> dict[tuple[int, int], bool]:
    """Whether each span asked about in one article has the shape of a person."""
    return {}


def noun_phrase(article: Article, k: int, lo: int) -> tuple[int, int] | None:
    """``speakers.noun_phrase``, read once per article and (k, lo)."""
    memo = article.derived(_phrases)
    key = (k, lo)
    if key in memo:
        return memo[key]
    span = memo[key] = speakers.noun_phrase(article, k, lo)
    return span


def person_phrase(article: Article, span: tuple[int, int]) -> bool:
    """``speakers.person_phrase``, read once per article and span."""
    memo = article.derived(_persons)
    found = memo.get(span)
    if found is None:
        found = memo[span] = speakers.person_phrase(article, span)
    return found
