"""Quotation marks as Korean copy writes them, by family: one list for every rule that reads them.

Double marks and corner brackets quote speech; single marks quote words and names (``‘피크아웃’``);
title brackets name works and programmes (``『…』``, ``《…》``). A straight ``"`` both opens and
closes, and some copy ends a quote with a second ``“``.
"""

from __future__ import annotations

#: an opening mark -> its family
FAMILIES: dict[str, str] = {
    "“": "double", '"': "double", "＂": "double", "「": "corner",
    "‘": "single", "'": "single", "『": "title", "《": "title", "〈": "title",
}  # fmt: skip
#: the marks that close each family
CLOSERS: dict[str, frozenset[str]] = {
    "double": frozenset({"”", '"', "＂", "“"}),
    "corner": frozenset({"」"}),
    "single": frozenset({"’", "'"}),
    "title": frozenset({"』", "》", "〉"}),
}
OPENERS = frozenset(FAMILIES)
ALL_CLOSERS = frozenset().union(*CLOSERS.values())
ALL = OPENERS | ALL_CLOSERS
#: the families whose quotes are someone's words
SPEECH = frozenset({"double", "corner"})
