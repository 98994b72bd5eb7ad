"""Named candidates the learned chooser passes over: right / wrong if taken (issue 9, round 25).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/passed_over_named.py -o DECISIONS.jsonl [--splits read26 dev ...]
        [--resolve P] [--fill P] [--add P]

Runs the splits of ``scripts/dyad_changes.py`` (READ and the dev pool; never a CHECK part)
with :func:`wirecoder.events.arg_model.combine` wrapped. Wherever the shipped combination
leaves a named candidate (PERSON, ORG, GPE, NORP, FAC, LOC) out of a role, the wrapper
records one decision per role — the best such candidate — in one of three situations:

* ``resolve``: the rules gave neither role a country (``combine``'s first rule);
* ``fill``: the role is empty, the other has a country, the candidate is under ``fill``;
* ``add``: the role holds another country, the candidate is under ``add``.

With ``--resolve`` / ``--fill`` / ``--add`` a decision whose probability is above the given
value is *taken* (the candidate goes into the role, never making a self-loop), so that its
outcome can be read off the scored output: ``right`` (the event is matched and the code is
in the gold role), ``wrong`` (matched, not in the gold role), ``unmatched`` (the event is
kept but matches no gold event), ``gone`` (not in the output, or the code left the role
later). Each decision carries its conditions: probability, the mention's kind, its
dependency path class (``named_side_paths.path_class``), whether the rules put any mention
in either role, whether the other role holds the same country, and the document's half
(:func:`wirecoder.evaluation.halves.places`), so that a threshold is chosen on one half and
counted on the other.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import dyad_changes  # scripts/ on sys.path
from named_side_paths import NAMED, path_class

from wirecoder.evaluation.halves import places
from wirecoder.events import arg_model, stage
from wirecoder.events.arg_candidates import dependency_path, mention_head
from wirecoder.settings import Settings

_ORIGINAL_CANDS = stage.trigger_candidates
_ORIGINAL_COMBINE = arg_model.combine
_ORIGINAL_CHOOSER = arg_model.chooser_for
_PATHS: dict[tuple[int, int], str] = {}
_DOCS: list[list[dict[str, Any]]] = []
_TAKE = {"resolve": 1.01, "fill": 1.01, "add": 1.01}
_TRIGGER: list[int] = [0]
_PARTY_ONLY: list[bool] = [False]


def _candidates(token: Any, anchor: Any, *args: Any) -> Any:
    cands = _ORIGINAL_CANDS(token, anchor, *args)
    _TRIGGER[0] = token.idx
    _PATHS.clear()
    for c in cands:
        head = mention_head(token.doc, c.entity)
        path = dependency_path(anchor, head) if head is not None else None
        _PATHS[(c.entity.start, c.entity.end)] = "|".join(path) if path is not None else "OUT"
    return cands


def _chooser(settings: Any) -> arg_model.Chooser:
    _DOCS.append([])
    return _ORIGINAL_CHOOSER(settings)


def _combine(cands: list, probs: list, actor: tuple, recipient: tuple,
             thresholds: dict[str, float]) -> tuple[tuple, tuple]:
    out = list(_ORIGINAL_COMBINE(cands, probs, actor, recipient, thresholds))
    ruled = any(e.country_code for e in (*actor, *recipient))
    any_party = bool(actor or recipient)
    joint = len({e.country_code for e in actor if e.country_code}) >= 2 and not recipient
    for role, name in enumerate(("actor", "recipient")):
        held = {e.country_code for e in out[role] if e.country_code}
        other = {e.country_code for e in out[1 - role] if e.country_code}
        if not ruled:
            situation = "resolve"
        elif joint and role == 1:
            continue
        elif held:
            situation = "add"
        else:
            situation = "fill"
        named = [(p[role], c.entity) for c, p in zip(cands, probs, strict=True)
                 if c.entity.kind in NAMED and c.entity.country_code
                 and c.entity.country_code not in held]
        if not named:
            continue
        p, entity = max(named, key=lambda item: item[0])
        path = _PATHS.get((entity.start, entity.end), "?")
        same = entity.country_code in other
        take = (p > _TAKE[situation] and not same
                and not (situation == "resolve" and _PARTY_ONLY[0] and not any_party))
        if take:
            out[role] = (*out[role], entity)
        _DOCS[-1].append({
            "situation": situation, "role": name, "code": entity.country_code, "p": round(p, 4),
            "kind": entity.kind, "place": entity.is_place, "path": path,
            "class": path_class(path), "any_party": any_party, "same_other": same,
            "start": entity.start, "trigger": _TRIGGER[0], "taken": take,
            "mention": entity.raw_text,
            "thresholds": f"{thresholds[f'{name}_fill']}/{thresholds[f'{name}_add']}"})
    return out[0], out[1]


def main() -> None:
    """Run the splits and write one JSON line per decision."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--splits", nargs="*", choices=list(dyad_changes.DEV))
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--run", help="also write the dyad_changes run JSON here")
    for key in _TAKE:
        parser.add_argument(f"--{key}", type=float, default=1.01)
    parser.add_argument("--party-only", action="store_true",
                        help="resolve only events whose rules put a mention in a role")
    args = parser.parse_args()
    _PARTY_ONLY[0] = args.party_only
    for key in _TAKE:
        _TAKE[key] = getattr(args, key)
    stage.trigger_candidates = _candidates  # type: ignore[assignment]
    arg_model.combine = _combine
    arg_model.chooser_for = _chooser
    captured: list[tuple[list, list]] = []
    original = dyad_changes.analyze_records

    def analyze(records: list, settings: Any) -> list:
        _DOCS.clear()
        out = original(records, settings)
        captured.append((records, out))
        return out

    dyad_changes.analyze_records = analyze
    runs: dict[str, Any] = {}
    with open(args.output, "w", encoding="utf-8") as fh:
        for name in args.splits or list(dyad_changes.DEV):
            captured.clear()
            runs[name] = dyad_changes._score(dyad_changes.DEV[name], Settings())
            print(name, runs[name]["headline"], flush=True, file=sys.stderr)
            records, analyses = captured[0]
            docs = _DOCS[len(_DOCS) - len(records):]
            halves = places([str(r.get("id", "")) for r in records])
            for record, analysis, decisions, place in zip(records, analyses, docs, halves,
                                                          strict=True):
                for d in _outcomes(record, analysis, decisions):
                    fh.write(json.dumps({"set": name, "doc": record.get("id"),
                                         "half": place % 2, **d}) + "\n")
    if args.run:
        Path(args.run).write_text(json.dumps(runs, indent=1), encoding="utf-8")


def _outcomes(record: dict[str, Any], analysis: Any,
              decisions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text = record["text"]
    golds = [g for g in record.get("events", []) if g.get("event_type")]
    system = list(analysis.events)
    pairs, _, _ = dyad_changes.match_events(text, golds, system)
    gold_of = {si: golds[gi] for gi, si in pairs}
    out = []
    for d in decisions:
        at = [k for k, e in enumerate(system) if e.start <= d["trigger"] < max(e.end, e.start + 1)]
        outcome = "no event"
        extra: dict[str, bool] = {}
        for k in at:
            gold = gold_of.get(k)
            want = set(gold.get(d["role"]) or []) if gold is not None else set()
            if d["code"] not in {m.country_code for m in getattr(system[k], d["role"])}:
                outcome = "absent" + ("" if gold is None else
                                      " (gold has it)" if d["code"] in want else " (gold not)")
            elif gold is None:
                outcome = "unmatched"
            else:
                outcome = "right" if d["code"] in want else "wrong"
                event = system[k]
                exact = {role: {m.country_code for m in getattr(event, role) if m.country_code}
                         == set(gold.get(role) or []) for role in ("actor", "recipient")}
                extra = {"exact": exact[d["role"]], "dyad": all(exact.values())}
            break
        out.append({**d, "outcome": outcome, **extra})
    return out


if __name__ == "__main__":
    main()
