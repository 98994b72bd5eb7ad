"""Named parties a matched event's side misses, by dependency path and by why (issue 9, round 24).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/named_side_paths.py -o RUN.json [--splits read26 dev ...] [--cases F.jsonl]

Scores the splits of ``scripts/dyad_changes.py`` (READ and the dev pool; never a CHECK part)
and writes ``RUN.json`` in that script's format, so ``dyad_changes.py compare`` reads it.
While the stage runs, every call of the learned chooser's candidate builder is recorded with,
for each mention of the trigger's sentence, the dependency path from the trigger's anchor.

For every matched event (type + sentence) whose actor or recipient codes are empty or
disjoint from the gold's, the mention over the gold's words that carries a gold country is
looked up. When it is a name (PERSON, ORG, GPE, NORP, FAC, LOC), the case is counted by its
path class and by why the chooser did not take it: ``not candidate`` (filtered: outside the
sentence, an outlet, a modifier naming the other side ...), ``no chooser`` (the trigger never
reached the chooser), ``other role`` (taken for the other role), ``out-scored`` (a candidate
whose probability for the role stayed under the threshold). The table goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import dyad_changes  # scripts/ on sys.path

from wirecoder.events import arg_model, stage
from wirecoder.events.arg_candidates import dependency_path, mention_head
from wirecoder.settings import Settings

NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_SEEN: dict[tuple[int, str], dict[str, Any]] = {}
_ORIGINAL = stage.trigger_candidates


def _recording(token: Any, anchor: Any, category: str, kind: str, index: Any, quotes: Any,
               source: Any, rules: Any) -> Any:
    cands = _ORIGINAL(token, anchor, category, kind, index, quotes, source, rules)
    sent = token.sent
    paths = {}
    for ent in index.within(sent.start_char, sent.end_char):
        head = mention_head(token.doc, ent)
        path = dependency_path(anchor, head) if head is not None else None
        paths[(ent.start, ent.end)] = ("|".join(path) if path is not None else "OUT",
                                       head.dep_ if head is not None else "-",
                                       head.head.dep_ if head is not None else "-")
    model = arg_model.chooser_for(Settings()).model
    probs = (arg_model._role_probabilities(model, [c.features for c in cands])
             if model is not None and cands else [])
    _SEEN[(token.idx, sent.text)] = {
        "anchor": f"{anchor.lower_}/{anchor.dep_}/{anchor.pos_}", "kind": kind,
        "paths": paths,
        "cands": {(c.entity.start, c.entity.end): p for c, p in zip(cands, probs, strict=True)}}
    return cands


def path_class(path: str) -> str:
    """A coarse class of a dependency path (for counting)."""
    if path == "OUT":
        return "other sentence"
    steps = path.split("|") if path else []
    if not steps:
        return "trigger itself"
    ups = [s for s in steps if s.startswith("^")]
    downs = [s for s in steps if s.startswith("v")]
    last = steps[-1]
    clause = next((s[1:] for s in steps if s[1:].split(":")[0] in
                   {"ccomp", "xcomp", "advcl", "relcl", "conj", "acl", "parataxis", "pcomp"}),
                  None)
    if len(steps) == 1:
        return f"direct {last}"
    if last in {"vposs", "vcompound", "vamod", "vnmod"}:
        where = steps[-2] if len(steps) == 2 else "deep"
        return f"modifier {last[1:]} of {where}"
    if last == "vappos":
        return "appositive"
    if last.startswith("vagent") or (len(steps) >= 2 and steps[-2].startswith("vagent")):
        return "passive by"
    if clause:
        return f"via {clause} ({'up' if ups else 'down'}) -> {last}"
    if len(steps) == 2 and steps[0].startswith("vprep"):
        return f"prep {steps[0].split(':', 1)[1]} obj"
    if ups and downs:
        return f"up {ups[-1]} then {last}"
    return f"{'up' if ups else 'down'} len{len(steps)} -> {last}"


def _why(info: dict[str, Any] | None, key: tuple[int, int], role: int, other: set[str],
         code: str, thresholds: dict[str, float]) -> str:
    if info is None:
        return "no chooser"
    if key not in info["paths"]:
        return "not candidate: outside sentence"
    if key not in info["cands"]:
        return "not candidate: filtered"
    if code in other:
        return "other role"
    p = info["cands"][key][role]
    name = ("actor", "recipient")[role]
    band = ("<.2" if p < .2 else "<.5" if p < .5 else
            "<fill" if p <= thresholds[f"{name}_fill"] else ">fill")
    return f"out-scored p={band}"


def main() -> None:
    """Run the splits, write the dyad_changes run and print the path table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="*", choices=list(dyad_changes.DEV))
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--cases")
    args = parser.parse_args()
    stage.trigger_candidates = _recording  # type: ignore[assignment]
    thresholds = arg_model.chooser_for(Settings()).thresholds
    captured: list[tuple[list, list]] = []
    original = dyad_changes.analyze_records

    def analyze(records: list, settings: Any) -> list:
        out = original(records, settings)
        captured.append((records, out))
        return out

    dyad_changes.analyze_records = analyze  # type: ignore[assignment]
    counts: Counter[tuple[str, str, str]] = Counter()
    whys: Counter[str] = Counter()
    out: dict[str, Any] = {}
    cases = open(args.cases, "w", encoding="utf-8") if args.cases else None  # noqa: SIM115
    for name in args.splits or list(dyad_changes.DEV):
        _SEEN.clear()
        captured.clear()
        out[name] = dyad_changes._score(dyad_changes.DEV[name], Settings())
        print(name, out[name]["headline"], flush=True, file=sys.stderr)
        records, analyses = captured[0]
        for record, analysis in zip(records, analyses, strict=True):
            _cases(name, record, analysis, thresholds, counts, whys, cases)
        _SEEN.clear()
    if cases is not None:
        cases.close()
    Path(args.output).write_text(json.dumps(out, indent=1), encoding="utf-8")
    print("state\twhy\tpath class\tcount", file=sys.stderr)
    for (state, why, cls), n in counts.most_common(80):
        print(f"{state}\t{why}\t{cls}\t{n}", file=sys.stderr)
    print(dict(whys.most_common()), file=sys.stderr)


def _cases(name: str, record: dict[str, Any], analysis: Any, thresholds: dict[str, float],
           counts: Counter, whys: Counter, cases: Any) -> None:
    text = record["text"]
    golds = [g for g in record.get("events", []) if g.get("event_type")]
    system = list(analysis.events)
    pairs, _, _ = dyad_changes.match_events(text, golds, system)
    for gi, si in pairs:
        g, e = golds[gi], system[si]
        for role, side in enumerate(("actor", "recipient")):
            want = set(g.get(side) or [])
            have = {m.country_code for m in getattr(e, side) if m.country_code}
            if not want or want & have:
                continue
            state = "wrong" if have else "empty"
            other = {m.country_code for m in getattr(e, ("recipient", "actor")[role])
                     if m.country_code}
            lo, hi = int(g.get("sentence_start", 0)), int(g.get("sentence_end", len(text)))
            right = []
            for words in g.get(f"{side}_text") or []:
                for s, t in dyad_changes_spans(text, words, lo, hi):
                    right += [m for m in analysis.entities if m.start < t and s < m.end
                              and m.country_code in want]
            info = next((v for (a, sent), v in _SEEN.items() if e.start <= a < e.end
                         and sent in text[max(0, a - len(sent)):a + len(sent)]), None)
            if not right:
                cover = [m for words in g.get(f"{side}_text") or []
                         for s, t in dyad_changes_spans(text, words, lo, hi)
                         for m in analysis.entities if m.start < t and s < m.end]
                whys[f"{state}: no mention with the gold country, "
                     + (f"{cover[0].kind} with {cover[0].country_code or 'none'}" if cover
                        else "none over the words")] += 1
                if cases is not None and cover:
                    cases.write(json.dumps({
                        "set": name, "doc": record["id"], "state": state, "role": side,
                        "why": "mention " + ("without a country" if not cover[0].country_code
                                             else "with another country"),
                        "kind": cover[0].kind, "type": e.event_type,
                        "trigger": text[e.start:e.end],
                        "mention": f"{cover[0].raw_text}/{cover[0].country_code}",
                        "how": f"{cover[0].resolved_by}/{cover[0].role}/{cover[0].organization}",
                        "system": [f"{x.raw_text}/{x.country_code}" for x in getattr(e, side)],
                        "gold": sorted(want), "sentence": text[lo:hi]}) + "\n")
                continue
            named = [m for m in right if m.kind in NAMED]
            if not named:
                whys[f"{state}: gold mention not a name ({right[0].kind})"] += 1
                continue
            m = named[0]
            key = (m.start, m.end)
            path, dep, hdep = (info["paths"].get(key, ("OUT", "-", "-")) if info else
                               ("?", "-", "-"))
            why = _why(info, key, role, other, m.country_code or "", thresholds)
            cls = path_class(path) if info else "no chooser"
            counts[(state + " " + side, why.split(" p=")[0], cls)] += 1
            whys[f"{state}: name, {why}"] += 1
            if cases is not None:
                cases.write(json.dumps({
                    "set": name, "doc": record["id"], "state": state, "role": side,
                    "why": why, "path": path, "class": cls, "dep": f"{dep}<{hdep}",
                    "anchor": info["anchor"] if info else None, "type": e.event_type,
                    "trigger": text[e.start:e.end], "mention": f"{m.raw_text}/{m.country_code}",
                    "system": [f"{x.raw_text}/{x.country_code}" for x in getattr(e, side)],
                    "system_paths": [info["paths"].get((x.start, x.end), ("?",))[0]
                                     if info else "?" for x in getattr(e, side)],
                    "gold": sorted(want), "sentence": text[lo:hi]}) + "\n")


def dyad_changes_spans(text: str, words: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Occurrences of ``words`` in ``text[lo:hi]`` (the first one only)."""
    at = text.find(words, lo, hi) if words else -1
    return [(at, at + len(words))] if at >= 0 else []


if __name__ == "__main__":
    main()
