"""Stage-only CPU time and a sampling profile of wirecoder's stages (parse once, run many).

Usage::

    python benchmarks/stage_profile.py [--passes 3] [--sample] [--corpus FILE]

Parses the corpus (default: the 89 VOA stories) once as the pipeline does
(``wirecoder.parsing.parse``: the cached text and the sentence hooks), then runs every
stage over the parsed documents ``--passes`` times, printing the CPU seconds of each stage
per pass and the best total. With ``--sample`` a ``SIGPROF`` sampler (every 0.5 ms of CPU)
counts the innermost wirecoder line and every wirecoder function on the
stack instead: shares of real time. cProfile misleads here: spaCy's ``doc.pyx`` is built
with profiling hooks, so its calls (``Doc.__getitem__``, ``Doc.ents``) look many times
dearer under cProfile than they are (``doc.ents`` 9 ms per call profiled, 0.04 ms real).
"""

from __future__ import annotations

import argparse
import collections
import json
import signal
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--sample", action="store_true", help="sampling profile, not timings")
    args = parser.parse_args()

    from wirecoder.io import make_story
    from wirecoder.nlp import load_nlp
    from wirecoder.parsing import parse
    from wirecoder.pipeline import prepare
    from wirecoder.settings import Settings
    from wirecoder.stages import StageContext

    with args.corpus.open(encoding="utf-8") as handle:
        stories = [json.loads(line) for line in handle if line.strip()]
    settings = Settings(max_chars=10_000_000)
    stages = prepare(settings)
    nlp = load_nlp()
    parsed = [(make_story(s), doc) for s, doc in zip(
        stories, parse(nlp, (s["text"] for s in stories)), strict=True)]

    def one_pass(costs: dict[str, float]) -> None:
        for story, doc in parsed:
            results: dict = {}
            for stage in stages:
                start = time.process_time()
                results[stage.name] = tuple(stage.func(doc, StageContext(story, settings,
                                                                         results)))
                costs[stage.name] = costs.get(stage.name, 0.0) + time.process_time() - start

    one_pass({})  # warm every cache
    if not args.sample:
        best = float("inf")
        for _ in range(args.passes):
            costs: dict[str, float] = {}
            one_pass(costs)
            total = sum(costs.values())
            best = min(best, total)
            print(" ".join(f"{k}={v:.3f}" for k, v in costs.items()), f"total={total:.3f}")
        print(f"best total {best:.3f} s")
        return
    lines: collections.Counter[str] = collections.Counter()
    funcs: collections.Counter[str] = collections.Counter()
    samples = [0]

    def handler(_sig: int, frame: FrameType | None) -> None:
        samples[0] += 1
        innermost, seen = True, set()
        while frame is not None:
            name = frame.f_code.co_filename
            if "wirecoder" in name:
                key = name.split("wirecoder/")[-1]
                if innermost:
                    lines[f"{key}:{frame.f_lineno}"] += 1
                    innermost = False
                func = f"{key}:{frame.f_code.co_name}"
                if func not in seen:
                    funcs[func] += 1
                    seen.add(func)
            frame = frame.f_back

    signal.signal(signal.SIGPROF, handler)
    signal.setitimer(signal.ITIMER_PROF, 0.0005, 0.0005)
    for _ in range(args.passes):
        one_pass({})
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    n = max(samples[0], 1)
    print(f"samples {samples[0]}\n== innermost wirecoder lines")
    for key, count in lines.most_common(40):
        print(f"{count / n * 100:5.1f}% {key}")
    print("== wirecoder functions on the stack")
    for key, count in funcs.most_common(60):
        print(f"{count / n * 100:5.1f}% {key}")


if __name__ == "__main__":
    main()
