"""End to end: real `wirecoder ingest` runs (spaCy model) on VOA stories.

* idempotency and a lossless round trip on real analyses (slow: the whole pipeline);
* kill -9 in the middle of an ingest, then the same command again: every article
  exactly once, no orphan records, a consistent full-text index and dyad roll-up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest
from sqlalchemy import func, select, text

from test_store_fixtures import (
    assert_rollup_consistent,
    db_url_fixture,  # noqa: F401 - fixture
)
from wirecoder.store import Store, schema

CHILDREN = ("entities", "events", "event_actors", "event_dyads", "quotes", "quantities",
            "time_expressions")
CLI = [sys.executable, "-c", "from wirecoder.cli import main; main()"]


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def short_corpus(stories, n):
    """Return ``n`` distinct short stories: VOA leads, ids, URLs and texts varied."""
    out = []
    for i in range(n):
        story = stories[i % len(stories)]
        lead = ". ".join(story["text"].split(". ")[:2]) + "."
        out.append({**story, "id": f"{story['id']}-{i}", "url": f"{story['url']}?copy={i}",
                    "text": f"{lead} (Copy {i}.)"})
    return out


def orphans(store: Store) -> int:
    with store.engine.connect() as conn:
        return sum(conn.execute(select(func.count()).select_from(table).where(
            table.c.article_id.not_in(select(schema.articles.c.id)))).scalar()
            for table in (schema.metadata.tables[name] for name in CHILDREN))


def article_count(db: str) -> int:
    try:
        with Store(db) as store, store.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(schema.articles)).scalar()
    except Exception:  # the schema may not exist yet
        return 0


@pytest.mark.slow
def test_ingest_voa_is_idempotent_and_lossless(db_url, tmp_path, voa_stories):
    from wirecoder import analyze_many

    stories = voa_stories[:8]
    corpus = write_jsonl(tmp_path / "voa8.jsonl", stories)
    with Store(db_url) as store:
        first = store.ingest(paths=[corpus], workers=2)
        assert (first.inserted, first.failed) == (8, 0)
        counts = {n: store.stats()["counts"][n] for n in ("events", "entities", "quotes")}
        second = store.ingest(paths=[corpus, corpus], workers=2)
        assert (second.inserted, second.skipped, second.duplicates) == (0, 8, 8)
        assert {n: store.stats()["counts"][n] for n in counts} == counts
        stored = [store.analysis(row["article_id"]) for row in store.articles()]
        assert all(a.meta["model"] and a.meta["wirecoder_version"] for a in stored)
        expected = {a.id: a for a in analyze_many(stories)}  # replaced, then read back equal
        assert store.add(expected.values(), reanalyze=True).replaced == 8
        stored = [store.analysis(row["article_id"]) for row in store.articles()]
        assert {a.id: a for a in stored} == expected
        assert {n: store.stats()["counts"][n] for n in counts} == counts


@pytest.mark.slow
def test_kill_9_then_resume_stores_every_article_once(db_url, tmp_path, voa_stories):
    total = 240
    corpus = write_jsonl(tmp_path / "short.jsonl", short_corpus(voa_stories, total))
    command = [*CLI, "ingest", str(corpus), "--db", db_url, "--workers", "2", "--quiet"]
    Store(db_url).close()  # create the schema up front, so that polling can start at once
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    deadline = time.monotonic() + 300
    stored = 0
    while time.monotonic() < deadline and process.poll() is None:
        stored = article_count(db_url)
        if stored > 0:
            break
        time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)  # the writer and its analysis workers
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert 0 < stored < total
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    with Store(db_url) as store:
        assert store.stats()["counts"]["articles"] == total
        with store.engine.connect() as conn:
            per_story = conn.execute(select(schema.articles.c.story_id, func.count())
                                     .group_by(schema.articles.c.story_id)).all()
        assert len(per_story) == total and {n for _, n in per_story} == {1}
        assert orphans(store) == 0
        assert_rollup_consistent(store)
        if store.dialect == "sqlite":
            with store.engine.begin() as conn:
                conn.execute(text("INSERT INTO articles_fts(articles_fts) "
                                  "VALUES('integrity-check')"))
