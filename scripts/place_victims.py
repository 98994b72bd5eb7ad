"""Recipients that are places or victims with a borrowed country, by set (issue 9, round 13).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/place_victims.py [SET ...] [--cases=F.jsonl]

SET is a development set name (those of ``scripts/events_dev_figures.py``) or a gold file by
path that is not a CHECK part (``$WIRECODER_SPLIT_DIR/ev_read26.jsonl`` for READ). Each set is
coded as the stage codes it (the participants filter applied) and matched to the gold as
``wirecoder eval events`` matches (type + sentence). For every recipient with a country of a
matched event it counts whether the gold recipient has that country (``right``) or not
(``bad``), in two classes:

* ``place``: the mention is a place, or a locative preposition (in, at, near, across,
  outside, inside, along, around, through, throughout, within, off) stands between it and
  the trigger in the parse;
* ``victim``: otherwise, a mention of an ASSAULT or COERCE event whose country came from the
  sentence's or the story's context (``resolved_by`` ``context`` / ``story``), not from its own
  evidence.

``--cases`` writes one JSON line per counted recipient (set, class, right, trigger, mention,
gold roles, sentence) for reading; only development sets and READ are accepted.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from events_dev_figures import DEFAULT
from events_dev_figures import _path as dev_path  # one list of open sets (scripts/ on sys.path)

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events.stage import kept_by_default
from wirecoder.nlp import nlp_for
from wirecoder.settings import Settings

#: Prepositions of a setting (the place where an act happens).
LOCATIVE = frozenset({"in", "at", "near", "across", "outside", "inside", "along", "around",
                      "through", "throughout", "within", "off"})
KEYS = ("place_right", "place_bad", "victim_right", "victim_bad")


def _path(name: str) -> Path:
    if "check" in Path(name).name.lower():
        raise SystemExit(f"{name}: a CHECK part is never diagnosed")
    return Path(name) if name.endswith(".jsonl") else dev_path(name)


def _preps(doc: Any, start: int, end: int, trigger: set[int]) -> list[str]:
    """Prepositions on the parse path from a mention's head up to the trigger."""
    span = doc.char_span(start, end, alignment_mode="expand")
    out: list[str] = []
    if span is None:
        return out
    cur = span.root
    for _ in range(8):
        if cur.dep_ == "prep":
            out.append(cur.lower_)
        if cur.head == cur or cur.head.i in trigger:
            break
        cur = cur.head
    return out


def count(name: str, cases: Any) -> Counter:
    """Count the place and victim recipients of one set."""
    records = [json.loads(line) for line in _path(name).read_text("utf-8").splitlines()
               if line.strip()]
    settings = Settings(actorless_events=True)
    nlp = nlp_for(settings)
    out: Counter = Counter()
    for record, analysis in zip(records, analyze_records(records, settings), strict=True):
        text = record["text"]
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        kept = [e for e in analysis.events if kept_by_default(e)]
        pairs, _, _ = match_events(text, golds, kept)
        doc = nlp(text)
        for gi, si in pairs:
            gold, event = golds[gi], kept[si]
            span = doc.char_span(event.start, event.end, alignment_mode="expand")
            trigger = {t.i for t in span} if span is not None else set()
            for e in event.recipient:
                if not e.country_code:
                    continue
                preps = _preps(doc, e.start, e.end, trigger)
                if e.is_place or LOCATIVE & set(preps):
                    cls = "place"
                elif (e.resolved_by in {"context", "story"}
                      and event.event_type in {"ASSAULT", "COERCE"}):
                    cls = "victim"
                else:
                    continue
                right = e.country_code in (gold.get("recipient") or [])
                out[f"{cls}_{'right' if right else 'bad'}"] += 1
                if cases is not None:
                    cases.write(json.dumps({
                        "set": name, "class": cls, "right": right, "type": event.event_type,
                        "trigger": event.event_text, "mention": e.raw_text,
                        "country": e.country_code, "by": e.resolved_by, "preps": preps,
                        "gold": [gold.get("actor"), gold.get("recipient")],
                        "gold_text": [gold.get("actor_text"), gold.get("recipient_text")],
                        "sentence": event.text[:400]}, ensure_ascii=False) + "\n")
    return out


def main(argv: list[str]) -> None:
    """Print the counts of each named set (every dev set by default) and their sum."""
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--"))
    names = [a for a in argv if not a.startswith("--")] or DEFAULT
    cases = Path(opts["cases"]).open("w", encoding="utf-8") if "cases" in opts else None  # noqa: SIM115
    total: Counter = Counter()
    print("set\t" + "\t".join(KEYS))
    for name in names:
        counts = count(name, cases)
        total.update(counts)
        print(f"{Path(name).stem}\t" + "\t".join(str(counts[k]) for k in KEYS), flush=True)
    print("ALL\t" + "\t".join(str(total[k]) for k in KEYS))
    if cases is not None:
        cases.close()


if __name__ == "__main__":
    main(sys.argv[1:])
