"""Measure actor/recipient countries on the events dev sets and compare two runs.

``run`` scores every events dev split (or the files given) with one argument chooser and
writes, per split, the headline figures (dyad F1, actor / recipient accuracy) and, for
every gold event that a system event matches (type + sentence), the gold and system
country codes of its actor and recipient. ``compare`` reads two such runs and counts, per
split, how each side's codes changed between them: ``empty->right``, ``empty->wrong``,
``wrong->right``, ``right->wrong``, ``right->empty``, ``wrong->empty``, ``wrong->wrong``.
A change that adds as many wrong countries as right ones is no gain.

Usage::

    python scripts/dyad_changes.py run --arguments rules -o /tmp/before_rules.json
    python scripts/dyad_changes.py compare /tmp/before_rules.json /tmp/after_rules.json

Only dev splits are scored: the sealed sets are the lead's.
"""

from __future__ import annotations

import argparse
import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from wirecoder.evaluation import default_gold
from wirecoder.evaluation.common import analyze_records, read_gold
from wirecoder.evaluation.events import _codes, _report, _Tally, match_events
from wirecoder.settings import Settings

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold"
DEV = {"dev": GOLD / "events" / "dev.jsonl", "dev2": GOLD / "events" / "dev2.jsonl",
       **{f"dev{n}": default_gold("events", f"dev{n}") for n in range(3, 31)},
       **{f"blind{n}": GOLD / "events" / f"blind{n}.jsonl" for n in range(12, 56)},
       "read26": Path(os.environ.get("WIRECODER_SPLIT_DIR", "/work/wt")) / "ev_read26.jsonl"}


def _score(path: Path, settings: Settings) -> dict[str, Any]:
    records = list(read_gold(path))
    analyses = analyze_records(records, settings)
    tally = _Tally()
    rows = []
    spurious: list[str] = []
    for record, analysis in zip(records, analyses, strict=True):
        system = list(analysis.events)
        tally.add(record, system)
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        pairs, _, extra = match_events(record["text"], golds, system)
        spurious.extend(f"{record.get('id')} {system[si].event_type}: {system[si].event_text} | "
                        f"{[_show(x) for x in system[si].actor]} -> "
                        f"{[_show(x) for x in system[si].recipient]}" for si in extra)
        for gi, si in pairs:
            g, e = golds[gi], system[si]
            rows.append({"key": f"{record.get('id')}#{gi}", "type": g["event_type"],
                         "gold_actor": sorted(g.get("actor") or []),
                         "gold_recipient": sorted(g.get("recipient") or []),
                         "actor": sorted(_codes(e.actor)), "recipient": sorted(_codes(e.recipient)),
                         "trigger": g.get("trigger"),
                         "actor_text": [_show(x) for x in e.actor],
                         "recipient_text": [_show(x) for x in e.recipient],
                         "gold_actor_text": g.get("actor_text"),
                         "gold_recipient_text": g.get("recipient_text"),
                         "sentence": _sentence(record, g, e)})
    head = _report(tally, len(records)).headline
    keep = ("micro_f1", "dyad_f1", "actor_accuracy", "recipient_accuracy", "matched", "gold_events",
            "dyad_precision", "dyad_recall",
            "system_events")
    return {"headline": {k: head[k] for k in keep}, "rows": rows, "spurious": spurious}


def _show(entity: Any) -> str:
    return f"{entity.raw_text}|{entity.country_code or '-'}|{entity.resolved_by}"


def _sentence(record: dict[str, Any], gold: dict[str, Any], event: Any) -> str:
    text = record["text"]
    if "sentence_start" in gold:
        return str(text[int(gold["sentence_start"]):int(gold["sentence_end"])])
    return str(text[max(0, event.start - 200):event.end + 200])


def run(args: argparse.Namespace) -> None:
    """Score the dev splits and write the figures and matched events to ``args.output``."""
    settings = Settings(argument_chooser=args.arguments)
    names = args.splits or list(DEV)
    out = {}
    for name in names:
        out[name] = _score(DEV[name], settings)
        print(name, out[name]["headline"], flush=True)
    Path(args.output).write_text(json.dumps(out, indent=1), encoding="utf-8")


def _state(codes: list[str], gold: list[str]) -> str:
    if not codes:
        return "empty"
    return "right" if codes == gold else "wrong"


def compare(args: argparse.Namespace) -> None:
    """Print how figures and actor / recipient codes changed between two runs."""
    before = json.loads(Path(args.before).read_text(encoding="utf-8"))
    after = json.loads(Path(args.after).read_text(encoding="utf-8"))
    total: Counter[str] = Counter()
    for name in before:
        if name not in after:
            continue
        old = {r["key"]: r for r in before[name]["rows"]}
        new = {r["key"]: r for r in after[name]["rows"]}
        changes: Counter[str] = Counter()
        for key in old.keys() & new.keys():
            for side in ("actor", "recipient"):
                gold = old[key][f"gold_{side}"]
                a, b = _state(old[key][side], gold), _state(new[key][side], gold)
                if old[key][side] != new[key][side]:
                    changes[f"{a}->{b}"] += 1
                    if args.verbose:
                        print(f"  {name} {key} {side} {old[key][side]} -> {new[key][side]} "
                              f"gold {gold} ({new[key]['type']}: {new[key]['trigger']})")
        changes["matched_only_before"] = len(old.keys() - new.keys())
        changes["matched_only_after"] = len(new.keys() - old.keys())
        total.update(changes)
        if args.verbose:
            for line in sorted(set(after[name].get("spurious", []))
                               - set(before[name].get("spurious", []))):
                print(f"  {name} new spurious: {line}")
        hb, ha = before[name]["headline"], after[name]["headline"]
        figs = " ".join(f"{k} {hb.get(k)}->{ha.get(k)}" for k in ha)
        print(f"{name}: {figs}\n   {dict(sorted(changes.items()))}")
    print("TOTAL", dict(sorted(total.items())))


def main() -> None:
    """Parse the command line and run ``run`` or ``compare``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(required=True)
    r = sub.add_parser("run")
    r.add_argument("--arguments", choices=("learned", "rules"), default="learned")
    r.add_argument("--splits", nargs="*", choices=list(DEV))
    r.add_argument("-o", "--output", required=True)
    r.set_defaults(func=run)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("-v", "--verbose", action="store_true")
    c.set_defaults(func=compare)
    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
