"""Shared helpers for building the commitments gold files (offsets by str.find, labels by key).

Used by ``build_dev.py`` (and by the annotator's own held-out builder, kept out of the repo).
Every quantity is located inside an ``anchor`` string that must occur exactly once in the text;
``text[quantity_start:quantity_end] == quantity_text`` is asserted for every record.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

FIELDS = ("kind", "status", "committer", "counterparty", "action", "object",
          "object_class", "hedge", "conditional", "reported_by")
STATUSES = {"made", "reaffirmed", "revised", "denied", "fulfilled", "partly_fulfilled",
            "broken", "planned"}
ACTIONS = {"buy", "sell", "import", "export", "invest", "provide", "deliver", "cut", "raise",
           "lend", "forgive", "deploy", "withdraw", "spend", "produce"}
HEDGES = {None, "as much as", "up to", "about", "more than", "nearly", "at least"}


def cut(raw: str, start: str | None, end: str | None) -> str:
    """Return raw[start-marker .. end-marker inclusive]; None means the raw edge."""
    i = 0 if start is None else raw.index(start)
    j = len(raw) if end is None else raw.index(end, i) + len(end)
    return raw[i:j]


def build_text(raw: str, pieces: list[tuple[str | None, str | None]]) -> str:
    """Join verbatim pieces of ``raw`` with a blank line (used to skip photo captions)."""
    return "\n\n".join(cut(raw, a, b) for a, b in pieces)


def locate(text: str, anchor: str, qtext: str) -> tuple[int, int]:
    """Offsets of ``qtext`` inside the unique ``anchor``."""
    n = text.count(anchor)
    assert n == 1, f"anchor occurs {n} times: {anchor!r}"
    a = text.index(anchor)
    k = anchor.index(qtext)
    start = a + k
    end = start + len(qtext)
    assert text[start:end] == qtext
    return start, end


def record(doc: dict[str, Any]) -> dict[str, Any]:
    """One article record with located commitments (pledge labels filled in later)."""
    text = doc["text"]
    commitments = []
    for ann in doc["ann"]:
        anchor, qtext, *vals = ann
        override = None
        if len(vals) == len(FIELDS) + 1:
            override = vals.pop()
        c = dict(zip(FIELDS, vals, strict=True))
        assert c["status"] in STATUSES, c
        assert c["action"] in ACTIONS, c
        assert c["hedge"] in HEDGES, c
        assert c["kind"] in {"pledge", "fulfilment"}, c
        start, end = locate(text, anchor, qtext)
        commitments.append({"quantity_text": qtext, "quantity_start": start, "quantity_end": end,
                            **c, "pledge": override})
    commitments.sort(key=lambda c: c["quantity_start"])
    out = {k: doc[k] for k in ("id", "source", "url", "agency", "published") if k in doc}
    if doc.get("date_note"):
        out["date_note"] = doc["date_note"]
    out.update({"text": text, "excerpt": doc["excerpt"], "commitments": commitments})
    return out


def key_label(c: dict[str, Any]) -> str:
    """Label of a commitment's tracked pledge: committer, counterparty, action, class."""
    parts = [c["committer"] or "NULL", c["counterparty"] or "NULL", c["action"], c["object_class"]]
    return "P-" + "-".join(p.replace(" ", "_") for p in parts)


def label_pledges(records: list[dict[str, Any]]) -> None:
    """Give every commitment whose key is shared by 2+ commitments the key's label (else null).

    A commitment whose annotation set ``pledge`` explicitly (e.g. "none" to keep a one-off
    apart) keeps that choice.
    """
    groups: dict[str, int] = Counter()
    for r in records:
        for c in r["commitments"]:
            if c["pledge"] is None:
                groups[key_label(c)] += 1
    for r in records:
        for c in r["commitments"]:
            if c["pledge"] == "none":
                c["pledge"] = None
            elif c["pledge"] is None and groups[key_label(c)] >= 2:
                c["pledge"] = key_label(c)


def write(records: list[dict[str, Any]], path: Path) -> None:
    """Write JSONL, one article a line."""
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def summary(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Counts for the README (articles, commitments, statuses, actions, linked groups)."""
    cs = [c for r in records for c in r["commitments"]]
    arts: dict[str, set[str]] = defaultdict(set)
    sizes: Counter[str] = Counter()
    for r in records:
        for c in r["commitments"]:
            if c["pledge"]:
                arts[c["pledge"]].add(r["id"])
                sizes[c["pledge"]] += 1
    return {
        "articles": len(records), "commitments": len(cs),
        "kind": dict(Counter(c["kind"] for c in cs)),
        "status": dict(Counter(c["status"] for c in cs)),
        "action": dict(Counter(c["action"] for c in cs)),
        "groups": {g: {"commitments": sizes[g], "articles": len(a)}
                   for g, a in sorted(arts.items())},
    }
