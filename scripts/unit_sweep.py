"""Sweep unlabeled text for unit forms the quantities stage leaves without a physical unit.

No gold is used. For every number (digits or a number word) followed within three tokens
by a word the pint-built unit table knows (a name, plural or unambiguous symbol) or a news
unit spelling of the lexicon, the script checks the stage's quantities over that stretch:

* ``none``: no quantity overlaps the number;
* ``unitless``: a quantity overlaps it but has no physical unit (money, count, percent);
* ``dimension``: its unit's dimension differs from the unit word's;
* ``split``: it has the right dimension but its span stops before the unit word.

Durations are left out (pint knows "year" and "day", and round 14's sweep showed they are
dates and ages, not news units). Each finding gets a *form*: the tokens between number
and unit with digits written ``N`` and the unit written ``<dimension>``; forms are ranked by
frequency.

Usage: ``python scripts/unit_sweep.py FILE.jsonl [FILE.jsonl ...] [--list]`` (records with
a ``text`` field, e.g. ``../shared/corpora/voa/voa_stories.jsonl``). Prints the count of
each finding kind, the ranked forms and, with ``--list``, every finding with its context.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from wirecoder.evaluation.common import analyze_records
from wirecoder.quantities.lexicon import NUMBER_WORDS, SCALES, UNITS
from wirecoder.quantities.registry import AMBIGUOUS, NEVER
from wirecoder.settings import Settings

_NUMBER = re.compile(r"(?<![\w.])(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?![\d])|\b(?:"
                     + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\b", re.I)
_TOKEN = re.compile(r"[^\s,;:()\"“”]+")
_DURATION = {"second", "minute", "hour", "day", "week", "month", "year", "decade",
             "century", "fortnight", "millennium"}
_NEWS_KINDS = {"length", "area", "volume", "mass", "rate", "speed", "temperature", "energy",
               "power"}
_PHYSICAL_KINDS = {"length", "area", "volume", "mass", "rate", "speed", "temperature",
                   "energy", "power", "pressure", "other", "duration"}


def vocabulary() -> tuple[dict[str, str], dict[str, str]]:
    """Return (lower-case names -> dimension, case-sensitive symbols -> dimension)."""
    table = json.loads((Path(__file__).resolve().parents[1] / "src/wirecoder/data/quantities"
                        / "units.json").read_text())
    names: dict[str, str] = {}
    for name, (unit, dim, _factor) in table["names"].items():
        if unit not in _DURATION and dim != "time":
            names[name.lower()] = dim
    for form, (_unit, kind) in UNITS.items():
        if kind in _NEWS_KINDS and not form.isupper():
            names.setdefault(form.lower(), kind)
    for extra, dim in (("degrees", "temperature"), ("degree", "temperature"),
                       ("mph", "speed"), ("knots", "speed"), ("bpd", "rate"),
                       ("b/d", "rate")):
        names.setdefault(extra, dim)
    symbols = {sym: dim for sym, (_u, dim, _f) in table["symbols"].items()
               if sym not in AMBIGUOUS and sym not in NEVER}
    return names, symbols


def findings(text: str, quantities: list[Any], names: dict[str, str],
             symbols: dict[str, str]) -> list[dict[str, Any]]:
    """Return the unit-word findings of one text (see the module docstring)."""
    out = []
    for num in _NUMBER.finditer(text):
        if num.group().lower() in SCALES:
            continue
        toks = [(m.start() + num.end(), m.end() + num.end(), m.group())
                for m in _TOKEN.finditer(text[num.end():num.end() + 80])][:4]
        hit = None
        for i in range(min(3, len(toks))):
            for j in (3, 2, 1):
                if i + j > len(toks):
                    continue
                phrase = " ".join(t[2] for t in toks[i:i + j]).rstrip(".")
                dim = names.get(phrase.lower()) or symbols.get(phrase)
                if dim:
                    hit = (i, i + j, dim)
                    break
            if hit:
                break
        if not hit:
            continue
        i, j, dim = hit
        if i and toks[0][2][0].isdigit():  # "5 12 km": another number comes first
            continue
        unit_end = toks[j - 1][1]
        over = [q for q in quantities if q.start < unit_end and num.start() < q.end
                and q.start <= num.start() < q.end]
        between = " ".join(re.sub(r"\d[\d,.]*", "N", t[2].lower()) for t in toks[:i])
        form = f"N {between} <{dim}>".replace("  ", " ")
        kind = None
        if not over:
            kind = "none"
        else:
            q = over[0]
            if q.kind not in _PHYSICAL_KINDS or not q.unit:
                kind = "unitless"
            elif q.end < unit_end - 1 and q.kind != dim:
                kind = "split"
        if kind:
            out.append({"finding": kind, "form": form, "dim": dim,
                        "context": text[max(0, num.start() - 60):unit_end + 40]
                        .replace("\n", " / ")})
    return out


def main(args: list[str]) -> None:
    """Run the sweep over the JSONL files named in ``args``."""
    show = "--list" in args
    paths = [a for a in args if a != "--list"]
    names, symbols = vocabulary()
    base = Settings()
    stages = tuple(s for s in base.stages if s in ("time_expressions", "entities", "quantities"))
    settings = base.model_copy(update={"stages": stages})
    kinds: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    listed = []
    for path in paths:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        records = [json.loads(line) for line in lines if line.strip()]
        records = [{"id": str(r.get("id", n)), "text": r["text"]} for n, r in enumerate(records)]
        for record, analysis in zip(records, analyze_records(records, settings), strict=True):
            qs = list(analysis.quantities) if analysis is not None else []
            for f in findings(record["text"], qs, names, symbols):
                kinds[f["finding"]] += 1
                forms[f"{f['finding']}: {f['form']}"] += 1
                listed.append(f)
    print("findings:", dict(kinds), "total", sum(kinds.values()))
    for form, n in forms.most_common():
        print(f"{n:4d}  {form}")
    if show:
        for f in listed:
            print(f"{f['finding']}\t{f['form']}\t{f['context']}")


if __name__ == "__main__":
    main(sys.argv[1:])
