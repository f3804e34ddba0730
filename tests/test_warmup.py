"""The rules' patterns are built on a thread while Kiwi loads (``newsfacts.warmup``)."""

from __future__ import annotations

import pytest

import newsfacts
from newsfacts import lexicon, warmup


@pytest.mark.parametrize("index", range(len(lexicon.slow_builders())))
def test_each_listed_builder_builds(index: int) -> None:
    """A renamed or removed builder would fail silently on the thread; here it fails loudly."""
    built = lexicon.slow_builders()[index]()
    assert built is not None


@pytest.mark.parametrize("index", range(len(lexicon.slow_builders())))
def test_each_slow_pattern_fills_the_cache_the_rules_read(index: int) -> None:
    """``slow_pattern`` sits above ``@cache``: what the warm-up builds is what the rules use."""
    build = lexicon.slow_builders()[index]
    cached = build.func  # a partial of the cached builder, with the arguments it is used with
    cached.cache_clear()
    first = build()
    assert cached.cache_info().currsize == 1
    assert build() is first


def test_the_thread_builds_the_patterns_and_ends() -> None:
    from newsfacts.extractors import money

    money._money_re.cache_clear()
    thread = warmup.start()
    thread.join(timeout=60)
    assert not thread.is_alive()
    assert money._money_re.cache_info().currsize == 2  # both forms, with and without Hangul numbers


def test_kiwi_is_built_without_the_warm_up_and_the_pipeline_readies_both(monkeypatch) -> None:
    # the extractors' layer never starts the warm-up (it imports them): the pipeline does
    from newsfacts import kiwi

    started = []
    monkeypatch.setattr(warmup, "start", lambda: started.append(1) or _done())
    warmup.ready.cache_clear()
    kiwi.get_kiwi()
    assert started == []
    newsfacts.extract("정부는 25일 대책을 발표했다.")
    assert started == [1]


def _done():
    import threading

    thread = threading.Thread(target=lambda: None)
    thread.start()
    return thread
