"""End-to-end in a real headless Chromium (Playwright): the pages as a user clicks through.

Skipped when Playwright or /usr/bin/chromium is missing (Playwright's own browser
download is never used). The app is served by uvicorn in a thread on 127.0.0.1:<free
port>; every request the page makes to another host is aborted and recorded, and the
test asserts there was none (no CDN). Screenshots go to a temporary directory, and also
to ``$WIRECODER_WEB_SHOTS`` when set (that is how docs/img/ is made). With
``$WIRECODER_WEB_TEST_DB`` the pages are taken over that store instead of the small
test store.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "wirecoder" / "sample" / "voa_sample.jsonl"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium"),
]


@pytest.fixture(name="store", scope="module")
def store_fixture(tmp_path_factory):
    from test_web_fixtures import web_analyses
    from wirecoder.store import Store

    given = os.environ.get("WIRECODER_WEB_TEST_DB")
    if given:
        with Store(given) as store:
            yield store
        return
    with Store(tmp_path_factory.mktemp("browser") / "web.db") as store:
        store.add(web_analyses())
        report = store.ingest(paths=[SAMPLE], workers=1)
        assert report.inserted == 3, report.as_dict()
        store.add(tracker_analyses())  # two readouts of one call, a pledge followed up
        yield store


def tracker_analyses() -> list:
    import wirecoder
    from test_web_tracker import ARTICLES

    return [wirecoder.analyze(text, published=day, id=sid, title=title)
            for sid, day, title, text in ARTICLES]


@pytest.fixture(name="base_url", scope="module")
def base_url_fixture(store):
    import uvicorn

    from wirecoder.web import WebConfig, create_app

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(WebConfig(), store=store),
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(name="browser", scope="module")
def browser_fixture():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS,
                                             headless=True)
        yield browser
        browser.close()


class Watch:
    """Aborts and records every non-loopback request; records console errors and dialogs."""

    def __init__(self, page) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.route("**/*", self.route)
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", self.dialog)

    def route(self, route) -> None:
        host = urlsplit(route.request.url).hostname
        if host in ("127.0.0.1", "localhost"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture(name="shots", scope="module")
def shots_fixture(tmp_path_factory):
    out = tmp_path_factory.mktemp("screenshots")
    yield out
    target = os.environ.get("WIRECODER_WEB_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        for png in out.glob("*.png"):
            shutil.copy(png, Path(target) / png.name)


def test_click_through(browser, base_url, shots):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    watch = Watch(page)
    expect = sync_api.expect

    page.goto(base_url + "/")
    expect(page.locator("h1")).to_have_text("Corpus overview")
    page.screenshot(path=shots / "overview.png", full_page=True)

    page.locator("a.dyad-link").first.click()
    page.wait_for_selector("#dyad-chart[data-ready='1'] .u-over")
    page.screenshot(path=shots / "dyad.png", full_page=True)

    point = page.evaluate("""() => {
        const u = window.wirecoderChart, data = JSON.parse(
            document.getElementById('chart-data').textContent);
        const i = data.events.findIndex(n => n > 0);
        const box = u.over.getBoundingClientRect();
        return {x: box.left + u.valToPos(u.data[0][i], 'x'),
                y: box.top + box.height / 2, period: data.periods[i]};
    }""")
    page.mouse.move(point["x"], point["y"])
    page.mouse.click(point["x"], point["y"])
    heading = page.locator("#period-events h2")
    expect(heading).to_contain_text(point["period"])
    expect(page.locator("#period-events table tbody tr").first).to_be_visible()
    page.screenshot(path=shots / "dyad-click.png", full_page=True)

    page.locator("#period-events td a[href^='/articles/']").first.click()
    page.wait_for_selector("#article-text .hl-event")
    assert "#e" in page.url
    page.screenshot(path=shots / "article.png")
    text = page.locator("#article-text")
    weight = "el => getComputedStyle(el).fontWeight"
    assert int(page.locator("#article-text .hl-event").first.evaluate(weight)) >= 600
    page.locator("input[data-layer='event']").uncheck()
    expect(text).to_have_class("article-text hide-event")
    assert int(page.locator("#article-text .hl-event").first.evaluate(weight)) < 600
    page.screenshot(path=shots / "article-events-off.png")

    page.goto(base_url + "/quotes")
    word = page.evaluate("""async () => {
        const r = await fetch('/api/quotes?limit=1'); const q = (await r.json()).items[0];
        return q.text.split(/\\W+/).filter(w => w.length > 5)[0]; }""")
    page.fill("input[name='contains']", word)
    page.press("input[name='contains']", "Enter")
    expect(page).to_have_url(re.compile(r"/quotes\?.*contains="))  # htmx pushed the search
    rows = page.locator("#results tbody tr")
    expect(rows.first).to_contain_text(word, ignore_case=True)
    for i in range(rows.count()):
        assert word.lower() in rows.nth(i).inner_text().lower()
    page.screenshot(path=shots / "quotes.png", full_page=True)

    page.goto(base_url + "/events?type=REQUEST")
    expect(page.locator("table.events tbody tr").first).to_contain_text("REQUEST")
    page.screenshot(path=shots / "events.png")

    sample = SAMPLE.read_text(encoding="utf-8").splitlines()[0]
    import json

    story = json.loads(sample)
    page.goto(base_url + "/analyze")
    page.fill("textarea[name='text']", story["text"])
    page.fill("input[name='published']", story["published"][:10])
    page.click("form.analyze button[type='submit']")
    page.wait_for_selector("#article-text", timeout=120_000)
    assert page.locator("#events + table tbody tr").count() > 0
    expect(page.locator("#events + table")).not_to_contain_text("No events.")
    page.screenshot(path=shots / "analyze.png")

    page.goto(base_url + "/compare")
    expect(page.locator("h1")).to_have_text("Compare readouts")
    page.goto(base_url + "/docs")
    expect(page.locator("main")).to_contain_text("/api/events")

    assert watch.outside == []
    assert watch.errors == []
    assert watch.dialogs == []
    page.close()


def test_hostile_article_renders_as_text(browser, base_url, store):
    if os.environ.get("WIRECODER_WEB_TEST_DB"):
        pytest.skip("the hostile article is only in the test store")
    from test_web_fixtures import HOSTILE_SCRIPT, HOSTILE_TITLE

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    watch = Watch(page)
    hostile = next(a for a in store.articles(limit=0) if a["story_id"] == "hostile")
    page.goto(f"{base_url}/articles/{hostile['article_id']}")
    sync_api.expect(page.locator("h1")).to_have_text(HOSTILE_TITLE)
    assert HOSTILE_SCRIPT in page.locator("#article-text").inner_text()
    assert page.locator("main script, main img").count() == 0
    negated = page.locator("#article-text .hl-event.flag-negated")
    assert negated.count() == 1 and "line-through" in negated.evaluate(
        "el => getComputedStyle(el).textDecorationLine")
    assert watch.dialogs == [] and watch.outside == [] and watch.errors == []
    page.close()


def in_view(mark, box) -> bool:
    """True when ``mark`` is (at least partly) inside the visible part of the scroll ``box``."""
    return bool(mark.evaluate("""(m, b) => { const r = m.getBoundingClientRect(),
        v = b.getBoundingClientRect(); return r.bottom > v.top && r.top < v.bottom; }""",
                              box.element_handle()))


def test_compare_two_pasted_accounts_and_click_a_point(browser, base_url, shots):
    from test_web_tracker import CN, US

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    watch = Watch(page)
    expect = sync_api.expect
    page.goto(base_url + "/compare")
    page.fill("#text-0", US)
    page.fill("#text-1", CN)
    page.locator("input[name='side']").nth(0).fill("USA")
    page.locator("input[name='side']").nth(1).fill("CHN")
    page.click("form.cmp-form button[type='submit']")
    page.wait_for_selector("#comparison[data-ready='1']", timeout=120_000)
    assert page.locator(".cmp-account").count() == 2
    points = page.locator(".cmp-point")
    assert points.count() > 0
    labels = page.locator("mark.ev .rel-label")
    assert labels.count() > 0 and all(  # every highlight names its relation
        labels.nth(i).inner_text().split(" #")[0] in ("SHARED", "ONLY IN ONE", "CONTRADICTION",
                                                      "DIFFERENT FRAMING")
        for i in range(labels.count()))
    both = page.evaluate("""() => [...document.querySelectorAll('.cmp-point')].findIndex(p =>
        [...document.querySelectorAll('.cmp-account')].every(c =>
          [...c.querySelectorAll('mark.ev')].some(m =>
            m.dataset.points.split(' ').includes(p.dataset.point))))""")
    chosen = points.nth(max(both, 0))
    point_id = chosen.get_attribute("data-point")
    # shrink the text boxes (CSSOM, allowed by the CSP) so that the evidence needs scrolling
    page.evaluate("""() => document.querySelectorAll('.cmp-text').forEach(b => {
        b.style.maxHeight = '3rem'; b.scrollTop = b.scrollHeight; })""")
    chosen.click()
    expect(page.locator("body")).to_have_attribute("data-shown-point", point_id)
    expect(chosen).to_have_class(re.compile(r"\bactive\b"))
    for column in page.locator(".cmp-account").all():
        active = column.locator("mark.ev.active")
        if active.count():
            assert in_view(active.first, column.locator(".cmp-text"))
    page.evaluate("() => document.querySelectorAll('.cmp-text')"
                  ".forEach(b => b.style.maxHeight = '')")
    chosen.click()
    page.locator("#comparison").scroll_into_view_if_needed()
    page.screenshot(path=shots / "compare.png", full_page=True)

    page.goto(base_url + "/readouts")
    page.locator("a.button[href^='/compare?articles=']").first.click()
    page.wait_for_selector("#comparison[data-ready='1']", timeout=120_000)
    assert page.locator("mark.ev").count() > 0
    assert watch.outside == [] and watch.errors == [] and watch.dialogs == []
    page.close()


def test_commitments_table_pledge_history_and_highlighted_span(browser, base_url, shots):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    watch = Watch(page)
    expect = sync_api.expect
    page.goto(base_url + "/commitments?object=soybeans")
    rows = page.locator("table.data tbody tr")
    expect(rows.first).to_contain_text("soybean")
    page.screenshot(path=shots / "commitments.png")
    rows.first.locator("a").first.click()
    steps = page.locator("ol.history li.step")
    assert steps.count() >= 2
    page.screenshot(path=shots / "pledge.png", full_page=True)
    steps.first.locator("a[href*='?commitment=']").click()
    focused = page.locator("#article-text .focus")
    expect(focused.first).to_be_visible()
    assert "metric tons" in " ".join(focused.all_inner_texts())
    page.locator("input[data-layer='commitment']").uncheck()
    expect(page.locator("#article-text")).to_have_class(re.compile("hide-commitment"))
    page.locator("input[data-layer='commitment']").check()
    page.screenshot(path=shots / "article-commitment.png")
    assert watch.outside == [] and watch.errors == [] and watch.dialogs == []
    page.close()
