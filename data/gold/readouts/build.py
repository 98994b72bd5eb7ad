"""Build the readout gold JSONL files from the annotations and the public-domain VOA corpus.

Run from the repository root::

    python data/gold/readouts/build.py [--voa ../shared/corpora/voa/voa_stories.jsonl]

``annotations.yaml`` holds the ``dev`` and ``heldout`` splits, ``annotations-heldout2.yaml``
the second sealed set (``heldout2``), ``annotations-dev2.yaml`` the second development set
(``dev2``); each split is written to ``SPLIT.jsonl``. ``--annotations FILE ...`` rebuilds only
the splits of the given files (e.g. ``--annotations annotations-dev2.yaml``), so a development
set can be rebuilt without opening the sealed ones.
``annotations-dev3.yaml`` (third development set, not in the default list) takes its texts from
``stories-dev3.jsonl`` (named by its ``stories`` key): ``--annotations annotations-dev3.yaml``
writes ``dev3.jsonl`` alone.

Each evidence snippet must occur exactly once in its story; it is widened to the whole
sentence that holds it (a sentence ends at . ! or ? plus an optional closing quote, before
whitespace and a capital letter or an opening quote). The story texts are VOA stories
(public domain) and are stored in the output so that the gold needs nothing else.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ANNOTATIONS = ("annotations.yaml", "annotations-heldout2.yaml", "annotations-dev2.yaml")
BOUNDARY = re.compile(r"""[.!?]["”’)]?\s+(?=[A-Z"“‘(\[])""")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence of ``text``."""
    spans, start = [], 0
    for match in BOUNDARY.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        spans.append((start, end))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text.rstrip())))
    return spans


def locate(text: str, snippet: str, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Return the sentence span holding the one occurrence of ``snippet``."""
    count = text.count(snippet)
    if count != 1:
        raise SystemExit(f"snippet occurs {count} times: {snippet!r}")
    at = text.index(snippet)
    first = next(s for s in spans if s[0] <= at < s[1] or at < s[0])
    last = next(s for s in spans if s[0] < at + len(snippet) <= s[1])
    return first[0], last[1]


def read_stories(path: Path) -> dict[str, dict]:
    """Return the stories of a JSONL file (``id``, ``url``, ``title``, ``published``, ``text``)
    that an annotation file names under ``stories`` (texts outside the VOA corpus, e.g. dev3)."""
    with path.open(encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


def build(voa_path: Path, names: tuple[str, ...] = ANNOTATIONS) -> dict[str, list[dict]]:
    """Return the gold groups by split, from the annotation files ``names``."""
    stories = {}
    with voa_path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            stories[record["id"]] = record
    groups = []
    for name in names:
        annotations = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
        stories.update(read_stories(HERE / annotations["stories"])
                       if "stories" in annotations else {})
        groups += annotations["groups"]
    out: dict[str, list[dict]] = {}
    for group in groups:
        story = stories[group["voa_id"]]
        text = story["text"]
        spans = sentence_spans(text)
        points = []
        for point in group["points"]:
            evidence = {side: sorted({locate(text, s, spans) for s in snippets})
                        for side, snippets in point["evidence"].items()}
            unknown = set(evidence) - set(group["sides"])
            if unknown:
                raise SystemExit(f"{group['group']}: sides {unknown} not declared")
            points.append({"topic": point["topic"], "relation": point["relation"],
                           "in": list(evidence), "evidence": {
                               k: [list(s) for s in v] for k, v in evidence.items()}})
        out.setdefault(group["split"], []).append({
            "group": group["group"], "mode": "within", "event": group["event"],
            "source": {"voa_id": story["id"], "url": story["url"], "title": story["title"],
                       "published": story["published"][:10], "licence": "public domain (VOA)"},
            "text": text, "accounts": [{"id": s, "side": s} for s in group["sides"]],
            "points": points})
    return out


def main() -> None:
    """Write one SPLIT.jsonl per split next to this script."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voa", type=Path,
                        default=HERE.parents[3].parent / "shared/corpora/voa/voa_stories.jsonl")
    parser.add_argument("--annotations", nargs="+", default=list(ANNOTATIONS),
                        help="annotation files to build (default: all)")
    args = parser.parse_args()
    for split, groups in build(args.voa, tuple(args.annotations)).items():
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as handle:
            for group in groups:
                handle.write(json.dumps(group, ensure_ascii=False) + "\n")
        print(split, len(groups), "groups", sum(len(g["points"]) for g in groups), "points")


if __name__ == "__main__":
    main()
