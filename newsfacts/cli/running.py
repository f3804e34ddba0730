"""How a command runs: its inputs through the batch, its output, signals and exit codes.

Exit codes: 0 success (a reader closing the pipe early too); 1 ``check`` found problems at
or above ``--fail-on``; 2 usage or input errors, output that cannot be written, or workers
that cannot start; 130 interrupted (SIGINT); 143 terminated (SIGTERM).
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import click

from .. import batch, kiwi
from ..document import Document
from ..render.output import (
    STREAM_FORMATS,
    csv_header,
    csv_writer,
    render_tables,
    write_csv_rows,
    write_json,
    write_jsonl,
)
from .options import batch_settings

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + the signal, as shells report it


def show_progress(total: int | None, quiet: bool, stderr_is_terminal: bool) -> bool:
    """A progress bar only for a person watching a batch: a terminal, several documents."""
    return stderr_is_terminal and not quiet and (total is None or total > 1)


def stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def plan_batch(paths: tuple[str, ...], *, take: bool = False) -> batch.Batch:
    """The jobs of this command line, planned once per command; a second ``read_documents``
    walks the inputs again."""
    ctx = click.get_current_context()
    plans: dict[tuple[str, ...], batch.Batch] = ctx.meta.setdefault("newsfacts.plans", {})
    if paths not in plans:
        s = batch_settings(ctx)
        plans[paths] = batch.expand(
            paths, recursive=s.recursive, glob=s.glob, jsonl=s.jsonl, text_field=s.text_field,
            id_field=s.id_field, max_chars=s.max_chars,
        )  # fmt: skip
    return plans.pop(paths) if take else plans[paths]


def progress_bar(total: int | None) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Any) -> Text:
            return Text(f"{task.speed:.1f} docs/s" if task.speed else "", style="progress.data.speed")

    # With output on the same terminal, rich prints it above the bar; when output is piped,
    # it must not be touched at all.
    to_terminal = sys.stdout.isatty()
    return Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn() if total else TextColumn("{task.completed} docs"),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("elapsed,"),
        TimeRemainingColumn(),
        TextColumn("left"),
        console=Console(stderr=True),
        redirect_stdout=to_terminal,
        redirect_stderr=False,
        transient=False,
    )


def read_results(
    paths: tuple[str, ...],
    reference_date: date | None,
    keep_noise: bool,
    errors: list[str],
    render: tuple[str, tuple[str, ...]] | None = None,
) -> Iterator[batch.Result]:
    """The results of every input (paths, directories, corpora), in input order.

    Bad inputs are reported on stderr, one line each naming it, collected in ``errors`` and
    skipped. Standard output is flushed after each result, so an interrupted run keeps
    everything already written. ``render`` has each document rendered where it is extracted.
    """
    s = batch_settings()
    plan = plan_batch(paths, take=True)
    for warning in plan.warnings:
        click.echo(f"newsfacts: warning: {warning}", err=True)
    kiwi.use_cores(s.jobs)  # -j 1 runs here single-threaded, not on a Kiwi thread per core
    try:
        results = batch.results(
            plan.jobs,
            workers=s.jobs,
            options=batch.Options(reference_date, keep_noise, render, s.max_chars, s.timeout),
            scheduler=s.scheduler,
            warn=lambda message: click.echo(f"newsfacts: warning: {message}", err=True),
        )
    except batch.BatchError as e:
        errors.append(str(e))
        click.echo(f"newsfacts: error: {e}", err=True)
        return
    # plan.total reads corpora through to count them: only asked for when a bar may show
    terminal = stderr_is_terminal()
    wanted = terminal and not s.quiet and show_progress(plan.total, s.quiet, terminal)
    bar = progress_bar(plan.total) if wanted else None
    with bar or contextlib.nullcontext():
        task = bar.add_task("extract", total=plan.total) if bar else None
        for result in until_broken(results, errors):
            if bar:
                bar.advance(task)
            if not result.ok:
                errors.append(result.error or result.name)
                message = f"newsfacts: error: {result.error}"
                if bar:  # above the bar, on one line however long
                    bar.console.print(message, markup=False, highlight=False, soft_wrap=True)
                else:
                    click.echo(message, err=True)
                continue
            yield result
            sys.stdout.flush()


def until_broken(results: Iterator[batch.Result], errors: list[str]) -> Iterator[batch.Result]:
    """``results`` until the batch can go no further (its workers cannot start, its cluster
    is gone): that is one more error line, and what was written so far stays."""
    try:
        yield from results
    except batch.BatchError as e:
        errors.append(str(e))
        click.echo(f"newsfacts: error: {e}", err=True)


def read_documents(
    paths: tuple[str, ...], reference_date: date | None, keep_noise: bool, errors: list[str]
) -> Iterator[Document]:
    """The documents of every input, in input order; see ``read_results``."""
    for result in read_results(paths, reference_date, keep_noise, errors):
        assert result.document is not None
        yield result.document


def render_in_workers(
    fmt: str | None, kinds: tuple[str, ...], *, html_path: str | None, db_path: str | None, excel: bool
) -> tuple[str, tuple[str, ...]] | None:
    """``(format, kinds)`` when documents can be rendered where they are extracted: a JSON,
    JSON Lines or CSV stream and nothing else to make, from more than one worker process."""
    s = batch_settings()
    if html_path or db_path or excel or (s.jobs <= 1 and not s.scheduler):
        return None
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    return (fmt, kinds) if fmt in STREAM_FORMATS else None


def write_rendered(results: Iterator[batch.Result], fmt: str) -> None:
    out = Stdout()
    if fmt == "csv":
        out.write(csv_header())
    for result in results:
        out.write(result.rendered or "")


class Stdout:
    """Standard output as it is at each write: a progress bar may redirect it meanwhile."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def emit(
    documents: Iterator[Document],
    fmt: str | None,
    kinds: tuple[str, ...],
    *,
    html_path: str | None = None,
    db_path: str | None = None,
    excel: bool = False,
) -> None:
    if excel:
        if fmt not in (None, "csv"):
            raise click.UsageError(f"--excel is a kind of CSV; it does not go with --format {fmt}")
        fmt = "csv"
    if html_path or db_path:
        from ..render import sinks

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=kinds)
        if fmt is None:  # the files are the output; print only what was asked for
            sinks.drain(documents)
            return
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    out = Stdout()
    if excel:
        from ..render.spreadsheet import excel_csv

        sys.stdout.flush()
        binary = sys.stdout.buffer  # bytes: no platform turns CRLF into CRCRLF, or Hangul into CP949
        for chunk in excel_csv(documents, kinds):
            binary.write(chunk.encode("utf-8"))
            binary.flush()
    elif fmt == "html":
        from ..render.html import write_html

        write_html(documents, out, kinds)
    elif fmt == "json":
        write_json(documents, out, kinds)
    elif fmt == "jsonl":
        write_jsonl(documents, out, kinds)
    elif fmt == "csv":
        writer = csv_writer(out)
        for doc in documents:
            write_csv_rows(writer, doc, kinds)
    else:
        from rich.console import Console

        render_tables(documents, kinds, Console())


class CommandGroup(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        # click would print "Aborted!" and exit 1; a batch stopped with Ctrl-C has flushed
        # every finished document, and says so the way shells expect (128 + SIGINT).
        try:
            try:
                result = super().invoke(ctx)
            except SystemExit:
                sys.stdout.flush()  # see below
                raise
            # Flushed here, where a full disk can still be reported: Python's own flush at
            # exit would print a traceback-like message and exit 120.
            sys.stdout.flush()
            return result
        except KeyboardInterrupt:
            click.echo("newsfacts: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except Terminated:
            click.echo("newsfacts: terminated", err=True)
            sys.exit(EXIT_TERMINATED)
        except BrokenPipeError as e:
            if not reader_gone():  # some other pipe: say so, not click's silent exit 1
                click.echo(f"newsfacts: error: {e}", err=True)
                sys.exit(EXIT_INPUT)
            # The reader closed the pipe (`newsfacts extract ... | head`) and has what it
            # wanted: exit 0, not click's 1, which here means "check found problems".
            stdout_to_devnull()
            sys.exit(EXIT_OK)
        except OSError as e:  # inputs are read into InputErrors: this is output (a full disk)
            what = e.strerror or str(e)
            where = f"{e.filename}: cannot write" if e.filename else "cannot write output"
            click.echo(f"newsfacts: error: {where} ({what})", err=True)
            stdout_to_devnull()
            sys.exit(EXIT_INPUT)


def stdout_to_devnull() -> None:
    """Python flushes standard output once more on the way out; let that go nowhere."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real stdout (tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt, so that the batch's workers
    are stopped and what was written stays. Not an Exception: nothing may catch it as a bug."""


def on_sigterm(signum: int, frame: Any) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated


def reader_gone() -> bool:
    """Standard output is a pipe nobody reads any more (poll says POLLERR on its end)."""
    try:
        fd = sys.stdout.fileno()
        poller = select.poll()
    except (AttributeError, OSError, ValueError):  # no poll (Windows), or no real stdout
        return True
    poller.register(fd, select.POLLOUT)
    return any(events & select.POLLERR for _, events in poller.poll(0))
