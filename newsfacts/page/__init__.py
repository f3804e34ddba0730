"""The page: what each line of a pasted page is (``layout``), and the article the extractors
read, its paragraphs, sentences and morphemes (``article``).

``read_page`` and the roles are re-exported here: ``from newsfacts.page import read_page``.
"""

from .layout import (
    BODY,
    BYLINE,
    CAPTION,
    CHROME,
    CONTENT_ROLES,
    DATELINE,
    HEADLINE,
    NOISE,
    RELATED,
    ROLES,
    SUBHEAD,
    Layout,
    PageLine,
    read_page,
)

__all__ = [
    "BODY",
    "BYLINE",
    "CAPTION",
    "CHROME",
    "CONTENT_ROLES",
    "DATELINE",
    "HEADLINE",
    "NOISE",
    "RELATED",
    "ROLES",
    "SUBHEAD",
    "Layout",
    "PageLine",
    "read_page",
]
