"""Shared fixtures of the web tests: a small store of hand-made analyses and an app over it.

The analyses come from ``test_store_fixtures`` (real sentences, offsets computed from the
texts), plus one hostile article whose title, URL and text carry HTML and script.
"""

from __future__ import annotations

import pytest

from test_store_fixtures import analyses, analysis_3

HOSTILE_SCRIPT = '<script>alert("pwned")</script>'
HOSTILE_TITLE = "<img src=x onerror=alert(1)> Kharkiv attack"


def hostile_analysis():
    """analysis_3 with markup appended to its text, a hostile title and URL, a negated event."""
    base = analysis_3()
    events = (base.events[0], base.events[1].model_copy(update={"negated": True}))
    return base.model_copy(update={
        "id": "hostile", "title": HOSTILE_TITLE, "url": "javascript:alert(1)",
        "text": base.text + " " + HOSTILE_SCRIPT, "events": events})


def web_analyses():
    """The three store-test analyses and the hostile one (article ids 1-4)."""
    return [*analyses(), hostile_analysis()]


@pytest.fixture(name="web_store")
def web_store_fixture(tmp_path):
    from wirecoder.store import Store

    with Store(tmp_path / "web.db") as store:
        store.add(web_analyses())
        yield store


@pytest.fixture(name="client")
def client_fixture(web_store):
    from fastapi.testclient import TestClient

    from wirecoder.web import WebConfig, create_app

    app = create_app(WebConfig(token="s3cret", max_body=64 * 1024, max_chars=5000),
                     store=web_store)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client
