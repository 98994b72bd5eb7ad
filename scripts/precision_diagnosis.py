"""List every spurious system event (no gold match) of a whole-document events gold.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/precision_diagnosis.py dev12 blind14 blind15 > /tmp/spurious.tsv

Each line gives the set, record id, event type, trigger, flags, actor / recipient codes, the
``why`` of the event, the gold events of the same type in the record, the gold events of
the event's sentence (any type) and the sentence. A
system event is *spurious* when ``wirecoder eval events`` leaves it unmatched (same type and
sentence, one-to-one: :func:`wirecoder.evaluation.events.match_events`). The causes are then
assigned by reading (``docs/events.md``, "Precision round 7"); this script only lists.

Only development sets may be passed: ``devN`` splits that are whole documents (dev3 …
dev13) and the opened blind sets blind12 … blind17, ``read`` (the READ part of round 8's
read/check protocol, ``ev_read.jsonl``) or ``read9`` (round 9's READ part,
``ev_read9.jsonl`` in ``$WIRECODER_SPLIT_DIR``, rebuilt by ``scripts/read_check_split.py 9``) or
``read10`` … ``read26`` (rounds 10–26's READ parts,
``scripts/read_check_split.py``). dev31 and blind56 are left out on purpose: they hold round
26's CHECK part, whose errors nobody reads.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = {"dev3": "test/documents.jsonl", "dev12": "test6/documents.jsonl",
           "dev13": "test7/documents.jsonl", "dev14": "test8/documents.jsonl",
           "dev15": "test9/documents.jsonl", "dev16": "test10/documents.jsonl",
           "dev17": "test11/documents.jsonl", "dev18": "test12/documents.jsonl",
           "dev19": "test13/documents.jsonl", "dev20": "test14/documents.jsonl",
           "dev21": "test15/documents.jsonl", "dev22": "test16/documents.jsonl",
           "dev23": "test17/documents.jsonl", "dev24": "test18/documents.jsonl",
           "dev25": "test19/documents.jsonl", "dev26": "test20/documents.jsonl",
           "dev27": "test21/documents.jsonl", "dev28": "test22/documents.jsonl",
           "dev29": "test23/documents.jsonl", "dev30": "test24/documents.jsonl",
           **{f"dev{n}": f"events/dev{n}.jsonl" for n in range(4, 12)},
           **{f"blind{n}": f"events/blind{n}.jsonl" for n in range(12, 56)}}
# The READ parts of round 8's and round 9's read/check protocol (not committed: rebuilt by
# ``scripts/read_check_split.py 8|9|10|11|12|13|14|15|16|17|18|19|20|21|22|23|24|25|26`` into
# $WIRECODER_SPLIT_DIR, default ``.splits`` in the repository); their CHECK parts
# (``ev_check*.jsonl``) are deliberately not readable here.
SPLIT_DIR = Path(os.environ.get("WIRECODER_SPLIT_DIR", ROOT / ".splits"))
READ_FILES = {"read": SPLIT_DIR / "ev_read.jsonl", "read9": SPLIT_DIR / "ev_read9.jsonl",
              "read10": SPLIT_DIR / "ev_read10.jsonl", "read11": SPLIT_DIR / "ev_read11.jsonl",
              "read12": SPLIT_DIR / "ev_read12.jsonl", "read13": SPLIT_DIR / "ev_read13.jsonl",
              "read14": SPLIT_DIR / "ev_read14.jsonl",
              "read15": SPLIT_DIR / "ev_read15.jsonl",
              "read16": SPLIT_DIR / "ev_read16.jsonl",
              "read17": SPLIT_DIR / "ev_read17.jsonl",
              "read18": SPLIT_DIR / "ev_read18.jsonl",
              "read19": SPLIT_DIR / "ev_read19.jsonl",
              "read20": SPLIT_DIR / "ev_read20.jsonl",
              "read21": SPLIT_DIR / "ev_read21.jsonl",
              "read22": SPLIT_DIR / "ev_read22.jsonl",
              "read23": SPLIT_DIR / "ev_read23.jsonl",
              "read24": SPLIT_DIR / "ev_read24.jsonl",
              "read25": SPLIT_DIR / "ev_read25.jsonl",
              "read26": SPLIT_DIR / "ev_read26.jsonl"}


def _codes(entities: object) -> str:
    return ",".join(sorted({e.country_code for e in entities  # type: ignore[attr-defined]
                            if e.country_code})) or "-"


def _sentence(text: str, start: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0),
                default=len(text))
    return " ".join(text[left:right + 1].split())


def main(argv: list[str]) -> None:
    """Print the spurious events of each named development set."""
    for which in argv:
        if which not in ALLOWED and which not in READ_FILES:
            raise SystemExit(f"{which}: not a development set this script may read")
        path = READ_FILES.get(which) or ROOT / "data" / "gold" / ALLOWED[which]
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
        total = 0
        for record, analysis in zip(records, analyze_records(records, Settings()),
                                    strict=True):
            events = list(analysis.events)
            _, _, extra = match_events(record["text"], record["events"], events)
            for si in extra:
                e = events[si]
                total += 1
                flags = "".join(f[0] for f in ("negated", "future", "hypothetical")
                                if getattr(e, f))
                gold_same = [g["trigger"] for g in record["events"]
                             if g["event_type"] == e.event_type]
                gold_here = [f'{g["event_type"]}:{g.get("trigger", "")}'
                             for g in record["events"] if "sentence_start" in g
                             and g["sentence_start"] < e.end and e.start < g["sentence_end"]]
                print("\t".join([which, record["id"], e.event_type, e.mode or "-",
                                 record["text"][e.start:e.end], flags or "-",
                                 _codes(e.actor) + ">" + _codes(e.recipient),
                                 (e.why or "")[:160], "|".join(gold_same)[:80],
                                 "|".join(gold_here)[:120] or "-",
                                 _sentence(record["text"], e.start)]))
        print(f"== {which}: {total} spurious", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
