"""``--db facts.db``: the facts in SQLite, ready for ``datasette facts.db`` (extra ``newsfacts[db]``).

Tables: ``documents`` (one row per input: source, reference date, headline, text), and one
table per kind named as in the JSON (``money``, ``rates``, ``percentages``, ``dates``,
``quotes``, ``checks``) whose columns are the JSON fields, nested ones flattened with ``_``
(``conversion_value``, ``range_low``), plus ``document_id`` (a foreign key to ``documents.id``)
and ``sentence_text``. Quotes have full-text search on their text, speaker and ``terms``: the
quote's content morphemes as Kiwi cut them (``법인을 세우겠다`` → ``법인 세우``), because SQLite's
tokenizer splits at spaces only and a Korean word carries its particles (``법인을``), so a search
for ``법인`` would miss the text itself.

A document is identified by its ``source``: writing the same source again replaces its rows,
so re-running over an archive never duplicates facts.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
from collections.abc import Iterable
from typing import Any

from ..checks import Finding
from ..dates import DateMention
from ..document import KINDS, Document
from ..money import Conversion, MoneyMention, RateMention
from ..percentages import PercentMention
from ..quotes import QuoteMention

MENTION_TYPES: dict[str, type] = {
    "money": MoneyMention,
    "rates": RateMention,
    "percentages": PercentMention,
    "dates": DateMention,
    "quotes": QuoteMention,
    "checks": Finding,
}

DOCUMENT_COLUMNS: dict[str, Any] = {
    "id": int,
    "source": str,
    "reference_date": str,
    "headline": str,
    "text": str,
    "sentences": int,
}


def _column_type(hint: str) -> Any:
    """SQLite column type for a dataclass field's annotation (annotations are strings here)."""
    if "Decimal" in hint:
        return "ANY"  # integers stay integers, fractions stay fractions: NUMERIC affinity
    if hint.startswith("bool"):
        return int
    if hint.startswith("int"):
        return int
    return str


def columns(kind: str) -> dict[str, Any]:
    """The column names and types of one kind's table, in JSON field order."""
    cols: dict[str, Any] = {"id": int, "document_id": int}
    for f in dataclasses.fields(MENTION_TYPES[kind]):
        hint = str(f.type)
        if f.name == "conversion":
            for c in dataclasses.fields(Conversion):
                cols[f"conversion_{c.name}"] = _column_type(str(c.type))
        elif f.name == "range":
            cols["range_low"] = cols["range_high"] = "ANY"
        elif f.name == "spans":
            cols["spans"] = str  # JSON list of {text, start, end}
        else:
            cols[f.name] = _column_type(hint)
    cols["sentence_text"] = str
    if kind == "quotes":
        cols["terms"] = str
    return cols


def _flatten(fact: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for key, value in fact.items():
        if key == "conversion":
            for c in dataclasses.fields(Conversion):
                row[f"conversion_{c.name}"] = value.get(c.name) if value else None
        elif key == "range":
            row["range_low"], row["range_high"] = value if value else (None, None)
        elif key == "spans":
            row["spans"] = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            row[key] = int(value)
        elif isinstance(value, (list, dict)):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return row


#: morphemes worth searching for: nouns, numerals, verb and adjective stems, roots, foreign words
_TERM_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "VV", "VA", "XR", "SL", "SH", "SN", "MAG", "MM"})


def terms(document: Document, start: int, end: int, starts: list[int] | None = None) -> str:
    """The searchable morphemes of ``text[start:end]``, from the tokens the article model already has.

    ``starts`` (the tokens' start offsets) saves rebuilding that list for every quote of a document.
    """
    tokens = document.article.tokens
    if starts is None:
        starts = [t.start for t in tokens]
    i = bisect.bisect_left(starts, start)
    out = []
    while i < len(tokens) and tokens[i].end <= end:
        t = tokens[i]
        tag = t.tag.split("-")[0]  # Kiwi marks irregular conjugations as VV-R, VA-I ...
        if tag in _TERM_TAGS:
            out.append(t.form)
        i += 1
    return " ".join(out)


def _sentence_text(document: Document, index: Any) -> str | None:
    if isinstance(index, int) and 0 <= index < len(document.sentences):
        return document.sentences[index].text
    return None


def open_db(path: str) -> Any:
    """The database at ``path`` with every table in place (created on first use)."""
    try:
        import sqlite_utils
    except ImportError:
        raise ImportError("--db needs sqlite-utils: pip install 'newsfacts[db]'") from None
    db = sqlite_utils.Database(path)
    # WAL with synchronous=NORMAL: a commit per document no longer waits for the disk (22 → 2 ms a
    # document on an archive run), and a crash still loses at most the last documents, never the file
    db.enable_wal()
    db.execute("PRAGMA synchronous=NORMAL")
    db["documents"].create(DOCUMENT_COLUMNS, pk="id", not_null={"source"}, if_not_exists=True)
    db["documents"].create_index(["source"], unique=True, if_not_exists=True)
    for kind in KINDS:
        db[kind].create(
            columns(kind), pk="id", foreign_keys=[("document_id", "documents", "id")], if_not_exists=True
        )
        db[kind].create_index(["document_id"], if_not_exists=True)
    if not db["quotes"].detect_fts():
        db["quotes"].enable_fts(["text", "speaker", "terms"], create_triggers=True)
    return db


def write_document(db: Any, document: Document, kinds: tuple[str, ...] = KINDS) -> int:
    """Store one document and its facts, replacing what an earlier run stored for its source."""
    data = document.to_dict(kinds)
    doc_row = {
        "source": document.source,
        "reference_date": data["reference_date"],
        "headline": document.headline,
        "text": document.text,
        "sentences": len(document.sentences),
    }
    with db.atomic():  # one transaction per document: a crash never leaves half of one
        found = list(db.query("select id from documents where source = ?", [document.source]))
        if found:
            doc_id = found[0]["id"]
            for kind in KINDS:
                db[kind].delete_where("document_id = ?", [doc_id])
            db["documents"].update(doc_id, doc_row)
        else:
            doc_id = db["documents"].insert(doc_row).last_pk
        starts: list[int] | None = None
        for kind in KINDS:
            rows = []
            for fact in data[kind]:
                row = _flatten(fact)
                row["document_id"] = doc_id
                row["sentence_text"] = _sentence_text(document, fact.get("sentence"))
                if kind == "quotes":
                    starts = starts if starts is not None else [t.start for t in document.article.tokens]
                    row["terms"] = terms(document, fact["start"], fact["end"], starts)
                rows.append(row)
            if rows:
                db[kind].insert_all(rows)
    return int(doc_id)


def write_db(path: str, documents: Iterable[Document], kinds: tuple[str, ...] = KINDS) -> int:
    """Write every document to the database at ``path``; returns how many were written."""
    db = open_db(path)
    n = 0
    for doc in documents:
        write_document(db, doc, kinds)
        n += 1
    db.close()
    return n
