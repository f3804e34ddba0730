"""The ``newsfacts`` command: a thin click layer over the library.

Exit codes: 0 success; 1 ``check`` found problems at or above ``--fail-on``; 2 usage or
input errors (missing file, directory, undecodable bytes). With several inputs the good
ones are still processed and printed, and the exit code is 2.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import click

from .checks import CheckOptions, reaches, with_checks
from .checks.options import OptionError, parse_rate, parse_tolerance, read_rates_file
from .document import KINDS, Document
from .inputs import InputError, read_input
from .output import FORMATS, csv_writer, render_tables, write_csv_rows, write_json, write_jsonl
from .pipeline import extract

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _parse_only(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
    if not value:
        return KINDS
    wanted = tuple(v.strip() for v in value.split(",") if v.strip())
    unknown = [v for v in wanted if v not in KINDS]
    if unknown:
        raise click.BadParameter(f"unknown kind {unknown[0]!r}; choose from {', '.join(KINDS)}")
    return tuple(k for k in KINDS if k in wanted)


def output_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command shares: what to read and how to print it."""
    decorators = [
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
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def view_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Where else the facts go: an HTML report, a SQLite database, Excel-ready CSV."""
    decorators = [
        click.option("--html", "html_path", metavar="FILE", help="Write an HTML report to FILE."),
        click.option(
            "--db",
            "db_path",
            metavar="FILE",
            help="Write the facts to a SQLite database for Datasette (needs newsfacts[db]); "
            "a source written before is replaced.",
        ),
        click.option("--excel", is_flag=True, help="CSV for Excel: UTF-8 BOM, CRLF (implies -f csv)."),
    ]
    for decorator in reversed(decorators):
        fn = decorator(fn)
    return fn


def _documents(
    paths: tuple[str, ...], reference_date: date | None, keep_noise: bool, errors: list[str]
) -> Iterator[Document]:
    for path in paths or ("-",):
        try:
            source, text = read_input(path)
        except InputError as e:
            errors.append(str(e))
            click.echo(f"newsfacts: error: {e}", err=True)
            continue
        yield extract(text, reference_date, source=source, keep_noise=keep_noise)


def _emit(
    documents: Iterator[Document],
    fmt: str | None,
    kinds: tuple[str, ...],
    single: bool,
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
        from .views import sinks

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=kinds)
        if fmt is None:  # the files are the output; print only what was asked for
            sinks.drain(documents)
            return
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    out = sys.stdout
    if excel:
        from .views.spreadsheet import excel_csv

        sys.stdout.flush()
        binary = sys.stdout.buffer  # bytes: no platform turns CRLF into CRCRLF, or Hangul into CP949
        for chunk in excel_csv(documents, kinds):
            binary.write(chunk.encode("utf-8"))
            binary.flush()
    elif fmt == "html":
        from .views.html import write_html

        write_html(documents, out, kinds)
    elif fmt == "json":
        write_json(documents, out, kinds, pretty=single)
    elif fmt == "jsonl":
        write_jsonl(documents, out, kinds)
    elif fmt == "csv":
        writer = csv_writer(out)
        for doc in documents:
            write_csv_rows(writer, doc, kinds)
    else:
        from rich.console import Console

        render_tables(documents, kinds, Console())


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
      newsfacts extract samples/*.txt --excel > facts.csv
      newsfacts extract samples/*.txt --db facts.db && datasette facts.db
    """
    errors: list[str] = []
    documents = _documents(paths, reference_date, keep_noise, errors)
    _emit(documents, fmt, only, len(paths) <= 1, html_path=html_path, db_path=db_path, excel=excel)
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
        _emit(documents, fmt, only, len(paths) <= 1, html_path=html_path, db_path=db_path, excel=excel)
    else:
        from .views import sinks, terminal

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=only)
        terminal.show(documents, only, color=color, pager=pager)
    if errors:
        sys.exit(EXIT_INPUT)


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
    type=click.Choice(["error", "warning"]),
    default="warning",
    show_default=True,
    help="Exit 1 when a finding of this severity or worse is found.",
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
    options = CheckOptions(rates={**(rates_file or {}), **dict(given)}, tolerance=tolerance)
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

        from .checks.render import render_findings

        render_findings(documents(), Console())
    else:
        # the same contract as extract: .checks[] works on both; --only adds other kinds
        _emit(documents(), fmt, ("checks",) if only == KINDS else only, len(paths) <= 1)
    if errors:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(failing) else EXIT_OK)


def main() -> None:
    try:
        cli.main(prog_name="newsfacts", standalone_mode=True)
    except BrokenPipeError:  # `newsfacts extract ... | head` closing the pipe early
        sys.stderr.close()
        sys.exit(EXIT_OK)
