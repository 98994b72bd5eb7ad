"""Seconds per pair of readouts for ``wirecoder.compare``, on one core.

Usage::

    python benchmarks/compare_speed.py [--pairs 14] [--chars 2000]
        [--gold data/gold/readouts/dev.jsonl]

Readout-sized accounts are cut from the public-domain VOA stories of the readouts *dev*
gold (so that no story outside the dev groups is compared): each story gives two accounts,
its first ``--chars`` characters and the next ``--chars``, each ending at a sentence; the
stories are reused in turn until ``--pairs`` pairs are timed. The model is loaded and warmed
first; the figures are the mean wall time of the article analysis of both accounts and of
the comparison itself (claims, alignment, relations), in one process. Pin it to one core
with ``taskset -c 0``.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "data" / "gold" / "readouts" / "dev.jsonl"


def _cut(text: str) -> str:
    return text[: text.rfind(". ") + 1] or text


def readouts(gold: Path, count: int, chars: int) -> list[str]:
    """Return ``2 * count`` account texts: two consecutive cuts of each dev story in turn."""
    stories = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    texts: list[str] = []
    while len(texts) < 2 * count:
        story = stories[(len(texts) // 2) % len(stories)]
        first = _cut(story[:chars])
        texts += [first, _cut(story[len(first):len(first) + chars].lstrip())]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=14)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import wirecoder
    from wirecoder.compare import Account, compare_analyses

    texts = readouts(args.gold, args.pairs, args.chars)
    wirecoder.analyze(texts[0], published="2025-03-14")  # load and warm the model
    wall = {"analysis": 0.0, "compare": 0.0}
    cpu = {"analysis": 0.0, "compare": 0.0}
    for n in range(0, len(texts) - 1, 2):
        start, start_cpu = time.perf_counter(), time.process_time()
        pair = [(Account(id=f"a{n + i}", text=t), wirecoder.analyze(t, published="2025-03-14"))
                for i, t in enumerate(texts[n:n + 2])]
        middle, middle_cpu = time.perf_counter(), time.process_time()
        compare_analyses(pair)
        wall["analysis"] += middle - start
        cpu["analysis"] += middle_cpu - start_cpu
        wall["compare"] += time.perf_counter() - middle
        cpu["compare"] += time.process_time() - middle_cpu
    pairs = len(texts) // 2
    print(f"pairs: {pairs}, mean chars per account: {sum(map(len, texts)) / len(texts):.0f}")
    print("per pair                   wall        CPU (this process)")
    print(f"analysis of both accounts: {wall['analysis'] / pairs:.3f} s     "
          f"{cpu['analysis'] / pairs:.3f} s")
    print(f"comparison only:           {wall['compare'] / pairs * 1000:.1f} ms    "
          f"{cpu['compare'] / pairs * 1000:.1f} ms")
    print(f"total:                     {sum(wall.values()) / pairs:.3f} s     "
          f"{sum(cpu.values()) / pairs:.3f} s")


if __name__ == "__main__":
    main()
