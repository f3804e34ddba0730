"""Batch worker processes: results in job order, a crash costs only its job, nothing hangs."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import sys
import time
from pathlib import Path

import pytest

from newsfacts import batch, extract
from newsfacts.batch import Job, Options, Result, jobs, pool


def crash_on_poison(job: Job, options: Options) -> Result:
    """Dies outright (as on a native crash) on a job named poison...; a flaky... job dies
    only the first time it runs (its path names a marker file)."""
    if job.name.startswith("poison"):
        os._exit(7)
    if job.name.startswith("flaky"):
        marker = Path(job.path or "")
        if not marker.exists():
            marker.touch()
            os._exit(9)
    return Result(job.index, job.name, error=f"ran {job.name}")


@pytest.mark.parametrize(
    ("names", "workers", "crashed"),
    [
        (["a", "b", "poison", "c", "d"], 2, ["poison"]),
        (["poison", "a", "b"], 2, ["poison"]),
        (["a", "b", "c", "poison"], 2, ["poison"]),
        (["poison1", "poison2", "a", "poison3", "b", "c", "d", "e"], 2, ["poison1", "poison2", "poison3"]),
        (["a", "poison", "b", "c", "d", "e", "f", "g", "h", "i"], 3, ["poison"]),
        (["a", "flaky", "b", "c"], 2, []),  # died once, ran when tried again: not its fault
        (["flaky", "poison", "a"], 2, ["poison"]),
    ],
)
def test_a_crash_costs_only_the_job_it_died_on(tmp_path, names, workers, crashed) -> None:
    jobs = [Job(i, n, path=str(tmp_path / n)) for i, n in enumerate(names)]
    results = list(batch.run(jobs, workers=workers, work=crash_on_poison))
    expected = [
        (i, f"{n}: worker process crashed on it" if n in crashed else f"ran {n}") for i, n in enumerate(names)
    ]
    assert [(r.index, r.error) for r in results] == expected


def slow_by_name(job: Job, options: Options) -> Result:
    time.sleep(float(job.name.split(":")[1]))
    return Result(job.index, job.name, error=str(os.getpid()))


def swallows_the_first_alarm(job: Job, options: Options) -> Result:
    """As a garbage-collector callback or a finalizer does: the exception is printed and lost."""
    with contextlib.suppress(BaseException):
        time.sleep(float(job.name.split(":")[1]))
    time.sleep(float(job.name.split(":")[1]))
    return Result(job.index, job.name)


def test_results_keep_job_order_when_later_jobs_finish_first() -> None:
    delays = ["0.3", "0", "0", "0", "0.1", "0", "0", "0", "0", "0"]
    jobs = [Job(i, f"{i}:{d}") for i, d in enumerate(delays)]
    results = list(batch.run(jobs, workers=2, work=slow_by_name))
    assert [r.index for r in results] == list(range(len(delays)))
    assert len({r.error for r in results}) == 2  # both workers ran some


def die_at_start() -> None:
    os._exit(3)


def no_set_up() -> None:
    pass


def test_workers_that_cannot_start_stop_the_batch_with_one_message() -> None:
    workers = pool.Pool(2, Options(), slow_by_name, init=die_at_start)
    message = r"^a worker process died while starting \(exit code 3\)$"
    try:
        with pytest.raises(pool.WorkerStartError, match=message):
            list(workers.map(iter([Job(0, "0:0"), Job(1, "1:0")]), window=4))
    finally:
        workers.close()


@pytest.mark.parametrize("timeout", [0.2, 60.0])
def test_a_worker_stuck_in_a_job_is_terminated_at_once_when_the_pool_closes(monkeypatch, timeout) -> None:
    monkeypatch.setattr(pool, "STOP_TIMEOUT", timeout)  # not waited for: its job's result is not wanted
    workers = pool.Pool(1, Options(), slow_by_name, init=no_set_up)
    stream = workers.map(iter([Job(0, "0:0"), Job(1, "1:60")]), window=4)
    assert next(stream).index == 0
    started = time.monotonic()
    workers.close()
    assert time.monotonic() - started < 5
    assert [w.process.exitcode for w in workers.workers] == [-15]  # SIGTERM


def test_idle_workers_are_told_to_stop_and_exit_cleanly() -> None:
    with pool.Pool(2, Options(), slow_by_name, init=no_set_up) as workers:
        assert [r.index for r in workers.map(iter([Job(0, "0:0"), Job(1, "1:0")]), window=4)] == [0, 1]
    assert [w.process.exitcode for w in workers.workers] == [0, 0]


class _NoProcesses:
    """A multiprocessing context whose processes cannot start (as when the fork server dies)."""

    Pipe = staticmethod(multiprocessing.Pipe)

    class Process:
        def __init__(self, **kwargs: object) -> None:
            pass

        def start(self) -> None:
            raise EOFError


def test_a_worker_that_cannot_be_started_is_one_error() -> None:
    with pytest.raises(pool.WorkerStartError, match=r"^a worker process could not start \(EOFError\)$"):
        pool.Worker.start(_NoProcesses(), (Options(), slow_by_name, no_set_up))


def test_leaving_the_results_early_stops_the_workers() -> None:
    jobs = (Job(i, f"{i}:0") for i in range(1000))
    stream = batch.run(jobs, workers=2, work=slow_by_name)
    first = [next(stream) for _ in range(6)]
    assert [r.index for r in first] == [0, 1, 2, 3, 4, 5]
    pids = {int(r.error) for r in first}
    stream.close()
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def report_start(job: Job, options: Options) -> Result:
    from newsfacts.kiwi import get_kiwi

    preloaded = "newsfacts.batch.preload" in sys.modules
    return Result(job.index, job.name, error=f"{os.getppid()} {preloaded} {get_kiwi().num_workers}")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fork server workers on Linux only")
def test_workers_are_forked_from_a_server_with_kiwi_loaded() -> None:
    results = list(batch.run([Job(i, f"{i}.txt") for i in range(4)], workers=2, work=report_start))
    parents, preloaded, threads = zip(*(r.error.split() for r in results), strict=True)
    assert str(os.getpid()) not in parents  # not forked from this process, which has used Kiwi
    assert set(preloaded) == {"True"}
    # one thread: the worker's Kiwi calls run on its own thread (see newsfacts.batch.preload)
    assert set(threads) == {"1"}


def test_the_warm_up_article_exercises_every_extractor() -> None:
    document = extract(pool.WARM_UP_TEXT)
    assert document.reference_date is not None and document.reference_date.isoformat() == "2025-03-02"
    assert [(m.text, m.conversion is not None) for m in document.money] == [("558만 달러", True)]
    assert [p.text for p in document.percentages] == ["5%", "5.2%"]
    assert [d.text for d in document.dates] == ["지난달", "2일", "올해 1분기"]
    assert [(q.kind, q.speaker) for q in document.quotes] == [
        ("direct", "정부"),
        ("indirect", "산업통상자원부"),
        ("direct", "한 관계자"),
    ]


def test_cli_when_workers_cannot_start_says_so_in_one_line(monkeypatch, tmp_path) -> None:
    from click.testing import CliRunner

    from newsfacts.cli import cli

    monkeypatch.setattr(jobs, "init_worker", die_at_start)
    paths = []
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("삼성전자는 5조 원을 투자했다.", "utf-8")
        paths.append(str(tmp_path / name))
    result = CliRunner().invoke(cli, ["extract", "-f", "json", "-j", "2", *paths])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == "newsfacts: error: a worker process died while starting (exit code 3)\n"


def test_a_job_sent_to_a_worker_that_has_just_died_stays_queued_for_its_successor() -> None:
    worker = pool.Worker.start(pool.context(), (Options(), slow_by_name, die_at_start))
    worker.process.join(30)
    assert worker.process.exitcode == 3
    worker.send(Job(0, "0:0"))  # EPIPE: the job is kept, not raised
    assert [j.index for j in worker.queued] == [0]
    worker.stop()


def die_soon_after(job: Job, options: Options) -> Result:
    """Answers, then dies 50 ms later, while the parent is already sending it more work."""
    import threading

    if job.name.startswith("late"):
        threading.Timer(0.05, os._exit, (9,)).start()
    return slow_by_name(job, options)


def test_a_worker_that_dies_between_jobs_loses_nothing() -> None:
    names = ["0:0", "late:0", "2:0.2", "3:0", "4:0", "5:0", "6:0"]
    results = list(batch.run([Job(i, n) for i, n in enumerate(names)], workers=2, work=die_soon_after))
    assert [r.index for r in results] == list(range(len(names)))
    assert all(r.error is not None and r.error.isdigit() for r in results)  # each ran (its pid)


def stop_on_name(job: Job, options: Options) -> Result:
    """Stops itself (SIGSTOP, as a debugger or a full swap might) on a job named stop..."""
    import signal

    if job.name.startswith("stop"):
        os.kill(os.getpid(), signal.SIGSTOP)
    return slow_by_name(job, options)


@pytest.mark.parametrize(
    ("names", "work", "late"),
    [
        (["0:0", "1:30", "2:0", "3:0", "4:0", "5:0"], slow_by_name, ["1:30"]),
        (["0:30", "1:30", "2:0", "3:0"], slow_by_name, ["0:30", "1:30"]),  # both workers at once
        (["0:0", "stop:0", "2:0", "3:0", "4:0"], stop_on_name, ["stop:0"]),
    ],
    ids=["slow", "two-slow", "stopped-worker"],
)
def test_a_job_past_the_timeout_is_an_error_and_the_rest_keep_their_order(names, work, late) -> None:
    jobs = [Job(i, n) for i, n in enumerate(names)]
    start = time.monotonic()
    results = list(batch.run(jobs, workers=2, options=Options(timeout=1.0), work=work))
    assert time.monotonic() - start < 15  # the 30 s jobs were cut short
    assert [r.index for r in results] == list(range(len(names)))
    errors = [r.error for r in results if r.name in late]
    assert errors == [f"{n}: took longer than 1 s (--timeout); skipped" for n in late]
    assert all(r.error is not None and r.error.isdigit() for r in results if r.name not in late)


def test_cli_timeout_names_the_slow_article_and_keeps_the_others(tmp_path) -> None:
    from click.testing import CliRunner

    from newsfacts.cli import cli

    short = tmp_path / "a.txt"
    short.write_text("삼성전자는 5조 원을 투자했다.", "utf-8")
    slow = tmp_path / "slow.txt"  # one line of 150,000 characters: seconds, not milliseconds
    slow.write_text("삼성전자는 올해 5조 원을 투자한다고 밝혔다. " * 6_000, "utf-8")
    args = ["extract", "-f", "json", "-j", "2", "--timeout", "0.5", str(short), str(slow), str(short)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2
    assert [json.loads(line)["source"] for line in result.stdout.splitlines()] == [str(short), str(short)]
    assert result.stderr == f"newsfacts: error: {slow}: took longer than 0.5 s (--timeout); skipped\n"


@pytest.mark.parametrize("value", ["0", "-1", "nan", "soon"])
def test_cli_timeout_must_be_positive_seconds(value) -> None:
    from click.testing import CliRunner

    from newsfacts.cli import cli

    result = CliRunner().invoke(cli, ["extract", "--timeout", value, "-"], input="가")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].startswith("Error: Invalid value for '--timeout'")


@pytest.mark.parametrize(
    ("names", "late"),
    [
        (["0:0", "1:30", "2:0"], ["1:30"]),
        (["0:30"], ["0:30"]),  # one article alone
    ],
    ids=["in-a-batch", "alone"],
)
def test_a_job_run_in_this_process_is_cut_off_at_the_timeout_too(names, late) -> None:
    # -j 1 and a single article run here, not in a worker: an alarm cuts them off instead
    jobs = [Job(i, n) for i, n in enumerate(names)]
    start = time.monotonic()
    results = list(batch.run(jobs, workers=1, options=Options(timeout=0.5), work=slow_by_name))
    assert time.monotonic() - start < 10
    assert [r.index for r in results] == list(range(len(names)))
    assert [r.error for r in results if r.name in late] == [
        f"{n}: took longer than 0.5 s (--timeout); skipped" for n in late
    ]
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL  # the alarm is put back


@pytest.mark.parametrize(("name", "cut"), [("0:0.6", True), ("0:0.05", False)])
def test_an_alarm_lost_in_a_finalizer_rings_again(name, cut) -> None:
    results = list(
        batch.run([Job(0, name)], workers=1, options=Options(timeout=0.3), work=swallows_the_first_alarm)
    )
    expected = f"{name}: took longer than 0.3 s (--timeout); skipped" if cut else None
    assert [r.error for r in results] == [expected]
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)  # no alarm left to ring
    assert signal.getsignal(signal.SIGALRM) is signal.SIG_DFL


# the alarm may ring inside hypothesis' gc callback, which prints and drops it: the job is
# still cut off (the alarm rings again), and pytest's note of the dropped one is expected
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_cli_timeout_cuts_off_a_single_article(tmp_path) -> None:
    from click.testing import CliRunner

    from newsfacts.cli import cli

    slow = tmp_path / "slow.txt"
    slow.write_text("삼성전자는 올해 5조 원을 투자한다고 밝혔다. " * 6_000, "utf-8")
    # a tenth of a second: a warm Kiwi on several threads reads the article in well under one
    result = CliRunner().invoke(cli, ["extract", "-f", "json", "--timeout", "0.1", str(slow)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == f"newsfacts: error: {slow}: took longer than 0.1 s (--timeout); skipped\n"
