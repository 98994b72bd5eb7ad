"""REST API of ``wirecoder serve`` (FastAPI TestClient, no spaCy, no browser)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pyarrow.parquet as pq

from test_web_fixtures import HOSTILE_SCRIPT, client_fixture, web_store_fixture  # noqa: F401


def test_events_filters_and_paging(client):
    body = client.get("/api/events", params={"actor": "USA", "type": "request"}).json()
    assert [e["event_type"] for e in body["items"]] == ["REQUEST"]
    assert body["items"][0]["recipient"][0]["code"] == "CHN"
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert first["next_offset"] == 3 and len(first["items"]) == 3
    ids = [(e["article_id"], e["idx"]) for e in first["items"] + second["items"]]
    assert len(ids) == len(set(ids)) == 6 and second["next_offset"] == 6
    negated = client.get("/api/events", params={"negated": "true"}).json()["items"]
    assert [(e["article_id"], e["idx"], e["negated"]) for e in negated] == [(4, 1, True)]
    kept = client.get("/api/events", params={"negated": "false", "limit": 100}).json()["items"]
    assert len(kept) == 7 and not any(e["negated"] for e in kept)
    phone = client.get("/api/events", params={"mode": "change"}).json()["items"]
    assert [e["event_id"] for e in phone] == ["voa-1-e0"]
    voa = client.get("/api/events", params={"source": "VOA", "limit": 100}).json()["items"]
    assert {e["article_id"] for e in voa} == {1, 2}


def test_unknown_values_are_422_with_a_clear_message(client):
    response = client.get("/api/events", params={"type": "BOMBARD"})
    assert response.status_code == 422
    text = json.dumps(response.json())
    assert "type" in text and "REQUEST" in text  # names the parameter and the allowed values
    assert client.get("/api/dyad", params={"a": "USA", "b": "CHN", "by": "fortnight"}
                      ).status_code == 422
    assert client.get("/api/quotes", params={"kind": "rumour"}).status_code == 422
    bad_day = client.get("/api/events", params={"since": "March 2025"})
    assert bad_day.status_code == 422 and "since" in json.dumps(bad_day.json())
    assert client.get("/api/events", params={"limit": 0}).status_code == 422
    assert client.get("/api/export/xlsx").status_code == 422


def test_dyad_quotes_quantities_stats(client):
    rows = client.get("/api/dyad", params={"a": "USA", "b": "CHN", "by": "month"}).json()
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2025-03", "USA->CHN", 1), ("2025-10", "CHN->USA", 1), ("2025-11", "CHN->USA", 1)]
    assert rows[0]["top"][0]["event_text"] == "urged"
    quotes = client.get("/api/quotes", params={"contains": "PARTNERS"}).json()["items"]
    assert [q["speaker_name"] for q in quotes] == ["Xi Jinping"]
    assert client.get("/api/quotes", params={"speaker": "rubio"}).json()["items"][0]["kind"] \
        == "direct"
    money = client.get("/api/quantities", params={"unit": "USD"}).json()["items"]
    assert [m["value"] for m in money] == [330e6]
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 4 and stats["counts"]["events"] == 8
    dyads = client.get("/api/dyads").json()
    assert dyads[0]["a"] == "CHN" and dyads[0]["b"] == "USA" and dyads[0]["events"] == 3


def test_article_and_search(client):
    article = client.get("/api/articles/2").json()
    assert article["article_id"] == 2 and article["id"] == "voa-2"
    event = article["events"][0]
    assert article["text"][event["start"]:event["end"]] == event["event_text"] == "met"
    assert client.get("/api/articles/999").status_code == 404
    listing = client.get("/api/articles", params={"limit": 2}).json()
    assert [a["article_id"] for a in listing["items"]] == [1, 2] and listing["next_offset"] == 2
    hits = client.get("/api/search", params={"q": "soybeans"}).json()
    assert [h["article_id"] for h in hits] == [1]
    for odd in ('"', "AND OR NOT", "*", "(", "NEAR(", "a:b"):
        response = client.get("/api/search", params={"q": odd})
        assert response.status_code in (200, 400), (odd, response.text)


def test_exports(client):
    response = client.get("/api/export/csv", params={"since": "2025-03-01",
                                                     "until": "2025-03-31"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    march = client.get("/api/events", params={"since": "2025-03-01", "until": "2025-03-31",
                                              "limit": 100}).json()["items"]
    assert {r["event_date"][:7] for r in rows} == {"2025-03"} and len(rows) == len(march)
    assert not any(r["negated"] == "True" for r in rows)  # left out unless asked for
    everything = client.get("/api/export/csv", params={
        "since": "2025-03-01", "until": "2025-03-31", "include_negated": "true"}).text
    assert len(list(csv.DictReader(io.StringIO(everything)))) == len(rows) + 1
    total = len(client.get("/api/events", params={"limit": 1000}).json()["items"])
    gdelt = client.get("/api/export/gdelt").text.splitlines()
    assert len(gdelt) == total + 1 and len(gdelt[0].split("\t")) == 61  # header line
    plover = [json.loads(line) for line in client.get("/api/export/plover").text.splitlines()]
    assert {p["event"][0] for p in plover} >= {"REQUEST", "ACCUSE", "ASSAULT"}
    parquet = client.get("/api/export/parquet")
    table = pq.read_table(io.BytesIO(parquet.content))
    assert table.num_rows == total and "event_type" in table.column_names


def test_ingest_needs_the_token(client):
    article = {"articles": [{"text": "Russia attacked Ukraine.", "published": "2025-05-01"}]}
    assert client.post("/api/articles", json=article).status_code == 401
    wrong = client.post("/api/articles", json=article, headers={"Authorization": "Bearer no"})
    assert wrong.status_code == 401 and "token" in wrong.json()["detail"]


def test_read_only_without_token(web_store, monkeypatch):
    from fastapi.testclient import TestClient

    from wirecoder.web import WebConfig, create_app

    monkeypatch.delenv("WIRECODER_TOKEN", raising=False)
    client = TestClient(create_app(WebConfig(), store=web_store))
    response = client.post("/api/articles", json={"articles": [{"text": "x"}]},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403 and "read-only" in response.json()["detail"]


def test_body_limit_and_validation_of_bodies(client):
    big = {"text": "word " * 20_000}  # ~100 kB > the fixture's 64 kB limit
    response = client.post("/api/analyze", json=big)
    assert response.status_code == 413 and "max-body" in response.json()["detail"]
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422
    assert client.post("/api/analyze", json={"txt": "x"}).status_code == 422
    broken = client.post("/api/analyze", content=b"{not json",
                         headers={"content-type": "application/json"})
    assert broken.status_code == 422


def test_errors_carry_no_traceback(client, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("secret internals at /srv/app.py line 3")

    monkeypatch.setattr(client.app.state.store, "stats", boom)
    response = client.get("/api/stats")
    assert response.status_code == 500
    assert "Traceback" not in response.text and "secret internals" not in response.text


def test_security_headers_and_no_cors_by_default(client):
    response = client.get("/api/stats", headers={"Origin": "https://evil.example"})
    assert "access-control-allow-origin" not in response.headers
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_cors_when_asked(web_store):
    from fastapi.testclient import TestClient

    from wirecoder.web import WebConfig, create_app

    app = create_app(WebConfig(cors_origins=("https://tool.example",)), store=web_store)
    response = TestClient(app).get("/api/stats", headers={"Origin": "https://tool.example"})
    assert response.headers["access-control-allow-origin"] == "https://tool.example"


def test_openapi_lists_the_endpoints(client):
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/dyad", "/api/quotes", "/api/quantities", "/api/search",
                 "/api/stats", "/api/articles/{article_id}", "/api/export/{fmt}",
                 "/api/analyze", "/api/articles", "/api/compare", "/api/readouts",
                 "/api/commitments", "/api/commitments/{pledge_id}"):
        assert path in schema["paths"], path
    categories = next(p for p in schema["paths"]["/api/events"]["get"]["parameters"]
                      if p["name"] == "type")
    assert "ASSAULT" in json.dumps(categories) or "Category" in json.dumps(categories)
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/dyad" in docs.text and "cdn" not in docs.text


def test_import_does_not_load_spacy():
    code = ("import sys; import wirecoder.web; from wirecoder.web import create_app; "
            "import wirecoder.cli.serve; print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


def test_worker_processes_rebuild_the_config_from_the_environment(web_store, tmp_path,
                                                                  monkeypatch):
    from fastapi.testclient import TestClient

    from wirecoder.web import WebConfig
    from wirecoder.web.server import ENV_CONFIG, _dump, app_from_environment

    config = WebConfig(db=str(tmp_path / "web.db"), token="t0k",
                       max_body=4096, max_chars=77, cors_origins=("http://a.example",))
    monkeypatch.setenv(ENV_CONFIG, _dump(config))
    app = app_from_environment()
    assert app.state.config == config  # every field crosses the process boundary intact
    with TestClient(app) as client:
        assert client.get("/api/stats").status_code == 200


def test_script_in_an_article_stays_text(client):
    page = client.get("/articles/4", headers={"Accept": "text/html"}).text
    assert HOSTILE_SCRIPT not in page and "&lt;script&gt;" in page
    assert "<img src=x" not in page and 'href="javascript:' not in page


def test_analyze_is_stateless_and_ingest_stores(client):
    text = ("Russian forces attacked the Ukrainian city of Kharkiv on Monday, officials said. "
            "Ukraine urged its allies to send more air defense systems.")
    before = client.get("/api/stats").json()["counts"]["articles"]
    result = client.post("/api/analyze", json={"text": text, "published": "2025-05-05"}).json()
    types = {e["event_type"] for e in result["events"]}
    assert {"ASSAULT", "REQUEST"} <= types
    for event in result["events"]:
        assert text[event["start"]:event["end"]] == event["event_text"]
    assert client.get("/api/stats").json()["counts"]["articles"] == before
    too_long = client.post("/api/analyze", json={"text": "word " * 1200})  # > max_chars 5000
    assert too_long.status_code == 422 and "W004" in too_long.text
    headers = {"Authorization": "Bearer s3cret"}
    stored = client.post("/api/articles", headers=headers,
                         json={"articles": [{"text": text, "published": "2025-05-05"}]}).json()
    assert stored["inserted"] == 1 and stored["failed"] == 0
    again = client.post("/api/articles", headers=headers,
                        json={"articles": [{"text": text}, {"text": "word " * 1200}]}).json()
    assert again["skipped"] == 1 and again["failed"] == 1
    assert again["errors"][0]["code"] == "W004"
    assert client.get("/api/stats").json()["counts"]["articles"] == before + 1
