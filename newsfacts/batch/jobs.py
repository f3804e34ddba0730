"""One article of a batch: the job, how it is run, its result, and running it.

The types every part of a batch shares (``newsfacts.batch`` expands inputs into jobs and
streams results, ``newsfacts.batch.pool`` runs them in worker processes, ``newsfacts.batch.cluster`` on
Dask), kept here so that those modules import this one and never each other.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import signal
from datetime import date
from typing import Any

from ..document import Document
from .inputs import (
    DEFAULT_MAX_CHARS,
    InputError,
    check_size,
    decode,
    decode_limited,
    read_input,
    read_limited,
)

#: seconds an article may take in a worker process (``--timeout``): a news article takes a
#: fraction of a second, the longest allowed (2M characters on one line) about 45 s
DEFAULT_TIMEOUT = 60.0
#: what a directory yields when no ``glob`` is given
DEFAULT_GLOB = "*.txt"
#: jobs in flight per worker: enough that a slow article does not idle the other workers,
#: few enough that a million-line corpus is not read into memory ahead of the output
WINDOW_PER_WORKER = 8


class BatchError(Exception):
    """The batch cannot run at all (e.g. no cluster to run on); the message is one line."""


@dataclasses.dataclass(frozen=True)
class Options:
    """How every article of a batch is extracted."""

    reference_date: date | None = None
    keep_noise: bool = False
    #: ``(format, kinds)``: render each document where it was extracted (``output.render``)
    #: and send back only that text. The parent of N workers then does little but write,
    #: instead of unpickling every document's morphemes and rendering it on one core.
    render: tuple[str, tuple[str, ...]] | None = None
    #: a longer article is an input error (None: no limit)
    max_chars: int | None = DEFAULT_MAX_CHARS
    #: seconds a worker process may spend on one article before it is killed and the article
    #: is an error (None: no limit); in this process (-j 1, one article) an alarm cuts it off
    timeout: float | None = DEFAULT_TIMEOUT


@dataclasses.dataclass(frozen=True)
class Job:
    """One article to extract. Exactly one of ``path``, ``data`` or ``record`` is set.

    ``name`` is what messages and ``source`` show: the path, ``<stdin>``, or
    ``corpus.jsonl:17`` for the 17th line of a corpus (its id replaces it in ``source``).
    """

    index: int
    name: str
    path: str | None = None  # a file, read and decoded by whoever runs the job
    data: bytes | None = None  # raw bytes already read (standard input, or sent to a cluster)
    record: bytes | None = None  # one JSON Lines line
    text_field: str = "text"
    id_field: str | None = "id"
    error: str | None = None  # known bad while expanding (a directory without -r)
    key: str | None = None  # ``Document.key`` unless a record has an id: the resolved path

    def with_data(self, max_chars: int | None = DEFAULT_MAX_CHARS) -> Job:
        """The job with its file's bytes inside, for workers that do not share this filesystem
        (no more of them than tells whether it is longer than ``max_chars``)."""
        if self.path is None or self.error is not None:
            return self
        try:
            with open(self.path, "rb") as f:
                data = read_limited(f, max_chars)
        except OSError:
            return self  # let the worker report it with the usual message
        return dataclasses.replace(self, path=None, data=data)


@dataclasses.dataclass(frozen=True)
class Result:
    index: int
    name: str
    document: Document | None = None
    error: str | None = None  # one line naming the input
    rendered: str | None = None  # the document as ``Options.render`` asked, instead of it

    @property
    def ok(self) -> bool:
        return self.error is None

    def __reduce__(self) -> tuple[Any, ...]:
        # Results cross process boundaries (workers, Dask). Kiwi's morphemes are most of a
        # document and pickle slowly one NamedTuple at a time; sent as five columns they
        # cost about half as much (a third to pickle, three quarters to unpickle), and come
        # back as the very same tokens.
        doc = self.document
        if doc is None or not doc.article.tokens:
            return (Result, (self.index, self.name, doc, self.error, self.rendered))
        slim = dataclasses.replace(doc, article=dataclasses.replace(doc.article, tokens=()))
        return (_unpack, (self.index, self.name, slim, tuple(zip(*doc.article.tokens, strict=True))))


def _unpack(index: int, name: str, slim: Document, columns: tuple[tuple[Any, ...], ...]) -> Result:
    from ..page.article import Token

    tokens = tuple(map(Token._make, zip(*columns, strict=True)))
    article = dataclasses.replace(slim.article, tokens=tokens)
    return Result(index, name, dataclasses.replace(slim, article=article))


def _field(record: Any, dotted: str) -> Any:
    """``record['a']['b']`` for ``'a.b'``; None when any step is missing."""
    value = record
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def load(job: Job, max_chars: int | None = DEFAULT_MAX_CHARS) -> tuple[str, str]:
    """``(source, text)`` of a job, or ``InputError`` with a one-line message naming it
    (also for a text longer than ``max_chars``)."""
    if job.error is not None:
        raise InputError(job.error)
    if job.record is not None:
        source, text = _load_record(job)
        check_size(text, job.name if source == job.name else f"{job.name} (id {source})", max_chars)
        return source, text
    if job.data is not None:
        return job.name, decode_limited(job.data, job.name, max_chars)
    return read_input(job.path or "-", max_chars)


def _load_record(job: Job) -> tuple[str, str]:
    assert job.record is not None
    line = decode(job.record, job.name)  # UTF-8 (a BOM on the first line too), else CP949
    try:
        record = json.loads(line)
    except ValueError as e:
        raise InputError(f"{job.name}: not a JSON object ({e})") from None
    except RecursionError:  # json's decoder recurses once per level of nesting
        raise InputError(f"{job.name}: not a JSON object (nested too deeply)") from None
    if not isinstance(record, dict):
        raise InputError(f"{job.name}: not a JSON object")
    source = job.name
    if job.id_field:
        ident = _field(record, job.id_field)
        if isinstance(ident, (str, int)) and not isinstance(ident, bool) and str(ident):
            source = str(ident)
    _no_surrogate(source, job.name, job.id_field)
    text = _field(record, job.text_field)
    label = job.name if source == job.name else f"{job.name} (id {source})"
    if not isinstance(text, str):
        what = "missing" if text is None else f"a {type(text).__name__}, not a string"
        raise InputError(f"{label}: field {job.text_field!r} is {what}")
    _no_surrogate(text, label, job.text_field)
    return source, text


#: JSON may escape half of a UTF-16 pair on its own (\ud800); json.loads keeps it, but it is no
#: character: Kiwi and every output encoder reject it, so the record is bad input
_SURROGATE = re.compile("[\ud800-\udfff]")


def _no_surrogate(value: str, label: str, field: str | None) -> None:
    found = _SURROGATE.search(value)
    if found:
        code = f"\\u{ord(found.group()):04x}"
        raise InputError(f"{label}: field {field!r} has a lone surrogate ({code} at offset {found.start()})")


def run_job(job: Job, options: Options) -> Result:
    """Extract one job. Never raises: a bad input, or a bug, is an error result naming it."""
    from ..pipeline import extract

    try:
        source, text = load(job, options.max_chars)
    except InputError as e:
        return Result(job.index, job.name, error=str(e))
    except Exception as e:  # a bug in reading it: this job's error, not the worker's death
        return Result(job.index, job.name, error=f"{job.name}: internal error ({type(e).__name__}: {e})")
    try:
        document = extract(text, options.reference_date, source=source, keep_noise=options.keep_noise)
        # a record's id names it wherever its corpus lies; anything else, where it lies
        key = source if job.record is not None and source != job.name else job.key
        document = dataclasses.replace(document, key=key)
        if options.render is not None:
            from ..render.output import render

            return Result(job.index, job.name, rendered=render(document, *options.render))
    except Exception as e:  # a bug in newsfacts: report it, keep the batch going
        return Result(job.index, job.name, error=f"{job.name}: internal error ({type(e).__name__}: {e})")
    return Result(job.index, job.name, document=document)


# --- running many ----------------------------------------------------------------------------


def default_workers() -> int:
    """The cores this process may use (the CPU affinity mask, not the machine's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def init_worker() -> None:
    """Run once in each worker: Kiwi single-threaded and loaded now, Ctrl-C left to the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    os.environ["NEWSFACTS_KIWI_THREADS"] = "1"
    from ..pipeline import warm_up

    warm_up()
