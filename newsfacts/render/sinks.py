"""The command line's file outputs (``--html FILE``, ``--db FILE``), fed as documents stream past.

``tee`` passes every document on unchanged after handing it to each file, so ``extract`` can
print JSON and fill a database in one pass, and an archive never has to sit in memory.
Problems opening a file end the run with one line on stderr and exit code 2, like input errors.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..document import KINDS, Document

EXIT_INPUT = 2


def _fail(message: str) -> None:
    print(f"newsfacts: error: {message}", file=sys.stderr)
    raise SystemExit(EXIT_INPUT)


def tee(
    documents: Iterable[Document],
    *,
    html_path: str | None = None,
    db_path: str | None = None,
    kinds: tuple[str, ...] = KINDS,
) -> Iterator[Document]:
    from . import html

    html_out: IO[str] | None = None
    db: Any = None
    n = 0
    with contextlib.ExitStack() as stack:
        if html_path:
            try:
                html_out = stack.enter_context(open(html_path, "w", encoding="utf-8", newline="\n"))
            except OSError as e:
                _fail(f"{html_path}: cannot write ({e.strerror or e})")
        if db_path:
            from . import db as dbmod

            tally = dbmod.Tally()

            try:
                db = dbmod.open_db(db_path)
            except ImportError as e:
                _fail(str(e))
            except Exception as e:  # sqlite3.DatabaseError, OSError: not a database, read-only ...
                _fail(f"{db_path}: cannot use as a database ({e})")
            stack.callback(db.close)
        for doc in documents:
            n += 1
            if html_out is not None:
                if n == 1:
                    html_out.write(html.report_head(f"newsfacts · {doc.source}"))
                html_out.write(html.document_html(doc, kinds, n) + "\n")
            if db is not None:
                key = dbmod.document_key(doc)
                if not tally.add(key, dbmod.write_document(db, doc, kinds)):
                    # it replaced what this very run wrote: say so, or the count looks wrong
                    print(
                        f"newsfacts: warning: {db_path}: {doc.source} is stored under the key "
                        f"{key!r} of an earlier input of this run; the later one is kept",
                        file=sys.stderr,
                    )
            yield doc
        if html_out is not None:
            if n == 0:
                html_out.write(html.report_head() + '<p class="meta">No input.</p>\n')
            html_out.write(html.REPORT_TAIL)
    plural = "s" if n != 1 else ""
    if html_path:
        print(f"newsfacts: wrote {html_path} ({n} document{plural})", file=sys.stderr)
    if db_path:
        print(f"newsfacts: wrote {tally.summary()} to {db_path}", file=sys.stderr)


def drain(documents: Iterable[Document]) -> None:
    for _ in documents:
        pass
