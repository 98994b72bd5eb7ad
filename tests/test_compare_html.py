"""The comparison page in a real browser: highlights, labels, click-to-scroll both texts.

Uses Playwright for Python with Debian's chromium (never a downloaded browser); skipped
when either is absent.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from test_compare import BEIJING, WHITE_HOUSE

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
FILLER = " ".join(["This sentence about the weather is here to make the text scroll."] * 40)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory, nlp) -> Path:
    from wirecoder.compare import compare
    from wirecoder.compare.render import to_html

    # Long accounts: the matching sentences sit below a screenful of filler.
    wh = dict(WHITE_HOUSE, text=FILLER + "\n" + WHITE_HOUSE["text"])
    cn = dict(BEIJING, text=FILLER + "\n" + FILLER + "\n" + BEIJING["text"])
    path = tmp_path_factory.mktemp("html") / "compare.html"
    path.write_text(to_html([compare([wh, cn], group="call")]), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def browser_page(page_file):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium not installed")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(page_file.as_uri())
        yield page
        browser.close()


def _visible_in_box(page, account: str, point: str) -> bool:
    return page.evaluate(
        """([account, point]) => {
          const col = document.querySelector(`.account[data-account="${account}"]`);
          const box = col.querySelector('.text').getBoundingClientRect();
          const mark = [...col.querySelectorAll('mark.ev')].find(
            m => m.dataset.points.split(' ').includes(point));
          if (!mark) return false;
          const r = mark.getBoundingClientRect();
          return r.top >= box.top && r.bottom <= box.bottom + r.height;
        }""", [account, point])


def test_clicking_a_point_scrolls_both_accounts_to_its_evidence(browser_page):
    page = browser_page
    item = page.locator("li.point.contradiction").first
    point = item.get_attribute("data-point")
    assert not _visible_in_box(page, "wh", point) and not _visible_in_box(page, "mfa", point)
    item.click()
    page.wait_for_timeout(100)
    assert _visible_in_box(page, "wh", point) and _visible_in_box(page, "mfa", point)
    assert page.locator("mark.ev.active").count() >= 2


def test_relations_have_distinct_colours_and_text_labels(browser_page):
    page = browser_page
    colours = page.evaluate("""() => {
        const out = {};
        document.querySelectorAll('mark.ev').forEach(m => {
          out[m.classList[1]] = getComputedStyle(m).backgroundColor; });
        return out; }""")
    assert len(colours) >= 2 and len(set(colours.values())) == len(colours)
    labels = page.locator("mark.ev .label").all_inner_texts()
    assert any(label.lower().startswith("contradiction") for label in labels)
