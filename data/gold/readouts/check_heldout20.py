"""Standalone check of the sealed readout set heldout20 (no wirecoder import).

Run from the repository root::

    python data/gold/readouts/check_heldout20.py

Re-reads ``heldout20.jsonl`` and verifies, for every point, that each evidence span is whole
sentences of its story (sentence splitting as in ``build.py``), that ``text[start:end]`` equals the
stored ``evidence_text``, that the relation is a known one and agrees with the number of sides,
that every side is a declared account, and that no two points rest on the very same single
sentence; it also checks the file against ``SHA256SUMS``. Prints the counts and the number of
errors (0 when everything checks out).
"""

from __future__ import annotations

import collections
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from build import sentence_spans  # noqa: E402  (the builder's own splitter, not a copy)

GOLD = HERE / "heldout20.jsonl"
RELATIONS = {"shared", "only_in_one", "contradiction", "different_framing"}


def main(gold: Path = GOLD) -> None:
    """Print counts and errors of ``gold`` (heldout20.jsonl unless another set's file is given).

    Later within-article sets (heldout22) run this same check on their own file.
    """
    errors: list[str] = []
    raw = gold.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    sums = (HERE / "SHA256SUMS").read_text(encoding="utf-8")
    if f"{digest}  {gold.name}" not in sums:
        errors.append(f"sha256 {digest} of {gold.name} not in SHA256SUMS")
    groups = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    relations: collections.Counter[str] = collections.Counter()
    for group in groups:
        text, name = group["text"], group["group"]
        spans = sentence_spans(text)
        starts, ends = {a for a, _ in spans}, {b for _, b in spans}
        sides = {a["side"] for a in group["accounts"]}
        if group.get("mode") != "within":
            errors.append(f"{name}: mode {group.get('mode')!r}")
        if group["source"].get("licence") != "public domain (VOA)":
            errors.append(f"{name}: licence {group['source'].get('licence')!r}")
        singles: dict[tuple[int, int], int] = {}
        for number, point in enumerate(group["points"]):
            where = f"{name} point {number}"
            relations[point["relation"]] += 1
            if point["relation"] not in RELATIONS:
                errors.append(f"{where}: unknown relation {point['relation']!r}")
            if (len(point["in"]) == 1) != (point["relation"] == "only_in_one"):
                errors.append(f"{where}: {point['relation']} with sides {point['in']}")
            if set(point["in"]) - sides or set(point["in"]) != set(point["evidence"]):
                errors.append(f"{where}: sides {point['in']} vs accounts {sorted(sides)}")
            used = set()
            for side, side_spans in point["evidence"].items():
                texts = point["evidence_text"][side]
                if len(texts) != len(side_spans):
                    errors.append(f"{where}: {side} spans and texts differ in number")
                for (start, end), quoted in zip(side_spans, texts):
                    used.add((start, end))
                    if start not in starts or end not in ends or start >= end:
                        errors.append(f"{where}: [{start}, {end}] is not whole sentences")
                    if text[start:end] != quoted:
                        errors.append(f"{where}: text at [{start}, {end}] differs")
            if len(used) == 1:
                span = next(iter(used))
                if span in singles:
                    errors.append(f"{where}: same single sentence as point {singles[span]}")
                singles[span] = number
    print(f"{gold.stem}: {len(groups)} groups, {sum(relations.values())} points")
    for relation in sorted(RELATIONS):
        print(f"  {relation}: {relations[relation]}")
    for error in errors:
        print("ERROR", error)
    print(f"{len(errors)} errors")
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
