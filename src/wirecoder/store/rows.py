"""Flatten an :class:`~wirecoder.models.Analysis` into table rows, and back.

A record field with a column of the same name goes to that column; a field without one
(an optional field added to the records after this schema) goes to the row's ``extra``
JSON, so nothing is lost and :func:`analysis_from_rows` rebuilds an equal record.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from sqlalchemy import Table

from .. import codebook
from ..commitments.linking import pledge_key
from ..models import Analysis, Commitment
from . import schema

__all__ = [
    "ArticleRows",
    "analysis_from_rows",
    "article_rows",
    "commitment_columns",
    "dyad_pairs",
    "event_date",
    "pledge_key",
    "text_hash",
    "url_key",
]

_SPACES = re.compile(r"\s+")
#: Columns that are derived or keys, never fields of a record.
_DERIVED = {
    "article_id", "idx", "event_idx", "position", "code", "extra", "plover_score",
    "quad_code", "event_date", "speaker_name", "speaker_code", "committer_name",
    "committer_code", "counterparty_code", "reporter_name", "amount", "amount_unit",
    "period_iso", "deadline_iso", "pledge_key",
}  # fmt: skip
_NESTED_EVENT = {"actor", "recipient"}


def text_hash(text: str) -> str:
    """Return the SHA-256 hex digest of ``text`` normalized (NFKC, case, whitespace)."""
    normalized = _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def url_key(url: str | None) -> str | None:
    """Return the de-duplication key of ``url``: scheme, fragment, tracking args dropped.

    ``https://www.voanews.com/a/x.html?utm_source=rss#top`` and
    ``http://WWW.voanews.com/a/x.html/`` have the same key.
    """
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    if not parts.netloc:
        return url.strip()
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
             if not k.lower().startswith("utm_")]
    path = parts.path.rstrip("/") or "/"
    key = f"{host.lower()}{port}{path}"
    return f"{key}?{urlencode(sorted(query))}" if query else key


def event_date(date: str | None, published: dt.date | None) -> dt.date | None:
    """Return the day an event is counted on: its own full date, else the article's."""
    if date and len(date) >= 10:
        try:
            return dt.date.fromisoformat(date[:10])
        except ValueError:
            pass
    return published


@dataclass
class ArticleRows:
    """The rows of one article: the ``articles`` row and each record table's rows."""

    article: dict[str, Any]
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def with_article_id(self, article_id: int) -> dict[str, list[dict[str, Any]]]:
        """Return the record rows with ``article_id`` filled in."""
        return {name: [{**row, "article_id": article_id} for row in rows]
                for name, rows in self.tables.items()}


def _split(data: Mapping[str, Any], table: Table, skip: AbstractSet[str] = frozenset()) -> dict:
    """Map record ``data`` to ``table`` columns; unknown fields go to ``extra``."""
    columns = _column_names(table)
    row: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key in skip:
            continue
        if key in columns and key not in _DERIVED:
            row[key] = list(value) if isinstance(value, tuple) else value
        elif value is not None:  # an unset optional field needs no storing
            extra[key] = _jsonable(value)
    row["extra"] = extra or None
    return row


@functools.cache
def _column_names(table: Table) -> frozenset[str]:
    return frozenset(table.c.keys())


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _entity_code(entity: Mapping[str, Any] | None) -> str | None:
    if not entity:
        return None
    return entity.get("country_code") or entity.get("entity_name")


def _party_code(entity: Mapping[str, Any]) -> str:
    """Return the code an event party counts under in dyads: its country, else its name."""
    code: str = entity.get("country_code") or entity["entity_name"]
    return code


def article_rows(analysis: Analysis, *, now: dt.datetime | None = None) -> ArticleRows:
    """Flatten ``analysis`` into rows (without the article id, known only once inserted)."""
    data = analysis.model_dump()
    article = _split(
        {k: v for k, v in data.items() if k not in schema.record_tables()},
        schema.articles, skip={"id", "warnings", "meta"},
    )
    article.update(
        story_id=analysis.id, url_key=url_key(analysis.url), text_hash=text_hash(analysis.text),
        warnings=_jsonable(data["warnings"]), meta=data["meta"],
        wirecoder_version=analysis.meta.get("wirecoder_version"),
        model=analysis.meta.get("model"), ingested_at=now or dt.datetime.now(dt.UTC),
    )
    rows = ArticleRows(article)
    for event in data["events"]:
        event["event_id"] = event.pop("id")
    for commitment in data["commitments"]:
        commitment["commitment_id"] = commitment.pop("id")
    for name, table in schema.record_tables().items():
        rows.tables[name] = [{**_split(rec, table, _NESTED_EVENT), "idx": i}
                             for i, rec in enumerate(data[name])]
    _event_extras(rows, data["events"], analysis.published)
    for row in rows.tables["quotes"]:
        row.update(speaker_name=(row["speaker"] or {}).get("entity_name"),
                   speaker_code=_entity_code(row["speaker"]))
    for row in rows.tables["quantities"]:
        row["committer_name"] = (row["committer"] or {}).get("entity_name")
    for row, commitment in zip(rows.tables["commitments"], analysis.commitments, strict=True):
        row.update(commitment_columns(commitment))
    return rows


def commitment_columns(commitment: Commitment) -> dict[str, Any]:
    """Return the derived, queryable columns of a commitment row."""
    committer = _entity_code(commitment.committer.model_dump() if commitment.committer else None)
    counterparty = _entity_code(
        commitment.counterparty.model_dump() if commitment.counterparty else None)
    quantity = commitment.quantity
    return {
        "committer_code": committer, "counterparty_code": counterparty,
        "reporter_name": commitment.reported_by.entity_name if commitment.reported_by else None,
        "amount": quantity.normalized_value if quantity.normalized_value is not None
        else quantity.value,
        "amount_unit": quantity.normalized_unit or quantity.unit,
        "period_iso": commitment.period.value if commitment.period else None,
        "deadline_iso": commitment.deadline.value if commitment.deadline else None,
        "pledge_key": pledge_key(committer, counterparty, commitment.action_class,
                                 commitment.object_class, commitment.id),
    }


def dyad_pairs(actors: list[str], recipients: list[str]) -> list[tuple[str, str]]:
    """Return the (actor code, recipient code) pairs an event counts for in dyads.

    Every actor with every recipient; and, for an event with joint actors and no
    recipient (a call between the USA and China coded CONSULT with both as actors), every
    ordered pair of distinct actors: a joint event counts once in each direction.
    """
    pairs = {(a, r) for a in actors for r in recipients}
    if not recipients:
        pairs |= {(a, b) for a in actors for b in actors if a != b}
    return sorted(pairs)


def _event_extras(rows: ArticleRows, events: list[dict], published: dt.date | None) -> None:
    actors: list[dict[str, Any]] = []
    dyads: list[dict[str, Any]] = []
    for row, event in zip(rows.tables["events"], events, strict=True):
        day = event_date(event["date"], published)
        quad = codebook.quad_code(event["event_type"], event["quad"])
        score = event["score"] if event["score"] is not None else \
            codebook.category_score(event["event_type"])
        row.update(event_date=day, quad_code=quad, plover_score=score)
        for role in ("actor", "recipient"):
            for position, entity in enumerate(event[role]):
                entity_role = entity.pop("role")
                actor = _split(entity, schema.event_actors)
                entity["role"] = entity_role
                actor["entity_role"] = entity_role
                actor.update(event_idx=row["idx"], role=role, position=position,
                             code=_entity_code(entity), event_date=day)
                actors.append(actor)
        pairs = dyad_pairs([_party_code(a) for a in event["actor"]],
                           [_party_code(r) for r in event["recipient"]])
        dyads.extend({"event_idx": row["idx"], "actor_code": a, "recipient_code": r,
                      "event_date": day, "event_type": event["event_type"],
                      "quad_code": quad, "plover_score": score, "negated": event["negated"],
                      "hypothetical": event["hypothetical"]} for a, r in pairs)
    rows.tables["event_actors"] = actors
    rows.tables["event_dyads"] = dyads


def _record(row: Mapping[str, Any], drop: AbstractSet[str] = frozenset()) -> dict[str, Any]:
    """Rebuild a record dict from a row: own columns plus ``extra``."""
    out = {k: v for k, v in row.items() if k not in _DERIVED and k not in drop}
    out.update(row.get("extra") or {})
    return out


def analysis_from_rows(
    article: Mapping[str, Any], tables: Mapping[str, Sequence[Mapping[Any, Any]]]
) -> Analysis:
    """Rebuild the :class:`Analysis` stored as ``article`` and its record ``tables``.

    Args:
        article: The ``articles`` row.
        tables: Rows of each record table and of ``event_actors``, in ``idx`` order.

    """
    data = _record(article, {"id", "story_id", "url_key", "text_hash", "wirecoder_version",
                             "model", "ingested_at", "tsv"})
    data["id"] = article["story_id"]
    data["warnings"] = article["warnings"] or []
    data["meta"] = article["meta"] or {}
    for name in schema.record_tables():
        data[name] = [_record(row) for row in tables.get(name, [])]
    for event in data["events"]:
        event["id"] = event.pop("event_id")
    for commitment in data["commitments"]:
        commitment["id"] = commitment.pop("commitment_id")
    by_event: dict[int, dict[str, list]] = {}
    for row in tables.get("event_actors", []):
        slot = by_event.setdefault(row["event_idx"], {"actor": [], "recipient": []})
        entity = _record(row, {"role", "entity_role"})
        entity["role"] = row["entity_role"]
        slot[row["role"]].append((row["position"], entity))
    for index, event in enumerate(data["events"]):
        for role, items in by_event.get(index, {}).items():
            event[role] = [entity for _, entity in sorted(items, key=lambda x: x[0])]
    return Analysis.model_validate(data)
