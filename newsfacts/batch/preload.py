"""What batch workers start with, made once in the fork server they are forked from.

On Linux ``pool`` starts batch workers with multiprocessing's ``forkserver`` method and has the
fork server import this module: the command line's modules, a single-threaded Kiwi, and one
article extracted, which builds the rest of Kiwi's model (its first analysis takes 0.5 s and
70 MB) and the rules' patterns and word lists. Every worker is a fork of that process:

- it starts in milliseconds, not the second and a half of CPU it took to load Kiwi itself;
- the workers share one copy of Kiwi's 270 MB instead of holding one each, so N workers
  cost about one Kiwi of memory, and on two cores the two read one copy through the shared
  cache: two forked workers analyse about a tenth faster together than two that loaded their
  own (see README, "Speed and memory").

Kiwi's first analysis starts its thread pool, and a forked process has no copy of that
thread. A worker may therefore only make the one-text calls that run on the caller's thread,
``kiwi.tokenize(str)``, which is what ``article._segment`` does when Kiwi has one thread; a
list of texts would wait for the pool forever.
"""

from __future__ import annotations

import os

os.environ["NEWSFACTS_KIWI_THREADS"] = "1"  # before Kiwi is built, here and in every worker

from .. import cli  # noqa: F401  (each worker's __main__ imports the command line)
from ..pipeline import extract
from .pool import WARM_UP_TEXT

extract(WARM_UP_TEXT)
