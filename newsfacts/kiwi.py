"""One Kiwi per process, built on first use.

Kiwi is made without its two optional dictionaries, ``load_default_dict=False`` (113,000
Wikipedia proper nouns) and ``load_multi_dict=False`` (250,000 spaced foreign names such as
``샘 올트먼``). Loading and building them is 1.8 of the 2.5 seconds Kiwi needs before its first
analysis, and nearly half its memory, and it changes nothing newsfacts reports: a speaker is
read as a noun phrase across spaces whatever the tag of each word (``speakers.noun_phrase``).
``KIWI_OPTIONS`` is the one place that says so; ``tests/test_kiwi_names.py`` holds the names
and organisations that the dictionaries would have tagged, and the test suite, the seed
article, the samples and the peer suites give the same output with and without them.
"""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

KIWI_OPTIONS: dict[str, Any] = {"load_default_dict": False, "load_multi_dict": False}


@cache
def get_kiwi() -> Kiwi:
    from kiwipiepy import Kiwi

    # NEWSFACTS_KIWI_THREADS lets batch workers run Kiwi single-threaded so that N processes
    # do not each spawn a thread per core. 0 means Kiwi's default.
    threads = int(os.environ.get("NEWSFACTS_KIWI_THREADS", "0") or 0)
    if threads > 0:
        return Kiwi(num_workers=threads, **KIWI_OPTIONS)
    return Kiwi(**KIWI_OPTIONS)
