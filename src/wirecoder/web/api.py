"""The REST API (``/api/...``): JSON twins of the Store's verbs, analyze and ingest.

Every handler validates its parameters (FastAPI/pydantic, enums shared with the pages),
calls one :class:`~wirecoder.store.Store` method (or :func:`wirecoder.analyze`) and
returns its rows. No SQL here.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import tempfile
import threading
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import OperationalError
from starlette.background import BackgroundTask

from ..store import Store
from ..store.config import DEFAULT_LIMIT, DYAD_TOP
from .cache import json_response
from .params import Category, Day, Limit, Mode, Offset, Party, Period, QuoteKind, Text

if TYPE_CHECKING:
    from ..models import Analysis
    from ..settings import Settings

__all__ = ["analyze_story", "router", "store_of"]

router = APIRouter(prefix="/api", tags=["api"])
_bearer = HTTPBearer(auto_error=False, description="Token given to `wirecoder serve --token` "
                     "or in $WIRECODER_TOKEN.")
_ANALYZE_LOCK = threading.Lock()  # one analysis at a time: the parser is CPU-bound
_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"description": "Bad request (e.g. search syntax)"}, 404: {"description": "Not found"}}


def store_of(request: Request) -> Store:
    """Return the app's :class:`~wirecoder.store.Store`."""
    store: Store = request.app.state.store
    return store


async def _store(request: Request) -> Store:
    """The store as a dependency, resolved on the event loop (no thread-pool hop)."""
    return store_of(request)


StoreDep = Annotated[Store, Depends(_store)]


class Page(BaseModel):
    """One page of rows."""

    items: list[dict[str, Any]]
    limit: int
    offset: int
    next_offset: int | None = Field(None, description="Offset of the next page; null at the end.")


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> Page:
    """Build a page from ``limit + 1`` fetched rows (the extra one tells if more exist)."""
    more = len(rows) > limit
    return Page(items=rows[:limit], limit=limit, offset=offset,
                next_offset=offset + limit if more else None)


# -- reading ----------------------------------------------------------------------------------


@router.get("/stats", summary="Corpus statistics", response_model=dict[str, Any])
async def stats(request: Request, store: StoreDep) -> Response:
    """Counts, events per category, top actors and recipients, errors per code."""
    return await json_response(request, dict[str, Any], store.stats)


@router.get("/dyads", summary="Pairs with most events", response_model=list[dict[str, Any]])
async def dyads(request: Request, store: StoreDep,
                limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
    """The pairs of actor codes with most dated events, both directions together."""
    return await json_response(request, list[dict[str, Any]],
                               lambda: store.top_dyads(limit=limit))


@router.get("/events", summary="Events, newest first", responses=_ERRORS, response_model=Page)
async def events(
    request: Request,
    store: StoreDep,
    actor: Party = None,
    recipient: Party = None,
    type: Annotated[Category | None, Query(description="PLOVER category.")] = None,
    mode: Mode = None,
    source: Text = None,
    since: Day = None,
    until: Day = None,
    article_id: Annotated[int | None, Query(ge=1, le=2**62)] = None,
    negated: bool | None = None,
    future: bool | None = None,
    hypothetical: bool | None = None,
    historical: bool | None = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Response:
    """Events with their actors, recipients, flags, sentence and character offsets.

    Flags filter both ways: `negated=true` keeps only negated events, `false` drops them.
    """
    flags = {name: value for name, value in (("negated", negated), ("future", future),
             ("hypothetical", hypothetical), ("historical", historical)) if value is not None}

    def page() -> Page:
        rows = store.events(actor=actor, recipient=recipient,
                            event_type=type.value if type else None, mode=mode, source=source,
                            since=since, until=until, article_id=article_id, flags=flags,
                            limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    return await json_response(request, Page, page)


@router.get("/dyad", summary="Dyad timeline", response_model=list[dict[str, Any]])
async def dyad(
    request: Request,
    store: StoreDep,
    a: Annotated[str, Query(min_length=1, max_length=200, description="First party, e.g. USA.")],
    b: Annotated[str, Query(min_length=1, max_length=200, description="Second party.")],
    by: Period = Period.month,
    since: Day = None,
    until: Day = None,
    top: Annotated[int, Query(ge=0, le=5)] = DYAD_TOP,
) -> Response:
    """Summarize the events between two parties, both directions, per period.

    Per period and direction: event count, counts per quad class and per category, mean
    PLOVER score and the most significant events.
    """
    return await json_response(request, list[dict[str, Any]], lambda: store.dyad(
        a, b, by=by.value, since=since, until=until, top=top))


@router.get("/quotes", summary="Quotes, newest articles first")
def quotes(
    store: StoreDep,
    speaker: Text = None,
    kind: QuoteKind | None = None,
    contains: Annotated[str | None, Query(max_length=200,
                                          description="Part of the quoted words.")] = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Page:
    """Quotes with speaker, kind, cue and offsets; `contains` searches the quoted words."""
    rows = store.quotes(speaker=speaker, kind=kind.value if kind else None, contains=contains,
                        since=since, until=until, limit=limit + 1, offset=offset)
    return _page(rows, limit, offset)


@router.get("/quantities", summary="Quantities, newest articles first")
def quantities(
    store: StoreDep,
    about: Text = None,
    unit: Annotated[str | None, Query(max_length=40)] = None,
    kind: Annotated[str | None, Query(max_length=40)] = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = DEFAULT_LIMIT,
    offset: Offset = 0,
) -> Page:
    """Numbers with unit, normalized value, what they measure and who commits."""
    rows = store.quantities(about=about, unit=unit, kind=kind, since=since, until=until,
                            limit=limit + 1, offset=offset)
    return _page(rows, limit, offset)


@router.get("/search", summary="Full-text search", responses=_ERRORS)
def search(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500,
                            description='Words and "quoted phrases"; all must occur.')],
    limit: Limit = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Articles whose title or text match, best first, with a snippet."""
    return run_search(store, q, limit)


def run_search(store: Store, q: str, limit: int) -> list[dict[str, Any]]:
    """Call ``store.search``; a query the full-text engine cannot parse becomes a 400."""
    try:
        return store.search(q, limit=limit)
    except OperationalError as exc:
        raise HTTPException(400, "The search engine could not parse this query. Fix: use "
                            'plain words and "quoted phrases".') from exc


@router.get("/articles", summary="Stored articles")
def articles(store: StoreDep, limit: Limit = DEFAULT_LIMIT, offset: Offset = 0) -> Page:
    """Stored articles (no text), oldest first."""
    return _page(store.articles(limit=limit + 1, offset=offset), limit, offset)


@router.get("/articles/{article_id}", summary="One article's analysis", responses=_ERRORS)
def article(store: StoreDep, article_id: Annotated[int, PathParam(ge=1, le=2**62)]
            ) -> dict[str, Any]:
    """The stored analysis of an article: text and every record with its offsets."""
    analysis = store.analysis(article_id)
    if analysis is None:
        raise HTTPException(404, f"No article {article_id}. Fix: see /api/articles.")
    return {"article_id": article_id, **analysis.to_dict()}


@router.get("/errors", summary="Per-item ingest errors")
def errors(store: StoreDep, limit: Limit = DEFAULT_LIMIT) -> list[dict[str, Any]]:
    """Errors recorded by ingest runs, newest first."""
    return store.errors(limit=limit)


class ExportFormat(StrEnum):
    """Export formats."""

    plover = "plover"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


_MEDIA = {"plover": ("application/x-ndjson", "jsonl"), "csv": ("text/csv", "csv"),
          "parquet": ("application/vnd.apache.parquet", "parquet"),
          "gdelt": ("text/tab-separated-values", "tsv")}


@router.get("/export/{fmt}", summary="Download events", response_class=FileResponse,
            responses={200: {"content": {m: {} for m, _ in _MEDIA.values()}}})
def export(store: StoreDep, fmt: ExportFormat, since: Day = None, until: Day = None,
           include_negated: bool = False, include_hypothetical: bool = False) -> FileResponse:
    """Download stored events as PLOVER JSONL, CSV, Parquet or a GDELT 2.0-style table.

    Optionally only the events between two days (inclusive). Negated and hypothetical
    events are left out unless asked for, as in ``wirecoder export``.
    """
    media, suffix = _MEDIA[fmt.value]
    descriptor, name = tempfile.mkstemp(prefix="wirecoder-export-", suffix="." + suffix)
    os.close(descriptor)
    path = Path(name)
    try:
        store.export(fmt.value, path, since=since, until=until,
                     include_negated=include_negated, include_hypothetical=include_hypothetical)
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return FileResponse(path, media_type=media, filename=f"wirecoder-events.{suffix}",
                        background=BackgroundTask(path.unlink, missing_ok=True))


# -- analyze and ingest -------------------------------------------------------------------------


class ArticleIn(BaseModel):
    """An article to analyze or store, as in a JSONL input line."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body (plain text).")
    published: dt.date | None = Field(None, description="Publication date; anchors "
                                      "relative dates.")
    title: str | None = Field(None, max_length=2000)
    url: str | None = Field(None, max_length=4000)
    id: str | None = Field(None, max_length=200, description="Story id (default: a hash).")
    source: str | None = Field(None, max_length=200)


class ArticlesIn(BaseModel):
    """Articles to store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


def _settings(request: Request) -> Settings:
    from ..settings import Settings

    max_chars = request.app.state.config.max_chars
    return Settings(**({"max_chars": max_chars} if max_chars else {}))


def analyze_story(request: Request, item: ArticleIn) -> Analysis:
    """Analyze one article with the server's settings (loads spaCy on first use)."""
    from ..pipeline import analyze

    with _ANALYZE_LOCK:
        return analyze(item.text, published=item.published, title=item.title, url=item.url,
                       id=item.id, source=item.source, settings=_settings(request))


@router.post("/analyze", summary="Analyze an article (not stored)",
             responses={422: {"description": "Invalid article (e.g. over --max-chars)"}})
def analyze(request: Request, item: ArticleIn) -> dict[str, Any]:
    """Analyze a text and return every record with its offsets. Nothing is stored."""
    return analyze_story(request, item).to_dict()


def _authorized(request: Request,
                credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
                ) -> None:
    expected = request.app.state.config.bearer()
    if not expected:
        raise HTTPException(403, "This server is read-only. Fix: start it with --token or "
                            "$WIRECODER_TOKEN to allow ingest.")
    if credentials is None or not secrets.compare_digest(credentials.credentials.encode(),
                                                         expected.encode()):
        raise HTTPException(401, "Missing or wrong bearer token. Fix: send 'Authorization: "
                            "Bearer <token>'.", headers={"WWW-Authenticate": "Bearer"})


@router.post("/articles", summary="Analyze and store articles",
             dependencies=[Depends(_authorized)],
             responses={401: {"description": "Missing or wrong token"},
                        403: {"description": "Read-only server (no token configured)"}})
def ingest(request: Request, body: ArticlesIn, store: StoreDep) -> dict[str, Any]:
    """Analyze and store articles (skipping stored ones); per-item errors are listed."""
    items = [item.model_dump(mode="json") for item in body.articles]
    with _ANALYZE_LOCK:
        report = store.ingest(items, workers=1, settings=_settings(request))
    return {**report.as_dict(), "errors": [e.model_dump(mode="json") for e in report.errors]}
