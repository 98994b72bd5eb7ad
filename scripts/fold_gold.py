"""Print the gold records of one cross-validation fold of the argument chooser as JSONL.

Usage, from the repository root: ``python scripts/fold_gold.py FOLD > FOLD.jsonl`` (FOLD is
a fold of ``wirecoder.events.arg_training.FOLDS``; the spot-check records get their VOA text from
``../shared``), then ``wirecoder eval events FOLD.jsonl [--arguments rules]``.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from wirecoder.events.arg_training import fold_records

for record in fold_records(sys.argv[1], Path("data/gold"), Path("../shared")):
    print(json.dumps(record, ensure_ascii=False))
