"""``--excel``: the CSV rows with a UTF-8 byte-order mark and CRLF, so Korean Excel opens them right."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from views_doc import ARTICLE, build

from newsfacts.cli import cli
from newsfacts.render.output import CSV_COLUMNS, csv_text, fact_rows
from newsfacts.render.spreadsheet import defuse, excel_csv


@pytest.fixture(scope="module")
def doc():
    return build()


@pytest.fixture(scope="module")
def data(doc) -> bytes:
    return "".join(excel_csv([doc, doc], ("money", "dates", "quotes", "checks"))).encode("utf-8")


def test_starts_with_the_utf8_bom_and_ends_lines_with_crlf(data):
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") == data.count(b"\r\n")
    # CP949 Excel without the BOM would misread this; with it, utf-8-sig gives back the text
    assert "558만 달러" in data.decode("utf-8-sig")


def test_header_is_the_documented_column_order(data):
    header = data.decode("utf-8-sig").split("\r\n", 1)[0]
    assert header.split(",") == list(CSV_COLUMNS)
    assert CSV_COLUMNS[:7] == ("source", "kind", "text", "start", "end", "sentence", "value")
    assert CSV_COLUMNS[-1] == "sentence_text"


def test_one_row_per_fact_with_values_source_sentence_and_offsets(doc, data):
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    facts = list(fact_rows(doc, ("money", "dates", "quotes", "checks")))
    assert len(rows) == 2 * len(facts) == 2 * (2 + 3 + 1 + 2)
    first = rows[0]
    assert first == {
        **dict.fromkeys(CSV_COLUMNS, ""),
        "source": "furiosa.txt", "kind": "money", "text": "558만 달러", "start": "83", "end": "90",
        "sentence": "1", "value": "5580000", "currency": "USD", "approx": "false",
        "conversion.text": "78억1200만 원", "conversion.value": "7812000000", "conversion.currency": "KRW",
        "conversion.approx": "true", "implied_rate": "1400", "attributed_to": "퓨리오사",
        "sentence_text": doc.sentences[1].text,
    }  # fmt: skip
    assert doc.text[int(first["start"]) : int(first["end"])] == first["text"]
    quote = next(r for r in rows if r["kind"] == "quote")
    assert (quote["speaker"], quote["quote_kind"], quote["verb"]) == ("백준호 대표", "direct", "말했다")
    check = next(r for r in rows if r["kind"] == "check")
    assert (check["check"], check["severity"]) == ("conversion_rate", "error")


def test_same_cells_as_plain_csv(doc, data):
    """--excel changes the bytes around the cells, never the cells."""
    plain = csv_text(doc, ("money", "dates", "quotes", "checks"))
    excel_rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    plain_rows = list(csv.reader(io.StringIO(plain, newline="")))
    assert excel_rows[: len(plain_rows)] == plain_rows


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        pytest.param("=1+1", "'=1+1", id="formula"),
        pytest.param('=HYPERLINK("http://x","클릭")', '\'=HYPERLINK("http://x","클릭")', id="hyperlink"),
        pytest.param("+82-2-1234", "'+82-2-1234", id="plus"),
        pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
        pytest.param("\t=1", "'\t=1", id="tab"),
        pytest.param("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0", id="dde"),
        pytest.param("-3.5", "-3.5", id="negative-number-kept"),
        pytest.param("-0.25%p", "-0.25%p", id="negative-points-kept"),
        pytest.param("-1,200", "-1,200", id="negative-thousands-kept"),
        pytest.param("558만 달러", "558만 달러", id="hangul"),
        pytest.param("", "", id="empty"),
        pytest.param(-3, -3, id="int-untouched"),
    ],
)
def test_defuse(cell, expected):
    assert defuse(cell) == expected


@pytest.fixture()
def article(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    ("args", "bom", "crlf"),
    [
        pytest.param(["--excel"], True, True, id="--excel"),
        pytest.param(["--excel", "-f", "csv"], True, True, id="--excel-f-csv"),
        pytest.param(["-f", "csv"], False, False, id="plain-csv-for-pipes"),
    ],
)
def test_cli(article, args, bom, crlf):
    result = CliRunner().invoke(cli, ["extract", str(article), *args])
    assert result.exit_code == 0
    out = result.stdout_bytes
    assert out.startswith(b"\xef\xbb\xbf") is bom
    assert (b"\r\n" in out) is crlf
    assert out.lstrip(b"\xef\xbb\xbf").startswith(b"source,kind,text,start,end")


@pytest.mark.parametrize("fmt", ["json", "jsonl", "table", "html"])
def test_excel_with_another_format_is_a_usage_error(article, fmt):
    result = CliRunner().invoke(cli, ["extract", str(article), "--excel", "-f", fmt])
    assert result.exit_code == 2
    assert f"--excel is a kind of CSV; it does not go with --format {fmt}" in result.output


def test_readme_documents_the_column_order():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text("utf-8")
    section = readme[readme.index("<!-- section: views -->") :]
    listed = section[section.index("`source, kind,") + 1 :]
    listed = listed[: listed.index("`")]
    assert [c.strip() for c in listed.split(",")] == list(CSV_COLUMNS)
