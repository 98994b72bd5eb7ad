"""Build and check the sealed test sets ``quotes/test2.jsonl`` and ``quantities/test2.jsonl``.

Standalone (no wirecoder import). The annotations live in ``quotes/test2_source.py`` and
``quantities/test2_source.py``: each document gives its verbatim text with one paragraph per line
(paragraphs are joined with a newline) and its records as tuples whose first item is the span.
Offsets are computed here: a span is searched from the start of the previous record (records are in
text order), or after an explicit ``after`` anchor. Every record is checked to slice back to
its text.

Usage::

    python data/gold/check_test2.py build    # writes both test2.jsonl files
    python data/gold/check_test2.py check    # re-checks the written files, prints counts
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Normalisation of the quantities guideline: unit -> (normalized unit, factor).
_NORM = {
    "kilogram": ("metric_ton", 0.001), "pound": ("metric_ton", 0.00045359237),
    "short_ton": ("metric_ton", 0.90718474), "metric_ton": ("metric_ton", 1.0),
    "meter": ("kilometer", 0.001), "mile": ("kilometer", 1.609344),
    "nautical_mile": ("kilometer", 1.852), "yard": ("kilometer", 0.0009144),
    "foot": ("kilometer", 0.0003048), "inch": ("kilometer", 0.0000254),
    "kilometer": ("kilometer", 1.0),
    "hectare": ("square_kilometer", 0.01), "acre": ("square_kilometer", 0.0040468564224),
    "square_mile": ("square_kilometer", 2.589988110336),
    "square_kilometer": ("square_kilometer", 1.0),
    "gallon": ("liter", 3.785411784), "cubic_meter": ("liter", 1000.0), "liter": ("liter", 1.0),
    "hour": ("day", 1 / 24), "minute": ("day", 1 / 1440), "second": ("day", 1 / 86400),
    "day": ("day", 1.0), "week": ("day", 7.0), "month": ("day", 30.0), "year": ("day", 365.0),
    "fraction": ("percent", 100.0), "basis_point": ("percentage_point", 0.01),
}


def _normalize(value: float, high: float | None, unit: str, kind: str):
    if kind in ("duration", "mass", "length", "area", "volume", "percent") and unit in _NORM:
        target, factor = _NORM[unit]
        return (round(value * factor, 9), None if high is None else round(high * factor, 9),
                target)
    return value, high, unit


def _find(text: str, span: str, start: int, doc: str) -> int:
    at = text.find(span, start)
    if at < 0:
        raise SystemExit(f"{doc}: span not found after {start}: {span!r}")
    return at


def _locate(text: str, span: str, cursor: int, after: str | None, doc: str) -> tuple[int, int]:
    """Return (start, end) of ``span``; ``"A<<>>B"`` means from the first A to the next B."""
    if after:
        cursor = _find(text, after, 0, doc) + len(after)
    if "<<>>" in span:
        head, tail = span.split("<<>>")
        at = _find(text, head, cursor, doc)
        end = _find(text, tail, at + len(head), doc) + len(tail)
        return at, end
    at = _find(text, span, cursor, doc)
    return at, at + len(span)


def build_quotes(source: Path) -> list[dict]:
    """Return the quote records of ``source`` with computed offsets."""
    docs = runpy.run_path(str(source))["DOCS"]
    out = []
    for d in docs:
        text = "\n".join(p.strip() for p in d["text"].strip("\n").split("\n"))
        cursor, quotes = 0, []
        for q in d["quotes"]:
            kind, span, cue, said, speaker, country, cls, *rest = q
            after = rest[0] if rest else None
            at, end = _locate(text, span, cursor, after, d["id"])
            cursor = at
            quotes.append({"text": text[at:end], "start": at, "end": end, "kind": kind,
                           "cue": cue, "speaker_text": said, "speaker": speaker,
                           "speaker_country": country, "speaker_class": cls})
        out.append(_meta(d, text) | {"quotes": quotes})
    return out


def build_quantities(source: Path) -> list[dict]:
    """Return the quantity records of ``source`` with offsets and normalized values."""
    docs = runpy.run_path(str(source))["DOCS"]
    out = []
    for d in docs:
        text = "\n".join(p.strip() for p in d["text"].strip("\n").split("\n"))
        cursor, items = 0, []
        for q in d["quantities"]:
            span, value, high, unit, kind, about, approx, *rest = q
            extra = rest[0] if rest else {}
            at, end = _locate(text, span, cursor, extra.get("after"), d["id"])
            cursor = at
            nv, nh, nu = _normalize(value, high, unit, kind)
            rec = {"text": text[at:end], "start": at, "end": end, "value": value}
            if high is not None:
                rec["value_high"] = high
            rec |= {"unit": unit, "normalized_value": nv}
            if nh is not None:
                rec["normalized_value_high"] = nh
            rec |= {"normalized_unit": nu, "about": about, "approximate": approx, "kind": kind}
            if unit == "count":
                rec["counted"] = extra.get("counted")
            items.append(rec)
        out.append(_meta(d, text) | {"quantities": items})
    return out


def _meta(d: dict, text: str) -> dict:
    rec = {"id": d["id"], "source": d["source"], "url": d["url"], "title": d["title"],
           "published": d["published"], "text": text}
    if d.get("note"):
        rec["note"] = d["note"]
    return rec


def _write(path: Path, records: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def check(path: Path, key: str) -> Counter:
    """Check that every record of ``path`` slices to its text, in order; return counts."""
    counts: Counter = Counter()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        counts["documents"] += 1
        last = -1
        for q in r[key]:
            assert r["text"][q["start"]:q["end"]] == q["text"], (r["id"], q["text"])
            assert q["start"] >= last, (r["id"], "order", q["text"])
            last = q["start"]
            counts["records"] += 1
            if key == "quotes":
                counts[f"kind:{q['kind']}"] += 1
                counts[f"class:{q['speaker_class']}"] += 1
            else:
                counts[f"kind:{q['kind']}"] += 1
                counts[f"unit:{q['unit']}"] += 1
    return counts


def main(argv: list[str]) -> None:
    """Build (``build``) and/or check both test2 files."""
    qt = HERE / "quotes" / "test2.jsonl"
    qn = HERE / "quantities" / "test2.jsonl"
    if argv[1:] == ["build"]:
        _write(qt, build_quotes(HERE / "quotes" / "test2_source.py"))
        _write(qn, build_quantities(HERE / "quantities" / "test2_source.py"))
    for path, key in ((qt, "quotes"), (qn, "quantities")):
        if path.exists():
            print(path.name, key, dict(sorted(check(path, key).items())))


if __name__ == "__main__":
    main(sys.argv)
