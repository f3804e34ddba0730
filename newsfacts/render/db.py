"""``--db facts.db``: the facts in SQLite, ready for ``datasette facts.db`` (extra ``newsfacts[db]``).

Tables: ``documents`` (one row per input: source, reference date, headline, text), and one
table per kind named as in the JSON (``money``, ``rates``, ``percentages``, ``dates``,
``quotes``, ``checks``) whose columns are the JSON fields, nested ones flattened with ``_``
(``conversion_value``, ``range_low``), plus ``document_id`` (a foreign key to ``documents.id``)
and ``sentence_text``. Quotes have full-text search on their text, speaker and ``terms``: the
quote's content morphemes as Kiwi cut them (``법인을 세우겠다`` → ``법인 세우``), because SQLite's
tokenizer splits at spaces only and a Korean word carries its particles (``법인을``), so a search
for ``법인`` would miss the text itself.

A document is identified by its ``key`` (``Document.key``: a file's resolved path, a JSON Lines
record's id; else its ``source``), so re-running over an archive never duplicates facts, from
another directory or with relative paths either. ``text_sha256`` is the hash of its text and
``facts_sha256`` of the facts stored for it: writing a document again replaces its rows when
either changed (an edited article, another ``--date`` or ``--only``, a newer newsfacts) and
leaves them alone when neither did.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import json
from collections.abc import Iterable
from typing import Any

from ..document import Document
from ..extractors.money import Conversion
from ..kinds import BY_NAME, KINDS

DOCUMENT_COLUMNS: dict[str, Any] = {
    "id": int,
    "key": str,
    "source": str,
    "text_sha256": str,
    "facts_sha256": str,
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
    for f in dataclasses.fields(BY_NAME[kind].mention):
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
    db.table("documents").create(DOCUMENT_COLUMNS, pk="id", not_null={"source"}, if_not_exists=True)
    _upgrade(db)
    db.table("documents").create_index(["key"], unique=True, if_not_exists=True)
    db.table("documents").create_index(["source"], if_not_exists=True)
    for kind in KINDS:
        db.table(kind).create(
            columns(kind), pk="id", foreign_keys=[("document_id", "documents", "id")], if_not_exists=True
        )
        db.table(kind).create_index(["document_id"], if_not_exists=True)
    if not db.table("quotes").detect_fts():
        db.table("quotes").enable_fts(["text", "speaker", "terms"], create_triggers=True)
    return db


def _upgrade(db: Any) -> None:
    """A database written before documents had keys: add the columns, key the old rows by
    their source as before, and drop the unique index on source (two files in different
    directories may both be ``a.txt``)."""
    have = db["documents"].columns_dict
    for name in ("key", "text_sha256", "facts_sha256"):
        if name not in have:
            db["documents"].add_column(name, str)
    if "key" not in have:
        db.execute("update documents set key = source")
    db.execute("drop index if exists idx_documents_source")  # was unique


#: what ``write_document`` did with a document
NEW, REPLACED, UNCHANGED = "new", "replaced", "unchanged"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _facts_sha256(data: dict[str, Any]) -> str:
    # without the source: the same file named another way (a relative path, from another
    # directory) is the same document, and keeps the source it was first stored under
    facts = {k: v for k, v in data.items() if k != "source"}
    return _sha256(json.dumps(facts, ensure_ascii=False, sort_keys=True))


def document_key(document: Document) -> str:
    return document.key or document.source


def write_document(db: Any, document: Document, kinds: tuple[str, ...] = KINDS) -> str:
    """Store one document and its facts under its key, replacing what an earlier run stored
    for it if the text or the facts differ. Returns ``NEW``, ``REPLACED`` or ``UNCHANGED``."""
    data = document.to_dict(kinds)
    key = document_key(document)
    doc_row = {
        "key": key,
        "source": document.source,
        "text_sha256": _sha256(document.text),
        "facts_sha256": _facts_sha256(data),
        "reference_date": data["reference_date"],
        "headline": document.headline,
        "text": document.text,
        "sentences": len(document.sentences),
    }
    with db.atomic():  # one transaction per document: a crash never leaves half of one
        query = "select id, text_sha256, facts_sha256 from documents where key = ?"
        found = list(db.query(query, [key]))
        if found:
            doc_id = found[0]["id"]
            if (found[0]["text_sha256"], found[0]["facts_sha256"]) == (
                doc_row["text_sha256"], doc_row["facts_sha256"],
            ):  # fmt: skip
                return UNCHANGED
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
    return REPLACED if found else NEW


@dataclasses.dataclass
class Tally:
    """What a run did to the database, counted by document key: a key written twice in one
    run (a JSON Lines id repeated, one file named by two paths) is one document."""

    outcomes: dict[str, str] = dataclasses.field(default_factory=dict)  # key -> first outcome
    duplicates: int = 0

    def add(self, key: str, outcome: str) -> bool:
        """Count one write; False when ``key`` was already written in this run."""
        if key in self.outcomes:
            self.duplicates += 1
            if self.outcomes[key] == UNCHANGED and outcome == REPLACED:
                self.outcomes[key] = REPLACED
            return False
        self.outcomes[key] = outcome
        return True

    def count(self, outcome: str) -> int:
        return sum(1 for o in self.outcomes.values() if o == outcome)

    def summary(self) -> str:
        """``3 documents (1 new, 1 replaced, 1 unchanged)``"""
        n = len(self.outcomes)
        counts = ", ".join(f"{self.count(o)} {o}" for o in (NEW, REPLACED, UNCHANGED))
        return f"{n} document{'s' if n != 1 else ''} ({counts})"


def write_db(path: str, documents: Iterable[Document], kinds: tuple[str, ...] = KINDS) -> Tally:
    """Write every document to the database at ``path``; returns what was done with them."""
    db = open_db(path)
    tally = Tally()
    for doc in documents:
        tally.add(document_key(doc), write_document(db, doc, kinds))
    db.close()
    return tally
