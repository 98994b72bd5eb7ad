"""Judge wirecoder's events on a whole-document gold by the spot-check rules, by script.

Usage (from the repository root, with this checkout's ``src`` on ``PYTHONPATH``):

    python data/gold/spotcheck/auto_judge.py round3 [-v]     # spot-check gold, round N (3, 4, 5…)
    python data/gold/spotcheck/auto_judge.py dev4 [-v]       # data/gold/events/dev4.jsonl

The rules of ``round3-judgement.md``, applied mechanically: a system event is *fully
right* when an annotated event of its sentence has its type (or one of ``accept_types``)
and its actor and recipient codes (or accepted alternatives); *partly right* when only the
type matches; otherwise *spurious* (or a *duplicate* when that annotated event is taken).
A required (not ``optional``) annotated event is *missed* when no system event of its type
is in its sentence. Flags are not judged. This is an approximation of an analyst's reading,
for development: the analyst's own judgement is the measure.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wirecoder.evaluation.common import analyze_records
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _load(which: str) -> list[dict]:
    if not which.startswith("round"):
        return [json.loads(line) for line in
                (ROOT / "data" / "gold" / "events" / f"{which}.jsonl").open(encoding="utf-8")]
    corpus = {}
    stories = ROOT / "data" / "gold" / "spotcheck" / f"{which}-stories.jsonl"  # round 7 on
    for line in (stories if stories.exists() else CORPUS).open(encoding="utf-8"):
        story = json.loads(line)
        corpus[story["id"]] = story
    out = []
    for line in (ROOT / "data" / "gold" / "spotcheck" / f"{which}.jsonl").open(encoding="utf-8"):
        doc = json.loads(line)
        story = corpus[doc["id"]]
        out.append({"id": doc["id"], "text": story["text"], "published": story["published"][:10],
                    "title": story["title"], "url": story["url"], "source": "Voice of America",
                    "events": doc["events"]})
    return out


def _codes(entities) -> list[str]:
    return sorted({e.country_code for e in entities if e.country_code})


def _verdict(event, golds: list[dict], used: set[int]) -> tuple[str, int | None]:
    best = None
    for i, gold in enumerate(golds):
        if not gold["sentence_start"] <= event.start < gold["sentence_end"]:
            continue
        if event.event_type not in [gold["event_type"], *gold.get("accept_types", [])]:
            continue
        # codes as sets: a joint actor annotated ["SDN", "SDN"] is the set {"SDN"}
        actors = [sorted(set(gold["actor"])),
                  *(sorted(set(codes)) for codes in gold.get("accept_actor", []))]
        recipients = [sorted(set(gold["recipient"])),
                      *(sorted(set(codes)) for codes in gold.get("accept_recipient", []))]
        right = _codes(event.actor) in actors and _codes(event.recipient) in recipients
        rank = (0 if right else 1, i in used, i)
        best = rank if best is None or rank < best else best
    if best is None:
        return "spurious", None
    if best[1]:
        return "duplicate", None
    return ("fully" if best[0] == 0 else "partly"), best[2]


def main(which: str, verbose: bool) -> dict[str, int]:
    """Print and return the counts (and every event with ``verbose``)."""
    docs = _load(which)
    totals = dict.fromkeys(("system", "fully", "partly", "spurious", "duplicate", "required",
                            "missed"), 0)
    for doc, analysis in zip(docs, analyze_records(docs, Settings()), strict=True):
        golds, used = doc["events"], set()
        for event in analysis.events:
            verdict, index = _verdict(event, golds, used)
            totals["system"] += 1
            totals[verdict] += 1
            if index is not None:
                used.add(index)
            if verbose:
                print(f"{doc['id']} {verdict:9} {event.event_type} {_codes(event.actor)} -> "
                      f"{_codes(event.recipient)} [{event.event_text}] {event.text[:90]!r}")
        for gold in golds:
            if gold.get("optional"):
                continue
            totals["required"] += 1
            if not any(gold["sentence_start"] <= e.start < gold["sentence_end"]
                       and e.event_type in [gold["event_type"], *gold.get("accept_types", [])]
                       for e in analysis.events):
                totals["missed"] += 1
    share = totals["fully"] / max(totals["system"], 1)
    print(which, totals, f"fully right / system events = {share:.2f}")
    return totals


if __name__ == "__main__":
    main(sys.argv[1], "-v" in sys.argv)
