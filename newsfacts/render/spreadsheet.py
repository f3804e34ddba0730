"""``--excel``: the CSV rows (``output.CSV_COLUMNS``, one row per fact) as Korean Excel opens them.

Excel reads a CSV without a byte-order mark in the system code page (CP949 on Korean Windows),
which turns UTF-8 Hangul into mojibake; with the UTF-8 BOM it reads UTF-8. Rows end in CRLF as
RFC 4180 and Excel expect. Plain ``--format csv`` stays BOM-less UTF-8 with LF for pipes.

A cell that starts with ``=``, ``+``, ``@`` or a tab (and ``-`` unless it is a plain number) is
a formula to Excel; article text and reader comments are not to be run, so such a cell is
prefixed with ``'`` (the OWASP advice against CSV injection). Numbers are never touched.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

import regex

from ..document import Document
from .output import CSV_COLUMNS, write_csv_rows

BOM = "\ufeff"
_FORMULA = regex.compile(r"^[=+@\t\r]|^-(?![\d.,]+%?p?$)")


def defuse(value: Any) -> Any:
    """Keep Excel from reading a text cell as a formula.

    >>> defuse("=HYPERLINK(\\"http://x\\")"), defuse("-3.5"), defuse("-1+1"), defuse(12)
    ('\\'=HYPERLINK("http://x")', '-3.5', "'-1+1", 12)
    """
    if isinstance(value, str) and _FORMULA.match(value):
        return "'" + value
    return value


class _ExcelWriter(csv.DictWriter):
    def writerow(self, rowdict: Any) -> Any:
        return super().writerow({k: defuse(v) for k, v in rowdict.items()})


def excel_csv(documents: Iterable[Document], kinds: tuple[str, ...]) -> Iterator[str]:
    """The CSV text in chunks (BOM and header first, then each document's rows as it comes)."""
    buf = io.StringIO()
    writer = _ExcelWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\r\n")
    buf.write(BOM)
    writer.writeheader()
    for doc in documents:
        write_csv_rows(writer, doc, kinds)
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()
    if buf.getvalue():
        yield buf.getvalue()
