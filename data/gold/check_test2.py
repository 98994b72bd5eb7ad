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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checklib import locate as _locate  # checklib.py sits next to this script
from checklib import norm_without
from checklib import write_jsonl as _write

HERE = Path(__file__).resolve().parent

# Normalisation of the quantities guideline as it stood when this set was built:
# unit -> (normalized unit, factor).
_NORM = norm_without("centimeter", "millimeter", "cubic_foot", "bushel")


def _normalize(value: float, high: float | None, unit: str, kind: str):
    if kind in ("duration", "mass", "length", "area", "volume", "percent") and unit in _NORM:
        target, factor = _NORM[unit]
        return (round(value * factor, 9), None if high is None else round(high * factor, 9),
                target)
    return value, high, unit


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
