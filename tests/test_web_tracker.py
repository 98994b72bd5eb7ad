"""Readout comparison and commitment pages and API (TestClient), on texts analysed for real.

The store holds two readouts of one call written for these tests (a US and a Chinese
account) and a later report of soybean purchases, each analysed by ``wirecoder.analyze``:
the readouts form a stored group of one contact, and the pledge is tracked across two
articles.
"""

from __future__ import annotations

import html
import re

import pytest

US = ("President Trump spoke by phone with China's President Xi Jinping on Thursday. The two "
      "leaders discussed trade and fentanyl. President Trump said China agreed to buy 9 million "
      "metric tons of American soybeans by March.")
CN = ("Chinese President Xi Jinping spoke with U.S. President Donald Trump by phone on Thursday. "
      "Xi said Washington must handle Taiwan with great care. The two sides "
      "discussed trade.")
USDA = ("China has bought 8 million metric tons of U.S. soybeans so far this season, the U.S. "
        "Department of Agriculture said on Wednesday.")
ARTICLES = [("us-readout", "2025-10-30", "Readout of the call with President Xi", US),
            ("cn-readout", "2025-10-30", "Xi Jinping speaks with Trump by phone", CN),
            ("usda", "2025-12-10", "Soybean purchases so far", USDA)]
LABELS = ("shared", "only in one", "contradiction", "different framing")


@pytest.fixture(name="tracker", scope="module")
def tracker_fixture(tmp_path_factory):
    from fastapi.testclient import TestClient

    import wirecoder
    from wirecoder.store import Store
    from wirecoder.web import WebConfig, create_app

    with Store(tmp_path_factory.mktemp("tracker") / "t.db") as store:
        store.add([wirecoder.analyze(text, published=day, id=sid, title=title)
                   for sid, day, title, text in ARTICLES])
        app = create_app(WebConfig(max_chars=2000), store=store)
        with TestClient(app, raise_server_exceptions=False) as client:
            yield client


def marks(page: str) -> list[tuple[str, str, str]]:
    """(relation class, label, evidence text) of each highlighted run of a compare page."""
    found = re.findall(r'<mark class="ev rel-(\w+)" data-points="[^"]+" tabindex="0">'
                       r'<span class="rel-label">([^<]+)</span>([^<]*)</mark>', page)
    return [(rel, label, html.unescape(text)) for rel, label, text in found]


def test_compare_page_shows_accounts_side_by_side_with_labelled_points(tracker):
    form = tracker.get("/compare").text
    assert form.count('name="text"') == 3 and 'name="files"' in form
    assert '<script src="/static/compare.js" defer>' in form and "<script>" not in form
    page = tracker.post("/compare", data={"text": [US, CN, ""], "side": ["USA", "CHN", ""]}).text
    assert page.count('class="cmp-account"') == 2
    found = marks(page)
    assert found, "no evidence highlighted"
    for relation, label, text in found:  # a text label with every colour, and real evidence
        assert label.split(" #")[0] == relation.replace("_", " ") and label.split(" #")[0] in LABELS
        assert text.strip() and (text in US or text in CN)
    assert any("Taiwan" in text for _, _, text in found)  # the point only China raised
    taiwan = re.search(r'<li class="cmp-point rel-(\w+)"[^>]*>\s*<b>#\d+ [^<]+</b> — ([^<]*)',
                       page)
    assert taiwan is not None
    assert tracker.get("/static/compare.js").status_code == 200


def test_compare_takes_uploads_and_stored_articles_and_rejects_one_account(tracker):
    upload = tracker.post("/compare", data={"text": [US], "side": ["USA"]},
                          files=[("files", ("china.txt", CN.encode(), "text/plain"))])
    assert upload.status_code == 200 and 'data-account="china.txt"' in upload.text
    stored = tracker.get("/compare", params={"articles": "1, 2"}).text
    assert 'href="/articles/1"' in stored and 'href="/articles/2"' in stored and marks(stored)
    one = tracker.post("/compare", data={"text": [US]}, headers={"Accept": "text/html"})
    assert one.status_code == 422 and "Two or more accounts" in one.text
    assert tracker.get("/compare", params={"articles": "1,x"}).status_code == 422
    assert tracker.get("/compare", params={"articles": "1,99"}).status_code == 404
    assert tracker.post("/compare", data={"text": [US, "x" * 2001]}).status_code == 422


def test_api_compare_evidence_offsets_point_into_the_texts(tracker):
    body = {"accounts": [{"id": "us", "text": US, "side": "USA"},
                         {"id": "cn", "text": CN, "side": "CHN"}]}
    result = tracker.post("/api/compare", json=body, params={"texts": "true"}).json()
    assert [a["id"] for a in result["accounts"]] == ["us", "cn"]
    assert result["points"] and result["texts"]["us"] == US
    for point in result["points"]:
        assert point["relation"] in {"shared", "only_in_one", "contradiction",
                                     "different_framing"} and point["why"]
        for account, spans in point["evidence"].items():
            text = {"us": US, "cn": CN}[account]
            for start, end in spans:
                assert 0 <= start < end <= len(text) and text[start:end].strip()
    mixed = tracker.post("/api/compare", json={"articles": [1], "accounts": [
        {"text": CN, "side": "CHN"}]}).json()
    assert [a["id"] for a in mixed["accounts"]] == ["1", "A"]
    assert tracker.post("/api/compare", json={"accounts": [{"text": US}]}).status_code == 422
    assert tracker.post("/api/compare", json={"accounts": [], "extra": 1}).status_code == 422


def test_stored_readouts_page_and_api(tracker):
    groups = tracker.get("/api/readouts", params={"compare": "false"}).json()
    assert [(g["participants"], g["articles"]) for g in groups] == [(["CHN", "USA"], [1, 2])]
    compared = tracker.get("/api/readouts", params={"party": "CHN"}).json()
    assert compared[0]["comparison"]["points"]
    assert tracker.get("/api/readouts", params={"party": "FRA"}).json() == []
    page = tracker.get("/readouts").text
    assert "Xi Jinping speaks with Trump by phone" in page
    assert 'href="/compare?articles=1,2#comparison"' in page
    assert tracker.get("/readouts", params={"since": "soon"}).status_code == 422


def test_commitments_api_tracks_one_pledge_across_articles(tracker):
    pledges = tracker.get("/api/commitments").json()
    soy = next(p for p in pledges if p["object"].startswith("soybean"))
    assert (soy["committer"], soy["counterparty"], soy["action"]) == ("CHN", "USA", "buy")
    assert [(h["article_id"], h["kind"]) for h in soy["history"]] == [(1, "pledge"),
                                                                      (3, "fulfilment")]
    first = soy["history"][0]
    assert "9 million metric tons" in US[first["start"]:first["end"]]
    one = tracker.get(f"/api/commitments/{soy['pledge_id']}").json()
    assert one["history"] == soy["history"]
    assert tracker.get("/api/commitments/NOPE-buy-x").status_code == 404
    assert tracker.get("/api/commitments", params={"committer": "USA"}).json() == []
    assert tracker.get("/api/commitments", params={"status": "someday"}).status_code == 422
    by_object = tracker.get("/api/commitments", params={"object": "soybeans"}).json()
    assert [p["pledge_id"] for p in by_object] == [soy["pledge_id"]]


def test_commitment_pages_link_each_step_to_its_highlighted_span(tracker):
    table = tracker.get("/commitments", params={"committer": "chn"}).text
    pledge_id = re.search(r'<a href="/commitments/([^"]+)">', table).group(1)
    assert "soybean" in pledge_id
    assert "No tracked pledge" in tracker.get("/commitments", params={"action": "sell"}).text
    assert tracker.get("/commitments", params={"status": "bogus"}).status_code == 422
    page = tracker.get(f"/commitments/{pledge_id}").text
    said = re.findall(r'<blockquote>([^<]*)<mark class="hl-commitment">([^<]*)</mark>([^<]*)<',
                      page)
    assert [html.unescape("".join(parts)) for parts in said] == [
        "President Trump said China agreed to buy 9 million metric tons of American soybeans "
        "by March.", USDA]
    links = re.findall(r'href="(/articles/(\d+)\?commitment=(\d+)#c\d+)"', page)
    assert [article for _, article, _ in links] == ["1", "3"]
    article = tracker.get(links[0][0]).text
    focused = re.findall(r'<span class="[^"]*\bfocus\b[^"]*"[^>]*>([^<]*)</span>', article)
    assert "9 million metric tons" in "".join(focused)
    assert "hl-commitment" in article and 'id="c0"' in article and 'id="cm-0"' in article
    plain = tracker.get("/articles/2").text
    text = plain.split('id="article-text"')[1].split("</div>")[0]
    assert "hl-commitment" not in text and 'id="c0"' not in text and "focus" not in text
    assert tracker.get("/commitments/NOPE", headers={"Accept": "text/html"}).status_code == 404
