"""Shared parts of the standalone gold builders and checkers of ``data/gold/check_*.py``.

Standalone like them (no wirecoder import, standard library only), so a sealed set can be rebuilt
and checked without the system under test. Each checker imports this module from its own folder
(see :func:`importable`); what differs between the sets (the record tuple format, a set's extra
checks, its summary lines) stays in the set's own script.

Holds: the guideline's normalisation table and :func:`normalize`; span location in text order
(:func:`locate`, :func:`place_quantity`); the quantity record fields (:func:`quantity_fields`);
the problems shared by the quantity sets (:func:`quantity_problems`); the JSONL reading and
writing, the count lines and the ``build``/``check`` entry point (:func:`run`).
"""

from __future__ import annotations

import json
import runpy
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

#: unit -> (normalized unit, factor), the normalisation rules of ``quantities/GUIDELINE.md``.
NORM: dict[str, tuple[str, float]] = {
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
#: The quantity kinds of the guideline.
KINDS = {
    "money", "mass", "volume", "rate", "count", "percent", "duration", "length", "area", "other",
}
#: The kind a normalized unit implies (a record may also be ``other`` or ``rate``).
KIND_OF_BASE = {
    "metric_ton": "mass",
    "kilometer": "length",
    "square_kilometer": "area",
    "liter": "volume",
    "day": "duration",
    "percent": "percent",
}

Record = dict[str, Any]


def quantity_record(text: str, value: float | None, unit: str, kind: str, about: str,
                    approx: bool = False, high: float | None = None,
                    counted: str | None = None, after: str | None = None) -> Record:
    """Return one quantity record of a readable source (the ``q`` of ``quantities/test*_source.py``).

    Optional keys are written only when given, so the built JSONL keeps its bytes.
    """
    rec: Record = {"text": text, "value": value, "unit": unit, "kind": kind, "about": about,
                   "approx": approx}
    if high is not None:
        rec["high"] = high
    if counted:
        rec["counted"] = counted
    if after:
        rec["after"] = after
    return rec


def norm_without(*units: str) -> dict[str, tuple[str, float]]:
    """Return :data:`NORM` without ``units`` (the table as it stood when an older set was built)."""
    return {unit: rule for unit, rule in NORM.items() if unit not in units}


def paragraphs(raw: str) -> str:
    """Join the non-empty lines of ``raw`` (one paragraph each) with newlines."""
    return "\n".join(line.strip() for line in raw.strip("\n").split("\n") if line.strip())


def find(text: str, span: str, start: int, doc: str) -> int:
    """Return the offset of ``span`` in ``text`` from ``start`` on; exit naming ``doc``."""
    at = text.find(span, start)
    if at < 0:
        raise SystemExit(f"{doc}: span not found after {start}: {span!r}")
    return at


def locate(text: str, span: str, cursor: int, after: str | None, doc: str) -> tuple[int, int]:
    """Return (start, end) of ``span``; ``"A<<>>B"`` means from the first A to the next B."""
    if after:
        cursor = find(text, after, 0, doc) + len(after)
    if "<<>>" in span:
        head, tail = span.split("<<>>")
        at = find(text, head, cursor, doc)
        end = find(text, tail, at + len(head), doc) + len(tail)
        return at, end
    at = find(text, span, cursor, doc)
    return at, at + len(span)


def normalize(unit: str, kind: str, value: float | None,
              table: dict[str, tuple[str, float]] = NORM) -> tuple[float | None, str]:
    """Return the normalized value and unit of one record (ages, rates and 'other' unchanged)."""
    if kind in ("other", "rate") or unit not in table or value is None:
        return value, unit
    base, factor = table[unit]
    return round(value * factor, 10), base


def quantity_fields(rec: Record, start: int,
                    table: dict[str, tuple[str, float]] = NORM) -> Record:
    """Return the gold record of annotation ``rec`` found at ``start`` (derived fields filled)."""
    out: Record = {"text": rec["text"], "start": start, "end": start + len(rec["text"]),
                   "value": rec["value"]}
    if rec.get("high") is not None:
        out["value_high"] = rec["high"]
    out["unit"] = rec["unit"]
    out["normalized_value"], unit = normalize(rec["unit"], rec["kind"], rec["value"], table)
    if rec.get("high") is not None:
        out["normalized_value_high"] = normalize(rec["unit"], rec["kind"], rec["high"], table)[0]
    out["normalized_unit"] = unit
    out["about"] = rec["about"]
    out["approximate"] = bool(rec.get("approx", False))
    out["kind"] = rec["kind"]
    if rec.get("counted"):
        out["counted"] = rec["counted"]
    return out


def place_quantity(text: str, pos: int, rec: Record) -> tuple[Record, int]:
    """Place one record in ``text`` from ``pos`` on (or after its ``after`` anchor); fill it."""
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
    out = quantity_fields(rec, start)
    return out, out["end"]


def build_paragraph_docs(source: Path, truncated: bool | None = None) -> list[Record]:
    """Build the documents of a source file whose texts are lists of ``paragraphs``.

    Args:
        source: The source file (its ``DOCS``).
        truncated: Mark every document so (the dev sets' cut pages); None: as the source says.
    """
    out = []
    for doc in runpy.run_path(str(source))["DOCS"]:
        text = "\n".join(doc["paragraphs"])
        pos = 0
        quantities = []
        for rec in doc["quantities"]:
            q, pos = place_quantity(text, pos, rec)
            quantities.append(q)
        row = {k: doc[k] for k in ("id", "source", "url", "title", "published")}
        row["truncated"] = bool(doc.get("truncated", False)) if truncated is None else truncated
        row["note"] = doc.get("note", "")
        row["text"] = text
        row["quantities"] = quantities
        out.append(row)
    return out


def duplicate_problems(rows: list[Record], keys: Iterable[str] = ("id", "url")) -> list[str]:
    """Return one problem per value of ``keys`` that more than one document has."""
    problems = []
    for key in keys:
        seen = Counter(r[key] for r in rows)
        problems += [f"duplicate {key} {v}" for v, n in seen.items() if n > 1]
    return problems


def edges(text: str, start: int, end: int) -> tuple[str, str]:
    """Return the characters just before ``start`` and at ``end`` (a space past either end)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return before, after


def cuts_word(text: str, q: Record) -> bool:
    """Return True when the span of ``q`` touches a letter or digit on either side."""
    before, after = edges(text, q["start"], q["end"])
    return before.isalnum() or after.isalnum()


def quantity_problems(rows: list[Record], *, inside_word: Callable[[str, Record], bool] = cuts_word,
                      table: dict[str, tuple[str, float]] = NORM,
                      rate_units: bool = False) -> list[str]:
    """Return the problems of a quantity set (empty when the set is clean).

    Args:
        rows: The documents with their ``quantities``.
        inside_word: The test of a span edge that cuts a word.
        table: The normalisation table the set was built with.
        rate_units: Also require kind ``rate`` for a unit ``X/Y``.
    """
    problems = duplicate_problems(rows)
    for r in rows:
        text = r["text"]
        last_end = -1
        for q in r["quantities"]:
            where = f"{r['id']} {q['text']!r}@{q['start']}"
            if text[q["start"]:q["end"]] != q["text"]:
                problems.append(f"{where}: span does not slice back")
            if q["text"] != q["text"].strip():
                problems.append(f"{where}: span has outer whitespace")
            if inside_word(text, q):
                problems.append(f"{where}: span starts or ends inside a word")
            if q["start"] < last_end:
                problems.append(f"{where}: overlaps or precedes the previous record")
            last_end = q["end"]
            problems += _value_problems(q, where, table, rate_units)
    return problems


def _value_problems(q: Record, where: str, table: dict[str, tuple[str, float]],
                    rate_units: bool) -> list[str]:
    """Return the problems of one quantity's kind, unit, range and ``about``."""
    problems = []
    if q["kind"] not in KINDS:
        problems.append(f"{where}: unknown kind {q['kind']}")
    if q["unit"] == "count" and not q.get("counted"):
        problems.append(f"{where}: count without counted")
    if q.get("value_high") is not None and q["value_high"] < q["value"]:
        problems.append(f"{where}: value_high below value")
    want = KIND_OF_BASE.get(table.get(q["unit"], (None,))[0])  # type: ignore[arg-type]
    if want and q["kind"] not in (want, "other", "rate"):
        problems.append(f"{where}: kind {q['kind']} for unit {q['unit']}")
    if rate_units and "/" in q["unit"] and q["kind"] != "rate":
        problems.append(f"{where}: rate unit with kind {q['kind']}")
    if not q["about"]:
        problems.append(f"{where}: empty about")
    return problems


def tally(label: str, values: Iterable[Any]) -> str:
    """Return ``label: value count, ...``, most frequent first."""
    return f"{label}: " + ", ".join(f"{k} {n}" for k, n in Counter(values).most_common())


def quantity_counts(rows: list[Record]) -> str:
    """Summarise documents, quantities, kinds, units and sources."""
    qs = [q for r in rows for q in r["quantities"]]
    lines = [f"documents {len(rows)}, quantities {len(qs)}, "
             f"truncated {sum(r['truncated'] for r in rows)}, "
             f"approximate {sum(q['approximate'] for q in qs)}, "
             f"ranges {sum('value_high' in q for q in qs)}"]
    lines += [tally("kind", [q["kind"] for q in qs]), tally("unit", [q["unit"] for q in qs]),
              tally("source", [r["source"] for r in rows])]
    return "\n".join(lines)


def read_jsonl(path: Path) -> list[Record]:
    """Return the records of a JSONL file."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_jsonl(path: Path, rows: Iterable[Record]) -> None:
    """Write ``rows`` to ``path``, one JSON object a line, non-ASCII kept."""
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def run(argv: list[str], target: Path, build: Callable[[], list[Record]],
        check: Callable[[list[Record]], list[str]],
        summaries: Iterable[Callable[[list[Record]], str]],
        ok: str = "OK: every span slices back, no problems") -> int:
    """Entry point of a checker: ``build`` writes ``target`` when clean; both then re-check it.

    Returns:
        The exit status: 1 when the built or the written set has a problem.
    """
    if argv[1:2] == ["build"]:
        rows = build()
        problems = check(rows)
        if problems:
            print("\n".join(problems))
            return 1
        write_jsonl(target, rows)
        print(f"wrote {target}")
    rows = read_jsonl(target)
    problems = check(rows)
    print("\n".join(problems) if problems else ok)
    for summary in summaries:
        print(summary(rows))
    return 1 if problems else 0
