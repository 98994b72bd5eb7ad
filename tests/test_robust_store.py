"""The store under hostile and clumsy use (issue 17 item 7; issue 15 item 7: search syntax).

Runs on SQLite, and on PostgreSQL when WIRECODER_TEST_PG is set.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

import wirecoder.cli.store  # noqa: F401 - registers the store commands
from test_store_fixtures import (  # noqa: F401 - fixture
    BACKENDS,
    analyses,
    db_url_fixture,
    drop_pg_database,
    fresh_db,
)
from wirecoder.cli.app import app
from wirecoder.errors import StoreError
from wirecoder.models import Analysis
from wirecoder.store import Store
from wirecoder.store import ingest as ingest_module
from wirecoder.store.db import bounded_read
from wirecoder.store.search_syntax import parse_query

runner = CliRunner()
VOA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "sample" / "voa_sample.jsonl"


def _said(result) -> str:
    return " ".join(result.output.split())


def _bare(record: dict) -> Analysis:
    """An analysis with the article only (enough for full-text search)."""
    return Analysis(id=str(record["id"]), title=record.get("title"), url=record.get("url"),
                    text=record["text"], published=(record.get("published") or "")[:10] or None)


# -- the writer: any bad record is an item error, the ingest goes on -----------------------


def test_a_record_the_writer_cannot_store_is_an_item_error(db_url, monkeypatch):
    good = analyses()
    real = ingest_module.article_rows

    def rows(analysis):
        if analysis.id == good[1].id:
            raise UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed")
        return real(analysis)

    monkeypatch.setattr(ingest_module, "article_rows", rows)
    with Store(db_url) as store:
        report = store.add(good)
        assert (report.inserted, report.failed) == (2, 1)
        [error] = store.errors()
        assert error["code"] == "S009" and error["item_id"] == good[1].id


def test_a_lone_surrogate_in_a_title_is_no_poison_pill(db_url):
    first, second, third = analyses()
    bad = second.model_copy(update={"title": "Xi \ud800 met Trump", "source": "x\udcff.txt"})
    with Store(db_url) as store:
        report = store.add([first, bad, third])
        assert (report.inserted, report.failed) == (2, 1)
        again = store.add([second])  # the same story with a clean title is stored later
        assert again.inserted == 1
        assert len(store.articles()) == 3


# -- search: one syntax, bounded, same results on both backends ---------------------------

QUERIES = [
    "iran", "ukraine russia", '"prime minister"', "iran OR iraq", "ukraine -russia",
    "negoti*", "negotiat*", '"united nations" sanctions', "tariff* OR trade -china",
    "ceasefire NOT gaza",
    '"" iraq', "ukraine OR gaza -israel -russia", '"security council" OR "general assembly"',
]


@pytest.fixture(scope="module")
def voa_records() -> list[dict]:
    path = VOA if VOA.exists() else SAMPLE
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _ids(store: Store, query: str) -> set[str]:
    return {row["story_id"] for row in store.search(query, limit=0)}


def test_search_syntax_means_the_same_on_both_backends(voa_records, tmp_path):
    from test_store_fixtures import PG_URL

    if not PG_URL:
        pytest.skip("WIRECODER_TEST_PG is not set")
    pg = fresh_db("postgresql", tmp_path)
    try:
        with Store(tmp_path / "voa.db") as lite, Store(pg) as post:
            lite.add([_bare(r) for r in voa_records])
            post.add([_bare(r) for r in voa_records])
            for query in QUERIES:
                assert _ids(lite, query) == _ids(post, query), query
            # abbreviations are found on both (their tokenization differs in rare
            # compounds such as "Kenya-U.S.", so the sets are not compared)
            assert _ids(lite, "U.S. troops") and _ids(post, "U.S. troops")
    finally:
        drop_pg_database(pg)


def test_search_operators_do_what_they_say(voa_records, tmp_path):
    with Store(tmp_path / "voa.db") as store:
        store.add([_bare(r) for r in voa_records])
        iran, iraq = _ids(store, "iran"), _ids(store, "iraq")
        assert iran and iraq
        assert _ids(store, "iran OR iraq") == iran | iraq
        assert _ids(store, "iran iraq") == iran & iraq
        assert _ids(store, "iran -iraq") == iran - iraq == _ids(store, "iran NOT iraq")
        # a prefix finds every word it starts (words of the VOA corpus and of the bundled sample,
        # which stands in when the corpus is not beside the checkout)
        assert _ids(store, "tariff*") >= _ids(store, "tariffs") | _ids(store, "tariff")
        assert _ids(store, "tariffs") and _ids(store, "tariff")
        texts = {str(r["id"]): (r.get("title") or "") + " " + r["text"] for r in voa_records}
        for story in _ids(store, '"prime minister"'):
            assert "prime minister" in texts[story].lower()


def test_query_translation_quotes_every_term():
    query = parse_query('iran OR "nuclear deal" -israel talk* NOT NEAR(a b)')
    assert query.fts5() == ('("iran" OR "nuclear deal") AND ("talk"*) AND ("a" "b") '
                            'NOT ("israel" OR "near")') or "NEAR(" not in query.fts5()
    expr, params = query.tsquery()
    assert ":sq" in expr and "talk:*" in params.values() and "israel" not in expr


@pytest.mark.parametrize("query", ["word " * 1000, "x" * 10_000, "-iran", "NOT", "", 42])
def test_bad_search_queries_are_refused_at_once(tmp_path, query):
    with Store(tmp_path / "s.db") as store:
        store.add(analyses())
        began = time.perf_counter()
        with pytest.raises(StoreError) as info:
            store.search(query)
        assert info.value.code == "S010"
        assert time.perf_counter() - began < 1


def test_search_with_empty_phrase_and_huge_limit_in_the_cli(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(analyses())
    result = runner.invoke(app, ["search", '"" Rubio', "--db", str(db), "-f", "json"])
    assert result.exit_code == 0 and json.loads(result.output)
    result = runner.invoke(app, ["search", "Rubio", "--db", str(db), "--limit",
                                 "99999999999999999999"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "S005" in _said(result) or "Invalid value" in _said(result)


@pytest.mark.parametrize("backend", BACKENDS)
def test_runaway_statement_is_cancelled(backend, tmp_path):
    url = fresh_db(backend, tmp_path)
    endless = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
               "WHERE i < 100000000) SELECT count(*) FROM n" if backend == "sqlite"
               else "SELECT pg_sleep(30)")
    try:
        with Store(url) as store:
            began = time.perf_counter()
            with pytest.raises(StoreError) as info, bounded_read(store.engine, 0.3) as conn:
                conn.exec_driver_sql(endless).fetchall()
            assert info.value.code == "S012" and time.perf_counter() - began < 10
            assert store.search("Rubio") == []  # the connection is usable afterwards
    finally:
        if backend == "postgresql":
            drop_pg_database(url)


# -- bad filter values through the Python API ----------------------------------------------


@pytest.mark.parametrize(("method", "kwargs"), [
    ("events", {"actor": "US\x00A"}),
    ("events", {"limit": 10**30}),
    ("events", {"limit": -2}),  # -1 is queries.COUNT (the row count)
    ("events", {"since": 20250101}),
    ("events", {"event_type": 5}),
    ("quotes", {"speaker": "\ud800"}),
    ("quotes", {"speaker": "x" * 60_000}),
    ("quantities", {"unit": ["USD"]}),
    ("articles", {"limit": "ten"}),
])
def test_bad_filter_values_raise_store_errors(db_url, method, kwargs):
    with Store(db_url) as store:
        store.add(analyses())
        with pytest.raises(StoreError) as info:
            getattr(store, method)(**kwargs)
        assert info.value.code == "S005" and "Fix:" in str(info.value)


# -- damaged, foreign and unreachable databases --------------------------------------------


def test_corrupted_sqlite_file_is_refused_before_any_write(tmp_path):
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(analyses())
    size = db.stat().st_size
    with db.open("r+b") as handle:  # keep the header page, overwrite the rest
        handle.seek(4096)
        handle.write(b"\xde\xad\xbe\xef" * ((size - 4096) // 4))
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as info, Store(db) as store:
        store.ingest([{"id": "new", "text": "Kenya's president met officials."}])
    assert info.value.code == "S011"
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    for command in (["stats"], ["export", "-f", "csv", "-o", str(tmp_path / "e.csv")]):
        result = runner.invoke(app, [*command, "--db", str(db)])
        assert result.exit_code == 2 and "S011" in _said(result)


@pytest.mark.parametrize("target", ["/dev/null", "text"])
def test_non_database_files_are_refused(tmp_path, target):
    path = tmp_path / "notes.txt" if target == "text" else Path(target)
    if target == "text":
        path.write_text("not a database\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        Store(path)
    assert info.value.code == "S011"
    if target == "text":
        assert path.read_text(encoding="utf-8") == "not a database\n" * 100


@pytest.mark.parametrize("url", [
    "mysql://analyst:s3cretpw@db.example.org/corpus",
    "postgresql://analyst:s3cretpw@db.example.org:notaport/corpus",
])
def test_database_urls_are_never_printed_with_the_password(url):
    with pytest.raises(StoreError) as info:
        Store(url)
    assert "s3cretpw" not in str(info.value) and info.value.code in {"S001", "S004"}


def _open_fresh(path: str) -> str:
    try:
        Store(path).close()
    except StoreError as exc:
        return str(exc)
    return "ok"


def test_processes_opening_a_fresh_file_at_once_all_succeed(tmp_path):
    ctx = multiprocessing.get_context("fork")
    for trial in range(3):
        path = str(tmp_path / f"fresh{trial}.db")
        with ctx.Pool(3) as pool:
            assert pool.map(_open_fresh, [path] * 3) == ["ok"] * 3
