"""Build the readout gold JSONL files from the annotations and the public-domain VOA corpus.

Run from the repository root::

    python data/gold/readouts/build.py [--voa ../shared/corpora/voa/voa_stories.jsonl]

``annotations.yaml`` holds the ``dev`` and ``heldout`` splits, ``annotations-heldout2.yaml``
the second sealed set (``heldout2``), ``annotations-dev2.yaml`` the second development set
(``dev2``), ``annotations-heldout3.yaml`` the third sealed set (``heldout3``),
``annotations-heldout4.yaml`` the fourth sealed set (``heldout4``; ``--annotations
annotations-heldout4.yaml`` writes ``heldout4.jsonl`` alone), ``annotations-heldout5.yaml`` the
fifth sealed set (``heldout5``, likewise), ``annotations-heldout6.yaml`` the sixth sealed set
(``heldout6``, likewise), ``annotations-heldout7.yaml`` the seventh (``heldout7``, likewise),
``annotations-heldout8.yaml`` the eighth (``heldout8``, likewise),
``annotations-heldout9.yaml`` the ninth (``heldout9``, likewise),
``annotations-heldout10.yaml`` the tenth (``heldout10``, likewise),
``annotations-heldout11.yaml`` the eleventh (``heldout11``, likewise),
``annotations-heldout12.yaml`` the twelfth (``heldout12``, likewise),
``annotations-heldout13.yaml`` the thirteenth (``heldout13``, likewise),
``annotations-heldout15.yaml`` the fifteenth (``heldout15``, likewise),
``annotations-heldout16.yaml`` the sixteenth (``heldout16``, likewise),
``annotations-heldout17.yaml`` the seventeenth (``heldout17``, likewise),
``annotations-heldout18.yaml`` the eighteenth (``heldout18``, likewise),
``annotations-heldout19.yaml`` the nineteenth (``heldout19``, likewise),
``annotations-heldout20.yaml`` the twentieth (``heldout20``, likewise),
``annotations-heldout21.yaml`` the twenty-first (``heldout21``, likewise),
``annotations-heldout22.yaml`` the twenty-second (``heldout22``, likewise),
``annotations-heldout23.yaml`` the twenty-third (``heldout23``, likewise),
``annotations-heldout24.yaml`` the twenty-fourth (``heldout24``, likewise),
``annotations-heldout25.yaml`` the twenty-fifth (``heldout25``, likewise),
``annotations-heldout26.yaml`` the twenty-sixth (``heldout26``, likewise);
each split is
written to ``SPLIT.jsonl``. ``--annotations FILE ...`` rebuilds only
the splits of the given files (e.g. ``--annotations annotations-dev2.yaml``), so a development
set can be rebuilt without opening the sealed ones.
``annotations-dev3.yaml`` (third development set, not in the default list) takes its texts from
``stories-dev3.jsonl`` (named by its ``stories`` key): ``--annotations annotations-dev3.yaml``
writes ``dev3.jsonl`` alone.

Each evidence snippet must occur exactly once in its story; it is widened to the whole
sentence that holds it (a sentence ends at . ! or ? plus an optional closing quote, before
whitespace and a capital letter or an opening quote). The story texts are VOA stories
(public domain) and are stored in the output so that the gold needs nothing else.

A group either names a story of the VOA corpus (``voa_id``) or carries its story inline
(``story``: ``text``, ``url``, ``title``, ``published``, ``truncated``, ``note``), as the
heldout3, heldout4, heldout5 and heldout6 groups do: VOA stories taken from the search
tool's store, not from the corpus. For inline stories the output also keeps ``truncated`` and ``note`` in ``source`` and
each point's ``evidence_text`` (the sentence at every span), and ``--check`` verifies every span.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ANNOTATIONS = ("annotations.yaml", "annotations-heldout2.yaml", "annotations-dev2.yaml",
               "annotations-heldout3.yaml", "annotations-heldout4.yaml",
               "annotations-heldout5.yaml", "annotations-heldout6.yaml",
               "annotations-heldout7.yaml", "annotations-heldout8.yaml",
               "annotations-heldout9.yaml", "annotations-heldout10.yaml",
               "annotations-heldout11.yaml", "annotations-heldout12.yaml",
               "annotations-heldout13.yaml", "annotations-heldout14.yaml",
               "annotations-heldout15.yaml", "annotations-heldout16.yaml",
               "annotations-heldout17.yaml", "annotations-heldout18.yaml",
               "annotations-heldout19.yaml", "annotations-heldout20.yaml",
               "annotations-heldout21.yaml", "annotations-heldout22.yaml",
               "annotations-heldout23.yaml", "annotations-heldout24.yaml",
               "annotations-heldout25.yaml", "annotations-heldout26.yaml")
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


def load_corpus(voa_path: Path) -> dict[str, dict]:
    """Return the VOA corpus records by id."""
    stories = {}
    with voa_path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            stories[record["id"]] = record
    return stories


def read_stories(path: Path) -> dict[str, dict]:
    """Return the stories of a JSONL file (``id``, ``url``, ``title``, ``published``, ``text``)
    that an annotation file names under ``stories`` (texts outside the VOA corpus, e.g. dev3)."""
    with path.open(encoding="utf-8") as handle:
        return {record["id"]: record for record in map(json.loads, handle)}


def build(voa_path: Path, names: tuple[str, ...] = ANNOTATIONS) -> dict[str, list[dict]]:
    """Return the gold groups by split, from the annotation files ``names``."""
    groups: list[dict] = []
    stories: dict[str, dict] = {}
    for name in names:
        annotations = yaml.safe_load((HERE / name).read_text(encoding="utf-8"))
        if "stories" in annotations:
            stories.update(read_stories(HERE / annotations["stories"]))
        groups += annotations["groups"]
    if any("story" not in g and g["voa_id"] not in stories for g in groups):
        stories = {**load_corpus(voa_path), **stories}
    out: dict[str, list[dict]] = {}
    for group in groups:
        inline = "story" in group
        story = group["story"] if inline else stories[group["voa_id"]]
        text = story["text"]
        spans = sentence_spans(text)
        points = []
        for point in group["points"]:
            evidence = {side: sorted({locate(text, s, spans) for s in snippets})
                        for side, snippets in point["evidence"].items()}
            unknown = set(evidence) - set(group["sides"])
            if unknown:
                raise SystemExit(f"{group['group']}: sides {unknown} not declared")
            record = {"topic": point["topic"], "relation": point["relation"],
                      "in": list(evidence), "evidence": {
                          k: [list(s) for s in v] for k, v in evidence.items()}}
            if inline:
                record["evidence_text"] = {k: [text[a:b] for a, b in v]
                                           for k, v in evidence.items()}
            points.append(record)
        if inline:
            source = {"voa_id": None, "url": story["url"], "title": story["title"],
                      "published": story["published"], "licence": "public domain (VOA)",
                      "source": "search-pages", "truncated": story["truncated"],
                      "note": story["note"]}
        else:
            source = {"voa_id": story["id"], "url": story["url"], "title": story["title"],
                      "published": story["published"][:10], "licence": "public domain (VOA)"}
        out.setdefault(group["split"], []).append({
            "group": group["group"], "mode": "within", "event": group["event"],
            "source": source,
            "text": text, "accounts": [{"id": s, "side": s} for s in group["sides"]],
            "points": points})
    return out


RELATIONS = {"shared", "only_in_one", "contradiction", "different_framing"}


def check(groups: list[dict]) -> list[str]:
    """Return the problems of written gold ``groups`` (empty when every span checks out).

    Every evidence span must be whole sentences of the story and, where the group keeps
    ``evidence_text``, hold exactly that text; relations must be known ones, a one-sided point
    must have one side and the others two or more; no two points may rest on the very same
    single sentence.
    """
    problems = []
    for group in groups:
        text, name = group["text"], group["group"]
        starts = {a for a, _ in sentence_spans(text)}
        ends = {b for _, b in sentence_spans(text)}
        sides = {a["side"] for a in group["accounts"]}
        singles: dict[tuple[int, int], int] = {}
        for number, point in enumerate(group["points"]):
            where = f"{name} point {number} ({point['topic']})"
            if point["relation"] not in RELATIONS:
                problems.append(f"{where}: unknown relation {point['relation']!r}")
            if (len(point["in"]) == 1) != (point["relation"] == "only_in_one"):
                problems.append(f"{where}: {point['relation']} with sides {point['in']}")
            if set(point["in"]) - sides or set(point["in"]) != set(point["evidence"]):
                problems.append(f"{where}: sides {point['in']} vs accounts {sorted(sides)}")
            spans = {tuple(s) for v in point["evidence"].values() for s in v}
            for side, side_spans in point["evidence"].items():
                texts = point.get("evidence_text", {}).get(side)
                for k, (start, end) in enumerate(side_spans):
                    if start not in starts or end not in ends or start >= end:
                        problems.append(f"{where}: [{start}, {end}] is not whole sentences")
                    if texts is not None and text[start:end] != texts[k]:
                        problems.append(f"{where}: text at [{start}, {end}] differs")
            if len(spans) == 1:
                span = next(iter(spans))
                if span in singles:
                    problems.append(f"{where}: same single sentence as point {singles[span]}")
                singles[span] = number
    return problems


def main() -> None:
    """Write one SPLIT.jsonl per split next to this script (or, with --check, verify them)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--voa", type=Path,
                        default=HERE.parents[2].parent / "shared/corpora/voa/voa_stories.jsonl")
    parser.add_argument("--annotations", nargs="+", default=list(ANNOTATIONS),
                        help="annotation files to build (default: all)")
    parser.add_argument("--check", action="store_true",
                        help="rebuild in memory and verify the written SPLIT.jsonl files")
    args = parser.parse_args()
    for split, groups in build(args.voa, tuple(args.annotations)).items():
        lines = [json.dumps(group, ensure_ascii=False) + "\n" for group in groups]
        path = HERE / f"{split}.jsonl"
        if args.check:
            problems = check(groups)
            if path.read_text(encoding="utf-8") != "".join(lines):
                problems.append(f"{path.name} differs from a rebuild")
            problems += check([json.loads(line) for line in path.read_text(
                encoding="utf-8").splitlines()])
            for problem in problems:
                print(problem)
            if problems:
                raise SystemExit(1)
            print(split, "ok")
            continue
        with path.open("w", encoding="utf-8") as handle:
            handle.writelines(lines)
        print(split, len(groups), "groups", sum(len(g["points"]) for g in groups), "points")


if __name__ == "__main__":
    main()
