"""Server-rendered HTML pages of the web app.

Overview, dyad timeline, events, article, quotes, quantities, search, comparison,
analyze and the API reference.
Each handler reads the Store (or runs the analysis) and fills a Jinja2 template with
autoescaping on: text from articles is always rendered as text.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TypeVar

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import ValidationError

from ..errors import InputError
from ..version import __version__
from .api import ArticleIn, analyze_story, run_search, store_of
from .config import PAGE_SIZE
from .params import QUADS, Category, Direction, Period, QuoteKind, period_bounds
from .views import LAYER_LABELS, LAYERS, dyad_chart, flags_of, segments

__all__ = ["render", "router"]

router = APIRouter(include_in_schema=False)
_ENV = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"),
                   autoescape=select_autoescape(default=True, default_for_string=True),
                   trim_blocks=True, lstrip_blocks=True)
_ENV.globals.update(version=__version__, quads=QUADS, layers=LAYERS, layer_labels=LAYER_LABELS,
                    flags_of=flags_of)


def _num(value: float | None) -> str:
    """Format a quantity: whole numbers with thousands separators, others to 4 digits."""
    if value is None:
        return "–"
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{value:,.0f}"
    return f"{value:,.4g}"


def _schema_type(schema: dict[str, Any]) -> str:
    """Name the type of an OpenAPI parameter schema (``string | null``, ``Category``...)."""
    options = schema.get("anyOf") or [schema]
    names = [o.get("type") or str(o.get("$ref", "?")).rsplit("/", 1)[-1] for o in options]
    return " | ".join(names)


_ENV.filters.update(num=_num, schema_type=_schema_type)
E = TypeVar("E", bound=Enum)
NAV = (("/", "Overview"), ("/dyad", "Dyads"), ("/events", "Events"), ("/quotes", "Quotes"),
       ("/quantities", "Quantities"), ("/commitments", "Commitments"), ("/search", "Search"),
       ("/compare", "Compare"), ("/readouts", "Readouts"), ("/analyze", "Analyze"),
       ("/docs", "API"))


def render(request: Request, name: str, context: dict[str, Any],
           status_code: int = 200) -> HTMLResponse:
    """Render template ``name`` with ``context`` (escaped) as an HTML response."""
    page = _ENV.get_template(name).render(request=request, nav=NAV, path=request.url.path,
                                          **context)
    return HTMLResponse(page, status_code=status_code)


def _opt(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _enum(kind: type[E], value: str | None, name: str) -> E | None:
    text = _opt(value)
    if text is None:
        return None
    try:
        return kind(text)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise HTTPException(422, f"Unknown {name} {value!r}. Fix: use one of {allowed}.") \
            from None


def _day(value: str | None, name: str) -> dt.date | None:
    text = _opt(value)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise HTTPException(422, f"Invalid {name} {value!r}. Fix: use YYYY-MM-DD.") from None


def _offset(value: str | None) -> int:
    text = _opt(value) or "0"
    if not text.isdigit() or int(text) > 10_000_000:
        raise HTTPException(422, f"Invalid offset {value!r}. Fix: a whole number >= 0.")
    return int(text)


def _pager(request: Request, rows: list[dict[str, Any]], offset: int) -> dict[str, Any]:
    """Cut ``rows`` (fetched with one extra) to a page; links to the neighbour pages."""
    more = len(rows) > PAGE_SIZE
    url = request.url
    return {"rows": rows[:PAGE_SIZE], "offset": offset,
            "prev_url": str(url.include_query_params(offset=max(offset - PAGE_SIZE, 0)))
            if offset else None,
            "next_url": str(url.include_query_params(offset=offset + PAGE_SIZE))
            if more else None}


# -- overview, dyad -------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    """Corpus overview: counts, date range, top dyads, latest articles, errors."""
    store = store_of(request)
    stats = store.stats()
    total = stats["counts"]["articles"]
    latest = store.articles(limit=10, offset=max(total - 10, 0))[::-1]
    return render(request, "overview.html", {
        "stats": stats, "dyads": store.top_dyads(limit=12), "latest": latest,
        "errors": store.errors(limit=10)})


@router.get("/dyad", response_class=HTMLResponse)
def dyad_page(request: Request, a: str | None = None, b: str | None = None,
              by: str | None = None, direction: str | None = None,
              since: str | None = None, until: str | None = None) -> HTMLResponse:
    """Dyad timeline: events per period by quad class and mean score, for any pair."""
    store = store_of(request)
    a, b = _opt(a), _opt(b)
    period = _enum(Period, by, "period") or Period.month
    way = _enum(Direction, direction, "direction") or Direction.both
    context: dict[str, Any] = {"a": a or "", "b": b or "", "by": period.value,
                               "direction": way.value, "since": _opt(since) or "",
                               "until": _opt(until) or "", "chart": None,
                               "dyads": store.top_dyads(limit=12)}
    if a and b:
        rows = store.dyad(a, b, by=period.value, since=_day(since, "since"),
                          until=_day(until, "until"), top=0)
        context["chart"] = dyad_chart(rows, a, b, period.value, way.value)
    return render(request, "dyad.html", context)


@router.get("/dyad/events", response_class=HTMLResponse)
def dyad_events(request: Request, a: str, b: str, period: str, by: str | None = None,
                direction: str | None = None) -> HTMLResponse:
    """Fragment: the events of one period of a dyad (what a chart click shows)."""
    step = _enum(Period, by, "period") or Period.month
    way = _enum(Direction, direction, "direction") or Direction.both
    try:
        first, last = period_bounds(period, step.value)
    except ValueError:
        raise HTTPException(422, f"Invalid period {period!r} for {step.value}.") from None
    store = store_of(request)
    pairs = {"ab": [(a, b)], "ba": [(b, a)]}.get(way.value, [(a, b), (b, a)])
    rows = [row for actor, recipient in pairs for row in store.events(
        actor=actor, recipient=recipient, since=first, until=last, limit=PAGE_SIZE)]
    rows.sort(key=lambda r: (r["event_date"] or "", r["article_id"], r["idx"]))
    return render(request, "_dyad_events.html", {"rows": rows, "period": period, "a": a,
                                                 "b": b, "first": first, "last": last})


# -- events, article ------------------------------------------------------------------------

_FLAG_CHOICES = {"": None, "yes": True, "no": False}


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request, actor: str | None = None, recipient: str | None = None,
                type: str | None = None, mode: str | None = None,
                source: str | None = None, since: str | None = None,
                until: str | None = None, negated: str | None = None,
                future: str | None = None, hypothetical: str | None = None,
                offset: str | None = None) -> HTMLResponse:
    """Events table with filters and paging; each row links to its article."""
    category = _enum(Category, type, "PLOVER category")
    flags = {}
    for name, value in (("negated", negated), ("future", future),
                        ("hypothetical", hypothetical)):
        if (value or "") not in _FLAG_CHOICES:
            raise HTTPException(422, f"Invalid {name} {value!r}. Fix: yes, no or empty.")
        if _FLAG_CHOICES[value or ""] is not None:
            flags[name] = _FLAG_CHOICES[value or ""]
    start = _offset(offset)
    rows = store_of(request).events(
        actor=_opt(actor), recipient=_opt(recipient),
        event_type=category.value if category else None, mode=_opt(mode),
        source=_opt(source), since=_day(since, "since"), until=_day(until, "until"),
        flags=flags, include_negated=True, include_hypothetical=True,  # flags shown per row
        limit=PAGE_SIZE + 1, offset=start)
    form = {"actor": actor or "", "recipient": recipient or "",
            "type": category.value if category else "", "mode": mode or "",
            "source": source or "", "since": since or "", "until": until or "",
            "negated": negated or "", "future": future or "", "hypothetical": hypothetical or ""}
    return render(request, "events.html", {"form": form, "categories": list(Category),
                                           **_pager(request, rows, start)})


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: int,
                 commitment: Annotated[int | None, Query(ge=0, lt=10_000)] = None,
                 ) -> HTMLResponse:
    """One article with its events, quotes, quantities, dates and entities highlighted.

    ``?commitment=N`` outlines commitment ``N`` of the article (a pledge page's link).
    """
    analysis = store_of(request).analysis(article_id) if 0 < article_id < 2**62 else None
    if analysis is None:
        raise HTTPException(404, f"No article {article_id}.")
    focus = ("commitment", commitment) if commitment is not None else None
    return render(request, "article.html", {"analysis": analysis, "article_id": article_id,
                                            "segments": segments(analysis, focus),
                                            "focus_commitment": commitment, "stored": True})


# -- quotes, quantities, search ---------------------------------------------------------------


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, contains: str | None = None, speaker: str | None = None,
                kind: str | None = None, offset: str | None = None) -> HTMLResponse:
    """Quote search: who said what about a subject."""
    quote_kind = _enum(QuoteKind, kind, "quote kind")
    start = _offset(offset)
    rows = store_of(request).quotes(contains=_opt(contains), speaker=_opt(speaker),
                                  kind=quote_kind.value if quote_kind else None,
                                  limit=PAGE_SIZE + 1, offset=start)
    form = {"contains": contains or "", "speaker": speaker or "",
            "kind": quote_kind.value if quote_kind else ""}
    return render(request, "quotes.html", {"form": form, "kinds": list(QuoteKind),
                                           **_pager(request, rows, start)})


@router.get("/quantities", response_class=HTMLResponse)
def quantities_page(request: Request, about: str | None = None, unit: str | None = None,
                    offset: str | None = None) -> HTMLResponse:
    """Quantities, filtered by what they measure and unit."""
    start = _offset(offset)
    rows = store_of(request).quantities(about=_opt(about), unit=_opt(unit),
                                      limit=PAGE_SIZE + 1, offset=start)
    return render(request, "quantities.html", {
        "form": {"about": about or "", "unit": unit or ""},
        **_pager(request, rows, start)})


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: str | None = None) -> HTMLResponse:
    """Full-text search over titles and texts."""
    query = _opt(q)
    if query and len(query) > 500:
        raise HTTPException(422, "Query too long. Fix: at most 500 characters.")
    rows = run_search(store_of(request), query, PAGE_SIZE) if query else []
    return render(request, "search.html", {"q": query or "", "rows": rows})


# -- analyze, API docs ----------------------------------------------------------------------------


@router.get("/analyze", response_class=HTMLResponse)
def analyze_form(request: Request) -> HTMLResponse:
    """Form: paste a text or upload an HTML file to analyze (nothing is stored)."""
    return render(request, "analyze.html", {"text": "", "published": "", "analysis": None})


@router.post("/analyze", response_class=HTMLResponse)
async def analyze_submit(
    request: Request,
    text: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
    upload: Annotated[UploadFile | None, File()] = None,
) -> HTMLResponse:
    """Analyze the pasted text or the uploaded HTML file and show it highlighted."""
    from starlette.concurrency import run_in_threadpool

    day = _day(published, "published date")
    body = text.strip()
    title = None
    if upload is not None and upload.filename:
        body, title, day = await _uploaded(upload, day)
    if not body:
        raise HTTPException(422, "Nothing to analyze. Fix: paste a text or choose an HTML file.")
    try:
        item = ArticleIn(text=body, published=day, title=title, url=None, id=None, source=None)
        analysis = await run_in_threadpool(analyze_story, request, item)
    except ValidationError as exc:
        raise HTTPException(422, f"Invalid article: {exc.errors()[0]['msg']}") from None
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None
    return render(request, "analyze.html", {"text": body, "published": published,
                                            "analysis": analysis, "segments": segments(analysis)})


async def _uploaded(upload: UploadFile, day: dt.date | None
                    ) -> tuple[str, str | None, dt.date | None]:
    """Return the main text, title and date of an uploaded HTML (or plain text) file."""
    from ..formats import story_from_html
    from ..io import read_text_bytes

    raw = read_text_bytes(await upload.read(), upload.filename or "upload")
    if raw.lstrip()[:15].lower().startswith(("<!doctype", "<html")) or \
            (upload.filename or "").lower().endswith((".html", ".htm")):
        story = story_from_html(raw, Path(upload.filename or "upload").stem, day)
        return story.text, story.title, story.published or day
    return raw, None, day


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The REST API reference, rendered from ``/openapi.json`` (no external assets)."""
    return render(request, "apidocs.html", {"schema": request.app.openapi()})
