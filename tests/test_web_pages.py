"""Server-rendered pages (TestClient): content, validation, escaping, vendored assets."""

from __future__ import annotations

import json
import re
from pathlib import Path

from test_web_fixtures import client_fixture, web_store_fixture  # noqa: F401

WEB = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "web"
HTML = {"Accept": "text/html"}


def test_overview_lists_counts_dyads_and_articles(client):
    page = client.get("/").text
    assert "Corpus overview" in page
    assert re.search(r'href="/dyad\?a=CHN&amp;b=USA"', page)  # the top pair, both directions
    assert "RUS – UKR" in page and "Xi meets Trump in Busan" in page


def chart_of(page: str) -> dict:
    found = re.search(r'<script type="application/json" id="chart-data">(.*?)</script>', page,
                      re.S)
    return json.loads(found.group(1))


def test_dyad_page_has_chart_data_and_a_table(client):
    page = client.get("/dyad", params={"a": "USA", "b": "CHN"}).text
    data = chart_of(page)
    assert data["periods"][0] == "2025-03" and data["periods"][-1] == "2025-11"
    assert len(data["periods"]) == 9  # gaps filled month by month
    assert sum(data["events"]) == 3 and data["quads"]["VERBAL_CONFLICT"][0] == 1
    assert data["mean_score"][1] is None  # no event in April: no score, not zero
    assert page.count('hx-get="/dyad/events?') == 3  # one "list" link per non-empty month
    one_way = chart_of(client.get("/dyad", params={"a": "USA", "b": "CHN",
                                                   "direction": "ab"}).text)
    assert one_way["periods"] == ["2025-03"] and one_way["events"] == [1]  # USA -> CHN only
    fragment = client.get("/dyad/events", params={"a": "USA", "b": "CHN", "period": "2025-11",
                                                  "by": "month"}).text
    assert "accused" in fragment and "/articles/2#e1" in fragment
    assert client.get("/dyad/events", params={"a": "USA", "b": "CHN", "period": "May",
                                              "by": "month"}).status_code == 422


def test_events_page_filters_pages_and_rejects_unknown_values(client):
    page = client.get("/events", params={"type": "request"}).text
    assert page.count('class="etype">REQUEST') == 3 and "ASSAULT" not in page.split("<tbody>")[1]
    assert '/articles/1#e0' in page
    negated = client.get("/events", params={"negated": "yes"}).text
    assert negated.count("badge-negated") == 1
    bad = client.get("/events", params={"type": "BOMBARD"}, headers=HTML)
    assert bad.status_code == 422 and "BOMBARD" in bad.text and "ASSAULT" in bad.text
    assert "<html" in bad.text and "Traceback" not in bad.text
    assert client.get("/events", params={"since": "yesterday"}).status_code == 422


def test_article_page_highlights_every_layer(client):
    page = client.get("/articles/1").text
    for layer in ("hl-event", "hl-quote", "hl-quantity", "hl-date", "hl-entity"):
        assert layer in page, layer
    assert '<sup class="ev-tag" id="e0">' in page
    assert re.search(r'<span class="[^"]*hl-event[^"]*"[^>]*>urged</span>', page)
    negated = client.get("/articles/4").text
    assert re.search(r'class="[^"]*flag-negated[^"]*"[^>]*>urged</span>', negated)
    assert client.get("/articles/99", headers=HTML).status_code == 404


def test_quotes_quantities_search_compare(client):
    quotes = client.get("/quotes", params={"contains": "partners"}).text
    assert "Xi Jinping" in quotes and "We will not accept" not in quotes
    assert client.get("/quotes", params={"kind": "rumour"}).status_code == 422
    amounts = client.get("/quantities", params={"about": "soy"}).text
    assert "12 million metric tons" in amounts and "$330 million" not in amounts
    assert 'href="/commitments"' in amounts
    assert "soybeans" in client.get("/search", params={"q": "soybeans"}).text
    assert client.get("/search", params={"q": '"'}).status_code in (200, 400)
    assert "Account A" in client.get("/compare").text


def test_analyze_form_validation(client):
    empty = client.post("/analyze", data={"text": "  "}, headers=HTML)
    assert empty.status_code == 422 and "Nothing to analyze" in empty.text
    bad_day = client.post("/analyze", data={"text": "x", "published": "soon"}, headers=HTML)
    assert bad_day.status_code == 422


def test_analyze_an_uploaded_html_file(client):
    html = ("<!doctype html><html><head><title>Talks</title></head><body><article>"
            "<h1>Talks in Geneva</h1><p>Russian forces attacked the Ukrainian city of Kharkiv "
            "overnight, officials said.</p><p>Ukraine urged its allies to send more air "
            "defense systems on Tuesday.</p></article></body></html>")
    page = client.post("/analyze", data={"published": "2025-03-20"},
                       files={"upload": ("talks.html", html, "text/html")}).text
    assert 'id="article-text"' in page and "ASSAULT" in page
    assert "&lt;p&gt;" not in page  # the main text was extracted, not the markup


def test_assets_are_vendored_and_pages_load_nothing_from_elsewhere(client):
    for path in ("/static/vendor/htmx.min.js", "/static/vendor/uPlot.iife.min.js",
                 "/static/vendor/uPlot.min.css", "/static/app.js", "/static/app.css",
                 "/static/compare.js"):
        assert client.get(path).status_code == 200, path
    for page in ("/", "/dyad?a=USA&b=CHN", "/events", "/articles/1", "/quotes",
                 "/quantities", "/analyze", "/docs", "/compare", "/search?q=China",
                 "/readouts", "/commitments"):
        text = client.get(page).text
        assert not re.search(r'(src|href)="(https?:)?//', text.replace(
            'href="https://www.voanews.com', "")), page
    licences = (WEB / "static" / "vendor" / "VENDORED.md").read_text()
    assert "htmx.org 2.0" in licences and "uplot 1.6" in licences.lower()


def test_segments_cover_the_text_once_and_nest_layers():
    from test_store_fixtures import analysis_1
    from wirecoder.web.views import segments

    analysis = analysis_1()
    runs = segments(analysis)
    assert "".join(run.text for run in runs) == analysis.text
    covered = {run.text: {m.layer for m in run.marks} for run in runs}
    assert covered["urged"] == {"event"} and covered["Monday"] == {"date"}
    assert covered["12 million metric tons"] == {"quantity"}
    assert "quote" in covered["We will not accept this,"]
    rubio = next(run for run in runs if run.text == "Rubio")  # a name inside no other span
    assert {m.layer for m in rubio.marks} == {"entity"}
    assert [m.index for run in runs for m in run.anchors] == [0, 1]  # one tag per event
