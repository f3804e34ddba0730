"""One registry of fact kinds (``newsfacts.kinds``) and one of checks (``checks.registry``):
every output reads them, so a kind's row is all an output needs to know of it."""

from __future__ import annotations

import dataclasses
import io
import json
from pathlib import Path

import pytest
from rich.console import Console

import newsfacts
from newsfacts.checks import CHECKS
from newsfacts.checks import KINDS as CHECK_KINDS
from newsfacts.kinds import BY_NAME, FACT_KINDS, KINDS
from newsfacts.mentions import Mention
from newsfacts.render.output import fact_rows, render_tables

# one fact of every kind, and a check (a converted amount at a rate far from the others)
ARTICLE = (
    "반도체 수출 12% 늘어\n입력 2025.03.04 09:00\n\n"
    "A사는 지난달 1억 달러(약 1400억 원)를 투자했다. B사는 250만 달러(약 25억 원)를 받았다.\n"
    "원·달러 환율은 1,452.6원에 마감했다. 수출은 전년 대비 12% 늘었다.\n"
    '김철수 한빛증권 연구원은 "수출 회복세가 이어질 것"이라고 말했다.\n'
)


@pytest.fixture(scope="module")
def document() -> newsfacts.Document:
    return newsfacts.extract(ARTICLE)


@pytest.mark.parametrize("kind", [k for k in FACT_KINDS if k.name != "checks"], ids=lambda k: k.name)
def test_every_mention_is_a_mention_with_the_shared_fields_first(kind) -> None:
    assert issubclass(kind.mention, Mention)
    names = [f.name for f in dataclasses.fields(kind.mention)]
    assert names[:4] == ["text", "start", "end", "sentence"]


@pytest.mark.parametrize("kind", FACT_KINDS, ids=lambda k: k.name)
def test_each_row_is_what_every_output_shows(document, kind) -> None:
    facts = document.mentions(kind.name)
    assert facts, f"the test article has no {kind.name}"
    assert isinstance(facts[0], kind.mention)
    data = document.to_dict()
    assert len(data[kind.name]) == len(facts)
    rows = [r for r in fact_rows(document) if r["kind"] == kind.singular]
    assert len(rows) == len(facts)
    for field, renamed in kind.renamed.items():  # a fact's own kind is not the row's kind
        assert rows[0][renamed] == data[kind.name][0][field]
    console = Console(file=io.StringIO(), width=250)
    render_tables([document], (kind.name,), console)
    shown = console.file.getvalue()
    assert f"{kind.title} ({len(facts)})" in shown
    if kind.name != "checks":  # findings have a table of their own columns
        assert kind.describe(facts[0]) in shown


def test_the_kinds_are_the_document_fields_and_the_json_keys_in_order(document) -> None:
    fields = [f.name for f in dataclasses.fields(newsfacts.Document)]
    assert [k for k in fields if k in BY_NAME] == list(KINDS)
    keys = list(json.loads(json.dumps(document.to_dict())))
    assert [k for k in keys if k in BY_NAME] == list(KINDS)
    assert newsfacts.KINDS == KINDS


def test_the_extracted_kinds_are_attributed_by_the_pipeline_and_the_others_are_not() -> None:
    assert [k.name for k in FACT_KINDS if k.extract is not None] == ["money", "rates", "percentages", "dates"]


@pytest.mark.parametrize("name", ["money", "rate", "counts", ""])
def test_an_unknown_kind_is_refused_by_name(document, name) -> None:
    if name in BY_NAME:
        assert document.mentions(name) is getattr(document, name)
    else:
        with pytest.raises(ValueError, match="unknown kind"):
            document.mentions(name)


def test_each_check_kind_is_registered_once_and_documented() -> None:
    assert len(CHECK_KINDS) == len(set(CHECK_KINDS)) == sum(len(c.kinds) for c in CHECKS)
    docs = (Path(__file__).parents[1] / "docs" / "checks.md").read_text("utf-8")
    missing = [k for k in CHECK_KINDS if f"`{k}`" not in docs]
    assert missing == []


def test_every_finding_kind_comes_from_a_registered_check(document) -> None:
    assert document.checks, "the test article should have a finding"
    assert {f.kind for f in document.checks} <= set(CHECK_KINDS)


def test_the_csv_columns_name_every_field_of_every_kind_in_the_written_order() -> None:
    from newsfacts.render.output import _COLUMNS, CSV_COLUMNS

    assert CSV_COLUMNS == _COLUMNS  # a new kind's fields would follow these


@pytest.mark.parametrize("mark", ["money", "rate", "percentage", "date", "quote", "speaker", "check"])
def test_each_mark_has_its_own_highlighter_in_the_terminal_and_in_html(mark) -> None:
    from newsfacts.render.html import CSS
    from newsfacts.render.marks import MARK_KINDS
    from newsfacts.render.terminal import OTHER_STYLE, STYLES

    assert mark in MARK_KINDS
    assert STYLES[mark] != OTHER_STYLE
    assert f"mark.k-{mark} {{ background: var(--{mark})" in CSS
