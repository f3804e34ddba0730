"""``newsfacts check`` as an editor meets it: exit codes, options, the table and the JSON.

The extractors are stood in for by hand-built mentions (``_check_builder``) so that these
tests pin the command, not the extractors; the end-to-end tests through ``extract`` are in
``test_checks.py``.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from _check_builder import M, build
from click.testing import CliRunner

from newsfacts import pipeline
from newsfacts.cli import cli

ARTICLE = (
    "딥시크 쇼크에 美 빅테크 시총 증발\n"
    "입력 2024.11.29 03:00\n"  # the ECB's rate that day was 1,397.57: 1,400 is the market rate
    "오픈AI는 GPT-4 훈련에 1억 달러(약 1400억 원)를 썼다.\n"
    "딥시크는 R1을 558만 달러(약 78억1200만 원)에 개발했다고 밝혔다.\n"
    "이 회사는 최근 250만 달러(약 {third}억 원)를 추가로 투자받았다.\n"
)


def _money(third: str) -> tuple[M, ...]:
    return (
        M("1억 달러", "100000000", "USD", conv=("약 1400억 원", "140000000000")),
        M("558만 달러", "5580000", "USD", conv=("약 78억1200만 원", "7812000000")),
        M("250만 달러", "2500000", "USD", conv=(f"약 {third}억 원", f"{third}00000000")),
    )


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner(env={"COLUMNS": "250"})


def _extract_money_with(monkeypatch, extract_money) -> None:
    """The pipeline with a stand-in for the money row's extractor."""
    rows = tuple(
        dataclasses.replace(k, extract=extract_money) if k.name == "money" else k for k in pipeline.FACT_KINDS
    )
    monkeypatch.setattr(pipeline, "FACT_KINDS", rows)


@pytest.fixture
def write(tmp_path, monkeypatch):
    """Write an article whose money the stand-in extractor reports; returns its path."""
    specs: dict[str, tuple[M, ...]] = {}

    def fake_extract_money(article):
        for text, money in specs.items():
            if article.text == text:
                return list(build(text, money=money).money)
        return []

    rows = tuple(
        dataclasses.replace(k, extract=fake_extract_money) if k.name == "money" else k
        for k in pipeline.FACT_KINDS
    )
    monkeypatch.setattr(pipeline, "FACT_KINDS", rows)

    def write_article(name: str, third: str = "35"):
        text = ARTICLE.format(third=third)
        specs[text] = _money(third)
        path = tmp_path / name
        path.write_text(text, "utf-8")
        return path

    return write_article


def test_clean_article_exits_0(runner, write) -> None:
    path = write("clean.txt")
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["source"], data["checks"]) == (str(path), [])
    assert data["money"] == []  # check prints only the checks unless --only asks for more


def test_finding_exits_1_and_prints_the_extract_objects(runner, write) -> None:
    path = write("bad.txt", third="25")
    result = runner.invoke(cli, ["check", str(path)])
    assert result.exit_code == 1, result.output
    checks = json.loads(result.stdout)["checks"]
    # the same slip is off the day's market rate (ECB 1,397.57) by -28%: market_rate says so too
    assert [(c["kind"], c["severity"]) for c in checks] == [
        ("conversion_rate", "error"),
        ("market_rate", "warning"),
    ]
    assert checks[0]["message"].endswith("At 1,400 it would be 약 35억 원")
    assert checks[0]["spans"][0]["text"] == "250만 달러"
    text = path.read_text("utf-8")
    for span in checks[0]["spans"]:
        assert text[span["start"] : span["end"]] == span["text"]
    extracted = json.loads(runner.invoke(cli, ["extract", str(path)]).stdout)
    assert extracted["checks"] == checks


@pytest.mark.parametrize(
    ("args", "third", "code"),
    [
        ([], "35", 0),
        ([], "25", 1),
        (["--fail-on", "error"], "25", 1),
        (["--rate", "USD=1400"], "35", 0),
        (["--rate", "USD=1000"], "25", 1),
        (["--rate", "USD=1000", "--tolerance", "50%"], "35", 0),
        (["--rate", "USD=1380"], "35", 0),
        (["--rate", "USD=1380", "--tolerance", "1"], "35", 1),
    ],
    ids=[
        "clean",
        "outlier",
        "outlier-fail-on-error",
        "given-rate-agrees",
        "given-rate-disagrees",
        "wide-tolerance",
        "within-3pct",
        "tolerance-1pct",
    ],
)
def test_exit_codes(runner, write, args, third, code) -> None:
    path = write("a.txt", third=third)
    result = runner.invoke(cli, ["check", *args, str(path)])
    assert result.exit_code == code, result.output


def test_fail_on_error_ignores_warnings(runner, tmp_path, monkeypatch) -> None:
    text = (
        "딥시크 쇼크\n입력 2024.11.29 03:00\n"
        "A사는 1억 달러(약 1400억 원)를 썼다.\nB사는 250만 달러(약 25억 원)를 받았다.\n"
    )
    money = (
        M("1억 달러", "100000000", "USD", conv=("약 1400억 원", "140000000000")),
        M("250만 달러", "2500000", "USD", conv=("약 25억 원", "2500000000")),
    )
    _extract_money_with(monkeypatch, lambda article: list(build(article.text, money=money).money))
    path = tmp_path / "split.txt"
    path.write_text(text, "utf-8")
    warn = runner.invoke(cli, ["check", str(path)])
    assert warn.exit_code == 1
    found = [(c["kind"], c["severity"]) for c in json.loads(warn.stdout)["checks"]]
    assert found == [("conversion_rate", "warning"), ("market_rate", "warning")]
    assert runner.invoke(cli, ["check", "--fail-on", "error", str(path)]).exit_code == 0


def test_rates_file_and_rate_option(runner, write, tmp_path) -> None:
    path = write("a.txt", third="35")
    rates = tmp_path / "rates.csv"
    rates.write_text("currency,rate\nUSD,1000\n", "utf-8")
    result = runner.invoke(cli, ["check", "--rates", str(rates), str(path)])
    assert result.exit_code == 1
    assert {c["kind"] for c in json.loads(result.stdout)["checks"]} == {"given_rate"}
    # --rate wins over the file
    assert (
        runner.invoke(cli, ["check", "--rates", str(rates), "--rate", "USD=1400", str(path)]).exit_code == 0
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rate", "USD1400"], "is not CUR=RATE"),
        (["--rate", "USD=abc"], "is not a number"),
        (["--tolerance", "x"], "is not a percentage"),
        (["--rates", "missing.csv"], "missing.csv: cannot read rates"),
        (["--fail-on", "info"], "'info' is not one of"),
    ],
)
def test_usage_errors_exit_2(runner, write, args, message) -> None:
    path = write("a.txt")
    result = runner.invoke(cli, ["check", *args, str(path)])
    assert result.exit_code == 2
    assert message in result.output


def test_input_error_exits_2_after_printing_the_good_files(runner, write, tmp_path) -> None:
    path = write("bad.txt", third="25")
    result = runner.invoke(cli, ["check", str(tmp_path / "missing.txt"), str(path)])
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["checks"][0]["kind"] == "conversion_rate"


def test_table_shows_severity_check_message_and_sentence(runner, write) -> None:
    path = write("bad.txt", third="25")
    result = runner.invoke(cli, ["check", "-f", "table", str(path)])
    assert result.exit_code == 1
    out = result.stdout
    for part in (
        "error",
        "conversion_rate",
        "250만 달러 → 약 25억 원 implies 1,000 KRW/USD",
        "추가로 투자받았다",
    ):
        assert part in out, out
    assert "1 error, 1 warning" in out


def test_table_when_clean(runner, write) -> None:
    path = write("clean.txt")
    result = runner.invoke(cli, ["check", "-f", "table", str(path)])
    assert result.exit_code == 0
    assert "no problems found (3 conversions, 3 amounts" in result.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_rows_formats(runner, write, fmt) -> None:
    path = write("bad.txt", third="25")
    result = runner.invoke(cli, ["check", "-f", fmt, str(path)])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    if fmt == "jsonl":
        row, market = (json.loads(line) for line in lines)
        assert (row["kind"], row["check"], row["severity"]) == ("check", "conversion_rate", "error")
        assert (market["check"], market["severity"]) == ("market_rate", "warning")
    else:
        assert len(lines) == 3 and lines[1].split(",")[:2] == [str(path), "check"]
        assert "추가로 투자받았다" in lines[1]


def test_only_adds_other_kinds_to_the_json(runner, write) -> None:
    path = write("bad.txt", third="25")
    data = json.loads(runner.invoke(cli, ["check", "--only", "money,checks", str(path)]).stdout)
    assert [m["text"] for m in data["money"]] == ["1억 달러", "558만 달러", "250만 달러"]
    assert [c["kind"] for c in data["checks"]] == ["conversion_rate", "market_rate"]


def test_standard_input(runner, write) -> None:
    path = write("bad.txt", third="25")
    result = runner.invoke(cli, ["check"], input=path.read_bytes())
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert (data["source"], data["checks"][0]["kind"]) == ("<stdin>", "conversion_rate")
