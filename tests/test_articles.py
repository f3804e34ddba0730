"""Golden whole articles: ``tests/articles/NAME.txt`` beside ``NAME.json``, the output of
``newsfacts extract -f json NAME.txt``. One test per article and top-level field, and a failure
lists every fact field that changed (``money[1].implied_rate: expected 1444.44, got 1450``).

After a deliberate change: ``python tests/articles/regenerate.py``, then read the JSON diff.
The articles are written for these tests; what the tool gets plainly wrong in them is kept in
the golden file and stated again as a strict xfail case in the test file of its extractor.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest
from articles.regenerate import HERE, extract_json, names

FIELDS = ("source", "reference_date", "headline", "money", "rates", "percentages", "dates", "quotes",
          "checks", "entities", "layout", "page_notes")  # fmt: skip


@cache
def actual(name: str) -> dict[str, Any]:
    return json.loads(extract_json(name))


def expected(name: str) -> dict[str, Any]:
    return json.loads((HERE / f"{name}.json").read_text("utf-8"))


def differences(want: Any, got: Any, where: str) -> list[str]:
    """Each path at which ``got`` differs from ``want``: a fact's field, or a count."""
    if isinstance(want, dict) and isinstance(got, dict):
        out = []
        for key in sorted(want.keys() | got.keys()):
            if key not in got:
                out.append(f"{where}.{key}: missing")
            elif key not in want:
                out.append(f"{where}.{key}: new field, {got[key]!r}")
            else:
                out += differences(want[key], got[key], f"{where}.{key}")
        return out
    if isinstance(want, list) and isinstance(got, list):
        out = []
        for i, (w, g) in enumerate(zip(want, got, strict=False)):
            out += differences(w, g, f"{where}[{i}]")
        if len(want) != len(got):
            extra = got[len(want) :] or want[len(got) :]
            texts = [x.get("text", x) if isinstance(x, dict) else x for x in extra]
            out.append(f"{where}: expected {len(want)} items, got {len(got)} ({texts!r})")
        return out
    if want != got or type(want) is not type(got):
        return [f"{where}: expected {want!r}, got {got!r}"]
    return []


def test_there_are_golden_articles() -> None:
    assert len(names()) >= 5
    for name in names():
        assert (HERE / f"{name}.json").is_file(), f"{name}.txt has no {name}.json: run regenerate.py"


@pytest.mark.parametrize("name", names())
def test_the_same_fields(name: str) -> None:
    assert list(actual(name)) == list(expected(name)) == list(FIELDS)


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("name", names())
def test_golden_article(name: str, field: str) -> None:
    diffs = differences(expected(name).get(field), actual(name).get(field), field)
    assert not diffs, f"{name}.txt:\n  " + "\n  ".join(diffs)


@pytest.mark.parametrize("name", names())
def test_spans_are_the_article_text(name: str) -> None:
    text = (HERE / f"{name}.txt").read_text("utf-8")
    for kind in ("money", "rates", "percentages", "dates", "quotes"):
        for fact in expected(name)[kind]:
            assert text[fact["start"] : fact["end"]] == fact["text"], (kind, fact)
