"""`wirecoder eval commitments`: detection, field accuracy and linking on a written gold set."""

from __future__ import annotations

import json
from pathlib import Path

from wirecoder.evaluation import evaluate


def _gold(text: str, published: str, rid: str, **fields) -> dict:
    quantity = fields.pop("quantity")
    start = text.index(quantity)
    return {"id": rid, "published": published, "text": text, "commitments": [{
        "quantity_text": quantity, "quantity_start": start, "quantity_end": start + len(quantity),
        "hedge": None, "conditional": False, "reported_by": None, **fields}]}


def _write(tmp_path: Path, records: list[dict]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_scorer_counts_fields_and_links(tmp_path: Path) -> None:
    pledge = _gold("Egypt pledged to buy 10 million tons of Canadian wheat next year.",
                   "2025-01-10", "g1", quantity="10 million tons", kind="pledge",
                   status="made", committer="EGY", counterparty="CAN", action="buy",
                   object="Canadian wheat", object_class="wheat", pledge="P1")
    report = _gold("Egypt bought 4 million tons of Canadian wheat in January.", "2025-02-10",
                   "g2", quantity="4 million tons", kind="fulfilment", status="fulfilled",
                   committer="EGY", counterparty="CAN", action="buy", object="Canadian wheat",
                   object_class="wheat", pledge="P1")
    # A deliberately wrong gold status: the scorer must count it as a field error.
    wrong = _gold("Japan will send 300 troops to Djibouti.", "2025-03-01", "g3",
                  quantity="300 troops", kind="pledge", status="planned", committer="JPN",
                  counterparty="DJI", action="deploy", object="troops",
                  object_class="troop", pledge=None)
    headline = evaluate("commitments", _write(tmp_path, [pledge, report, wrong])).headline
    assert (headline["precision"], headline["recall"]) == (1.0, 1.0)
    assert headline["link_precision"] == 1.0 and headline["link_recall"] == 1.0
    assert headline["field_accuracy"] < 1.0  # the planned/made status mismatch


def test_a_missed_commitment_lowers_recall(tmp_path: Path) -> None:
    record = _gold("Officials said 300 people were killed in the fighting.", "2025-03-01",
                   "g4", quantity="300 people", kind="pledge", status="made",
                   committer=None, counterparty=None, action="provide", object="people",
                   object_class="people", pledge=None)
    headline = evaluate("commitments", _write(tmp_path, [record])).headline
    assert headline["recall"] == 0.0 and headline["system"] == 0
