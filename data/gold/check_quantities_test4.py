"""Build and check the sealed quantities test set ``quantities/test4.jsonl`` (VOA news stories).

Standalone: no wirecoder import. Texts: the documents of ``quotes/test3_source.py`` (shared with
the sealed quotes set) plus ``EXTRA_DOCS`` of ``quantities/test4_source.py``; annotations: the
``QUANTITIES`` table and the extra documents' ``quantities`` (see that file's docstring). A span is
searched from the end of the previous record (or after the first occurrence of ``after``).
Normalized values follow the table of ``quantities/GUIDELINE.md`` (as in ``check_test3.py``).

Checks: every span slices back; no span starts or ends inside a word or with whitespace; records
are in order and do not overlap; kinds are valid and agree with the unit's dimension; counts have
``counted``; ranges are ordered; ``about`` is not empty; ids and URLs are unique; every shared
document has an annotation entry.

Usage::

    python data/gold/check_quantities_test4.py build   # writes quantities/test4.jsonl, checks it
    python data/gold/check_quantities_test4.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "quotes" / "test3_source.py"
SOURCE = HERE / "quantities" / "test4_source.py"
TARGET = HERE / "quantities" / "test4.jsonl"

# unit -> (normalized unit, factor), from the guideline's normalisation rules.
NORM = {
    "kilogram": ("metric_ton", 0.001), "pound": ("metric_ton", 0.00045359237),
    "short_ton": ("metric_ton", 0.90718474), "metric_ton": ("metric_ton", 1.0),
    "meter": ("kilometer", 0.001), "kilometer": ("kilometer", 1.0),
    "mile": ("kilometer", 1.609344), "nautical_mile": ("kilometer", 1.852),
    "yard": ("kilometer", 0.0009144), "foot": ("kilometer", 0.0003048),
    "inch": ("kilometer", 0.0000254), "centimeter": ("kilometer", 0.00001),
    "millimeter": ("kilometer", 0.000001),
    "hectare": ("square_kilometer", 0.01), "acre": ("square_kilometer", 0.0040468564224),
    "square_mile": ("square_kilometer", 2.589988110336),
    "square_kilometer": ("square_kilometer", 1.0),
    "gallon": ("liter", 3.785411784), "cubic_meter": ("liter", 1000.0),
    "cubic_foot": ("liter", 28.316846592), "liter": ("liter", 1.0),
    "second": ("day", 1 / 86400), "minute": ("day", 1 / 1440), "hour": ("day", 1 / 24),
    "day": ("day", 1.0), "week": ("day", 7.0), "month": ("day", 30.0), "year": ("day", 365.0),
    "fraction": ("percent", 100.0), "basis_point": ("percentage_point", 0.01),
}
KINDS = {"money", "mass", "volume", "rate", "count", "percent", "duration", "length", "area",
         "other"}
KIND_OF_BASE = {"metric_ton": "mass", "kilometer": "length", "square_kilometer": "area",
                "liter": "volume", "day": "duration", "percent": "percent"}


def _text(raw: str) -> str:
    return "\n".join(line.strip() for line in raw.strip("\n").split("\n") if line.strip())


def _norm(unit: str, kind: str, value: float | None) -> tuple[float | None, str]:
    """Return the normalized value and unit (ages, rates and 'other' are unchanged)."""
    if kind in ("other", "rate") or unit not in NORM or value is None:
        return value, unit
    base, factor = NORM[unit]
    return round(value * factor, 10), base


def _record(text: str, pos: int, rec: dict, doc: str) -> tuple[dict, int]:
    start_from = pos
    if rec.get("after"):
        anchor = text.find(rec["after"])
        if anchor < 0:
            raise SystemExit(f"{doc}: anchor {rec['after']!r} not found")
        start_from = max(pos, anchor + len(rec["after"]))
    start = text.find(rec["text"], start_from)
    if start < 0:
        raise SystemExit(f"{doc}: span {rec['text']!r} not found after {start_from}")
    out = {"text": rec["text"], "start": start, "end": start + len(rec["text"]),
           "value": rec["value"]}
    if rec.get("high") is not None:
        out["value_high"] = rec["high"]
    out["unit"] = rec["unit"]
    out["normalized_value"], out["normalized_unit"] = _norm(rec["unit"], rec["kind"],
                                                            rec["value"])
    if rec.get("high") is not None:
        out["normalized_value_high"] = _norm(rec["unit"], rec["kind"], rec["high"])[0]
    out["about"] = rec["about"]
    out["approximate"] = bool(rec.get("approx"))
    out["kind"] = rec["kind"]
    if rec.get("counted"):
        out["counted"] = rec["counted"]
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
        text, pos, items = _text(d["text"]), 0, []
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
    problems = []
    for key in ("id", "url"):
        seen = Counter(r[key] for r in rows)
        problems += [f"duplicate {key} {v}" for v, n in seen.items() if n > 1]
    for r in rows:
        text, last_end = r["text"], -1
        for q in r["quantities"]:
            where = f"{r['id']} {q['text']!r}@{q['start']}"
            if text[q["start"]:q["end"]] != q["text"]:
                problems.append(f"{where}: span does not slice back")
            if q["text"] != q["text"].strip():
                problems.append(f"{where}: span has outer whitespace")
            before = text[q["start"] - 1] if q["start"] > 0 else " "
            after = text[q["end"]] if q["end"] < len(text) else " "
            if before.isalnum() or after.isalnum():
                problems.append(f"{where}: span starts or ends inside a word")
            if q["start"] < last_end:
                problems.append(f"{where}: overlaps or precedes the previous record")
            last_end = q["end"]
            if q["kind"] not in KINDS:
                problems.append(f"{where}: unknown kind {q['kind']}")
            if q["unit"] == "count" and not q.get("counted"):
                problems.append(f"{where}: count without counted")
            if q.get("value_high") is not None and q["value_high"] < q["value"]:
                problems.append(f"{where}: value_high below value")
            want = KIND_OF_BASE.get(NORM.get(q["unit"], (None,))[0])
            if want and q["kind"] not in (want, "other", "rate"):
                problems.append(f"{where}: kind {q['kind']} for unit {q['unit']}")
            if "/" in q["unit"] and q["kind"] != "rate":
                problems.append(f"{where}: rate unit with kind {q['kind']}")
            if not q["about"]:
                problems.append(f"{where}: empty about")
    return problems


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
    for label, values in (("dimension", dims), ("kind", [q["kind"] for q in qs]),
                          ("unit", [q["unit"] for q in qs]),
                          ("source", [r["source"] for r in rows])):
        lines.append(f"{label}: " + ", ".join(f"{k} {n}" for k, n in Counter(values).most_common()))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    if argv[1:2] == ["build"]:
        rows = build()
        problems = check(rows)
        if problems:
            print("\n".join(problems))
            return 1
        with TARGET.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {TARGET}")
    rows = [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines()]
    problems = check(rows)
    print("\n".join(problems) if problems else "OK: every span slices back, no problems")
    print(counts(rows))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
