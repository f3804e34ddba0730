"""Many articles at once: expand inputs into ordered jobs, run them, stream results in order.

An archive is given as paths (files, directories with ``recursive``/``glob``) and JSON Lines
corpora (one article per line, the text and id in named fields). ``expand`` turns them into
``Job``\\ s numbered in input order; ``run`` extracts them in this process or in worker
processes and yields one ``Result`` per job, in input order, as soon as it and every job
before it are done. A job that cannot be read or parsed becomes an error result; the batch
goes on.

Workers are never forked from the parent, which may be running Kiwi's threads: on Linux they
are forked from a fork server that has built Kiwi, elsewhere spawned (``newsfacts.batch.pool``).
Each runs Kiwi single-threaded, so that N workers use N cores rather than N x cores threads;
jobs carry paths, not texts, so the parent does little but write the output.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import gzip
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path, PurePath
from typing import IO, Any

from ..document import Document
from .inputs import DEFAULT_MAX_CHARS, read_limited
from .jobs import (
    DEFAULT_GLOB,
    DEFAULT_TIMEOUT,
    WINDOW_PER_WORKER,
    BatchError,
    Job,
    Options,
    Result,
    default_workers,
    init_worker,
    load,
    run_job,
)

# the job types are ``newsfacts.batch.jobs``'s; they are the batch API too
__all__ = [
    "DEFAULT_GLOB",
    "DEFAULT_MAX_CHARS",
    "DEFAULT_TIMEOUT",
    "WINDOW_PER_WORKER",
    "Batch",
    "BatchError",
    "Job",
    "Options",
    "Result",
    "default_workers",
    "expand",
    "expand_paths",
    "extract_many",
    "glob_problem",
    "init_worker",
    "jsonl_jobs",
    "load",
    "results",
    "run",
    "run_job",
]

# --- expanding inputs ------------------------------------------------------------------------


def _matches(rel: PurePath, pattern: str) -> bool:
    # A pattern with a slash matches the end of the relative path ('2024/*.txt'); one without
    # matches the file name, as in `find -name`.
    if "/" in pattern:
        return rel.match(pattern)
    return fnmatch.fnmatch(rel.name, pattern)


def glob_problem(pattern: str) -> str | None:
    """Why ``pattern`` cannot be a ``--glob``, or None. fnmatch reads an unclosed ``[`` as
    itself, so ``--glob '['`` would quietly match nothing; it is a typo, not a file name.

    >>> glob_problem("2024/[01]*.txt") is None, glob_problem("*[.txt")
    (True, "has a '[' that is never closed")
    """
    if not pattern or pattern.endswith("/"):
        return "is not a file pattern"
    i = 0
    while (i := pattern.find("[", i)) >= 0:
        j = i + 1
        if j < len(pattern) and pattern[j] == "!":
            j += 1
        if j < len(pattern) and pattern[j] == "]":  # ']' first in a set is a member
            j += 1
        close = pattern.find("]", j)
        if close < 0:
            return "has a '[' that is never closed"
        i = close + 1
    return None


def _walk(root: Path, recursive: bool, pattern: str) -> list[str]:
    """Files under ``root`` matching ``pattern``, hidden files and folders skipped, sorted."""
    found: list[str] = []
    for folder, dirs, files in os.walk(root, onerror=None, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")) if recursive else []
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = Path(folder) / name
            if _matches(full.relative_to(root), pattern):
                found.append(str(full))
    return found


def expand_paths(
    paths: Iterable[str], *, recursive: bool = False, glob: str | None = None
) -> list[tuple[str, str | None]]:
    """``(path, error)`` for every file the paths name, in order; directories are expanded.

    A directory is read when ``recursive`` (its whole tree) or ``glob`` (its top level) is
    given, keeping files that match ``glob`` (default ``*.txt``); otherwise it is an input
    error. Paths that do not exist are kept: reading them gives the usual one-line error.
    """
    return _expand_paths(paths, recursive, glob, [])


def _expand_paths(
    paths: Iterable[str], recursive: bool, glob: str | None, warnings: list[str]
) -> list[tuple[str, str | None]]:
    """``expand_paths``, adding a warning to ``warnings`` for each directory nothing in matched."""
    out: list[tuple[str, str | None]] = []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            if not recursive and glob is None:
                out.append((path, f"{path}: is a directory (use -r to read the files in it)"))
                continue
            pattern = glob or DEFAULT_GLOB
            found = _walk(Path(path), recursive, pattern)
            if not found:  # not an error (an empty folder is fine), but never silent
                below = " or below" if recursive else ""
                warnings.append(f"{path}: no files matched {pattern!r} in it{below}")
            out.extend((f, None) for f in found)
        else:
            out.append((path, None))
    return out


def _open_corpus(path: str) -> IO[bytes] | gzip.GzipFile:
    if path == "-":
        return sys.stdin.buffer
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")  # closed by the caller


def _corpus_name(path: str) -> str:
    return "<stdin>" if path == "-" else path


#: a JSON Lines record may take this many bytes a character of ``max_chars``, and the extra
#: bytes besides: JSON writes a character as at most 6 (``\uXXXX``); the rest is room for
#: the other fields (id, title, url ...)
RECORD_BYTES_PER_CHAR, RECORD_EXTRA_BYTES = 8, 65_536


def _lines(stream: IO[bytes] | gzip.GzipFile, limit: int) -> Iterator[bytes | None]:
    """The lines of ``stream``; None for a line longer than ``limit`` bytes, which is read
    through in pieces and dropped rather than held (``limit`` < 0: no limit)."""
    if limit < 0:
        yield from stream
        return
    while line := stream.readline(limit + 1):
        if len(line) <= limit or line.endswith(b"\n"):
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = stream.readline(limit + 1)
        yield None


def jsonl_jobs(
    path: str,
    start: int,
    *,
    text_field: str = "text",
    id_field: str | None = "id",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Iterator[Job]:
    """One job per non-blank line of a JSON Lines corpus (``.gz`` too), read lazily. A line
    longer than ``RECORD_BYTES_PER_CHAR * max_chars + RECORD_EXTRA_BYTES`` bytes is an error
    job, never read whole."""
    name = _corpus_name(path)
    limit = -1 if max_chars is None else RECORD_BYTES_PER_CHAR * max_chars + RECORD_EXTRA_BYTES
    try:
        stream = _open_corpus(path)
    except FileNotFoundError:
        yield Job(start, name, error=f"{name}: no such file")
        return
    except OSError as e:
        yield Job(start, name, error=f"{name}: cannot read ({e.strerror or e})")
        return
    index = start
    where = name if path == "-" else os.path.realpath(path)
    try:
        for lineno, line in enumerate(_lines(stream, limit), 1):
            if line is None:
                error = f"{name}:{lineno}: longer than {limit:,} bytes (raise --max-chars to read it)"
                yield Job(index, f"{name}:{lineno}", error=error)
            elif not line.strip():
                continue
            else:
                yield Job(
                    index, f"{name}:{lineno}", record=line, text_field=text_field, id_field=id_field,
                    key=f"{where}:{lineno}",
                )  # fmt: skip
            index += 1
    except (OSError, EOFError) as e:  # a truncated .gz
        yield Job(index, name, error=f"{name}: cannot read ({e})")
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


def count_lines(path: str) -> int | None:
    """Non-blank lines of a corpus, for the progress bar; None for standard input."""
    if path == "-":
        return None
    try:
        with _open_corpus(path) as f:
            return sum(1 for line in f if line.strip())
    except (OSError, EOFError):
        return 1  # it will be one error result


@dataclasses.dataclass
class Batch:
    """The jobs of a batch. ``files`` are known up front; corpora are counted only on demand
    (``total``), since counting means reading them through once more."""

    jobs: Iterator[Job]
    files: int
    corpora: tuple[str, ...] = ()
    #: one line each, for stderr: directories in which nothing matched
    warnings: tuple[str, ...] = ()
    _total: int | None = dataclasses.field(default=None, repr=False)

    @property
    def single(self) -> bool:
        """Exactly one article and no corpus: a person is reading its output."""
        return self.files == 1 and not self.corpora

    @property
    def total(self) -> int | None:
        """How many jobs in all; None when a corpus is standard input."""
        if self._total is None:
            total: int | None = self.files
            for corpus in self.corpora:
                n = count_lines(corpus)
                total = None if total is None or n is None else total + n
            self._total = total
        return self._total


def expand(
    paths: Iterable[str] = (),
    *,
    recursive: bool = False,
    glob: str | None = None,
    jsonl: Iterable[str] = (),
    text_field: str = "text",
    id_field: str | None = "id",
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> Batch:
    """All the inputs of a command line as ordered jobs: paths first, then corpora.

    With neither paths nor corpora, standard input is the one article.
    """
    paths, jsonl = tuple(paths), tuple(jsonl)
    if not paths and not jsonl:
        paths = ("-",)
    warnings: list[str] = []
    files = _expand_paths(paths, recursive, glob, warnings)

    def generate() -> Iterator[Job]:
        index = 0
        for path, error in files:
            if path == "-":  # read here: worker processes have no standard input
                yield Job(index, "<stdin>", data=read_limited(sys.stdin.buffer, max_chars))
            else:
                yield Job(index, path, path=path, error=error, key=os.path.realpath(path))
            index += 1
        for corpus in jsonl:
            for job in jsonl_jobs(
                corpus, index, text_field=text_field, id_field=id_field, max_chars=max_chars
            ):
                yield job
                index = job.index + 1

    return Batch(generate(), len(files), jsonl, tuple(warnings))


def _peek(jobs: Iterator[Job], n: int) -> tuple[list[Job], Iterator[Job]]:
    head = []
    for job in jobs:
        head.append(job)
        if len(head) >= n:
            break
    return head, jobs


Work = Callable[[Job, Options], Result]


def run(
    jobs: Iterable[Job],
    *,
    workers: int = 1,
    options: Options | None = None,
    work: Work = run_job,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """One result per job, in job order, each as soon as it and all before it are done.

    ``workers`` > 1 runs that many processes (never more than there are jobs); with one job,
    or one worker, everything runs here with Kiwi's own threads. Results do not depend on
    ``workers``. ``work`` must be a module-level function so that workers can import it.
    ``warn`` is told, in one line, of trouble the batch survives (its fork server killed).
    """
    options = options or Options()
    head, rest = _peek(iter(jobs), max(workers, 1))
    workers = min(workers, len(head))  # three articles need no more than three workers
    if workers <= 1:
        for job in _chain(head, rest):
            yield _in_time(work, job, options)
        return
    yield from _run_pool(_chain(head, rest), workers, options, work, warn)


class _TookTooLong(BaseException):
    """Raised by the alarm inside a job run in this process; a BaseException, so that the
    job's own ``except Exception`` (a bug is that job's error) lets it through."""


def _in_time(work: Work, job: Job, options: Options) -> Result:
    """``work(job, options)``, cut off after ``options.timeout`` seconds with one error line,
    as a worker process would be (``SIGALRM``; the rules hand Kiwi bounded pieces, so the
    alarm is heard within a fraction of a second). Without an alarm clock (Windows) or off
    the main thread, the job runs unbounded.

    Python runs a signal handler wherever the main thread is, and an exception raised in a
    finalizer or a garbage-collector callback is printed and dropped, not propagated: so the
    alarm rings again every ``_RING_AGAIN`` seconds until the job stops, and a job that rang
    at all is reported as too long even if it went on to finish."""
    timeout = options.timeout
    on_main = threading.current_thread() is threading.main_thread()
    if not timeout or not hasattr(signal, "setitimer") or not on_main:
        return work(job, options)
    state = {"rang": False, "armed": True}

    def ring(signum: int, frame: Any) -> None:
        state["rang"] = True
        if state["armed"]:
            raise _TookTooLong

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, timeout, _RING_AGAIN)
    result: Result | None = None
    try:
        try:
            result = work(job, options)
        finally:
            state["armed"] = False
    except _TookTooLong:
        pass
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)  # before the handler goes: SIGALRM's default kills
        signal.signal(signal.SIGALRM, previous)
    if state["rang"] or result is None:
        error = f"{job.name}: took longer than {timeout:g} s (--timeout); skipped"
        return Result(job.index, job.name, error=error)
    return result


_RING_AGAIN = 0.25  # seconds


def _chain(head: list[Job], rest: Iterator[Job]) -> Iterator[Job]:
    yield from head
    yield from rest


def _run_pool(
    jobs: Iterator[Job], workers: int, options: Options, work: Work, warn: Callable[[str], None] | None
) -> Iterator[Result]:
    from .pool import Pool, WorkerStartError

    try:
        with Pool(workers, options, work, warn=warn) as pool:
            yield from pool.map(jobs, window=workers * WINDOW_PER_WORKER)
    except WorkerStartError as e:
        raise BatchError(str(e)) from None


def results(
    jobs: Iterable[Job],
    *,
    workers: int = 1,
    options: Options | None = None,
    scheduler: str | None = None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """``run`` on this machine, or on the Dask cluster at ``scheduler`` (``tcp://HOST:PORT``).

    Raises ``BatchError`` at once when the cluster cannot be used.
    """
    if scheduler:
        from .cluster import run_on_cluster

        return run_on_cluster(jobs, scheduler, options=options)
    return run(jobs, workers=workers, options=options, warn=warn)


def extract_many(
    paths: Iterable[str] = (),
    *,
    workers: int = 1,
    reference_date: date | None = None,
    keep_noise: bool = False,
    on_error: Callable[[Result], None] | None = None,
    **expand_options: Any,
) -> Iterator[Document]:
    """Documents of many articles, in input order: the library side of ``newsfacts extract``.

    ``expand_options`` are those of ``expand`` (``recursive``, ``glob``, ``jsonl``,
    ``text_field``, ``id_field``). Bad inputs are skipped and passed to ``on_error``.
    """
    batch = expand(paths, **expand_options)
    for result in run(batch.jobs, workers=workers, options=Options(reference_date, keep_noise)):
        if result.document is not None:
            yield result.document
        elif on_error is not None:
            on_error(result)
