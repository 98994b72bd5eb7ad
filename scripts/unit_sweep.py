"""Sweep unlabeled text for unit forms the quantities stage leaves without a physical unit.

No gold is used. For every number (digits or a number word) followed within three tokens
by a word the pint-built unit table knows (a name, plural or unambiguous symbol) or a news
unit spelling of the lexicon, the script checks the stage's quantities over that stretch:

* ``none``: no quantity overlaps the number;
* ``unitless``: a quantity overlaps it but has no physical unit (money, count, percent);
* ``dimension``: its unit's dimension differs from the unit word's;
* ``split``: it has the right dimension but its span stops before the unit word;
* ``rate_cut``: a period or per-unit follows the unit word ("per year", "(TWh) per year",
  "per harvested acre") and the quantity is no rate;
* ``rate_change``: the sentence states a rate in this unit before the figure ("bushels per
  acre ... up 2 bushels") and the quantity is no rate.

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
_RATE_AFTER = re.compile(r"\.?\s*(?:\([^()\s]{1,10}\)\s*)?(?:per|each|every|a|an)\s+"
                        r"(?:[a-z]+ed\s+)?(?:day|week|month|year|hour|second|minute|acre|"
                        r"hectare|person|capita|barrel|gallon|ton|tonne)s?\b", re.I)
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


def _unit_after(text: str, num: re.Match[str], names: dict[str, str],
                symbols: dict[str, str]) -> tuple[list[tuple[int, int, str]], int, int, str] | None:
    """Return (tokens, unit's first token, end token, dimension) of a unit word after ``num``."""
    toks = [(m.start() + num.end(), m.end() + num.end(), m.group())
            for m in _TOKEN.finditer(text[num.end():num.end() + 80])][:4]
    for i in range(min(3, len(toks))):
        for j in (3, 2, 1):
            if i + j > len(toks):
                continue
            phrase = " ".join(t[2] for t in toks[i:i + j]).rstrip(".")
            dim = names.get(phrase.lower()) or symbols.get(phrase)
            if dim:
                return toks, i, i + j, dim
    return None


def _judge(text: str, num: re.Match[str], over: list[Any], unit_end: int, unit_word: str,
           dim: str) -> str | None:
    """Return the finding kind of one number and unit word, or None when the stage is right."""
    if not over:
        return "none"
    q = over[0]
    if q.kind != "rate" and _RATE_AFTER.match(text, unit_end):
        return "rate_cut"
    sentence = text[max(text.rfind(". ", 0, num.start()), 0):num.start()]
    if q.kind != "rate" and re.search(rf"\b{re.escape(unit_word)}s?\.?\s*(?:per\s|/)",
                                      sentence, re.I):
        return "rate_change"
    if q.kind not in _PHYSICAL_KINDS or not q.unit:
        return "unitless"
    if q.end < unit_end - 1 and q.kind != dim:
        return "split"
    return None


def findings(text: str, quantities: list[Any], names: dict[str, str],
             symbols: dict[str, str]) -> list[dict[str, Any]]:
    """Return the unit-word findings of one text (see the module docstring)."""
    out = []
    for num in _NUMBER.finditer(text):
        if num.group().lower() in SCALES:
            continue
        found = _unit_after(text, num, names, symbols)
        if found is None:
            continue
        toks, i, j, dim = found
        if i and toks[0][2][0].isdigit():  # "5 12 km": another number comes first
            continue
        unit_end = toks[j - 1][1]
        over = [q for q in quantities if q.start <= num.start() < q.end]
        unit_word = toks[j - 1][2].rstrip(".").lower().rstrip("s")
        kind = _judge(text, num, over, unit_end, unit_word, dim)
        if kind:
            between = " ".join(re.sub(r"\d[\d,.]*", "N", t[2].lower()) for t in toks[:i])
            out.append({"finding": kind, "form": f"N {between} <{dim}>".replace("  ", " "),
                        "dim": dim, "context": text[max(0, num.start() - 60):unit_end + 40]
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
