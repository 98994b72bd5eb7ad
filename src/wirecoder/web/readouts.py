"""Readout comparison in the web app: the compare page, stored readouts, and their API twins.

``/compare`` takes two or more accounts of one event (pasted, uploaded, or stored articles
picked by id), runs :func:`wirecoder.compare` (or :func:`~wirecoder.compare.compare_analyses`
on stored analyses) and shows the accounts side by side with every point's evidence
highlighted and labelled by relation. ``/readouts`` lists the groups of stored accounts of
one contact that :meth:`Store.readouts` finds. ``POST /api/compare`` and
``GET /api/readouts`` return the same as JSON. Nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from ..compare import Account, Comparison, as_account, compare, compare_analyses
from ..compare.render import LABELS, point_groups
from ..compare.render import to_text as comparison_text
from ..errors import InputError
from ..pipeline import analyze_many
from .api import _ANALYZE_LOCK, StoreDep
from .params import Day, Party
from .views import compare_columns

__all__ = ["api_router", "router"]

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])
MAX_ACCOUNTS = 8
_IDS = re.compile(r"[\s,;]+")


class AccountIn(BaseModel):
    """One account to compare (a readout, a statement or a story)."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=200, description="Default: A, B, C...")
    text: str = Field(min_length=1)
    published: dt.date | None = None
    side: str | None = Field(None, max_length=100,
                             description="Whose account it is (e.g. USA); inferred if absent.")
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="e.g. 'White House'.")


class CompareIn(BaseModel):
    """Accounts of one event: given as text, stored article ids, or both (two or more)."""

    model_config = ConfigDict(extra="forbid")

    accounts: list[AccountIn] = Field(default_factory=list, max_length=MAX_ACCOUNTS)
    articles: list[int] = Field(default_factory=list, max_length=MAX_ACCOUNTS,
                                description="Ids of stored articles to compare.")
    group: str | None = Field(None, max_length=200)


def _check_count(n: int) -> None:
    if n < 2:
        raise HTTPException(422, "Two or more accounts are needed. Fix: give at least two "
                                 "texts or stored article ids.")
    if n > MAX_ACCOUNTS:
        raise HTTPException(422, f"At most {MAX_ACCOUNTS} accounts at once.")


def _stored_pairs(store: Any, ids: list[int]) -> list[tuple[Account, Any]]:
    pairs = []
    for article_id in ids:
        analysis = store.analysis(article_id) if 0 < article_id < 2**62 else None
        if analysis is None:
            raise HTTPException(404, f"No article {article_id}.")
        pairs.append((Account(id=str(article_id), text=analysis.text, side=None,
                              title=analysis.title,
                              url=analysis.url, source=analysis.source,
                              published=analysis.published), analysis))
    return pairs


def run_compare(store: Any, accounts: list[dict[str, Any]], articles: list[int],
                group: str | None = None, max_chars: int | None = None) -> Comparison:
    """Compare pasted ``accounts`` and stored ``articles`` (ids) as accounts of one event.

    Pasted accounts are analysed (one analysis at a time); stored ones reuse their stored
    analysis. Raises HTTPException 422/404 for too few/many accounts, over-long texts or
    unknown article ids.
    """
    _check_count(len(accounts) + len(articles))
    if max_chars and any(len(a["text"]) > max_chars for a in accounts):
        raise HTTPException(422, f"An account is over {max_chars} characters (--max-chars).")
    with _ANALYZE_LOCK:
        if not articles:
            return compare(accounts, group=group)
        pairs = _stored_pairs(store, articles)
        given = [as_account(a, n) for n, a in enumerate(accounts)]
        if given:
            failed: list[Any] = []
            analyses = list(analyze_many(
                ({"id": a.id, "text": a.text, "published": a.published, "title": a.title}
                 for a in given), on_error=failed.append))
            if failed:
                raise InputError(detail=f"Account {failed[0].id!r} could not be analyzed: "
                                        f"{failed[0].message}")
            pairs += list(zip(given, analyses, strict=True))
        return compare_analyses(pairs, group=group)


def _article_ids(value: str) -> list[int]:
    ids = [v for v in _IDS.split(value.strip()) if v]
    if not all(v.isdigit() and len(v) < 18 for v in ids):
        raise HTTPException(422, f"Article ids must be numbers separated by commas, not "
                                 f"{value!r}.")
    return [int(v) for v in ids]


# -- pages ----------------------------------------------------------------------------------


def _page(request: Request, form: dict[str, Any], comparison: Comparison | None = None,
          status_code: int = 200) -> HTMLResponse:
    from .pages import render

    context: dict[str, Any] = {"form": form, "labels": LABELS, "comparison": comparison}
    if comparison is not None:
        context.update(columns=compare_columns(comparison),
                       groups=point_groups(comparison.points),
                       counts=comparison.relation_counts(),
                       report=comparison_text(comparison))
    return render(request, "compare.html", context, status_code=status_code)


@router.get("/compare", response_class=HTMLResponse)
async def compare_page(request: Request, articles: str | None = None) -> HTMLResponse:
    """The comparison form; with ``?articles=1,2`` the comparison of those stored articles."""
    form: dict[str, Any] = {"texts": ["", "", ""], "sides": ["", "", ""],
                            "articles": articles or ""}
    if not (articles or "").strip():
        return _page(request, form)
    ids = _article_ids(articles or "")
    comparison = await run_in_threadpool(run_compare, request.app.state.store, [], ids)
    return _page(request, form, comparison)


@router.post("/compare", response_class=HTMLResponse)
async def compare_submit(
    request: Request,
    text: Annotated[list[str], Form()] = [],  # noqa: B006 (FastAPI form lists)
    side: Annotated[list[str], Form()] = [],  # noqa: B006
    files: Annotated[list[UploadFile], File()] = [],  # noqa: B006
    articles: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """Compare pasted and uploaded accounts and stored articles (nothing is stored)."""
    day = _published(published)
    sides = side + [""] * (len(text) - len(side))
    accounts = [{"id": chr(ord("A") + n), "text": t.strip(), "side": s.strip() or None,
                 "published": day}
                for n, (t, s) in enumerate((t, s) for t, s in zip(text, sides, strict=False)
                                           if t.strip())]
    for upload in files:
        if not upload.filename:
            continue
        raw = await upload.read()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise HTTPException(422, f"{upload.filename}: not UTF-8 text.") from exc
        if body.strip():
            accounts.append({"id": upload.filename[:200], "text": body.strip(),
                             "published": day})
    ids = _article_ids(articles)
    comparison = await run_in_threadpool(run_compare, request.app.state.store, accounts, ids,
                                         None, request.app.state.config.max_chars)
    form = {"texts": [*text, "", "", ""][:max(3, len(text))],
            "sides": [*side, "", "", ""][:max(3, len(text))], "articles": articles,
            "published": published}
    return _page(request, form, comparison)


def _published(value: str) -> dt.date | None:
    if not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as exc:
        raise HTTPException(422, f"published date {value!r} is not YYYY-MM-DD.") from exc


@router.get("/readouts", response_class=HTMLResponse)
def readouts_page(request: Request, party: str | None = None, since: str | None = None,
                  until: str | None = None) -> HTMLResponse:
    """Groups of stored accounts of one contact (same participants, within a day)."""
    from .pages import render

    form = {"party": (party or "").strip(), "since": _published(since or ""),
            "until": _published(until or "")}
    groups = request.app.state.store.readouts(compare=False, party=form["party"] or None,
                                              since=form["since"], until=form["until"])
    titles = request.app.state.store.titles(a for g in groups for a in g["articles"])
    return render(request, "readouts.html", {"form": form, "groups": groups, "titles": titles})


# -- API ------------------------------------------------------------------------------------


@api_router.post("/compare", summary="Compare accounts of one event (not stored)")
async def api_compare(request: Request, body: CompareIn,
                      texts: Annotated[bool, Query(description="Include account texts.")] = False,
                      ) -> dict[str, Any]:
    """Points where two or more accounts agree, diverge, omit or contradict, with evidence.

    Accounts are given as text (``accounts``) or as stored article ids (``articles``).
    Each point has ``topic``, ``relation``, ``in``, ``evidence`` (character offsets per
    account), ``records`` and ``why``.
    """
    accounts = [a.model_dump(exclude_none=True) | {"id": a.id or chr(ord("A") + n)}
                for n, a in enumerate(body.accounts)]
    comparison = await run_in_threadpool(run_compare, request.app.state.store, accounts,
                                         body.articles, body.group,
                                         request.app.state.config.max_chars)
    return comparison.to_dict(texts=texts)


@api_router.get("/readouts", summary="Stored readouts: accounts of one contact, compared")
def api_readouts(store: StoreDep, party: Party = None, since: Day = None, until: Day = None,
                 compare: Annotated[bool, Query(description="Compare each group's accounts "
                                                "(slower); else only list the groups.")] = True,
                 ) -> list[dict[str, Any]]:
    """Groups of stored articles reporting one contact, compared.

    A group is CONSULT events with the same participants within a day; each has its
    ``comparison`` when ``compare``.
    """
    with _ANALYZE_LOCK:
        return store.readouts(compare=compare, party=party, since=since,
                              until=until)
