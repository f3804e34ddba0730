"""The package's import graph has no cycle: lower layers never import upper ones, not even
inside a function or for a type hint (``bench/import_graph.py`` draws the graph)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "import_graph.py"


def _graph_module():
    spec = importlib.util.spec_from_file_location("import_graph", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_no_import_cycle() -> None:
    graph = _graph_module()
    assert graph.cycles(graph.graph()) == []


def test_the_graph_sees_a_cycle_when_there_is_one() -> None:
    graph = _graph_module()
    assert graph.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert graph.cycles({"a": {"b"}, "b": set()}) == []
