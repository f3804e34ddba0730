"""One Kiwi per process, built on first use.

Kiwi is made without its two optional dictionaries, ``load_default_dict=False`` (113,000
Wikipedia proper nouns) and ``load_multi_dict=False`` (250,000 spaced foreign names such as
``샘 올트먼``). Loading and building them is 1.8 of the 2.5 seconds Kiwi needs before its first
analysis, and nearly half its memory, and it changes nothing newsfacts reports: a speaker is
read as a noun phrase across spaces whatever the tag of each word (``speakers.noun_phrase``).
``KIWI_OPTIONS`` is the one place that says so; ``tests/test_kiwi_names.py`` holds the names
and organisations that the dictionaries would have tagged, and the test suite, the seed
article, the samples and the peer suites give the same output with and without them.
``TOKENIZE_OPTIONS`` and ``ANALYSIS_CONFIG`` are the options of each analysis, which
``tokenize_options`` puts together.
"""

from __future__ import annotations

import dataclasses
import os
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiwipiepy import Kiwi

KIWI_OPTIONS: dict[str, Any] = {"load_default_dict": False, "load_multi_dict": False}

# ``z_coda`` (on by default) splits a consonant that chat writing hangs on an ending (``했닼``,
# ``그랬엉``) off as a Z_CODA morpheme, which makes Kiwi weigh that reading wherever a syllable
# has a final consonant: 6 % of its instructions on news text. Edited copy has no such codas,
# and the only analyses it changes there are ones it gets wrong (``보유량인`` read as 이/JKS plus
# a stray ㄴ; ``올랐`` as 오르+어 plus ㅆ), so newsfacts turns it off; ``tests/test_kiwi_options.py``
# holds those words.
TOKENIZE_OPTIONS: dict[str, Any] = {"z_coda": False}

# Kiwi's beam drops a reading once it scores ``cutoff_threshold`` (natural log) below the best
# one so far; 8 by default. At 7 the readings of 13,583 paragraphs (the bench corpus, samples,
# seed article, probe articles, peer suites and every Korean string in the tests) are the same
# but for 7 fragments that open mid-sentence (``에 따르면``, ``고 밝혔다.``) or are not prose
# (``7일내``, ``이달러이십삼센트``), and Kiwi does 6.5 % less work. At 6, 17 differ and one is a
# sentence cut in a different place, so 7 it is. It is passed with each call, not set on the
# Kiwi, so a Kiwi built here and ``Kiwi()`` still compare as equals in ``bench/``.
ANALYSIS_CONFIG: dict[str, Any] = {"cutoff_threshold": 7.0}

_cores: int | None = None  # set by the command line's -j


def use_cores(n: int | None) -> None:
    """Run this process's Kiwi on ``n`` threads (None: Kiwi's default, one per core).

    The command line's ``-j N`` is the number of cores a run may use: N worker processes of
    one thread each, or, for a single document or ``-j 1``, this process with N threads. It
    takes effect when Kiwi is built, once per process.
    """
    global _cores
    _cores = n


def threads() -> int:
    """Kiwi's thread count for this process; 0 is Kiwi's default.

    ``use_cores`` comes first, then NEWSFACTS_KIWI_THREADS, which batch workers set to 1 so
    that N processes do not each spawn a thread per core.
    """
    if _cores:
        return _cores
    return int(os.environ.get("NEWSFACTS_KIWI_THREADS", "0") or 0)


@cache
def get_kiwi() -> Kiwi:
    """This process's Kiwi. ``newsfacts.warmup.ready`` builds it while the rules' patterns
    compile on another thread; a caller below the pipeline gets it built here, alone."""
    from kiwipiepy import Kiwi

    n = threads()
    return Kiwi(num_workers=n, **KIWI_OPTIONS) if n > 0 else Kiwi(**KIWI_OPTIONS)


@cache
def tokenize_options() -> dict[str, Any]:
    """The keyword arguments of each ``kiwi.tokenize``: ``TOKENIZE_OPTIONS``, and
    ``ANALYSIS_CONFIG`` over the Kiwi's own configuration as its ``override_config``."""
    config = dataclasses.replace(get_kiwi().global_config, **ANALYSIS_CONFIG)
    return {**TOKENIZE_OPTIONS, "override_config": config}
