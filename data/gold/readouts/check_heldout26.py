"""Standalone check of the sealed readout set heldout26 (no wirecoder import).

Run from the repository root::

    python data/gold/readouts/check_heldout26.py

Runs heldout20's checker (``check_heldout20.py``, imported, not copied) on ``heldout26.jsonl``:
for every point, each evidence span is whole sentences of its story (sentence splitting as in
``build.py``), ``text[start:end]`` equals the stored ``evidence_text``, the relation is a known
one and agrees with the number of sides, every side is a declared account, and no two points rest
on the very same single sentence; the file is checked against ``SHA256SUMS``. Before that it adds
one check of its own: no evidence span ends with, or begins just after, an abbreviation ("Mr.",
"Dr.", "U.S.", "U.K.", "U.N." ...) at which ``build.py``'s splitter cuts a real sentence, so every
evidence span is a whole real sentence. Prints the counts and the number of errors (0 when
everything checks out).
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "heldout26.jsonl"
_SPEC = importlib.util.spec_from_file_location("check_heldout20", HERE / "check_heldout20.py")
assert _SPEC is not None and _SPEC.loader is not None
check20 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check20)

ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|St)\.|\b(?:[A-Z]\.){2,})$")


def abbreviation_errors(gold: Path = GOLD) -> list[str]:
    """Return the evidence spans that end with, or start just after, an abbreviation."""
    errors = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        group = json.loads(line)
        text = group["text"]
        for number, point in enumerate(group["points"]):
            for side, spans in point["evidence"].items():
                for start, end in spans:
                    where = f"{group['group']} point {number} {side} [{start}, {end}]"
                    if ABBREVIATION.search(text[start:end].rstrip()):
                        errors.append(f"{where}: ends at an abbreviation")
                    if ABBREVIATION.search(text[:start].rstrip()):
                        errors.append(f"{where}: begins just after an abbreviation")
    return errors


if __name__ == "__main__":
    extra = abbreviation_errors()
    for error in extra:
        print("ERROR", error)
    print(f"abbreviation check: {len(extra)} errors")
    check20.main(GOLD)
    if extra:
        raise SystemExit(1)
