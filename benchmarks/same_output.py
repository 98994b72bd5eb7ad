"""Check that a change leaves every analysis byte-identical (a guard for speed work).

Usage::

    # on the commit before the change (e.g. a `git worktree` of it, its src/ first on PYTHONPATH)
    python benchmarks/same_output.py --write /tmp/reference.jsonl
    # on the changed code
    python benchmarks/same_output.py --check /tmp/reference.jsonl

Analyses the bundled sample and the VOA corpus with ``analyze_many`` (one process, the
default settings), five VOA stories one at a time with ``analyze`` (the single-story path,
its own memory zone each), and one long story (20 VOA stories joined, parsed in slices).
Each analysis is written as one line of JSON (``Analysis.model_dump_json``); ``--check``
compares line by line and names the first differing stories and fields. Exit status 1 on
any difference. ``--rescue`` runs everything with ``Settings(rescue_dropped=True)`` (write
and check a separate reference for it).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "src" / "wirecoder" / "sample" / "voa_sample.jsonl"
CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def outputs(corpus: Path, rescue: bool = False) -> Iterator[tuple[str, str]]:
    """Yield ``(label, analysis JSON)`` for every analysis of the check, in a fixed order.

    Args:
        corpus: The VOA stories (JSONL).
        rescue: Run with ``Settings(rescue_dropped=True)`` instead of the default settings.
    """
    import wirecoder
    from wirecoder.settings import Settings

    settings = Settings(rescue_dropped=True) if rescue else None
    sample, stories = _load(SAMPLE), _load(corpus)
    for name, items in (("sample", sample), ("voa", stories)):
        for analysis in wirecoder.analyze_many(items, settings=settings):
            yield f"{name}:{analysis.id}", analysis.model_dump_json()
    for story in stories[:5]:
        analysis = wirecoder.analyze(story["text"], published=story.get("published"),
                                     id=story.get("id"), title=story.get("title"),
                                     settings=settings)
        yield f"single:{analysis.id}", analysis.model_dump_json()
    long_text = " ".join(s["text"] for s in stories[:20])
    analysis = wirecoder.analyze(long_text, published="2025-03-14", id="long",
                                 settings=settings)
    yield "long:long", analysis.model_dump_json()


def _differences(ref: str, new: str) -> list[str]:
    a, b = json.loads(ref), json.loads(new)
    return [key for key in sorted(set(a) | set(b)) if a.get(key) != b.get(key)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--write", type=Path, help="write the reference outputs here")
    mode.add_argument("--check", type=Path, help="compare with the reference outputs here")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rescue", action="store_true",
                        help="run with Settings(rescue_dropped=True) (the learned rescue on)")
    args = parser.parse_args()
    got = list(outputs(args.corpus, rescue=args.rescue))
    if args.write:
        with args.write.open("w", encoding="utf-8") as handle:
            for label, text in got:
                handle.write(json.dumps({"label": label, "json": text}) + "\n")
        print(f"wrote {len(got)} analyses to {args.write}")
        return 0
    reference = [(r["label"], r["json"]) for r in map(json.loads, args.check.open())]
    bad = 0
    if [label for label, _ in reference] != [label for label, _ in got]:
        print(f"different analyses: {len(reference)} in the reference, {len(got)} now")
        bad += 1
    for (label, ref), (_, new) in zip(reference, got, strict=False):
        if ref != new:
            bad += 1
            if bad <= 10:
                print(f"DIFFERENT {label}: fields {_differences(ref, new)}")
    same = sum(ref == new for (_, ref), (_, new) in zip(reference, got, strict=False))
    print(f"{same} of {len(reference)} analyses byte-identical; {bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
