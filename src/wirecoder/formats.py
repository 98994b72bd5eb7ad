"""Parsers for rich formats: HTML articles (trafilatura) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from .errors import InputError
from .models import ItemError, Story

__all__ = ["stories_from_feed", "story_from_html"]


def story_from_html(html: str, stem: str, published: dt.date | None) -> Story:
    """Extract the main text, title, URL and date of an HTML article.

    Raises:
        InputError: if no article text can be found in the page.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError("W007", detail=type(exc).__name__) from None
    text = getattr(doc, "text", None)
    if not text or not isinstance(text, str):
        raise InputError("W007", detail="no main text found")
    date = _date_or_none(getattr(doc, "date", None))
    return Story(
        id=stem,
        text=text,
        title=getattr(doc, "title", None) or None,
        url=getattr(doc, "url", None) or None,
        published=date or published,
        source=getattr(doc, "sitename", None) or None,
    )


def _date_or_none(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def stories_from_feed(
    text: str, origin: str, published: dt.date | None
) -> Iterator[Story | ItemError]:
    """Yield one story per RSS/Atom item (title, link, date, content or summary)."""
    import feedparser

    feed = feedparser.parse(text)
    if feed.bozo and not feed.entries:
        raise InputError("W021", origin=origin)
    for number, entry in enumerate(feed.entries, start=1):
        body = _entry_text(entry)
        if not body:
            yield ItemError(id=entry.get("id"), code="W001",
                            message="[W001] Feed item has no text.", source=f"{origin}#{number}")
            continue
        yield Story(
            id=str(entry.get("id") or entry.get("link") or f"{origin}#{number}"),
            text=body,
            title=entry.get("title"),
            url=entry.get("link"),
            published=_entry_date(entry) or published,
            source=feed.feed.get("title"),
        )


def _entry_text(entry: dict) -> str:
    import trafilatura

    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    if "<" not in html:
        return html.strip()
    extracted = trafilatura.extract(f"<html><body><article>{html}</article></body></html>")
    return (extracted or "").strip()


def _entry_date(entry: dict) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
