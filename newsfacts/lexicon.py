"""Korean word lists, kept as JSON data under ``newsfacts/data`` apart from the code.

Each file documents its own shape and sources in a ``_doc`` key. Every entry is exercised
by a test (``tests/test_lexicon_*.py`` and the extractor tables).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any, TypeVar

_Builder = TypeVar("_Builder", bound=Callable[..., Any])
_SLOW: list[Callable[[], Any]] = []


@cache
def load(name: str) -> dict[str, Any]:
    """Return the parsed ``newsfacts/data/<name>.json``, read once per process."""
    raw = resources.files("newsfacts").joinpath("data").joinpath(f"{name}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    data.pop("_doc", None)
    return data


def alternation(words: list[str] | tuple[str, ...]) -> str:
    """A regex alternation of literal words, longest first so that 기사입력 wins over 입력.

    The words are grouped by first letter, 입(?:력|력일), with the same order within each
    letter, so the same word matches; the regex engine then tries one branch per letter at
    each place instead of every word. Letters are grouped case-blind, so that the order also
    holds under ``(?i)``.
    """
    import regex

    groups: dict[str, list[str]] = {}
    for w in sorted(set(words), key=lambda w: (-len(w), w)):
        groups.setdefault(w[:1].casefold(), []).append(w)
    branches = []
    for group in groups.values():
        first = group[0][:1]
        if all(w[:1] == first for w in group) and len(group) > 1:
            branches.append(regex.escape(first) + "(?:" + "|".join(regex.escape(w[1:]) for w in group) + ")")
        else:
            branches.extend(regex.escape(w) for w in group)
    return "|".join(branches)


def slow_pattern(*calls: tuple[Any, ...]) -> Callable[[_Builder], _Builder]:
    """Mark a cached pattern builder as slow to build, so that the warm-up builds it on a thread
    while Kiwi loads its model (``newsfacts.warmup``). ``calls`` are the argument tuples it is
    used with (``@slow_pattern((False,), (True,))``); none means it takes none. Put it above
    ``@cache``: the warm-up must fill the cache that the rules read."""

    def mark(build: _Builder) -> _Builder:
        for args in calls or ((),):
            _SLOW.append(functools.partial(build, *args))
        return build

    return mark


def slow_builders() -> tuple[Callable[[], Any], ...]:
    """Every builder marked with ``slow_pattern`` by the modules imported so far, in import order."""
    return tuple(_SLOW)
