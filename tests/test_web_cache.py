"""The response cache of the JSON API never serves an answer older than the store.

On both backends: a repeated request is served from the cache (a hit, same body as the
uncached app); then each kind of write, through the app's own store, through another
Store object (another connection, as another process would), or by plain SQL outside
wirecoder, makes the next answer show the change.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, delete, select

from test_store_fixtures import analyses, analysis_2, db_url_fixture  # noqa: F401 - fixture
from wirecoder.store import Store, schema
from wirecoder.store.config import to_url
from wirecoder.web import WebConfig, create_app

EVENTS = "/api/events?actor=CHN&limit=50"
DYAD = "/api/dyad?a=CHN&b=USA&by=month"


def _copy(n: int):
    base = analysis_2()
    return base.model_copy(update={"id": f"copy-{n}", "url": None,
                                   "text": f"{base.text} (copy {n})"})


def _events(client: TestClient) -> list[tuple[int, int]]:
    return [(e["article_id"], e["idx"]) for e in client.get(EVENTS).json()["items"]]


def _count(client: TestClient) -> int:
    return sum(row["events"] for row in client.get(DYAD).json())


@pytest.fixture(name="cached")
def cached_fixture(db_url):
    with Store(db_url) as store:
        store.add(analyses())
        app = create_app(WebConfig(cache_entries=64), store=store)
        with TestClient(app) as client:
            yield store, app, client


def test_repeated_requests_are_hits_with_the_uncached_body(cached, db_url):
    store, app, client = cached
    first = client.get(DYAD)
    again = client.get(DYAD)
    assert (app.state.cache.hits, app.state.cache.misses) == (1, 1)
    assert again.content == first.content
    assert again.headers["content-type"] == "application/json"
    assert again.headers["content-security-policy"] == first.headers["content-security-policy"]
    uncached = create_app(WebConfig(cache_entries=0), store=store)
    with TestClient(uncached) as plain:
        assert plain.get(DYAD).content == first.content
        assert plain.get(EVENTS).content == client.get(EVENTS).content
    assert uncached.state.cache.hits == 0


def test_a_write_through_the_app_store_invalidates(cached):
    store, app, client = cached
    before, count = _events(client), _count(client)
    assert _events(client) == before and app.state.cache.hits == 1
    store.add([_copy(1)])
    after = _events(client)
    assert len(after) == len(before) + 2 and after != before
    assert _count(client) == count + 2


def test_a_write_by_another_connection_invalidates(cached, db_url):
    _store, app, client = cached
    count = _count(client)
    assert _count(client) == count and app.state.cache.hits == 1
    with Store(db_url) as other:  # as `wirecoder ingest` in another process would
        other.add([_copy(2)])
    assert _count(client) == count + 2


def test_plain_sql_outside_wirecoder_invalidates(cached, db_url):
    _store, _app, client = cached
    before = _events(client)
    assert _events(client) == before
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:  # delete an article behind wirecoder's back
        conn.execute(delete(schema.articles).where(schema.articles.c.story_id == "voa-2"))
        assert conn.execute(select(schema.articles.c.id)).all()
    engine.dispose()
    after = _events(client)
    assert len(after) < len(before)


def test_an_in_memory_store_is_never_cached():
    with Store("sqlite://") as store:
        store.add(analyses())
        app = create_app(WebConfig(cache_entries=64), store=store)
        with TestClient(app) as client:
            assert client.get(DYAD).content == client.get(DYAD).content
        assert app.state.cache.hits == 0


def test_least_recently_used_entries_go_first(tmp_path):
    with Store(tmp_path / "small.db") as store:
        store.add(analyses())
        app = create_app(WebConfig(cache_entries=2), store=store)
        with TestClient(app) as client:
            for url in (DYAD, EVENTS, DYAD, "/api/stats", EVENTS, DYAD):
                assert client.get(url).status_code == 200
            assert len(app.state.cache._items) == 2
        # DYAD hit once (third request); stats evicted EVENTS, which then evicted DYAD
        assert (app.state.cache.hits, app.state.cache.misses) == (1, 5)
