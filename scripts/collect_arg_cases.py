"""Collect the argument chooser's training cases of every dev fold (pickled, for CV)."""
from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from wirecoder.events.arg_training import FOLDS, collect, fold_records

GOLD = Path("data/gold")
SHARED = Path("../shared")

out = Path(sys.argv[1])
names = sys.argv[2:] or list(FOLDS)
cases = {}
for name in names:
    t = time.time()
    records = fold_records(name, GOLD, SHARED)
    cases[name] = collect(records, name)
    print(name, len(records), "records", len(cases[name]), "matched", f"{time.time()-t:.0f}s",
          flush=True)
out.write_bytes(pickle.dumps(cases))
