"""Corpus store: schema, write path, dedup, queries and exports, on SQLite and PostgreSQL.

These tests build Analysis records by hand (test_store_fixtures) and need no spaCy model.
"""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest
from sqlalchemy import func, select, text

from test_store_fixtures import (  # noqa: F401 - fixtures
    analyses,
    analysis_1,
    analysis_2,
    assert_rollup_consistent,
    db_url_fixture,
    store_fixture,
)
from wirecoder.errors import StoreError
from wirecoder.models import ItemError, Story
from wirecoder.store import Store, schema
from wirecoder.store.config import to_url
from wirecoder.store.ingest import IngestReport, prefilter
from wirecoder.store.rows import article_rows, text_hash, url_key


def count(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.metadata.tables[table])
                            ).scalar()


def all_counts(store: Store) -> dict[str, int]:
    names = ("articles", "entities", "events", "event_actors", "event_dyads", "quotes",
             "quantities", "time_expressions", "errors")
    return {name: count(store, name) for name in names}


# -- schema and round trip -------------------------------------------------------------------


def test_round_trip_rebuilds_equal_analyses(store):
    for article_id, original in enumerate(analyses(), start=1):
        assert store.analysis(article_id) == original
    assert store.analysis(999) is None


def test_offsets_point_at_the_words(store):
    article = store.analysis(1)
    for event in store.events(article_id=1, limit=0):
        assert article.text[event["start"]:event["end"]] == event["event_text"]
        for party in event["actor"] + event["recipient"]:
            assert article.text[party["start"]:party["end"]]
    quote = store.quotes(speaker="Rubio")[0]
    assert article.text[quote["start"]:quote["end"]] == quote["text"]


def test_schema_version_and_reopen(store, db_url):
    with store.engine.connect() as conn:
        versions = conn.execute(select(schema.schema_version.c.version)).scalars().all()
    assert versions == list(range(1, schema.SCHEMA_VERSION + 1))  # a new store: every step
    with Store(db_url) as again:
        assert again.schema_version_found == schema.SCHEMA_VERSION
        assert count(again, "articles") == 3


def test_unknown_record_fields_go_to_extra(store):
    rows = article_rows(analysis_1())
    assert rows.tables["events"][0]["extra"] is None
    from wirecoder.store.rows import _record, _split

    row = _split({"text": "x", "start": 0, "end": 1, "sentence": 0, "type": "DATE",
                  "mod": "APPROX"}, schema.time_expressions)
    assert row["extra"] == {"mod": "APPROX"}
    assert _record({**row, "idx": 0, "article_id": 1})["mod"] == "APPROX"


def test_sqlite_runs_in_wal_mode(tmp_path):
    with Store(tmp_path / "w.db") as opened, opened.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_newer_schema_is_refused(db_url):
    with Store(db_url) as opened, opened.engine.begin() as conn:
        conn.execute(schema.schema_version.insert().values(
            version=99, description="future", applied_at=dt.datetime.now(dt.UTC)))
    with pytest.raises(StoreError, match=r"\[S002\].*upgrade wirecoder"):
        Store(db_url)


def test_foreign_database_is_refused(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE articles (x)")
    with pytest.raises(StoreError, match=r"\[S003\]"):
        Store(path)


def test_missing_directory_says_cause_and_fix(tmp_path):
    with pytest.raises(StoreError, match=r"\[S001\].*Fix:"):
        Store(tmp_path / "no" / "such" / "dir.db")


def test_migration_step_applies_once(db_url, monkeypatch):
    from wirecoder.store import migrations

    Store(db_url).close()
    calls = []

    def add_column(conn):
        calls.append(1)
        conn.exec_driver_sql("ALTER TABLE articles ADD COLUMN note TEXT")

    head = migrations.MIGRATIONS[-1].version
    steps = (*migrations.MIGRATIONS, migrations.Migration(head + 1, "add note", add_column))
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", head + 1)
    with Store(db_url) as opened:
        assert opened.schema_version_found == head
    with Store(db_url) as opened:
        assert opened.schema_version_found == head + 1
        assert "note" in {c["name"] for c in __import__("sqlalchemy").inspect(
            opened.engine).get_columns("articles")}
    assert calls == [1]


def test_url_resolution():
    assert to_url("corpus.db").startswith("sqlite:///")
    assert to_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert to_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    with pytest.raises(StoreError, match=r"\[S004\]"):
        to_url("mysql://u@h/db")


# -- idempotency, dedup, replace -----------------------------------------------------------


def test_adding_twice_changes_nothing(store):
    before = all_counts(store)
    report = store.add(analyses())
    assert (report.inserted, report.skipped) == (0, 3)
    assert all_counts(store) == before


def test_dedup_keys_normalize_text_and_url():
    assert text_hash("Hello  world.\n") == text_hash(" hello world. ")
    assert text_hash("Hello world.") != text_hash("Hello world!")
    assert url_key("https://www.voanews.com/a/x.html?utm_source=rss#top") == \
        url_key("http://WWW.voanews.com/a/x.html/")
    assert url_key("https://e.com/a?id=1") != url_key("https://e.com/a?id=2")
    assert url_key(None) is None


def test_same_url_other_text_is_skipped(store):
    changed = analysis_2().model_copy(update={"text": analysis_2().text + " More.", "id": "x"})
    assert store.add([changed]).skipped == 1
    assert count(store, "articles") == 3


def test_same_text_other_url_is_skipped(store):
    moved = analysis_2().model_copy(update={"url": "https://mirror.example/xi", "id": "y"})
    assert store.add([moved]).skipped == 1


def test_reanalyze_replaces_records_atomically(store):
    old = analysis_1()
    new = old.model_copy(update={"events": old.events[:1], "quotes": ()})
    report = store.add([new], reanalyze=True)
    assert (report.inserted, report.replaced) == (1, 1)
    assert count(store, "articles") == 3
    stored = [store.analysis(a["article_id"]) for a in store.articles()]
    assert new in stored and old not in stored
    assert count(store, "events") == 5 and count(store, "quotes") == 1
    assert len(store.search('"halt arms sales"')) == 1  # the FTS index holds no stale row


def test_a_bad_article_fails_alone_and_leaves_no_rows(store, monkeypatch):
    from wirecoder.store import ingest

    before = all_counts(store)
    fresh = [a.model_copy(update={"id": f"n{i}", "url": None, "text": a.text + f" ({i})"})
             for i, a in enumerate(analyses())]
    real = ingest.article_rows

    def broken_last_article(analysis):
        rows = real(analysis)
        if analysis.id == "n2":  # a NOT NULL violation in the last table of the batch
            rows.tables["time_expressions"] = [{
                "idx": 0, "text": "x", "type": "DATE", "start": None, "end": 1,
                "sentence": 0, "resolved": False, "extra": None}]
        return rows

    monkeypatch.setattr(ingest, "article_rows", broken_last_article)
    report = store.add(fresh)
    assert (report.inserted, report.failed) == (2, 1)
    after = all_counts(store)
    assert after["articles"] == before["articles"] + 2 and after["errors"] == 1
    assert after["events"] == before["events"] + 4  # n0 and n1 only: n2 left no rows
    assert not [a for a in store.articles(limit=0) if a["story_id"] == "n2"]
    assert store.errors()[0]["code"] == "S009" and store.errors()[0]["item_id"] == "n2"


def test_write_failure_keeps_nothing_of_the_batch(store, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from wirecoder.store import rollup

    before = all_counts(store)
    fresh = [a.model_copy(update={"id": f"n{i}", "url": None, "text": a.text + f" ({i})"})
             for i, a in enumerate(analyses())]

    def disk_full(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(rollup, "refresh", disk_full)  # the last step of the batch
    with pytest.raises(StoreError, match=r"\[S007\].*disk is full.*rerun the same command"):
        store.add(fresh)
    assert all_counts(store) == before


def test_prefilter_drops_stored_and_repeated_stories_before_analysis(store):
    stories = [
        Story(id="a", text=analysis_1().text),                   # stored (same text)
        Story(id="b", text="New text.", url=analysis_2().url),  # stored (same URL)
        Story(id="c", text="A new story."),
        Story(id="d", text="a  NEW story."),                     # repeats c
        ItemError(id="e", code="W001", message="empty"),
        Story(id="f", text="Another story.", url="https://e.com/f"),
        Story(id="g", text="Third story.", url="https://e.com/f#x"),  # repeats f's URL
    ]
    report = IngestReport()
    kept = list(prefilter(stories, store.engine, report))
    assert [item.id for item in kept] == ["c", "e", "f"]
    assert (report.skipped, report.duplicates) == (2, 2)
    again = list(prefilter(stories, store.engine, IngestReport(), reanalyze=True))
    assert [item.id for item in again] == ["a", "b", "c", "e", "f"]


# -- queries ------------------------------------------------------------------------------


def test_events_filters(store):
    assert len(store.events(limit=0)) == 6
    usa = store.events(actor="USA")
    assert [e["event_type"] for e in usa] == ["REQUEST"]
    assert usa[0]["recipient"][0]["code"] == "CHN"
    assert [e["event_type"] for e in store.events(recipient="USA")] == ["ACCUSE", "CONSULT"]
    assert [e["event_id"] for e in store.events(actor="Xi Jinping")] == ["voa-2-e0"]
    assert [e["article_id"] for e in store.events(event_type="request")] == [3, 1]
    assert {e["event_id"] for e in store.events(since="2025-03-15", until="2025-10-31")} == \
        {"voa-3-e0", "voa-3-e1", "voa-2-e0"}
    assert len(store.events(limit=2)) == 2


def test_event_date_falls_back_to_published(store):
    by_id = {e["event_id"]: e for e in store.events(limit=0)}
    assert by_id["voa-2-e1"]["event_date"] == "2025-11-02"  # its own date
    assert by_id["voa-2-e0"]["event_date"] == "2025-10-30"  # the article's


def test_dyad_counts_both_directions_per_period(store):
    rows = store.dyad("USA", "CHN", by="month")
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2025-03", "USA->CHN", 1), ("2025-10", "CHN->USA", 1), ("2025-11", "CHN->USA", 1)]
    assert rows[0]["quad"]["VERBAL_CONFLICT"] == 1 and rows[0]["categories"] == {"REQUEST": 1}
    yearly = store.dyad("USA", "CHN", by="year")
    back = next(r for r in yearly if r["direction"] == "CHN->USA")
    assert back["events"] == 2 and back["mean_score"] == pytest.approx(0.25)
    assert [e["event_type"] for e in back["top"]] == ["CONSULT", "ACCUSE"]  # |4| > |-3.5|
    assert store.dyad("USA", "CHN", by="year", top=1)[0]["top"][0]["event_text"] == "met"


def test_dyad_weeks_start_on_monday(store):
    weeks = {r["period"] for r in store.dyad("CHN", "USA", by="week")}
    assert weeks == {"2025-03-10", "2025-10-27"}  # 2025-11-02 is a Sunday
    days = {r["period"] for r in store.dyad("CHN", "USA", by="day")}
    assert days == {"2025-03-10", "2025-10-30", "2025-11-02"}
    with pytest.raises(StoreError, match=r"\[S005\]"):
        store.dyad("CHN", "USA", by="fortnight")


def test_quotes_and_quantities(store):
    xi = store.quotes(speaker="xi jinping")
    assert [q["text"] for q in xi] == ["China and the United States should be partners,"]
    assert store.quotes(speaker="CHN")[0]["speaker_name"] == "Xi Jinping"
    soy = store.quantities(about="soybeans")
    assert soy[0]["value"] == 12e6 and soy[0]["committer_name"] == "China"
    assert [q["unit"] for q in store.quantities(unit="USD")] == ["USD"]
    assert store.quantities(about="100%_") == []


def test_search_words_and_phrases(store):
    hits = store.search("arms sales")
    assert {h["story_id"] for h in hits} == {"voa-1", "voa-2"}
    assert all(h["snippet"] for h in hits)
    assert [h["story_id"] for h in store.search('"defense systems"')] == ["voa-3"]
    assert store.search("sale Taiwan")[0]["story_id"] == "voa-2"  # stemmed
    assert store.search("nothingmatches") == []
    text_ = analysis_2().text
    hit = store.search("Taiwan")[0]
    assert text_[hit["start"]:hit["end"]] == "Taiwan"


def test_stats(store):
    data = store.stats()
    assert data["counts"]["articles"] == 3 and data["counts"]["events"] == 6
    assert data["events_per_category"]["REQUEST"] == 2
    assert next(iter(data["top_actors"])) == "CHN"
    assert data["models"] == {"en_core_web_sm-3.8.0 / 0.1.0": 3}


def test_ingest_records_item_errors(store):
    items = [ItemError(id="bad-1", code="W005", message="[W005] Line 3 is not valid JSON.",
                       source="x.jsonl:3"),
             {"id": "bad-2", "title": "no text"}]
    seen = []
    report = store.ingest(items, on_error=seen.append)
    assert report.failed == 2 and [e.id for e in seen] == ["bad-1", "bad-2"]
    rows = store.errors()
    assert {r["code"] for r in rows} == {"W005", "W006"}
    assert store.stats()["errors_per_code"]["W005"] == 1


# -- export ------------------------------------------------------------------------------


def test_export_plover(store, tmp_path):
    out = tmp_path / "events.jsonl"
    assert store.export("plover", out) == 6
    records = [json.loads(line) for line in out.read_text().splitlines()]
    first = records[0]
    assert first["event"] == ["REQUEST"] and first["date"] == "2025-03-10"
    assert first["actor"][0]["code"] == "USA" and first["recipient"][0]["code"] == "CHN"
    assert first["quad_code"] == 3 and first["event_scale"] == -1.0
    assert first["text_info"]["start"] == 36 and first["cite_info"]["story_id"] == "voa-1"
    assert records[1]["context"] == ["economic"] and records[1]["event_scale"] == 2.5


def test_export_csv_and_since_filter(store, tmp_path):
    out = tmp_path / "events.csv"
    assert store.export("csv", out, since="2025-10-01") == 2
    rows = list(csv.DictReader(out.open()))
    assert rows[0]["actor_codes"] == "CHN" and rows[0]["recipient_names"] == "Donald Trump"


def test_export_parquet_schema(store, tmp_path):
    import pyarrow.parquet as pq

    from wirecoder.store.export import parquet_schema

    out = tmp_path / "events.parquet"
    assert store.export("parquet", out) == 6
    table = pq.read_table(out)
    assert table.schema.equals(parquet_schema())
    first = table.slice(0, 1).to_pylist()[0]
    assert first["event_date"] == dt.date(2025, 3, 10)
    assert first["actor_codes"] == ["USA"] and first["plover_score"] == -1.0


def test_export_gdelt_columns_and_mapping(store, tmp_path):
    from wirecoder.store.export import GDELT_COLUMNS

    out = tmp_path / "events.tsv"
    assert store.export("gdelt", out) == 6
    lines = out.read_text().splitlines()
    assert lines[0].split("\t") == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]
    first = rows[0]
    assert first["SQLDATE"] == "20250310" and first["MonthYear"] == "202503"
    assert (first["Actor1Code"], first["Actor1CountryCode"], first["Actor1Type1Code"]) == \
        ("USAGOV", "USA", "GOV")
    assert first["Actor2Code"] == "CHN"
    assert (first["EventRootCode"], first["EventCode"], first["QuadClass"]) == ("10", "100", "3")
    assert first["GoldsteinScale"] == "-1.0" and first["NumMentions"] == "1"
    assert first["SOURCEURL"].startswith("https://www.voanews.com/")
    assault = next(r for r in rows if r["EventRootCode"] == "18")
    assert assault["ActionGeo_FullName"] == "Kharkiv" and assault["QuadClass"] == "4"


def test_export_unknown_format(store, tmp_path):
    with pytest.raises(StoreError, match=r"\[S008\]"):
        store.export("xml", tmp_path / "x")


def test_sqlite_fts_integrity(tmp_path):
    with Store(tmp_path / "f.db") as opened:
        opened.add(analyses())
        opened.add([analysis_1()], reanalyze=True)
        with opened.engine.begin() as conn:
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')"))
            n = conn.execute(text("SELECT count(*) FROM articles_fts")).scalar()
        assert n == 3


def test_dyad_rollup_matches_a_rebuild_after_replacements(store):
    from wirecoder.store import rollup

    def snapshot():
        with store.engine.connect() as conn:
            rows = conn.execute(select(schema.dyad_days)).mappings().all()
        return sorted((dict(r) for r in rows), key=lambda r: (r["actor_code"],
                                                              r["recipient_code"], r["day"]))

    old = analysis_2()
    flipped = old.model_copy(update={"events": (old.events[1],)})
    store.add([flipped], reanalyze=True)
    incremental = snapshot()
    with store.engine.begin() as conn:
        rollup.rebuild(conn)
    assert snapshot() == incremental
    assert [(r["actor_code"], r["recipient_code"], r["events"]) for r in incremental] == [
        ("CHN", "USA", 1), ("RUS", "UKR", 1), ("USA", "CHN", 1)]
    assert incremental[0]["categories"] == {"ACCUSE": 1}


def test_dyad_rollup_adds_later_batches_to_stored_days(store):
    copy = analysis_1().model_copy(update={"id": "copy", "url": None,
                                           "text": analysis_1().text + " (copy)"})
    store.add([copy])
    assert_rollup_consistent(store)  # the merged days are what a rebuild gives
    usa_chn = store.dyad("USA", "CHN", by="month", top=5)[0]
    assert usa_chn["events"] == 2 and len(usa_chn["top"]) == 2
