"""Tie each figure to the speaker or source it is attributed to (issue 5)."""

from __future__ import annotations

from typing import TypeVar

from .article import Article
from .quotes import QuoteMention

M = TypeVar("M")


def attribute(article: Article, quotes: list[QuoteMention], mentions: list[M]) -> list[M]:
    return mentions
