"""``--db facts.db``: read back with the standard library's sqlite3 and compared with the JSON output."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from views_doc import ARTICLE, build

from newsfacts import extract
from newsfacts.cli import cli
from newsfacts.document import KINDS

pytest.importorskip("sqlite_utils", reason="--db needs the db extra: pip install -e '.[db]'")

from newsfacts.render.db import columns, write_db


@pytest.fixture(scope="module")
def doc():
    return build()


def connect(path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def unflatten(kind: str, row: sqlite3.Row) -> dict:
    """A table row back in the JSON shape of its kind."""
    out: dict = {}
    for key in row.keys():  # noqa: SIM118 (sqlite3.Row is not a mapping)
        value = row[key]
        if key in ("id", "document_id", "sentence_text", "terms"):
            continue
        if key.startswith("conversion_"):
            out.setdefault("conversion", {})[key.removeprefix("conversion_")] = value
        elif key in ("range_low", "range_high"):
            out["range"] = None if row["range_low"] is None and row["range_high"] is None else [
                row["range_low"], row["range_high"]]  # fmt: skip
        elif key == "spans":
            out["spans"] = json.loads(value)
        else:
            out[key] = value
    if "conversion" in out and all(v is None for v in out["conversion"].values()):
        out["conversion"] = None
    return out


def _bools_as_ints(fact):
    if isinstance(fact, dict):
        return {k: _bools_as_ints(v) for k, v in fact.items()}
    if isinstance(fact, bool):
        return int(fact)
    if isinstance(fact, list) and fact and isinstance(fact[0], dict):
        return [_bools_as_ints(v) for v in fact]
    return fact


@pytest.mark.parametrize("kind", KINDS)
def test_tables_equal_the_json(tmp_path, doc, kind):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    rows = connect(path).execute(f"select * from {kind} order by id").fetchall()
    expected = [_bools_as_ints(f) for f in doc.to_dict()[kind]]
    assert [unflatten(kind, r) for r in rows] == expected
    assert len(rows) == len(doc.mentions(kind))
    for r in rows:
        if r["sentence"] is not None:
            assert r["sentence_text"] == doc.sentences[r["sentence"]].text


def test_documents_table(tmp_path, doc):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    rows = [dict(r) for r in connect(path).execute("select * from documents")]
    facts = json.dumps(
        {k: v for k, v in doc.to_dict().items() if k != "source"}, ensure_ascii=False, sort_keys=True
    )
    assert rows == [
        {"id": 1, "key": "furiosa.txt", "source": "furiosa.txt",
         "text_sha256": hashlib.sha256(ARTICLE.encode()).hexdigest(),
         "facts_sha256": hashlib.sha256(facts.encode()).hexdigest(), "reference_date": "2025-01-31",
         "headline": "AI 반도체 스타트업 퓨리오사, 558만 달러 투자 유치", "text": ARTICLE, "sentences": 5},
    ]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
def test_foreign_key_to_the_document(tmp_path, doc, kind):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    conn = connect(path)
    fks = [(r["from"], r["table"], r["to"]) for r in conn.execute(f"pragma foreign_key_list({kind})")]
    assert fks == [("document_id", "documents", "id")]
    conn.execute("pragma foreign_keys = on")
    assert conn.execute("pragma foreign_key_check").fetchall() == []


def test_rerun_replaces_the_document_instead_of_duplicating(tmp_path, doc):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    fewer = dataclasses.replace(doc, money=doc.money[:1], checks=())
    write_db(str(path), [fewer])
    conn = connect(path)
    assert [tuple(r) for r in conn.execute("select id, source from documents")] == [(1, "furiosa.txt")]
    assert conn.execute("select count(*) from money").fetchone()[0] == 1
    assert conn.execute("select count(*) from checks").fetchone()[0] == 0
    assert conn.execute("select count(*) from dates").fetchone()[0] == 3
    other = dataclasses.replace(doc, article=dataclasses.replace(doc.article, source="other.txt"))
    write_db(str(path), [other])
    assert [tuple(r) for r in conn.execute("select count(*) from money group by document_id")] == [(1,), (2,)]
    # the full-text index follows the replaced rows
    assert conn.execute("select count(*) from quotes_fts").fetchone()[0] == 2


@pytest.mark.parametrize(
    ("query", "hits"),
    [
        pytest.param("법인", 1, id="noun-without-its-particle"),
        pytest.param("세우", 1, id="verb-stem"),
        pytest.param("백준호", 1, id="speaker"),
        pytest.param('"두 배로"', 1, id="phrase-as-written"),
        pytest.param("환율", 0, id="word-outside-quotes"),
    ],
)
def test_full_text_search_on_quotes(tmp_path, doc, query, hits):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    conn = connect(path)
    found = conn.execute(
        "select quotes.text from quotes join quotes_fts on quotes.rowid = quotes_fts.rowid "
        "where quotes_fts match ?",
        [query],
    ).fetchall()
    assert len(found) == hits


def test_value_columns_keep_integers_and_fractions(tmp_path, doc):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc])
    conn = connect(path)
    assert tuple(conn.execute("select typeof(value), value from money where id = 1").fetchone()) == (
        "integer",
        5580000,
    )
    assert "value" in columns("percentages") and columns("money")["value"] == "ANY"


def test_only_kinds_leave_other_tables_empty(tmp_path, doc):
    path = tmp_path / "facts.db"
    write_db(str(path), [doc], ("money",))
    conn = connect(path)
    counts = {k: conn.execute(f"select count(*) from {k}").fetchone()[0] for k in KINDS}
    assert counts == {"money": 2, "rates": 0, "percentages": 0, "dates": 0, "quotes": 0, "checks": 0}


def test_cli_db_matches_json_output(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "facts.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(article), "--db", str(db), "-f", "json"])
    assert result.exit_code == 0
    assert result.stderr == f"newsfacts: wrote 1 document (1 new, 0 replaced, 0 unchanged) to {db}\n"
    data = json.loads(result.stdout)
    again = runner.invoke(cli, ["extract", str(article), "--db", str(db)])
    assert again.exit_code == 0 and again.stdout == ""
    conn = connect(db)
    doc_row = conn.execute("select * from documents").fetchall()
    assert [(r["source"], r["reference_date"], r["headline"]) for r in doc_row] == [
        (data["source"], data["reference_date"], data["headline"])
    ]
    for kind in KINDS:
        rows = conn.execute(f"select * from {kind} order by id").fetchall()
        assert [unflatten(kind, r) for r in rows] == [_bools_as_ints(f) for f in data[kind]]


def test_not_a_database_is_an_input_error(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    bogus = tmp_path / "facts.db"
    bogus.write_text("this is not sqlite " * 100, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--db", str(bogus)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsfacts: error: {bogus}: cannot use as a database")


def test_samples_through_the_cli_equal_their_json(tmp_path):
    samples = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
    db = tmp_path / "facts.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", *map(str, samples), "--db", str(db), "-f", "json"])
    assert result.exit_code == 0
    outputs = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(outputs) == len(samples)
    conn = connect(db)
    assert sum(len(o["money"]) for o in outputs) > 0, "the extractors found no money in the samples"
    for data in outputs:
        (doc_id,) = conn.execute("select id from documents where source = ?", [data["source"]]).fetchone()
        for kind in KINDS:
            query = f"select * from {kind} where document_id = ? order by id"
            rows = conn.execute(query, [doc_id]).fetchall()
            assert [unflatten(kind, r) for r in rows] == [_bools_as_ints(f) for f in data[kind]], kind


def test_without_the_db_extra_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "sqlite_utils", None)  # what a missing package looks like to import
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(article), "--db", str(tmp_path / "facts.db")])
    assert result.exit_code == 2
    assert result.stderr == "newsfacts: error: --db needs sqlite-utils: pip install 'newsfacts[db]'\n"


# --- reruns: identity by resolved path, content hashes, counts --------------------------------

OTHER = ARTICLE.replace("558만 달러", "600만 달러")


def _db_run(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["extract", "-j", "1", "--db", str(db), *args])
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("second", "edit", "message", "documents"),
    [
        (["../a.txt", "../b.txt"], None, "2 documents (0 new, 0 replaced, 2 unchanged)", 2),
        (["./../a.txt", "../sub/../b.txt"], None, "2 documents (0 new, 0 replaced, 2 unchanged)", 2),
        (["{root}/a.txt", "{root}/b.txt"], None, "2 documents (0 new, 0 replaced, 2 unchanged)", 2),
        (["../a.txt", "../b.txt", "../c.txt"], "b.txt", "3 documents (1 new, 1 replaced, 1 unchanged)", 3),
        (["-r", "{root}"], "a.txt", "3 documents (1 new, 1 replaced, 1 unchanged)", 3),
        (["../a.txt", "--date", "2020-01-01"], None, "1 document (0 new, 1 replaced, 0 unchanged)", 2),
    ],
    ids=["same", "other-spelling", "absolute", "edited-and-added", "recursive-from-root", "other-date"],
)
def test_a_rerun_keeps_what_did_not_change_and_replaces_what_did(
    tmp_path, monkeypatch, second, edit, message, documents
):
    root = tmp_path / "archive"
    (root / "sub").mkdir(parents=True)
    for name in ("a.txt", "b.txt", "c.txt"):
        (root / name).write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "facts.db"
    monkeypatch.chdir(root)
    assert _db_run(db, "a.txt", "b.txt") == (
        0,
        f"newsfacts: wrote 2 documents (2 new, 0 replaced, 0 unchanged) to {db}\n",
    )
    if edit:
        (root / edit).write_text(OTHER, encoding="utf-8")
    monkeypatch.chdir(root / "sub")  # the first run was in root/
    args = [a.format(root=root) for a in second]
    assert _db_run(db, *args) == (0, f"newsfacts: wrote {message} to {db}\n")
    conn = connect(db)
    keys = [r["key"] for r in conn.execute("select key from documents order by key")]
    assert keys == [str(root / n) for n in ("a.txt", "b.txt", "c.txt")][:documents]
    if edit:
        (text,) = conn.execute("select text from documents where key = ?", [str(root / edit)]).fetchone()
        assert text == OTHER
        # the edited file's old facts are gone, not kept beside its new ones
        expected = len(extract(OTHER).money) + (documents - 1) * len(extract(ARTICLE).money)
        assert conn.execute("select count(*) from money").fetchone()[0] == expected


def test_a_duplicate_jsonl_id_is_a_warning_and_counted_once(tmp_path):
    corpus = tmp_path / "c.jsonl"
    rows = [{"id": "a1", "text": ARTICLE}, {"id": "b2", "text": ARTICLE}, {"id": "a1", "text": OTHER}]
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "facts.db"
    code, stderr = _db_run(db, "--input-jsonl", str(corpus))
    assert (code, stderr) == (
        0,
        f"newsfacts: warning: {db}: a1 is stored under the key 'a1' of an earlier input of this run; "
        "the later one is kept\n"
        f"newsfacts: wrote 2 documents (2 new, 0 replaced, 0 unchanged) to {db}\n",
    )
    conn = connect(db)
    stored = [tuple(r) for r in conn.execute("select key, text = ? from documents order by key", [OTHER])]
    assert stored == [("a1", 1), ("b2", 0)]


def test_records_without_an_id_are_known_by_their_corpus_path_and_line(tmp_path, monkeypatch):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n", encoding="utf-8")
    db = tmp_path / "facts.db"
    monkeypatch.chdir(tmp_path)
    assert _db_run(db, "--input-jsonl", "c.jsonl")[0] == 0
    assert _db_run(db, "--input-jsonl", str(corpus)) == (
        0,
        f"newsfacts: wrote 1 document (0 new, 0 replaced, 1 unchanged) to {db}\n",
    )
    assert [tuple(r) for r in connect(db).execute("select key, source from documents")] == [
        (f"{corpus}:1", "c.jsonl:1")
    ]


def test_a_database_from_before_keys_is_upgraded(tmp_path, doc):
    path = tmp_path / "facts.db"
    conn = sqlite3.connect(path)
    conn.execute(
        "create table documents (id integer primary key, source text not null, reference_date text, "
        "headline text, text text, sentences integer)"
    )
    conn.execute("create unique index idx_documents_source on documents (source)")
    conn.execute("insert into documents (source, text) values ('furiosa.txt', 'old')")
    conn.commit()
    conn.close()
    moved = dataclasses.replace(doc, key="/elsewhere/furiosa.txt")  # same source, another file
    tally = write_db(str(path), [doc, moved])
    assert (tally.summary(), tally.duplicates) == ("2 documents (1 new, 1 replaced, 0 unchanged)", 0)
    rows = [tuple(r) for r in connect(path).execute("select id, key, source from documents order by id")]
    assert rows == [(1, "furiosa.txt", "furiosa.txt"), (2, "/elsewhere/furiosa.txt", "furiosa.txt")]
