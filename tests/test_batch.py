"""Archives: inputs expanded into ordered jobs, results in input order whatever -j is."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import pickle
from pathlib import Path

import pytest
from batch_corpus import ARTICLES
from click.testing import CliRunner

from newsfacts import batch, extract, kiwi
from newsfacts.batch import Job, Options, Result
from newsfacts.cli import cli, show_progress
from newsfacts.document import KINDS
from newsfacts.render.output import render


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """archive/ with articles at two levels, a note, hidden files and a hidden folder."""
    root = tmp_path / "archive"
    (root / "2024" / "10").mkdir(parents=True)
    (root / ".git").mkdir()
    (root / "budget.txt").write_text(ARTICLES["budget.txt"], "utf-8")
    (root / "won.txt").write_text(ARTICLES["won.txt"], "utf-8")
    (root / "2024" / "chip.txt").write_text(ARTICLES["chip.txt"], "utf-8")
    (root / "2024" / "10" / "league.txt").write_text(ARTICLES["league.txt"], "utf-8")
    (root / "notes.md").write_text("메모: 1면 기사 목록\n", "utf-8")
    (root / ".draft.txt").write_text("초고\n", "utf-8")
    (root / ".git" / "HEAD.txt").write_text("ref\n", "utf-8")
    return root


def _rel(paths: list[str], root: Path) -> list[str]:
    return [Path(p).relative_to(root).as_posix() for p in paths]


# --- expanding paths -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recursive", "glob", "expected"),
    [
        (True, None, ["budget.txt", "won.txt", "2024/chip.txt", "2024/10/league.txt"]),
        (False, "*.txt", ["budget.txt", "won.txt"]),
        (False, "*", ["budget.txt", "notes.md", "won.txt"]),
        (True, "*.md", ["notes.md"]),
        (True, "2024/*.txt", ["2024/chip.txt"]),
        (True, "l*.txt", ["2024/10/league.txt"]),
    ],
    ids=["r", "glob-top-level", "glob-all-top-level", "r-glob-md", "r-glob-with-folder", "r-glob-prefix"],
)
def test_directories_expand_in_sorted_order_without_hidden_files(tree, recursive, glob, expected) -> None:
    found = batch.expand_paths([str(tree)], recursive=recursive, glob=glob)
    assert all(error is None for _, error in found)
    assert _rel([p for p, _ in found], tree) == expected


def test_a_directory_without_r_or_glob_is_an_input_error(tree) -> None:
    assert batch.expand_paths([str(tree)]) == [
        (str(tree), f"{tree}: is a directory (use -r to read the files in it)")
    ]


def test_files_keep_the_order_given_and_missing_ones_stay_for_their_error(tree) -> None:
    paths = [str(tree / "won.txt"), str(tree / "nope.txt"), str(tree / "budget.txt")]
    assert batch.expand_paths(paths, recursive=True) == [(p, None) for p in paths]


# --- JSON Lines records --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "text_field", "id_field", "expected"),
    [
        ('{"id": "a1", "text": "본문"}', "text", "id", ("a1", "본문")),
        ('{"id": 42, "body": "본문"}', "body", "id", ("42", "본문")),
        ('{"body": "본문"}', "body", "id", ("c.jsonl:3", "본문")),
        ('{"id": "", "body": "본문"}', "body", "id", ("c.jsonl:3", "본문")),
        ('{"id": true, "body": "본문"}', "body", "id", ("c.jsonl:3", "본문")),
        ('{"meta": {"url": "u/1"}, "doc": {"body": "본문"}}', "doc.body", "meta.url", ("u/1", "본문")),
        ('{"id": "a1", "text": "본문"}', "text", None, ("c.jsonl:3", "본문")),
    ],
    ids=["text-id", "int-id", "no-id", "empty-id", "bool-id", "nested", "id-field-off"],
)
def test_a_record_gives_source_and_text(line, text_field, id_field, expected) -> None:
    job = Job(0, "c.jsonl:3", record=line.encode(), text_field=text_field, id_field=id_field)
    assert batch.load(job) == expected


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("not json", "c.jsonl:3: not a JSON object (Expecting value: line 1 column 1 (char 0))"),
        ("[1, 2]", "c.jsonl:3: not a JSON object"),
        ('{"id": "a1"}', "c.jsonl:3 (id a1): field 'body' is missing"),
        ('{"id": "a1", "body": 7}', "c.jsonl:3 (id a1): field 'body' is a int, not a string"),
        ('{"body": null}', "c.jsonl:3: field 'body' is missing"),
    ],
    ids=["not-json", "array", "no-text", "text-not-string", "text-null"],
)
def test_a_bad_record_is_a_one_line_error_naming_it(line, message) -> None:
    result = batch.run_job(Job(0, "c.jsonl:3", record=line.encode(), text_field="body"), Options())
    assert (result.document, result.error) == (None, message)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ('\ufeff{"id": "a1", "text": "본문"}\n'.encode(), ("a1", "본문")),
        ('{"id": "a1", "text": "본문"}\n'.encode("cp949"), ("a1", "본문")),
    ],
    ids=["utf8-bom", "cp949"],
)
def test_records_decode_like_files(data, expected) -> None:
    assert batch.load(Job(0, "c.jsonl:1", record=data)) == expected


def test_a_missing_corpus_is_one_error(tmp_path) -> None:
    jobs = list(batch.jsonl_jobs(str(tmp_path / "none.jsonl"), 0))
    assert [(j.name, j.error) for j in jobs] == [
        (str(tmp_path / "none.jsonl"), f"{tmp_path / 'none.jsonl'}: no such file")
    ]


def test_a_truncated_gz_corpus_keeps_its_records_then_reports(tmp_path) -> None:
    corpus = tmp_path / "c.jsonl.gz"
    records = ({"id": i, "text": " ".join(f"{i * k}원" for k in range(100))} for i in range(50))
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    data = gzip.compress(lines.encode())
    corpus.write_bytes(data[: len(data) // 2])
    jobs = list(batch.jsonl_jobs(str(corpus), 0))
    assert all(j.error is None for j in jobs[:-1]) and len(jobs) > 2
    assert jobs[-1].error is not None and jobs[-1].error.startswith(f"{corpus}: cannot read (")


def test_jsonl_jobs_skip_blank_lines_and_number_by_line(tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "가"}\n\n   \n{"text": "나"}\n', "utf-8")
    jobs = list(batch.jsonl_jobs(str(corpus), 5))
    assert [(j.index, j.name) for j in jobs] == [(5, f"{corpus}:1"), (6, f"{corpus}:4")]
    assert batch.count_lines(str(corpus)) == 2


def test_expand_orders_paths_then_corpora_and_counts_them(tree, tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "x", "text": "가"}\n{"id": "y", "text": "나"}\n', "utf-8")
    plan = batch.expand([str(tree)], recursive=True, jsonl=[str(corpus)])
    jobs = list(plan.jobs)
    assert (plan.files, plan.total, plan.single) == (4, 6, False)
    assert [j.index for j in jobs] == list(range(6))
    assert [j.name for j in jobs][-2:] == [f"{corpus}:1", f"{corpus}:2"]


# --- running ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paths", "jsonl", "single"),
    [(["a.txt"], [], True), ([], [], True), (["a.txt", "b.txt"], [], False), ([], ["c.jsonl"], False)],
    ids=["one-file", "stdin", "two-files", "corpus"],
)
def test_a_batch_is_single_when_it_is_one_article(paths, jsonl, single) -> None:
    assert batch.expand(paths, jsonl=jsonl).single is single


def test_extract_many_yields_documents_and_passes_errors_on(tree) -> None:
    errors: list[Result] = []
    paths = [str(tree / "won.txt"), str(tree / "gone.txt"), str(tree / "2024")]
    docs = list(batch.extract_many(paths, recursive=True, on_error=errors.append))
    assert [d.source for d in docs] == [str(tree / "won.txt"), str(tree / "2024" / "chip.txt"),
                                        str(tree / "2024" / "10" / "league.txt")]  # fmt: skip
    assert [e.error for e in errors] == [f"{tree / 'gone.txt'}: no such file"]


def test_run_job_reports_a_missing_file_without_raising(tmp_path) -> None:
    result = batch.run_job(Job(3, "gone.txt", path=str(tmp_path / "gone.txt")), Options())
    assert (result.index, result.ok, result.error) == (3, False, f"{tmp_path / 'gone.txt'}: no such file")


def test_run_in_process_equals_extract(tree) -> None:
    plan = batch.expand([str(tree)], recursive=True)
    results = list(batch.run(plan.jobs, workers=1))
    assert [r.index for r in results] == [0, 1, 2, 3]
    for r in results:
        path = Path(r.name)
        expected = extract(path.read_text("utf-8"), source=r.name)
        assert r.document is not None and r.document.to_dict() == expected.to_dict()


@pytest.mark.parametrize(
    "result",
    [
        Result(0, "won.txt", document=extract(ARTICLES["won.txt"], source="won.txt")),
        Result(1, "empty.txt", document=extract("", source="empty.txt")),
        Result(2, "bad.txt", error="bad.txt: binary file (NUL bytes), not text"),
    ],
    ids=["document", "no-tokens", "error"],
)
def test_results_cross_processes_unchanged(result) -> None:
    import pickle

    back = pickle.loads(pickle.dumps(result))
    assert back == result
    if back.document is not None:
        assert all(type(t).__name__ == "Token" for t in back.document.article.tokens)


def report_pid(job: Job, options: Options) -> Result:
    return Result(job.index, job.name, error=f"{os.getpid()} {os.environ.get('NEWSFACTS_KIWI_THREADS')}")


@pytest.mark.parametrize(
    ("jobs", "workers", "in_process"),
    [(1, 4, True), (3, 1, True), (3, 2, False)],
    ids=["one-article-runs-here", "j1-runs-here", "j2-runs-in-workers"],
)
def test_where_jobs_run(jobs, workers, in_process) -> None:
    results = list(batch.run([Job(i, f"{i}.txt") for i in range(jobs)], workers=workers, work=report_pid))
    pids = {r.error.split()[0] for r in results}
    assert (pids == {str(os.getpid())}) is in_process
    if not in_process:  # workers run Kiwi single-threaded: N workers, N cores
        assert {r.error.split()[1] for r in results} == {"1"}


@pytest.mark.parametrize(
    ("cores", "env", "expected"),
    [
        (None, None, 0),  # Kiwi's default: a thread per core
        (None, "1", 1),  # a batch worker
        (1, None, 1),  # -j 1
        (3, "1", 3),  # the command line's -j comes first
        (None, "", 0),
    ],
)
def test_kiwi_threads(monkeypatch, cores, env, expected) -> None:
    monkeypatch.setattr(kiwi, "_cores", cores)
    if env is None:
        monkeypatch.delenv("NEWSFACTS_KIWI_THREADS", raising=False)
    else:
        monkeypatch.setenv("NEWSFACTS_KIWI_THREADS", env)
    assert kiwi.threads() == expected


@pytest.mark.parametrize(
    ("args", "expected"),
    [(["-j", "1"], 1), (["-j", "3"], 3), ([], batch.default_workers())],
    ids=["j1-one-thread", "j3", "default-cores"],
)
def test_cli_jobs_are_the_cores_kiwi_may_use(runner, monkeypatch, tmp_path, args, expected) -> None:
    seen = []
    monkeypatch.setattr(kiwi, "use_cores", seen.append)
    path = tmp_path / "a.txt"
    path.write_text("삼성전자는 5조 원을 투자했다.", "utf-8")
    result = runner.invoke(cli, ["extract", "-f", "json", *args, str(path)])
    assert result.exit_code == 0, result.output
    assert seen == [expected]


@pytest.mark.parametrize(
    ("total", "quiet", "terminal", "expected"),
    [
        (5, False, True, True),
        (None, False, True, True),
        (1, False, True, False),
        (5, True, True, False),
        (5, False, False, False),
    ],
    ids=["batch-on-terminal", "unknown-count", "one-document", "quiet", "piped-stderr"],
)
def test_progress_bar_only_for_a_batch_on_a_terminal(total, quiet, terminal, expected) -> None:
    assert show_progress(total, quiet, terminal) is expected


# --- the command line ------------------------------------------------------------------------


def _sources(stdout: str) -> list[str]:
    return [json.loads(line)["source"] for line in stdout.splitlines()]


def test_cli_reads_a_directory_tree_with_r(runner, tree) -> None:
    result = runner.invoke(cli, ["extract", "-r", str(tree), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    expected = ["budget.txt", "won.txt", "2024/chip.txt", "2024/10/league.txt"]
    assert _rel(_sources(result.stdout), tree) == expected


def test_cli_glob_reads_a_directory_top_level(runner, tree) -> None:
    result = runner.invoke(cli, ["extract", "--glob", "*.txt", str(tree), "-j", "1"])
    assert result.exit_code == 0, result.stderr
    assert _rel(_sources(result.stdout), tree) == ["budget.txt", "won.txt"]


def test_cli_a_directory_without_r_is_an_error_and_the_files_still_print(runner, tree) -> None:
    result = runner.invoke(cli, ["extract", str(tree / "won.txt"), str(tree), "-j", "1"])
    assert result.exit_code == 2
    assert _rel(_sources(result.stdout), tree) == ["won.txt"]
    assert result.stderr == f"newsfacts: error: {tree}: is a directory (use -r to read the files in it)\n"


def test_cli_jsonl_corpus_carries_the_id_into_source(runner, tmp_path) -> None:
    corpus = tmp_path / "corpus.jsonl.gz"
    records = [{"id": f"yna-{i}", "body": text} for i, text in enumerate(ARTICLES.values())]
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    result = runner.invoke(
        cli, ["extract", "--input-jsonl", str(corpus), "--text-field", "body", "--id-field", "id", "-j", "1"]
    )
    assert result.exit_code == 0, result.stderr
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"] for d in docs] == ["yna-0", "yna-1", "yna-2", "yna-3"]
    expected = [extract(r["body"], source=r["id"]).to_dict() for r in records]
    assert docs == json.loads(json.dumps(expected, ensure_ascii=False))


def test_cli_jsonl_from_standard_input(runner) -> None:
    lines = "".join(json.dumps({"id": k, "text": v}, ensure_ascii=False) + "\n" for k, v in ARTICLES.items())
    result = runner.invoke(cli, ["extract", "--input-jsonl", "-", "-j", "1"], input=lines.encode())
    assert result.exit_code == 0, result.stderr
    assert _sources(result.stdout) == list(ARTICLES)


def test_cli_jsonl_bad_line_is_skipped_and_named(runner, tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        json.dumps({"id": "ok-1", "text": ARTICLES["won.txt"]}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"id": "ok-2", "text": ARTICLES["chip.txt"]}, ensure_ascii=False)
        + "\n",
        "utf-8",
    )
    result = runner.invoke(cli, ["extract", "--input-jsonl", str(corpus), "-j", "1"])
    assert result.exit_code == 2
    assert _sources(result.stdout) == ["ok-1", "ok-2"]
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"newsfacts: error: {corpus}:2: not a JSON object")


@pytest.fixture
def mixed(tmp_path: Path) -> list[str]:
    """Four good articles with a binary file in the middle."""
    paths = []
    for i, (name, text) in enumerate(ARTICLES.items()):
        path = tmp_path / f"{i}-{name}"
        path.write_text(text, "utf-8")
        paths.append(str(path))
    bad = tmp_path / "2-scan.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    paths.insert(2, str(bad))
    return paths


def test_cli_parallel_output_is_identical_and_in_input_order(runner, mixed) -> None:
    one = runner.invoke(cli, ["extract", "-j", "1", *mixed])
    two = runner.invoke(cli, ["extract", "-j", "2", *mixed])
    good = [p for p in mixed if "scan" not in p]
    for result in (one, two):
        assert result.exit_code == 2
        assert _sources(result.stdout) == good
        assert result.stderr == f"newsfacts: error: {mixed[2]}: binary file (NUL bytes), not text\n"
    assert two.stdout == one.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_cli_documents_rendered_in_workers_are_byte_identical(runner, mixed, fmt) -> None:
    """Under -j 2 the workers render JSON, JSON Lines and CSV; the parent only writes."""
    one = runner.invoke(cli, ["extract", "-f", fmt, "-j", "1", *mixed])
    two = runner.invoke(cli, ["extract", "-f", fmt, "-j", "2", *mixed])
    assert (
        (two.exit_code, two.stderr)
        == (one.exit_code, one.stderr)
        == (2, f"newsfacts: error: {mixed[2]}: binary file (NUL bytes), not text\n")
    )
    assert two.stdout == one.stdout
    assert len(one.stdout.splitlines()) >= len(mixed) - 1  # a line or more per good document


@pytest.mark.parametrize(
    ("args", "jobs", "expected"),
    [
        (["-f", "json"], 2, ("json", KINDS)),
        (["-f", "jsonl", "--only", "money"], 2, ("jsonl", ("money",))),
        (["-f", "csv"], 4, ("csv", KINDS)),
        ([], 2, ("json", KINDS)),  # standard output is not a terminal under CliRunner
        (["-f", "json"], 1, None),  # one process: nothing to hand out
        (["-f", "table"], 2, None),  # rich renders in the parent
        (["-f", "html"], 2, None),
        (["-f", "csv", "--excel"], 2, None),
    ],
)
def test_which_outputs_are_rendered_in_workers(runner, monkeypatch, tmp_path, args, jobs, expected) -> None:
    seen = []

    def record(job_iter, **kwargs):
        seen.append(kwargs["options"].render)
        return iter(())

    monkeypatch.setattr("newsfacts.batch.results", record)
    path = tmp_path / "a.txt"
    path.write_text("가", "utf-8")
    runner.invoke(cli, ["extract", *args, "-j", str(jobs), str(path)])
    assert seen == [expected]


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_rendered_result_crosses_processes_without_its_document(tree, fmt) -> None:
    job = next(iter(batch.expand([str(tree / "won.txt")]).jobs))
    plain = batch.run_job(job, Options())
    rendered = batch.run_job(job, Options(render=(fmt, KINDS)))
    assert rendered.document is None and rendered.ok
    assert rendered.rendered == render(plain.document, fmt, KINDS)
    assert pickle.loads(pickle.dumps(rendered)) == rendered


def _singles(runner: CliRunner, paths: list[str], fmt: str) -> list[str]:
    outs = []
    for path in paths:
        result = runner.invoke(cli, ["extract", "-f", fmt, "-j", "1", path])
        assert result.exit_code == 0, result.stderr
        outs.append(result.stdout)
    return outs


def test_cli_jsonl_of_several_documents_is_their_rows_in_order(runner, mixed) -> None:
    good = [p for p in mixed if "scan" not in p]
    result = runner.invoke(cli, ["extract", "-f", "jsonl", "-j", "1", *good])
    assert result.exit_code == 0
    assert result.stdout == "".join(_singles(runner, good, "jsonl"))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in rows] == sorted((r["source"] for r in rows), key=good.index)


def test_cli_csv_of_several_documents_has_one_header_then_their_rows(runner, mixed) -> None:
    good = [p for p in mixed if "scan" not in p]
    result = runner.invoke(cli, ["extract", "-f", "csv", "-j", "1", *good])
    assert result.exit_code == 0
    singles = _singles(runner, good, "csv")
    header = singles[0].splitlines(keepends=True)[0]
    assert result.stdout == header + "".join(s.removeprefix(header) for s in singles)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["source"] for r in rows] == sorted((r["source"] for r in rows), key=good.index)


def test_cli_json_of_several_documents_is_one_object_per_line(runner, mixed) -> None:
    good = [p for p in mixed if "scan" not in p]
    result = runner.invoke(cli, ["extract", "-f", "json", "-j", "1", *good])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [json.loads(x) for x in lines] == [json.loads(s) for s in _singles(runner, good, "json")]


def test_cli_json_is_one_line_per_document(runner, tmp_path) -> None:
    (tmp_path / "only.txt").write_text(ARTICLES["won.txt"], "utf-8")
    result = runner.invoke(cli, ["extract", "-r", str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout.startswith('{"source": ')
    assert result.stdout.count("\n") == 1


@pytest.mark.parametrize("jobs", ["0", "-1", "x"], ids=["zero", "negative", "not-a-number"])
def test_cli_jobs_must_be_a_positive_number(runner, jobs) -> None:
    result = runner.invoke(cli, ["extract", "-j", jobs, "-"], input=b"")
    assert result.exit_code == 2
    assert "-j" in result.stderr or "--jobs" in result.stderr


def test_cli_progress_bar_goes_to_stderr_and_leaves_stdout_alone(runner, mixed, monkeypatch) -> None:
    quiet = runner.invoke(cli, ["extract", "-j", "1", "-q", *mixed])
    monkeypatch.setattr("newsfacts.cli.running.stderr_is_terminal", lambda: True)
    shown = runner.invoke(cli, ["extract", "-j", "1", *mixed])
    assert shown.exit_code == quiet.exit_code == 2
    assert shown.stdout == quiet.stdout
    assert "5/5" in shown.stderr
    assert f"newsfacts: error: {mixed[2]}: binary file (NUL bytes), not text" in shown.stderr


def test_cli_interrupted_batch_keeps_what_was_written_and_exits_130(runner, mixed, monkeypatch) -> None:
    def two_then_ctrl_c(jobs, **kwargs):
        for job in list(jobs)[:2]:
            yield batch.run_job(job, kwargs["options"])
        raise KeyboardInterrupt

    monkeypatch.setattr("newsfacts.batch.results", two_then_ctrl_c)
    result = runner.invoke(cli, ["extract", "-f", "json", *mixed])
    assert result.exit_code == 130
    assert _sources(result.stdout) == mixed[:2]
    assert result.stderr == "newsfacts: interrupted\n"


def test_any_command_with_output_options_reads_archives(runner, tree) -> None:
    """The seam other commands use: output_options plus read_documents, batch options included."""
    import click

    from newsfacts.cli import output_options, read_documents

    @click.command()
    @output_options
    def count(paths, fmt, only, reference_date, keep_noise) -> None:
        errors: list[str] = []
        for _ in range(2):  # a second pass reads the inputs again
            docs = list(read_documents(paths, reference_date, keep_noise, errors))
            click.echo(" ".join(Path(d.source).name for d in docs))
        click.echo(f"errors {len(errors)}")

    result = runner.invoke(count, ["-r", "--glob", "*.txt", "-j", "1", "-q", str(tree), str(tree / "no.txt")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["budget.txt won.txt chip.txt league.txt"] * 2 + ["errors 2"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_reader_that_stops_early_is_not_an_error(tmp_path, jobs) -> None:
    # `newsfacts extract -r archive/ | head`: the pipe closes with output still to come
    import subprocess
    import sys

    for i in range(60):
        (tmp_path / f"{i:02d}.txt").write_text(ARTICLES["budget.txt"], "utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", "extract", "-f", "jsonl", "-j", jobs, "-r", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stderr is not None
    assert json.loads(proc.stdout.readline())["source"] == str(tmp_path / "00.txt")
    proc.stdout.close()
    assert (proc.wait(timeout=60), proc.stderr.read()) == (0, b"")


@pytest.mark.parametrize(("reader_open", "gone"), [(True, False), (False, True)])
def test_a_closed_stdout_is_told_from_another_broken_pipe(monkeypatch, reader_open, gone) -> None:
    from newsfacts.cli import running

    read_end, write_end = os.pipe()
    if not reader_open:
        os.close(read_end)
    with os.fdopen(write_end, "w") as out:
        monkeypatch.setattr("sys.stdout", out)
        assert running.reader_gone() is gone
    if reader_open:
        os.close(read_end)
