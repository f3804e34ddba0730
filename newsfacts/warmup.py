"""Build the rules' regular expressions on another thread while Kiwi loads its model.

The patterns take a quarter of a second to compile, all of it in Python, and each is built
on first use: the first article paid for them after Kiwi's own second or more of loading.
Kiwi loads in C++ without holding the GIL, so ``ready`` starts ``compile_patterns`` on a
thread first and joins it once Kiwi is built; on a machine with two cores the compiling is
done by then. The pipeline (``pipeline.warm_up``, also called by each batch worker) calls
``ready``; the extractors never import this module, and it imports none of them: the builders
that take longest mark themselves with ``lexicon.slow_pattern``, and any other pattern is
still built on first use. Nothing here changes what a pattern matches.
"""

from __future__ import annotations

import contextlib
import threading
from functools import cache

from .lexicon import slow_builders


def compile_patterns() -> None:
    """Build the patterns the rules mark ``@slow_pattern()`` now (each builder caches what it
    builds). The pipeline has imported every extractor by the time it calls ``ready``."""
    for build in slow_builders():
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
