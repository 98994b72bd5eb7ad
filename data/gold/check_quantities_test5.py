"""Build and check the sealed quantities test set ``quantities/test5.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test5_source.py``: each
document gives its verbatim text (paragraphs joined with a newline) and its records in text order.
A record names its span text; the offset is found by searching from the end of the previous
record (or after an explicit ``after`` anchor), so a span that occurs twice is found in order.
Normalized values follow the table of ``quantities/GUIDELINE.md``.

Usage::

    python data/gold/check_quantities_test5.py build    # writes quantities/test5.jsonl
    python data/gold/check_quantities_test5.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test5_source.py"
TARGET = HERE / "quantities" / "test5.jsonl"

# unit -> (normalized unit, factor), from the guideline's normalisation rules.
NORM = {
    "kilogram": ("metric_ton", 0.001),
    "pound": ("metric_ton", 0.00045359237),
    "short_ton": ("metric_ton", 0.90718474),
    "metric_ton": ("metric_ton", 1.0),
    "meter": ("kilometer", 0.001),
    "kilometer": ("kilometer", 1.0),
    "mile": ("kilometer", 1.609344),
    "nautical_mile": ("kilometer", 1.852),
    "yard": ("kilometer", 0.0009144),
    "foot": ("kilometer", 0.0003048),
    "inch": ("kilometer", 0.0000254),
    "centimeter": ("kilometer", 0.00001),
    "millimeter": ("kilometer", 0.000001),
    "hectare": ("square_kilometer", 0.01),
    "acre": ("square_kilometer", 0.0040468564224),
    "square_mile": ("square_kilometer", 2.589988110336),
    "square_kilometer": ("square_kilometer", 1.0),
    "gallon": ("liter", 3.785411784),
    "cubic_meter": ("liter", 1000.0),
    "cubic_foot": ("liter", 28.316846592),
    "liter": ("liter", 1.0),
    "bushel": ("liter", 35.23907016688),
    "second": ("day", 1 / 86400),
    "minute": ("day", 1 / 1440),
    "hour": ("day", 1 / 24),
    "day": ("day", 1.0),
    "week": ("day", 7.0),
    "month": ("day", 30.0),
    "year": ("day", 365.0),
    "fraction": ("percent", 100.0),
    "basis_point": ("percentage_point", 0.01),
}
KINDS = {
    "money", "mass", "volume", "rate", "count", "percent", "duration", "length", "area", "other",
}
KIND_OF_BASE = {
    "metric_ton": "mass",
    "kilometer": "length",
    "square_kilometer": "area",
    "liter": "volume",
    "day": "duration",
    "percent": "percent",
}


def _norm(unit: str, kind: str, value: float | None) -> tuple[float | None, str]:
    """Return the normalized value and unit of one record (ages and rates are unchanged)."""
    if kind in ("other", "rate") or unit not in NORM or value is None:
        return value, unit
    base, factor = NORM[unit]
    return round(value * factor, 10), base


def _record(text: str, pos: int, rec: dict) -> tuple[dict, int]:
    """Place one record in ``text`` from ``pos`` on and fill the derived fields."""
    span = rec["text"]
    start_from = pos
    if "after" in rec:
        anchor = text.find(rec["after"], pos)
        if anchor < 0:
            raise ValueError(f"anchor {rec['after']!r} not found")
        start_from = anchor + len(rec["after"])
    start = text.find(span, start_from)
    if start < 0:
        raise ValueError(f"span {span!r} not found after offset {start_from}")
    out = {"text": span, "start": start, "end": start + len(span)}
    out["value"] = rec["value"]
    if rec.get("high") is not None:
        out["value_high"] = rec["high"]
    out["unit"] = rec["unit"]
    nv, nu = _norm(rec["unit"], rec["kind"], rec["value"])
    out["normalized_value"] = nv
    if rec.get("high") is not None:
        out["normalized_value_high"] = _norm(rec["unit"], rec["kind"], rec["high"])[0]
    out["normalized_unit"] = nu
    out["about"] = rec["about"]
    out["approximate"] = bool(rec.get("approx", False))
    out["kind"] = rec["kind"]
    if rec.get("counted"):
        out["counted"] = rec["counted"]
    return out, out["end"]


def build() -> list[dict]:
    """Build every document of the source file into gold records."""
    docs = runpy.run_path(str(SOURCE))["DOCS"]
    out = []
    for doc in docs:
        text = "\n".join(doc["paragraphs"])
        pos = 0
        quantities = []
        for rec in doc["quantities"]:
            q, pos = _record(text, pos, rec)
            quantities.append(q)
        row = {k: doc[k] for k in ("id", "source", "url", "title", "published")}
        row["truncated"] = bool(doc.get("truncated", False))
        row["note"] = doc.get("note", "")
        row["text"] = text
        row["quantities"] = quantities
        out.append(row)
    return out


def _joined(left: str, right: str) -> bool:
    """Return True when a span edge cuts a word or a number (letter-letter or digit-digit).

    A letter glued to a digit or a sign is allowed: EIA's data panel prints "down0.663 million
    tons" and "up$1.46" (the arrow is an image), and the quantity starts at the digit or sign.
    """
    return (left.isalpha() and right.isalpha()) or (left.isdigit() and right.isdigit())


def check(rows: list[dict]) -> list[str]:
    """Return a list of problems (empty when the set is clean)."""
    problems = []
    ids = Counter(r["id"] for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    urls = Counter(r["url"] for r in rows)
    problems += [f"duplicate url {u}" for u, n in urls.items() if n > 1]
    for r in rows:
        text = r["text"]
        last_end = -1
        for q in r["quantities"]:
            where = f"{r['id']} {q['text']!r}@{q['start']}"
            if text[q["start"]:q["end"]] != q["text"]:
                problems.append(f"{where}: span does not slice back")
            if q["text"] != q["text"].strip():
                problems.append(f"{where}: span has outer whitespace")
            before = text[q["start"] - 1] if q["start"] > 0 else " "
            after = text[q["end"]] if q["end"] < len(text) else " "
            if _joined(before, q["text"][0]) or _joined(q["text"][-1], after):
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
            base = NORM.get(q["unit"], (None,))[0]
            want = KIND_OF_BASE.get(base)
            if want and q["kind"] not in (want, "other", "rate"):
                problems.append(f"{where}: kind {q['kind']} for unit {q['unit']}")
            if not q["about"]:
                problems.append(f"{where}: empty about")
    return problems


def counts(rows: list[dict]) -> str:
    """Summarise documents, quantities, kinds and units."""
    qs = [q for r in rows for q in r["quantities"]]
    lines = [f"documents {len(rows)}, quantities {len(qs)}, "
             f"truncated {sum(r['truncated'] for r in rows)}, "
             f"approximate {sum(q['approximate'] for q in qs)}, "
             f"ranges {sum('value_high' in q for q in qs)}"]
    for label, values in (("kind", [q["kind"] for q in qs]), ("unit", [q["unit"] for q in qs]),
                          ("source", [r["source"] for r in rows])):
        lines.append(f"{label}: " + ", ".join(f"{k} {n}" for k, n in Counter(values).most_common()))
    return "\n".join(lines)


#: Dimension of each unit id used in this set, as the scorer groups them (rates 'X/Y' other than
#: speeds are 'rate'; news units = length, area, volume, mass, energy, power, speed, temperature,
#: rate). Written out here so that the checker needs no wirecoder import.
DIMENSION = {
    "inch": "length", "foot": "length", "meter": "length", "mile": "length",
    "kilometer": "length", "acre": "area", "barrel": "volume", "cubic_foot": "volume",
    "pound": "mass", "metric_ton": "mass", "kilowatt": "power", "megawatt": "power",
    "fahrenheit": "temperature", "celsius": "temperature", "centimeter/year": "speed",
    "inch/year": "speed", "mile/hour": "speed", "meter/second": "speed",
    "barrel/day": "rate", "metric_ton/day": "rate", "USD/barrel": "rate", "USD/MMBtu": "rate",
    "USD/gallon": "rate",
    "hour": "duration", "minute": "duration", "day": "duration", "week": "duration",
    "month": "duration", "year": "duration", "USD": "money", "percent": "percent",
    "count": "count", "person": "count", "multiplier": "other", "microradian": "other",
}
NEWS = ("length", "area", "volume", "mass", "energy", "power", "speed", "temperature", "rate")


def dimensions(rows: list[dict]) -> str:
    """Count quantities by unit dimension and the news-unit total."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in NEWS)
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    cmd = argv[1] if len(argv) > 1 else "check"
    if cmd == "build":
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
    ok = "OK: every span slices back, JSON valid, no problems"
    print("\n".join(problems) if problems else ok)
    print(counts(rows))
    print(dimensions(rows))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
