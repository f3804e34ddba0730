"""The command line's options: parsed, checked and kept where every command reads them.

``input_options`` (which inputs, how many workers) are stored on the click context as
``BatchSettings``; ``output_options`` and ``view_options`` (formats, kinds, report files) are
passed to the command; ``check_option`` and ``history_option`` serve ``check``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import click

from .. import batch
from ..checks.options import OptionError
from ..document import KINDS
from ..render.output import FORMATS


def parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def parse_reference(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    """``--date``: a day, or a day and the time of day, which hours and minutes from now
    (``지난 2시간``, ``30분 안에``) are counted from."""
    if value is None or ("T" not in value.upper() and " " not in value.strip()):
        return parse_date(ctx, param, value)
    try:
        return datetime.fromisoformat(value.strip().replace(" ", "T", 1))
    except ValueError:
        forms = "YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        raise click.BadParameter(f"{value!r} is not a date in the form {forms}") from None


def parse_only(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...]:
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


SETTINGS_KEY = "newsfacts.batch"


def batch_settings(ctx: click.Context | None = None) -> BatchSettings:
    ctx = ctx or click.get_current_context(silent=True)
    if ctx is None:
        return BatchSettings()
    return ctx.meta.setdefault(SETTINGS_KEY, BatchSettings())


def _store(field: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, str) and field == "id_field" and not value:
            value = None  # --id-field '' : name records by file and line
        setattr(batch_settings(ctx), field, value)

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
    becoming parameters, so any command using ``read_documents`` reads archives unchanged."""
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
            callback=parse_only,
            metavar="KINDS",
            help=f"Comma-separated kinds to output, from: {', '.join(KINDS)}.",
        ),
        click.option(
            "--date",
            "reference_date",
            callback=parse_reference,
            metavar="YYYY-MM-DD[THH:MM]",
            help="Reference date (and time) for relative dates; overrides the article's date line.",
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


def history_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--rates-history FILE.csv, read once here so that a bad file is a usage error (exit 2)."""
    if value is None:
        return None
    from .. import rates

    try:
        rates.history(value)
    except rates.RatesError as e:
        raise click.BadParameter(str(e)) from None
    return value


HISTORY_HELP = (
    "A CSV of date,currency,rate rows (won per unit, e.g. a Bank of Korea ECOS export); it takes "
    "precedence over the ECB reference rates for the currencies and dates it covers."
)


def check_option(parse: Callable[[str], Any]) -> Callable[..., Any]:
    """A click callback that turns the checks' OptionError into a usage error (exit 2)."""

    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        try:
            if isinstance(value, tuple):
                return tuple(parse(v) for v in value)
            return None if value is None else parse(value)
        except OptionError as e:
            raise click.BadParameter(str(e)) from None

    return callback
