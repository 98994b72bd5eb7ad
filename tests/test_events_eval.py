"""The events scorer on a small gold file written for the test."""

from __future__ import annotations

import json

from wirecoder.evaluation import evaluate
from wirecoder.evaluation.events import match_events
from wirecoder.models import Event

GOLD = [
    {"id": "g1", "source": "written", "published": "2025-03-15",
     "text": "Israel attacked Hamas positions in Gaza.",
     "events": [{"event_type": "ASSAULT", "mode": "", "context": ["military"],
                 "actor": ["ISR"], "actor_text": ["Israel"], "recipient": ["PSE"],
                 "recipient_text": ["Hamas"], "trigger": "attacked", "negated": False,
                 "future": False, "hypothetical": False}]},
    {"id": "g2", "source": "written", "published": "2025-03-15",
     "text": "The weather was fine.", "events": []},
    {"id": "g3", "source": "written", "published": "2025-03-15",
     "text": "Japan praised Canada.",
     "events": [{"event_type": "ACCUSE", "mode": "disapprove", "context": [],
                 "actor": ["JPN"], "actor_text": ["Japan"], "recipient": ["CAN"],
                 "recipient_text": ["Canada"], "trigger": "praised", "negated": False,
                 "future": False, "hypothetical": False}]},
]


def _event(kind: str, start: int, end: int) -> Event:
    return Event(id="x", event_type=kind, event_text="t", text="t", start=start, end=end,
                 sentence=0)


def test_match_prefers_trigger_overlap():
    golds = [{"event_type": "ASSAULT", "trigger": "killed"},
             {"event_type": "ASSAULT", "trigger": "attack"}]
    text = "An attack killed two."
    system = [_event("ASSAULT", 10, 16), _event("ASSAULT", 3, 9), _event("AID", 0, 2)]
    pairs, lost, extra = match_events(text, golds, system)
    assert sorted(pairs) == [(0, 0), (1, 1)] and lost == [] and extra == [2]


def test_evaluate_report(tmp_path):
    path = tmp_path / "dev.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    report = evaluate("events", path)
    head = report.headline
    assert head["records"] == 3 and head["gold_events"] == 2
    rows = {r["category"]: r for r in report.tables["per_category"]}
    assert len(rows) == 16
    assert rows["ASSAULT"]["tp"] == 1
    assert rows["ACCUSE"]["fn"] == 1 and rows["SUPPORT"]["fp"] == 1
    confusion = {r["gold"]: r for r in report.tables["confusion"]}
    assert confusion["ACCUSE"].get("SUPPORT") == 1
    assert 0 <= head["macro_f1"] <= 1 and "actor_accuracy" in head
    assert json.dumps(report.to_dict())
