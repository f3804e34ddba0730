"""One Kiwi per process, built on first use: loading its model takes about a second."""

from __future__ import annotations

import os
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiwipiepy import Kiwi


@cache
def get_kiwi() -> Kiwi:
    from kiwipiepy import Kiwi

    # NEWSFACTS_KIWI_THREADS lets batch workers run Kiwi single-threaded so that N processes
    # do not each spawn a thread per core. 0 means Kiwi's default.
    threads = int(os.environ.get("NEWSFACTS_KIWI_THREADS", "0") or 0)
    return Kiwi(num_workers=threads) if threads > 0 else Kiwi()
