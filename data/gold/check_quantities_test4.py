"""Build and check the sealed quantities test set ``quantities/test4.jsonl`` (VOA news stories).

Standalone: no wirecoder import. Texts: the documents of ``quotes/test3_source.py`` (shared with
the sealed quotes set) plus ``EXTRA_DOCS`` of ``quantities/test4_source.py``; annotations: the
``QUANTITIES`` table and the extra documents' ``quantities`` (see that file's docstring). A span is
searched from the end of the previous record (or after the first occurrence of ``after``).
Normalized values follow the table of ``quantities/GUIDELINE.md`` as it stood when this set was
built (without ``bushel``); the shared parts are in ``checklib.py``.

Checks: every span slices back; no span starts or ends inside a word or with whitespace; records
are in order and do not overlap; kinds are valid and agree with the unit's dimension; counts have
``counted``; ranges are ordered; ``about`` is not empty; ids and URLs are unique; every shared
document has an annotation entry.

Usage::

    python data/gold/check_quantities_test4.py build   # writes quantities/test4.jsonl, checks it
    python data/gold/check_quantities_test4.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checklib import (  # checklib.py sits next to this script
    norm_without,
    paragraphs,
    quantity_fields,
    quantity_problems,
    tally,
)
from checklib import run as _run

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "quotes" / "test3_source.py"
SOURCE = HERE / "quantities" / "test4_source.py"
TARGET = HERE / "quantities" / "test4.jsonl"

#: The guideline's table when this set was built.
NORM = norm_without("bushel")
#: The key order of this set's records (the normalized unit before the normalized high value).
KEY_ORDER = ("text", "start", "end", "value", "value_high", "unit", "normalized_value",
             "normalized_unit", "normalized_value_high", "about", "approximate", "kind", "counted")


def _record(text: str, pos: int, rec: dict, doc: str) -> tuple[dict, int]:
    """Place one record from ``pos`` on (and after the first ``after``); fill the fields."""
    start_from = pos
    if rec.get("after"):
        anchor = text.find(rec["after"])
        if anchor < 0:
            raise SystemExit(f"{doc}: anchor {rec['after']!r} not found")
        start_from = max(pos, anchor + len(rec["after"]))
    start = text.find(rec["text"], start_from)
    if start < 0:
        raise SystemExit(f"{doc}: span {rec['text']!r} not found after {start_from}")
    fields = quantity_fields(rec, start, NORM)
    out = {key: fields[key] for key in KEY_ORDER if key in fields}
    return out, out["end"]


def build() -> list[dict]:
    """Return the gold records of the shared and the extra documents."""
    shared = runpy.run_path(str(TEXTS))["DOCS"]
    src = runpy.run_path(str(SOURCE))
    table, extra = src["QUANTITIES"], src["EXTRA_DOCS"]
    missing = {d["id"] for d in shared} ^ set(table)
    if missing:
        raise SystemExit(f"documents without quantity entry (or unknown ids): {sorted(missing)}")
    docs = [d | {"quantities": table[d["id"]]} for d in shared] + list(extra)
    out = []
    for d in docs:
        text, pos, items = paragraphs(d["text"]), 0, []
        for rec in d["quantities"]:
            q, pos = _record(text, pos, rec, d["id"])
            items.append(q)
        host = urlparse(d["url"]).netloc.lower().removeprefix("www.")
        out.append({"id": d["id"], "source": f"voa:{host}", "url": d["url"],
                    "title": d["title"], "published": d["published"],
                    "truncated": bool(d["truncated"]), "note": d.get("note", ""),
                    "text": text, "quantities": items})
    return out


def check(rows: list[dict]) -> list[str]:
    """Return a list of problems (empty when the set is clean)."""
    return quantity_problems(rows, table=NORM, rate_units=True)


PHYSICAL = {"length", "area", "volume", "mass", "rate"}
# Dimension of a gold unit as the scorer groups it (evaluation/quantities.py: rates 'X/Y' and
# speeds, money, percent, count, duration, else pint's dimensionality); fixed here, no pint.
DIMENSION = {
    "kilometer": "length", "meter": "length", "mile": "length", "inch": "length",
    "centimeter": "length", "foot": "length", "square_kilometer": "area", "hectare": "area",
    "acre": "area", "liter": "volume", "gallon": "volume", "barrel": "volume",
    "metric_ton": "mass", "kilogram": "mass", "kilometer/hour": "speed",
    "celsius": "temperature", "fahrenheit": "temperature", "person": "count", "count": "count",
    "percent": "percent", "fraction": "percent", "USD": "money", "magnitude": "other",
    "year": "duration", "month": "duration", "week": "duration", "day": "duration",
    "hour": "duration", "minute": "duration",
}


def counts(rows: list[dict]) -> str:
    """Summarise documents, quantities, kinds and units."""
    qs = [q for r in rows for q in r["quantities"]]
    physical = [q for q in qs if q["kind"] in PHYSICAL
                or q["unit"] in ("celsius", "fahrenheit", "degree")]
    lines = [f"documents {len(rows)} (truncated {sum(r['truncated'] for r in rows)}), "
             f"quantities {len(qs)}, approximate {sum(q['approximate'] for q in qs)}, "
             f"ranges {sum('value_high' in q for q in qs)}, physical-unit {len(physical)} "
             f"(length/area/volume/mass/speed/temperature)"]
    dims = [DIMENSION.get(q["unit"], "rate" if "/" in q["unit"] else "?") for q in qs]
    lines += [tally("dimension", dims), tally("kind", [q["kind"] for q in qs]),
              tally("unit", [q["unit"] for q in qs]), tally("source", [r["source"] for r in rows])]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check, [counts])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
