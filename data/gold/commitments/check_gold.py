"""Check the commitments gold files: offsets, vocabularies, pledge groups; print counts only.

Usage: ``python data/gold/commitments/check_gold.py`` (from the repo root). For the sealed
``heldout.jsonl`` it only checks structure and the sha256 in ``SHA256SUMS`` and prints counts —
it never prints held-out text or annotations.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from annotate import ACTIONS, HEDGES, STATUSES, summary  # noqa: E402

REQUIRED = ("id", "source", "url", "published", "text", "excerpt", "commitments")


def check(path: Path) -> dict:
    """Validate one gold file and return its summary counts."""
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    ids = set()
    for r in records:
        assert all(k in r for k in REQUIRED), r.get("id")
        assert r["id"] not in ids, r["id"]
        ids.add(r["id"])
        for c in r["commitments"]:
            s, e = c["quantity_start"], c["quantity_end"]
            assert r["text"][s:e] == c["quantity_text"], (r["id"], c["quantity_text"])
            assert c["status"] in STATUSES and c["action"] in ACTIONS and c["hedge"] in HEDGES
            assert c["kind"] in {"pledge", "fulfilment"} and isinstance(c["conditional"], bool)
    return summary(records)


def main() -> None:
    """Check dev and held-out files, print counts and linked groups per split."""
    sums = dict(line.split()[::-1] for line in (HERE / "SHA256SUMS").read_text().splitlines())
    digest = hashlib.sha256((HERE / "heldout.jsonl").read_bytes()).hexdigest()
    assert sums["heldout.jsonl"] == digest, "heldout.jsonl changed since it was sealed"
    for name in ("dev.jsonl", "heldout.jsonl"):
        s = check(HERE / name)
        multi = {g: v for g, v in s["groups"].items() if v["articles"] >= 2}
        sizes = sorted(((v["articles"], v["commitments"]) for v in s["groups"].values()),
                       reverse=True)
        print(name, json.dumps({"articles": s["articles"], "commitments": s["commitments"],
                                "kind": s["kind"], "status": s["status"], "action": s["action"],
                                "groups": len(s["groups"]), "groups_in_2plus_articles": len(multi),
                                "group_sizes": sizes}))


if __name__ == "__main__":
    main()
