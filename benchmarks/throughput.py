"""Throughput and memory of wirecoder against bare spaCy on the same texts, same run.

Usage::

    python benchmarks/throughput.py [--rounds 3] [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                                    [--clock wall|cpu]

Prints words/s of bare spaCy (``nlp.pipe`` with the stock pipeline exactly as
``spacy.load`` gives it, every component), of wirecoder's own parse (the same model with
its two faster, output-identical components and the paragraph rule: ``nlp.pipe`` of
``wirecoder.nlp.load_nlp()``) and of ``wirecoder.analyze_many`` (parse and every stage),
measured interleaved round by round; the ratio wirecoder / bare spaCy (the budget), the
cost of each stage as a share of both parse times, peak RSS, and the cold start of
``wirecoder analyze`` on one article in a fresh process.

``--clock cpu`` times the in-process runs in CPU seconds of this process
(``time.process_time``) instead of wall seconds: on a machine shared with other jobs the
ratio then does not count the time spent waiting for a core. The cold start is always wall
time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def load(corpus: Path) -> list[dict]:
    with corpus.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


CLOCK = time.perf_counter


def time_spacy(nlp, texts: list[str]) -> float:
    start = CLOCK()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    return CLOCK() - start


def time_wirecoder(stories: list[dict], workers: int) -> float:
    import wirecoder

    start = CLOCK()
    for _ in wirecoder.analyze_many(stories, workers=workers):
        pass
    return CLOCK() - start


def stage_costs(nlp, stories: list[dict]) -> dict[str, float]:
    """Return seconds spent in each stage over the corpus (documents parsed beforehand)."""
    from wirecoder.io import make_story
    from wirecoder.pipeline import _load_stages
    from wirecoder.settings import Settings
    from wirecoder.stages import StageContext

    settings = Settings(max_chars=10_000_000)
    stages = _load_stages(settings)
    parsed = [(make_story(s), doc) for s, doc in zip(stories, nlp.pipe(s["text"] for s in stories),
                                                      strict=True)]
    costs = dict.fromkeys((stage.name for stage in stages), 0.0)
    for story, doc in parsed:
        results: dict = {}
        for stage in stages:
            start = CLOCK()
            results[stage.name] = tuple(stage.func(doc, StageContext(story, settings, results)))
            costs[stage.name] += CLOCK() - start
    return costs


def cold_start(story: dict) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as fh:
        fh.write(story["text"])
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "wirecoder", "analyze", fh.name, "--published",
                    story["published"][:10], "-o", "/dev/null"], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="time in wall seconds or CPU seconds of this process")
    args = parser.parse_args()
    if args.clock == "cpu" and args.workers > 1:
        parser.error("--clock cpu counts this process only: use it with --workers 1")
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter

    import spacy

    from wirecoder.nlp import load_nlp, resolve_model_name

    stories = load(args.corpus)
    texts = [s["text"] for s in stories]
    words = sum(len(t.split()) for t in texts)
    stock = spacy.load(resolve_model_name())  # bare spaCy: the pipeline as shipped
    nlp = load_nlp()  # wirecoder's parse: the same model, two components swapped
    time_spacy(stock, texts[:5])  # warm-up every path
    time_spacy(nlp, texts[:5])
    time_wirecoder(stories[:5], 1)
    spacy_s, parse_s, wire_s = [], [], []
    for _ in range(args.rounds):
        spacy_s.append(time_spacy(stock, texts))
        parse_s.append(time_spacy(nlp, texts))
        wire_s.append(time_wirecoder(stories, args.workers))
    best_spacy, best_parse, best_wire = min(spacy_s), min(parse_s), min(wire_s)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {len(stories)} stories, {words:,} words; rounds: {args.rounds}; "
          f"clock: {args.clock}; load average: {os.getloadavg()[0]:.1f}")
    print("rounds (s): bare spaCy " + ", ".join(f"{t:.2f}" for t in spacy_s)
          + "; wirecoder parse " + ", ".join(f"{t:.2f}" for t in parse_s)
          + "; wirecoder " + ", ".join(f"{t:.2f}" for t in wire_s))
    print(f"bare spaCy nlp.pipe (stock pipeline) : {words / best_spacy:8.0f} words/s")
    print(f"wirecoder parse only (load_nlp)      : {words / best_parse:8.0f} words/s "
          f"= {best_spacy / best_parse:.3f} x bare spaCy")
    print(f"wirecoder analyze_many (w={args.workers})        : {words / best_wire:8.0f} words/s")
    print(f"ratio wirecoder/spaCy: {best_spacy / best_wire:.3f}  (budget >= 0.8)")
    print(f"peak RSS after the timed runs (both pipelines + wirecoder, one process): "
          f"{rss_mb:.0f} MB "
          "(budget <= 1024 MB per worker)")
    costs = stage_costs(nlp, stories)  # holds every parsed Doc at once: measured after RSS
    print(f"stages (s; share of the bare spaCy parse / of wirecoder's parse), "
          f"total {sum(costs.values()):.2f} s = {sum(costs.values()) / best_spacy:.1%} / "
          f"{sum(costs.values()) / best_parse:.1%}:")
    for name, seconds in costs.items():
        print(f"  stage {name:17s}: {seconds:6.2f} s = {seconds / best_spacy:6.1%} / "
              f"{seconds / best_parse:6.1%}")
    long_story = {"id": "long", "text": " ".join(texts[:20]), "published": "2025-03-14"}
    start = CLOCK()
    nlp(long_story["text"])
    long_parse = CLOCK() - start
    print(f"one long story ({len(long_story['text']):,} chars, wirecoder parse "
          f"{long_parse:.2f} s):")
    for name, seconds in stage_costs(nlp, [long_story]).items():
        print(f"  stage {name:17s}: {seconds:6.2f} s = {seconds / long_parse:6.1%} of parse time")
    print(f"cold start `wirecoder analyze` one article: {cold_start(stories[0]):.2f} s "
          "(budget <= 3 s)")


if __name__ == "__main__":
    main()
