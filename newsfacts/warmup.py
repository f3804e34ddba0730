"""Build the rules' regular expressions on another thread while Kiwi loads its model.

The patterns take a quarter of a second to compile, all of it in Python, and each is built
on first use: the first article paid for them after Kiwi's own second or more of loading.
Kiwi loads in C++ without holding the GIL, so ``ready`` starts ``compile_patterns`` on a
thread first and joins it once Kiwi is built; on a machine with two cores the compiling is
done by then. The pipeline (and each batch worker) calls ``ready``; the extractors below it
never import this module, which imports them. The list holds the patterns that take longest
to build; any other is still built on first use. Nothing here changes what a pattern matches.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from functools import cache
from typing import Any

from .lexicon import slow_builders


def _builders() -> list[Callable[[], Any]]:
    from .extractors.speech import reporting, speakers

    return [
        *slow_builders(),
        reporting.claims,
        reporting.after_quote,
        reporting.any_verb,
        reporting.owner_after_quote,
        speakers.lexicon,
    ]


def compile_patterns() -> None:
    """Build the longest-to-build patterns now (each builder caches what it builds)."""
    for build in _builders():
        build()


@cache
def ready() -> None:
    """Kiwi built and the slow patterns compiled, side by side; once per process."""
    from .kiwi import get_kiwi

    compiling = start()
    get_kiwi()
    compiling.join()


def start() -> threading.Thread:
    """``compile_patterns`` on a daemon thread; a failure there is left for first use to raise."""

    def run() -> None:
        with contextlib.suppress(Exception):  # the builder raises again, in context, when used
            compile_patterns()

    thread = threading.Thread(target=run, name="newsfacts-patterns", daemon=True)
    thread.start()
    return thread
