"""Bad input, bad output and signals: one line on stderr, a documented exit code, the rest of the
batch kept (issue 18's table, one test per row)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_corpus import ARTICLES
from click.testing import CliRunner

from newsfacts.cli import cli

GOOD = ARTICLES["won.txt"]
KIND_LIST = "money, rates, percentages, dates, quotes, checks"


def _record(ident: str, text: str) -> str:
    return json.dumps({"id": ident, "text": text}, ensure_ascii=False)


def _sources(stdout: str) -> list[str]:
    return [json.loads(line)["source"] for line in stdout.splitlines()]


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            '{"id": "deep", "text": "본문", "x": ' + "[" * 1000 + "]" * 1000 + "}",
            "c.jsonl:2: not a JSON object (nested too deeply)",
        ),
        (
            '{"id": "half", "text": "원화 \\ud800 약세"}',
            "c.jsonl:2 (id half): field 'text' has a lone surrogate (\\ud800 at offset 3)",
        ),
        (
            '{"id": "\\udc00", "text": "본문"}',
            "c.jsonl:2: field 'id' has a lone surrogate (\\udc00 at offset 0)",
        ),
    ],
    ids=["nested-1000-deep", "lone-surrogate-in-text", "lone-surrogate-in-id"],
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bad_record_is_one_line_and_the_batch_goes_on(tmp_path, line, message, jobs) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "\n".join([_record("a", GOOD), line, _record("b", GOOD), _record("c", GOOD)]) + "\n", "utf-8"
    )
    result = CliRunner().invoke(cli, ["extract", "--input-jsonl", str(corpus), "-j", jobs, "-f", "json"])
    assert (result.exit_code, _sources(result.stdout)) == (2, ["a", "b", "c"])
    assert result.stderr == f"newsfacts: error: {tmp_path}/{message}\n"


def _newsfacts(*args: str, **kwargs) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "newsfacts", *args], stderr=subprocess.PIPE, **kwargs)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    "args",
    [["-f", "json", "-j", "1"], ["-f", "jsonl", "-j", "2"], ["-f", "table"], ["--excel", "-j", "1"]],
    ids=["json", "jsonl-in-workers", "table", "excel"],
)
def test_output_to_a_full_disk_is_one_line_and_exit_2(tmp_path, args) -> None:
    paths = []
    for name, text in ARTICLES.items():
        (tmp_path / name).write_text(text, "utf-8")
        paths.append(str(tmp_path / name))
    with open("/dev/full", "w") as full:
        proc = _newsfacts("extract", *args, *paths, stdout=full)
        _, err = proc.communicate(timeout=120)
    assert (proc.returncode, err.decode()) == (
        2,
        "newsfacts: error: cannot write output (No space left on device)\n",
    )


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Enough articles that a batch is still running a few seconds in."""
    root = tmp_path / "archive"
    root.mkdir()
    for i in range(400):
        (root / f"{i:03d}.txt").write_text(ARTICLES["budget.txt"], "utf-8")
    return root


def _children(pid: int) -> list[tuple[int, str]]:
    """``(pid, command line)`` of the processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append((int(entry.name), cmdline))
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigterm_stops_the_batch_quietly_with_143(archive, jobs) -> None:
    proc = _newsfacts("extract", "-r", str(archive), "-f", "json", "-j", jobs, stdout=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # it is running
    proc.send_signal(signal.SIGTERM)
    # not communicate(), which reads past what readline() has buffered already
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=60)
    assert (proc.returncode, err.decode()) == (143, "newsfacts: terminated\n")
    sources = _sources((first + out).decode())  # whole lines only: what was written stays written
    assert sources == [str(archive / f"{i:03d}.txt") for i in range(len(sources))]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server")
def test_a_killed_fork_server_costs_no_document_and_is_one_warning(archive) -> None:
    proc = _newsfacts("extract", "-r", str(archive), "-f", "json", "-j", "2", stdout=subprocess.PIPE)
    assert proc.stdout is not None
    first = proc.stdout.readline()  # workers are running, forked from the server
    servers = [pid for pid, cmd in _children(proc.pid) if "forkserver" in cmd]
    assert len(servers) == 1
    workers = [pid for pid, _ in _children(servers[0])]
    assert len(workers) == 2
    os.kill(servers[0], signal.SIGKILL)
    # not communicate(), which reads past what readline() has buffered already
    out, err = proc.stdout.read(), proc.stderr.read()
    proc.wait(timeout=120)
    message = "newsfacts: warning: the worker processes' fork server died; starting a new one\n"
    assert (proc.returncode, err.decode()) == (0, message)
    expected = [str(archive / f"{i:03d}.txt") for i in range(400)]
    assert _sources((first + out).decode()) == expected
    time.sleep(0.5)  # the orphaned workers were told to go: none is left running a job
    assert [pid for pid in workers if _running(pid)] == []


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize(
    ("args", "files", "stderr"),
    [
        (["--glob", "*.md"], ["a.txt"], "newsfacts: warning: {d}: no files matched '*.md' in it\n"),
        (["-r"], [], "newsfacts: warning: {d}: no files matched '*.txt' in it or below\n"),
        (
            ["-r", "--glob", "2024/*.txt"],
            ["a.txt"],
            "newsfacts: warning: {d}: no files matched '2024/*.txt' in it or below\n",
        ),
    ],
    ids=["glob", "recursive-empty-folder", "glob-with-folder"],
)
def test_a_directory_where_nothing_matches_is_a_warning(tmp_path, args, files, stderr) -> None:
    for name in files:
        (tmp_path / name).write_text(GOOD, "utf-8")
    result = CliRunner().invoke(cli, ["extract", *args, str(tmp_path)])
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", stderr.format(d=tmp_path))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--glob", "["], "Invalid value for '--glob': '[' has a '[' that is never closed"),
        (
            ["--glob", "2024/[!.txt"],
            "Invalid value for '--glob': '2024/[!.txt' has a '[' that is never closed",
        ),
        (["--glob", ""], "Invalid value for '--glob': '' is not a file pattern"),
        (["--glob", "2024/"], "Invalid value for '--glob': '2024/' is not a file pattern"),
        (["--only", ","], "Invalid value for '--only': ',' names no kind; choose from " + KIND_LIST),
        (["--only", ""], "Invalid value for '--only': '' names no kind; choose from " + KIND_LIST),
    ],
    ids=[
        "glob-bracket",
        "glob-negated-bracket",
        "glob-empty",
        "glob-folder-only",
        "only-comma",
        "only-empty",
    ],
)
def test_malformed_options_are_usage_errors(tmp_path, args, message) -> None:
    (tmp_path / "a.txt").write_text(GOOD, "utf-8")
    result = CliRunner().invoke(cli, ["extract", *args, str(tmp_path)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.splitlines()[-1] == f"Error: {message}"


@pytest.mark.parametrize(
    ("pattern", "problem"),
    [
        ("*.txt", None),
        ("[]]*.txt", None),  # ']' first in a set is a member
        ("[!]]*.txt", None),
        ("2024/[01]*.txt", None),
        ("[", "has a '[' that is never closed"),
        ("[]", "has a '[' that is never closed"),
        ("a[b]c[d", "has a '[' that is never closed"),
    ],
)
def test_glob_problem(pattern, problem) -> None:
    from newsfacts.batch import glob_problem

    assert glob_problem(pattern) == problem


# --- --max-chars ---------------------------------------------------------------------------

SHORT = "원화 가치가 5% 내렸다.\n"  # 15 characters


@pytest.mark.parametrize(
    ("max_chars", "text", "error"),
    [
        (15, SHORT, None),  # exactly the limit is read
        (14, SHORT, "longer than 14 characters (raise --max-chars to read it)"),
        (3, "가나다", None),  # 9 bytes of UTF-8 for 3 characters
        (3, "가나다라", "longer than 3 characters (raise --max-chars to read it)"),
    ],
    ids=["at-limit", "one-over", "multibyte-at-limit", "multibyte-over"],
)
@pytest.mark.parametrize("how", ["file", "stdin", "jsonl"])
def test_max_chars_refuses_a_longer_input_and_the_batch_goes_on(
    tmp_path, max_chars, text, error, how
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("가", "utf-8")
    if how == "file":
        (tmp_path / "long.txt").write_text(text, "utf-8")
        args, stdin, name = [str(tmp_path / "long.txt"), str(good)], None, f"{tmp_path}/long.txt"
    elif how == "stdin":
        args, stdin, name = ["-", str(good)], text.encode(), "<stdin>"
    else:
        (tmp_path / "c.jsonl").write_text(_record("long", text) + "\n", "utf-8")
        args, stdin = [str(good), "--input-jsonl", str(tmp_path / "c.jsonl")], None
        name = f"{tmp_path}/c.jsonl:1 (id long)"
    result = CliRunner().invoke(
        cli, ["extract", "-f", "json", "--max-chars", str(max_chars), *args], input=stdin
    )
    read = [s for s in _sources(result.stdout) if s != str(good)]
    assert str(good) in _sources(result.stdout)
    if error is None:
        assert (result.exit_code, result.stderr, len(read)) == (0, "", 1)
    else:
        assert (result.exit_code, result.stderr, read) == (2, f"newsfacts: error: {name}: {error}\n", [])


def test_a_jsonl_line_too_long_to_hold_is_skipped_unread(tmp_path) -> None:
    corpus = tmp_path / "c.jsonl"
    lines = [_record("a", "가"), _record("huge", "가" * 70_000), _record("b", "나")]
    corpus.write_text("\n".join(lines) + "\n", "utf-8")
    result = CliRunner().invoke(
        cli, ["extract", "--input-jsonl", str(corpus), "--max-chars", "10", "-f", "json"]
    )
    assert (result.exit_code, _sources(result.stdout)) == (2, ["a", "b"])
    assert (
        result.stderr
        == f"newsfacts: error: {corpus}:2: longer than 65,616 bytes (raise --max-chars to read it)\n"
    )


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")
@pytest.mark.parametrize("how", ["path", "stdin"])
def test_dev_zero_is_refused_after_reading_a_bounded_amount(how) -> None:
    with open("/dev/zero", "rb") as zero:
        args = ["/dev/zero"] if how == "path" else []
        proc = _newsfacts("extract", *args, stdin=zero, stdout=subprocess.PIPE)
        out, err = proc.communicate(timeout=60)
    name = "/dev/zero" if how == "path" else "<stdin>"
    message = f"newsfacts: error: {name}: longer than 2,000,000 characters (raise --max-chars to read it)\n"
    assert (proc.returncode, out, err.decode()) == (2, b"", message)


@pytest.mark.parametrize("value", ["0", "-5", "many"])
def test_max_chars_must_be_a_positive_number(value) -> None:
    result = CliRunner().invoke(cli, ["extract", "--max-chars", value, "-"], input="가")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("Error: Invalid value for '--max-chars'")


@pytest.mark.parametrize(("size", "read"), [(10, 45), (1, 9)])
def test_read_limited_reads_no_more_than_it_needs(size, read) -> None:
    import io

    from newsfacts.batch.inputs import read_limited

    assert len(read_limited(io.BytesIO(b"x" * 1000), size)) == read
