"""Readers: every bad item becomes an ItemError with a code; good items are never lost."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from wirecoder.errors import InputError
from wirecoder.io import make_story, parse_date, read_paths, read_text_bytes
from wirecoder.models import ItemError, Story

VOA_LIKE = (
    "Somali forces killed 50 militants in airstrikes on Tuesday, the government said. "
    "The army said the operation would continue."
)


def test_text_file_keeps_text_and_published(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(VOA_LIKE, encoding="utf-8")
    [story] = read_paths([path], published=dt.date(2025, 3, 12))
    assert story == Story(id="story", text=VOA_LIKE, published=dt.date(2025, 3, 12),
                          source=str(path))


def test_jsonl_broken_line_and_empty_story_do_not_stop_the_rest(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"id": "a", "text": VOA_LIKE, "published": "2025-03-12 10:00:00Z"}),
             "{not json",
             json.dumps({"id": "b", "text": ""}),
             json.dumps({"id": "c"}),
             json.dumps({"id": "d", "text": "Kenya's court blocked the plan.", "url": "u"})]
    path.write_text("\n".join(lines), encoding="utf-8")
    items = list(read_paths([path]))
    assert [type(i).__name__ for i in items] == ["Story", "ItemError", "Story", "ItemError",
                                                  "Story"]
    assert items[0].published == dt.date(2025, 3, 12)
    assert items[1].code == "W005" and "Line 2" in items[1].message
    assert items[3].code == "W006" and items[3].id == "c"
    assert items[4].url == "u"


def test_invalid_utf8_and_binary_files_are_reported(tmp_path):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Caf\xe9 talks".encode("latin-1"))
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    errors = list(read_paths([bad, binary, tmp_path / "missing.txt"]))
    assert [e.code for e in errors] == ["W002", "W003", "W008"]
    assert all(isinstance(e, ItemError) for e in errors)


def test_directory_is_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second story.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First story.", encoding="utf-8")
    (tmp_path / "ignore.png").write_bytes(b"\x89PNG")
    assert [s.id for s in read_paths([tmp_path])] == ["a", "two"]


def test_html_article_text_and_metadata(tmp_path):
    body = " ".join([VOA_LIKE] * 4)
    page = (f"<html><head><title>Somalia strikes</title>"
            f'<meta property="article:published_time" content="2025-03-12T10:00:00Z">'
            f"</head><body><nav>Home | World</nav><article><h1>Somalia strikes</h1>"
            f"<p>{body}</p></article><footer>Copyright</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    [story] = read_paths([path])
    assert "Somali forces killed 50 militants" in story.text
    assert "Home | World" not in story.text
    assert story.title == "Somalia strikes"
    assert story.published == dt.date(2025, 3, 12)


def test_truncated_html_still_yields_text_and_empty_page_is_an_error(tmp_path):
    truncated = tmp_path / "cut.html"
    truncated.write_text(f"<html><body><article><p>{VOA_LIKE} {VOA_LIKE}</p><div><span",
                         encoding="utf-8")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    story, error = read_paths([truncated, empty])
    assert story.text.startswith("Somali forces killed 50 militants")
    assert isinstance(error, ItemError) and error.code == "W007"


def test_rss_feed_items_become_stories(tmp_path):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
    <item><title>Talks</title><link>https://example.org/1</link>
    <pubDate>Wed, 04 Feb 2026 10:00:00 GMT</pubDate>
    <description>Leaders of Kenya and Ethiopia met in Nairobi on Tuesday.</description></item>
    </channel></rss>"""
    path = tmp_path / "feed.rss"
    path.write_text(feed, encoding="utf-8")
    [story] = read_paths([path])
    assert story.url == "https://example.org/1"
    assert story.published == dt.date(2026, 2, 4)
    assert story.text.startswith("Leaders of Kenya and Ethiopia met")


def test_make_story_hashes_missing_id_and_rejects_bad_date():
    story = make_story({"text": "A story."})
    assert story.id.startswith("sha1-") and len(story.id) == 17
    with pytest.raises(InputError, match="W009"):
        make_story({"text": "x", "published": "yesterday"})
    assert parse_date("2025-03-14 20:30:26Z") == dt.date(2025, 3, 14)


def test_read_text_bytes_strips_bom():
    assert read_text_bytes("\ufeffHello".encode(), "x") == "Hello"
