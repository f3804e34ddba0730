"""Korean word lists, kept as JSON data under ``newsfacts/data`` apart from the code.

Each file documents its own shape and sources in a ``_doc`` key. Every entry is exercised
by a test (``tests/test_lexicon_*.py`` and the extractor tables).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed ``newsfacts/data/<name>.json``, read once per process."""
    raw = resources.files("newsfacts").joinpath("data", f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    data.pop("_doc", None)
    return data


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that 기사입력 wins over 입력."""
    import regex

    return "|".join(regex.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
