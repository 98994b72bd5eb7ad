"""CPU cost of the events stage in ``rules``, ``filter`` and ``hybrid`` mode on the same stories.

Run from the repository root: ``python benchmarks/event_model_cost.py [--stories 40]``.
The stories (the first N of the VOA corpus) are parsed once and the stages before events run
once; then the events stage runs twice in each mode (interleaved), timed in CPU seconds of
this process.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from wirecoder.events.model_data import parse_passages
from wirecoder.events.stage import extract
from wirecoder.events.type_model import load_model
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

CORPUS = Path("../shared/corpora/voa/voa_stories.jsonl")


def main() -> None:
    """Print the CPU seconds of parsing and of the events stage per mode."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stories", type=int, default=40)
    args = ap.parse_args()
    with CORPUS.open(encoding="utf-8") as fh:
        stories = [json.loads(line) for line, _ in zip(fh, range(args.stories), strict=False)]
    records = [("voa", {"id": s["id"], "text": s["text"], "published": s.get("published")})
               for s in stories]
    start = time.process_time()
    passages = parse_passages(records)
    print(f"parse + time/entities/quotes stages: {time.process_time() - start:.2f} CPU s")
    start = time.process_time()
    load_model(None)
    print(f"model load: {time.process_time() - start:.3f} CPU s")
    for mode in ("rules", "filter", "hybrid") * 2:
        settings = Settings(event_model=mode)
        start = time.process_time()
        n = sum(len(extract(p.doc, StageContext(story=p.story, settings=settings,
                                                results=p.results))) for p in passages)
        print(f"events stage, {mode}: {time.process_time() - start:.2f} CPU s, {n} events")


if __name__ == "__main__":
    main()
