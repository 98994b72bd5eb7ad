"""Scorer for the actors gold set (``data/gold/actors/dev.jsonl``).

Each gold record holds a passage, its publication date and the actor mentions a
person annotated (``text``, ``start``, ``end``, ``entity_name``, ``country_code``,
``sector_code``, ``kind``, ``role``). The report gives:

* coverage: the share of gold mentions overlapped by a system entity;
* country and sector accuracy over the matched mentions (gold sector ``""`` means a
  place or the country as a whole: a system sector of None or ``""`` counts as right);
* precision: the share of system entities that overlap some gold mention;
* per-code error tables (by gold country and by gold sector) and a list of errors.

When several system entities overlap one gold mention, the one with the gold's country
is taken if there is one (a gold span annotated twice, e.g. "U.S. and Iraqi officials",
is matched by the two system entities for its two members), else the largest overlap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import Report, analyze_records, overlaps, read_gold

__all__ = ["evaluate"]


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score the actors stage on the gold file and return the report."""
    records = list(read_gold(gold_path))
    analyses = analyze_records(records, settings)
    counts: Counter[str] = Counter()
    by_country: dict[str, Counter[str]] = defaultdict(Counter)
    by_sector: dict[str, Counter[str]] = defaultdict(Counter)
    errors: list[dict[str, Any]] = []
    for record, analysis in zip(records, analyses, strict=True):
        entities = list(analysis.entities)
        counts["system"] += len(entities)
        counts["system_matched"] += sum(
            any(overlaps(e.start, e.end, g["start"], g["end"]) for g in record["mentions"])
            for e in entities)
        for gold in record["mentions"]:
            _score(record, gold, entities, counts, by_country, by_sector, errors)
    return _report(counts, by_country, by_sector, errors, len(records))


def _best(gold: dict[str, Any], entities: list[Any]) -> Any | None:
    hits = [e for e in entities if overlaps(e.start, e.end, gold["start"], gold["end"])]
    if not hits:
        return None
    same = [e for e in hits if e.country_code == gold.get("country_code")]
    pool = same or hits
    return max(pool, key=lambda e: min(e.end, gold["end"]) - max(e.start, gold["start"]))


def _score(record: dict[str, Any], gold: dict[str, Any], entities: list[Any],
           counts: Counter[str], by_country: dict[str, Counter[str]],
           by_sector: dict[str, Counter[str]], errors: list[dict[str, Any]]) -> None:
    counts["gold"] += 1
    code, sector = gold.get("country_code") or "", gold.get("sector_code") or ""
    found = _best(gold, entities)
    by_country[code]["gold"] += 1
    by_sector[sector]["gold"] += 1
    if found is None:
        by_country[code]["missed"] += 1
        by_sector[sector]["missed"] += 1
        errors.append({"id": record["id"], "text": gold["text"], "error": "missed",
                       "gold": f"{code}/{sector}", "system": ""})
        return
    counts["matched"] += 1
    country_ok = (found.country_code or "") == code
    sector_ok = (found.sector_code or "") == sector
    counts["country_ok"] += country_ok
    counts["sector_ok"] += sector_ok
    if not country_ok:
        by_country[code]["wrong"] += 1
    if not sector_ok:
        by_sector[sector]["wrong"] += 1
    if not (country_ok and sector_ok):
        errors.append({"id": record["id"], "text": gold["text"],
                       "error": "country" if not country_ok else "sector",
                       "gold": f"{code}/{sector}",
                       "system": f"{found.raw_text!r} {found.country_code}/{found.sector_code}"})


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def _report(counts: Counter[str], by_country: dict[str, Counter[str]],
            by_sector: dict[str, Counter[str]], errors: list[dict[str, Any]],
            n_records: int) -> Report:
    headline: dict[str, float | int | str] = {
        "records": n_records, "gold_mentions": counts["gold"],
        "system_entities": counts["system"],
        "coverage": _ratio(counts["matched"], counts["gold"]),
        "country_accuracy": _ratio(counts["country_ok"], counts["matched"]),
        "sector_accuracy": _ratio(counts["sector_ok"], counts["matched"]),
        "precision": _ratio(counts["system_matched"], counts["system"]),
    }
    return Report(
        title="Actors: mentions, countries and sectors",
        headline=headline,
        tables={"by_country": _table(by_country, "country"),
                "by_sector": _table(by_sector, "sector"),
                "errors": errors},
        notes=["Accuracies are over gold mentions overlapped by a system entity.",
               "Gold sector '' (place / country as a whole) matches a system sector of None."],
    )


def _table(groups: dict[str, Counter[str]], key: str) -> list[dict[str, Any]]:
    rows = []
    for code, c in sorted(groups.items(), key=lambda kv: -kv[1]["gold"]):
        rows.append({key: code or "(none)", "gold": c["gold"], "missed": c["missed"],
                     "wrong": c["wrong"],
                     "accuracy": _ratio(c["gold"] - c["missed"] - c["wrong"], c["gold"])})
    return rows
