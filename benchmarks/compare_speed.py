"""Seconds per pair of readouts for ``wirecoder.compare``, on one core.

Usage::

    python benchmarks/compare_speed.py [--pairs 20] [--chars 2000]
        [--corpus ../shared/corpora/voa/voa_stories.jsonl]

Readout-sized accounts are cut from public-domain VOA stories (the first ``--chars``
characters, ending at a sentence); consecutive stories form a pair. The model is loaded
and warmed first; the figures are the mean wall time of the article analysis of both
accounts and of the comparison itself (claims, alignment, relations), in one process.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def readouts(corpus: Path, count: int, chars: int) -> list[str]:
    texts = []
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"][:chars]
            texts.append(text[: text.rfind(". ") + 1] or text)
            if len(texts) == 2 * count:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    import wirecoder
    from wirecoder.compare import Account, compare_analyses

    texts = readouts(args.corpus, args.pairs, args.chars)
    wirecoder.analyze(texts[0], published="2025-03-14")  # load and warm the model
    analysis_s = compare_s = 0.0
    for n in range(0, len(texts) - 1, 2):
        start = time.perf_counter()
        pair = [(Account(id=f"a{n + i}", text=t), wirecoder.analyze(t, published="2025-03-14"))
                for i, t in enumerate(texts[n:n + 2])]
        middle = time.perf_counter()
        compare_analyses(pair)
        analysis_s += middle - start
        compare_s += time.perf_counter() - middle
    pairs = len(texts) // 2
    print(f"pairs: {pairs}, mean chars per account: {sum(map(len, texts)) / len(texts):.0f}")
    print(f"analysis of both accounts: {analysis_s / pairs:.3f} s per pair")
    print(f"comparison only:           {compare_s / pairs * 1000:.1f} ms per pair")
    print(f"total:                     {(analysis_s + compare_s) / pairs:.3f} s per pair")


if __name__ == "__main__":
    main()
