"""Print the counts tables of README.md from documents.jsonl (standard library only, no wirecoder)."""
import json
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CATS = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
        "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
docs = [json.loads(l) for l in (HERE / "documents.jsonl").open(encoding="utf-8")]
ev, both, dd = Counter(), Counter(), {}
for d in docs:
    for e in d["events"]:
        ev[e["event_type"]] += 1
        both[e["event_type"]] += bool(e["actor"]) and bool(e["recipient"])
        dd.setdefault(e["event_type"], set()).add(d["id"])
print("| category | events | with actor and recipient | documents |\n|---|---:|---:|---:|")
for c in CATS:
    print(f"| {c} | {ev[c]} | {both[c]} | {len(dd.get(c, ()))} |")
print(f"| **events** | **{sum(ev.values())}** | **{sum(both.values())}** | |")
print()
print("| id | agency | published | truncated | events | USA events |\n|---|---|---|---|---:|---:|")
for d in docs:
    usa = sum(1 for e in d["events"] if "USA" in e["actor"] + e["recipient"])
    print(f"| {d['id']} | {d['agency']} | {d['published']}{' (approx.)' if d['date_approximate'] else ''} | "
          f"{'yes' if d['truncated'] else 'no'} | {len(d['events'])} | {usa} |")
