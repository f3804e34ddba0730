"""The command line as a user meets it: formats, errors, exit codes, help."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsfacts.cli import cli
from newsfacts.document import KINDS, Document
from newsfacts.extractors.dates.reading import DateMention
from newsfacts.page.article import parse_article
from newsfacts.render.output import CSV_COLUMNS, csv_text, fact_rows

ARTICLE = "예산안 처리 합의\n입력 2024.12.09 21:12\n여야가 9일 예산안을 10일 처리하기로 했다.\n"
CONTRACT_KEYS = ["source", "reference_date", "headline", *KINDS, "entities", "layout", "page_notes"]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, "utf-8")
    return path


def test_json_contract_keys_are_always_present(runner, article) -> None:
    result = runner.invoke(cli, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == CONTRACT_KEYS
    assert data["source"] == str(article)
    assert data["reference_date"] == "2024-12-09"
    assert data["headline"] == "예산안 처리 합의"
    assert all(isinstance(data[k], list) for k in KINDS)


def test_standard_input(runner) -> None:
    for args in (["extract"], ["extract", "-"]):
        result = runner.invoke(cli, args, input=ARTICLE.encode("cp949"))
        assert result.exit_code == 0
        data = json.loads(result.stdout)
        assert (data["source"], data["reference_date"]) == ("<stdin>", "2024-12-09")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "missing.txt: no such file"),
        (lambda d: d, "is a directory (use -r to read the files in it)"),
        (lambda d: _write(d / "bin.txt", b"\x00\x01\x02"), "bin.txt: binary file (NUL bytes), not text"),
    ],
    ids=["missing", "directory", "binary"],
)
def test_input_errors_are_one_line_and_exit_2(runner, tmp_path, make, message) -> None:
    path = make(tmp_path)
    result = runner.invoke(cli, ["extract", str(path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("newsfacts: error: ")
    assert result.stderr.rstrip().endswith(message)
    assert "Traceback" not in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def test_a_bad_file_does_not_lose_the_others(runner, article, tmp_path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("다른 기사\n입력 2025.01.31 03:00\n본문이다.\n", "utf-8")
    result = runner.invoke(cli, ["extract", str(article), str(tmp_path / "nope.txt"), str(other)])
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert [json.loads(x)["reference_date"] for x in lines] == ["2024-12-09", "2025-01-31"]
    assert "nope.txt: no such file" in result.stderr


def test_date_override_and_its_errors(runner, article) -> None:
    ok = runner.invoke(cli, ["extract", "--date", "2020-02-29", str(article)])
    assert json.loads(ok.stdout)["reference_date"] == "2020-02-29"
    bad = runner.invoke(cli, ["extract", "--date", "2020-02-30", str(article)])
    assert bad.exit_code == 2
    assert "is not a date in the form YYYY-MM-DD" in bad.stderr


@pytest.mark.parametrize(
    ("given", "reference", "span"),
    [
        ("2025-03-04", "2025-03-04", None),  # no clock: hours from now are not read
        # the two whole hours before the one under way, as days are counted (docs/dates.md)
        ("2025-03-04T15:20", "2025-03-04", ["2025-03-04T13:00", "2025-03-04T14:00"]),
        ("2025-03-04 15:20", "2025-03-04", ["2025-03-04T13:00", "2025-03-04T14:00"]),
    ],
)
def test_a_reference_time_counts_hours_from_now(runner, tmp_path, given, reference, span) -> None:
    path = tmp_path / "clock.txt"
    path.write_text("지난 2시간 동안 거래가 멈췄다.\n", "utf-8")
    result = runner.invoke(cli, ["extract", "--date", given, str(path), "-f", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["reference_date"] == reference
    ranges = [d["range"] for d in data["dates"]]
    assert ranges == ([span] if span else [])


@pytest.mark.parametrize("given", ["2025-03-04T25:00", "2025-03-04 오후 3시", "2025-13-01T10:00"])
def test_a_bad_reference_time_is_a_usage_error(runner, article, given) -> None:
    bad = runner.invoke(cli, ["extract", "--date", given, str(article)])
    assert bad.exit_code == 2
    assert "is not a date in the form YYYY-MM-DD or YYYY-MM-DDTHH:MM" in bad.stderr


def test_only_and_unknown_kinds(runner, article) -> None:
    bad = runner.invoke(cli, ["extract", "--only", "money,weather", str(article)])
    assert bad.exit_code == 2
    assert "unknown kind 'weather'" in bad.stderr


def test_table_format_prints_source_reference_and_headline(runner, article) -> None:
    result = runner.invoke(cli, ["extract", "-f", "table", str(article)])
    assert result.exit_code == 0
    first, second = result.stdout.splitlines()[:2]
    assert first == f"{article}  reference date: 2024-12-09"
    assert second == "headline: 예산안 처리 합의"


def test_table_of_checks_shows_each_finding_with_its_sentence() -> None:
    sample = Path(__file__).resolve().parent.parent / "samples" / "with-errors" / "exports.txt"
    args = ["extract", "-f", "table", "--only", "checks", str(sample)]
    result = CliRunner(env={"COLUMNS": "200"}).invoke(cli, args)
    assert result.exit_code == 0
    rows = [line for line in result.stdout.splitlines() if line.startswith("│ ")]
    header = next(line for line in result.stdout.splitlines() if "severity" in line)
    columns = [cell.strip() for cell in header.strip("┃").split("┃")]
    assert columns == ["severity", "check", "message", "sentence"]
    found = [[cell.strip() for cell in row.strip("│").split("│")] for row in rows if row[2] != " "]
    assert [(r[0], r[1]) for r in found] == [
        ("warning", "headline_figure"),
        ("error", "stated_change"),
        ("error", "percent_point"),
        ("warning", "conversion_rate"),
        ("warning", "market_rate"),
        ("warning", "restated_date"),
        ("error", "weekday"),
    ]
    assert found[2][3] == "같은 달 실업률은 3.1%로 전월(2.7%)보다 0.2%포인트 올랐다."


def _doc_with_a_date() -> Document:
    art = parse_article(ARTICLE)
    start = ARTICLE.index("10일")
    mention = DateMention(
        text="10일", start=start, end=start + 3, sentence=1, value="2024-12-10", grain="day", relative=True
    )
    return Document(article=art, dates=(mention,))


def test_jsonl_rows_carry_source_and_kind() -> None:
    rows = list(fact_rows(_doc_with_a_date()))
    start = ARTICLE.index("10일")
    assert rows == [
        {
            "source": "<text>",
            "kind": "date",
            "text": "10일",
            "start": start,
            "end": start + 3,
            "sentence": 1,
            "value": "2024-12-10",
            "grain": "day",
            "relative": True,
            "local_time": False,
            "attributed_to": None,
            "weekday": None,
            "part": None,
            "range": None,
        }
    ]


def test_csv_has_the_documented_columns_and_the_sentence() -> None:
    lines = csv_text(_doc_with_a_date()).splitlines()
    assert lines[0].split(",") == list(CSV_COLUMNS)
    row = dict(zip(CSV_COLUMNS, lines[1].split(","), strict=True))
    assert (row["kind"], row["value"], row["grain"], row["relative"]) == ("date", "2024-12-10", "day", "true")
    assert row["sentence_text"] == "여야가 9일 예산안을 10일 처리하기로 했다."


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_and_option_has_help(runner, name) -> None:
    command = cli.commands[name]
    assert command.help, f"{name} has no help"
    result = runner.invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help"


def test_python_dash_m_runs_the_cli(article) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsfacts", "extract", "--only", "dates", str(article)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["reference_date"] == "2024-12-09"


def test_seed_article_structure(seed_text) -> None:
    doc = parse_article(seed_text)
    assert doc.reference_date == date(2025, 1, 31)
    assert doc.headline is not None and doc.headline.text.startswith("저비용")
    comments = seed_text.index("댓글 3")
    assert doc.noise_start is not None and doc.noise_start < comments
    assert all(s.end <= doc.noise_start for s in doc.sentences)


@pytest.mark.parametrize("kind", [k for k in KINDS if k != "checks"])
def test_every_field_of_every_kind_has_a_csv_column(kind) -> None:
    from newsfacts import document

    hints = document.Document.__dataclass_fields__[kind].type
    cls = getattr(document, hints.split("[")[1].split(",")[0])
    nested = {"conversion"}  # flattened as conversion.text, conversion.value, ...
    renamed = {"kind": "quote_kind"}
    missing = [
        f.name
        for f in dataclasses.fields(cls)
        if f.name not in nested and renamed.get(f.name, f.name) not in CSV_COLUMNS
    ]
    assert missing == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("정부는 이달 말 대책을 낸다.", "2025-06 (month, late, relative)"),
        ("정부는 2024년 초 대책을 냈다.", "2024 (year, early)"),
        ("정부는 이달 대책을 낸다.", "2025-06 (month, relative)"),
    ],
    ids=["month-late", "year-early", "no-part"],
)
def test_a_date_reads_with_its_part_in_tables(sentence, expected) -> None:
    from newsfacts.pipeline import extract
    from newsfacts.render.output import describe

    (m,) = extract(sentence, date(2025, 6, 13)).dates
    assert describe("dates", m) == expected
