"""Standalone checker for the sealed readout set heldout21 (no wirecoder import).

Run from the repository root::

    python data/gold/readouts/check_heldout21.py

Verifies every evidence span of ``heldout21.jsonl`` (``text[start:end] == evidence_text`` and whole
sentences under ``build.py``'s splitter), the relation rules of ``GUIDELINE.md`` (one side for
``only_in_one``, two or more otherwise; sides declared), that the file equals a rebuild from
``annotations-heldout21.yaml``, and prints the counts and the number of errors.
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import build  # noqa: E402  (this folder's standalone build script: json, re, yaml)

NAME = "heldout21"


def main(name: str = NAME) -> int:
    """Check ``{name}.jsonl`` against its annotations; 1 on any error (check_heldout23 uses it)."""
    path = HERE / f"{name}.jsonl"
    written = path.read_text(encoding="utf-8")
    groups = [json.loads(line) for line in written.splitlines()]
    errors = list(build.check(groups))
    rebuilt = build.build(HERE.parents[2].parent / "shared/corpora/voa/voa_stories.jsonl",
                          (f"annotations-{name}.yaml",))[name]
    if written != "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in rebuilt):
        errors.append(f"{path.name} differs from a rebuild of annotations-{name}.yaml")
    relations: collections.Counter = collections.Counter()
    spans = 0
    for group in groups:
        text, sides = group["text"], {a["side"] for a in group["accounts"]}
        if group["mode"] != "within" or not group["source"]["url"]:
            errors.append(f"{group['group']}: mode/url")
        if len(sides) < 2:
            errors.append(f"{group['group']}: fewer than two sides")
        for point in group["points"]:
            relations[point["relation"]] += 1
            for side, side_spans in point["evidence"].items():
                if side not in sides:
                    errors.append(f"{group['group']}: undeclared side {side}")
                for k, (start, end) in enumerate(side_spans):
                    spans += 1
                    if text[start:end] != point["evidence_text"][side][k]:
                        errors.append(f"{group['group']}: span [{start}, {end}] text differs")
    print(f"{name}: {len(groups)} groups, {sum(relations.values())} points, {spans} evidence spans")
    print("relations:", dict(sorted(relations.items())))
    print("sides per group:", dict(collections.Counter(len(g['accounts']) for g in groups)))
    print("truncated:", sum(g["source"]["truncated"] for g in groups), "of", len(groups))
    for error in errors:
        print("ERROR", error)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
