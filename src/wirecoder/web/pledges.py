"""The commitment tracker in the web app: tracked pledges, one pledge's history, API twins.

``/commitments`` lists the tracked pledges of :meth:`Store.commitments` (filters committer,
counterparty, action, object, status); ``/commitments/{pledge_id}`` shows one pledge's
history, each step linked to the article view with the commitment outlined.
``GET /api/commitments`` and ``GET /api/commitments/{pledge_id}`` return the same as JSON.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse

from ..store.commitments import STEP_STATUSES
from .api import StoreDep
from .params import Party
from .views import sentence_parts

__all__ = ["PledgeStatus", "api_router", "router"]

router = APIRouter(include_in_schema=False)
api_router = APIRouter(prefix="/api", tags=["api"])

#: Current status of a tracked pledge (the Store's list).
#: (Built from the list: mypy cannot check an enum made by a call with a computed mapping.)
PledgeStatus = StrEnum("PledgeStatus", {s: s for s in STEP_STATUSES})  # type: ignore[misc]
Word = Annotated[str | None, Query(max_length=100)]
PledgeId = Annotated[str, PathParam(max_length=300, description="e.g. CHN-USA-buy-soybean")]


def _filters(committer: str | None, counterparty: str | None, action: str | None,
             obj: str | None, status: Any) -> dict[str, Any]:
    clean = {"committer": committer, "counterparty": counterparty, "action": action,
             "object": obj}
    out: dict[str, Any] = {k: v.strip() for k, v in clean.items() if v and v.strip()}
    if status:
        out["status"] = str(status.value if isinstance(status, StrEnum) else status)
    return out


# -- API ------------------------------------------------------------------------------------


@api_router.get("/commitments", summary="Tracked pledges with their history")
def api_commitments(store: StoreDep, committer: Party = None, counterparty: Party = None,
                    action: Word = None, object: Word = None,
                    status: PledgeStatus | None = None) -> list[dict[str, Any]]:
    """Commitments linked into tracked pledges, with their status history.

    Linked by (committer, counterparty, action, object); each pledge has its current
    ``status`` and ``history`` (article id, date, quantity, offsets per step).
    """
    return store.commitments(**_filters(committer, counterparty, action, object, status))


@api_router.get("/commitments/{pledge_id}", summary="One tracked pledge",
                responses={404: {"description": "No such pledge"}})
def api_commitment(store: StoreDep, pledge_id: PledgeId) -> dict[str, Any]:
    """One tracked pledge (``CHN-USA-buy-soybean``) with its status history."""
    found = store.commitment(pledge_id)
    if found is None:
        raise HTTPException(404, f"No tracked pledge {pledge_id!r}. Fix: pick an id from "
                                 "/api/commitments.")
    return found


# -- pages ----------------------------------------------------------------------------------


@router.get("/commitments", response_class=HTMLResponse)
def commitments_page(request: Request, committer: str | None = None,
                     counterparty: str | None = None, action: str | None = None,
                     object: str | None = None,
                     status: str | None = None) -> HTMLResponse:
    """The tracked pledges, filtered."""
    from .pages import _enum, render

    chosen = _enum(PledgeStatus, status, "status")
    filters = _filters(committer, counterparty, action, object, chosen)
    pledges = request.app.state.store.commitments(**filters)
    form = {"committer": committer or "", "counterparty": counterparty or "",
            "action": action or "", "object": object or "", "status": status or ""}
    return render(request, "commitments.html", {"form": form, "pledges": pledges,
                                                "statuses": STEP_STATUSES})


@router.get("/commitments/{pledge_id}", response_class=HTMLResponse)
def pledge_page(request: Request, pledge_id: PledgeId) -> HTMLResponse:
    """One pledge: its status history, each step's sentence linked to its article."""
    from .pages import render

    store = request.app.state.store
    pledge = store.commitment(pledge_id)
    if pledge is None:
        raise HTTPException(404, f"No tracked pledge {pledge_id!r}.")
    texts: dict[int, str] = {}
    for step in pledge["history"]:
        if step["article_id"] not in texts:
            analysis = store.analysis(step["article_id"])
            texts[step["article_id"]] = analysis.text if analysis is not None else ""
        step["parts"] = sentence_parts(texts[step["article_id"]], step["start"], step["end"])
    return render(request, "pledge.html", {"pledge": pledge})
