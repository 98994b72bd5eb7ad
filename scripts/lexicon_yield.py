"""What a lexicon change wins and costs, per entry, on every events development set.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/lexicon_yield.py snapshot OUT.json [SET ...]   # run the coder, keep its events
    python scripts/lexicon_yield.py compare BEFORE.json AFTER.json [-v]  # the change's yield
    python scripts/lexicon_yield.py mine SNAPSHOT.json [--min-sets 2] [--min-docs 3] [--all-causes]

``snapshot`` runs the events stage on each SET (default: the older union dev … dev13 and
the open blind sets, the round-26 READ part (``ev_read26.jsonl`` in ``$WIRECODER_SPLIT_DIR``)
when present, and the
judged spot checks round3 … round25) and stores, per record, every system event (type,
span, the lexicon entry in ``why``, whether it matches a gold event on type + sentence and
on the dyad) and every required gold event (matched or not, its trigger's head lemma and
syntactic frame, and for a miss the cause of
:func:`recall_diagnosis._cause`: ``no-trigger``, ``listed-no-match``, ``dropped:...``,
``other-type``). Matching is the one of ``wirecoder eval events`` (type + sentence,
one-to-one, overlapping triggers first); spot-check events marked ``optional`` are left out.

``compare`` takes a snapshot before and one after a change and prints, per lexicon entry
(the first word of ``why``), the gold events it now matches that were missed (+gold), the
ones lost (-gold), the new system events that match no gold (+spurious) and the spurious
events removed (-spurious), with the net (+gold - -gold - +spurious + -spurious) and the
same on the dyad; then the totals per set. An entry's net on the older union is what
decides whether it stays (docs/events.md, "Vocabulary round 9").

``mine`` counts the missed gold events by head lemma and frame (the verb's object or
preposition, the noun's preposition, the light verb above a noun) over the snapshot's sets,
with the number of distinct sets and documents and the gold categories; and the system's
spurious events by trigger lemma and entry, so each lexicon entry can be judged on both
sides. Only lemmas missed in at least ``--min-sets`` sets or ``--min-docs`` documents are
printed. No gold sentence is printed: only lemmas, frames, counts and set names.

Only development sets may be named (as ``scripts/events_dev_figures.py``); the sealed sets,
the CHECK part of the round-26 split and the gold it is built from (dev31, blind56,
``test25/documents.jsonl``) are refused (:func:`refused`).
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

#: Round 26's READ part (``scripts/read_check_split.py 26`` writes it into $WIRECODER_SPLIT_DIR,
#: default ``.splits`` in the repository).
READ = Path(os.environ.get("WIRECODER_SPLIT_DIR", ROOT / ".splits")) / "ev_read26.jsonl"
SPOT = [f"round{n}" for n in range(3, 26)]
_SEALED_WORDS = ("check", "test25", "test26", "test27", "test28", "test29", "blind56",
                 "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63",
                 "blind64", "blind65", "round26", "round27", "round28", "round29",
                 "heldout")
#: The gold the round-26 CHECK part is built from (scripts/read_check_split.py): its set names and
#: files are refused as well, whichever way they are named (blind56 is in _SEALED_WORDS: half
#: of it is in CHECK).
_CHECK_SOURCES = ("dev31",)
_CHECK_FILES = ("test25/documents.jsonl",)


def refused(name: str) -> bool:
    """Whether ``name`` (a set name or a path) is sealed text or a source of the CHECK part.

    Args:
        name: A development set name ("dev14", "blind20", "round9") or a gold file path.

    Returns:
        True for sealed sets, the CHECK files and the gold they are built from (dev31,
        blind56, ``test25/documents.jsonl``, under any path).
    """
    path = Path(name)
    base = path.name.lower()
    full = path.resolve().as_posix().lower() if path.suffix else name.lower()
    parts = [part.lower() for part in path.parts]
    return (any(word in part for word in _SEALED_WORDS for part in parts)
            or any(base == s or base == f"{s}.jsonl" for s in _CHECK_SOURCES)
            or any(full.endswith(f) or name.lower().endswith(f) for f in _CHECK_FILES)
            or "test25" in parts)


def _sets(names: list[str]) -> list[str]:
    from events_dev_figures import DEFAULT

    if names:
        return names
    return [*DEFAULT, *([str(READ)] if READ.is_file() else []), *SPOT]


def _records(name: str) -> list[dict[str, Any]]:
    """The gold records of one development set (refuses sealed and CHECK files)."""
    from events_dev_figures import _path

    if refused(name):
        raise SystemExit(f"{name}: sealed or CHECK text, not for development")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in Path(name).open(encoding="utf-8")]
    if name.startswith("round"):
        spec = importlib.util.spec_from_file_location(
            "auto_judge", ROOT / "data" / "gold" / "spotcheck" / "auto_judge.py")
        assert spec is not None and spec.loader is not None
        judge = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(judge)
        return judge._load(name)
    return [json.loads(line) for line in _path(name).open(encoding="utf-8")]


def _frame(token: Any) -> str:
    """The syntactic frame of a trigger head: what a lexicon entry would condition on."""
    if token is None:
        return "?"
    if token.pos_ in {"VERB", "AUX"}:
        parts = [token.lemma_.lower()]
        for child in token.children:
            if child.dep_ == "prt":
                parts.append(child.lower_)
        for child in token.children:
            if child.dep_ in {"dobj", "obj"}:
                parts.append("+obj:" + child.lemma_.lower())
            elif child.dep_ == "prep":
                parts.append("+" + child.lower_)
            elif child.dep_ in {"xcomp", "ccomp"}:
                parts.append("+" + child.dep_)
        return "V " + " ".join(parts)
    if token.pos_ in {"NOUN", "PROPN"}:
        preps = [c.lower_ for c in token.children if c.dep_ == "prep"]
        head = token.head
        over = ""
        if token.dep_ in {"dobj", "obj"} and head.pos_ in {"VERB", "AUX"}:
            over = f"{head.lemma_.lower()}+"
        elif token.dep_ == "pobj":
            over = f"[{head.lower_}]"
        return "N " + over + token.lemma_.lower() + "".join(f" +{p}" for p in preps)
    return f"{token.pos_[:3]} {token.lemma_.lower()}"


def _head(doc: Any, start: int, end: int) -> Any:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    content = [t for t in span if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}]
    root = span.root
    if root.pos_ not in {"VERB", "NOUN", "ADJ", "PROPN"} and content:
        return content[0]
    return root


def snapshot(out: Path, names: list[str]) -> None:
    """Run the coder on each set and write what :func:`compare` and :func:`mine` read."""
    from recall_diagnosis import _cause, _offsets

    from wirecoder.evaluation.common import analyze_records
    from wirecoder.evaluation.events import match_events
    from wirecoder.events import load_lexicon
    from wirecoder.events.explain import explain_dropped
    from wirecoder.events.lexicon import extra_paths
    from wirecoder.nlp import nlp_for
    from wirecoder.parsing import parse_one
    from wirecoder.settings import Settings

    settings = Settings()
    nlp = nlp_for(settings)
    lexicon = load_lexicon(extra_paths(settings))  # the lexicon analyze runs with
    rows: dict[str, list[dict[str, Any]]] = {}
    for name in _sets(names):
        records = _records(name)
        for record in records:
            record["events"] = [g for g in record.get("events", [])
                                if g.get("event_type") and not g.get("optional")]
        set_rows = []
        for record, analysis in zip(records, analyze_records(records, settings), strict=True):
            system = list(analysis.events)
            golds = [_offsets(g, record["text"]) for g in record["events"]]
            text = record["text"]
            pairs, lost, _ = match_events(text, golds, system)
            dyad, _, _ = match_events(text, golds, system, dyad=True)
            doc = parse_one(nlp, text)
            dropped = []
            if lost:
                dropped = explain_dropped(doc, lexicon, analysis.entities,
                                          analysis.time_expressions, analysis.quotes,
                                          published=analysis.published, source=analysis.source)
            matched = {si: gi for gi, si in pairs}
            dyad_sys = {si for _, si in dyad}
            events = []
            for si, e in enumerate(system):
                head = _head(doc, e.start, e.end)
                events.append({"type": e.event_type, "start": e.start, "end": e.end,
                               "text": e.event_text, "entry": (e.why or "?").split()[0],
                               "lemma": head.lemma_.lower() if head is not None else "?",
                               "frame": _frame(head), "gold": matched.get(si),
                               "dyad": si in dyad_sys})
            gold_rows = []
            for gi, g in enumerate(golds):
                head = _head(doc, g["trigger_start"], g["trigger_end"])
                row = {"type": g["event_type"], "mode": g.get("mode"),
                       "lemma": head.lemma_.lower() if head is not None else "?",
                       "frame": _frame(head), "matched": gi not in lost}
                if gi in lost:
                    row["cause"] = _cause(g, system, dropped)
                gold_rows.append(row)
            set_rows.append({"id": record["id"], "events": events, "gold": gold_rows})
        rows[name] = set_rows
        n_gold = sum(len(r["gold"]) for r in set_rows)
        n_hit = sum(g["matched"] for r in set_rows for g in r["gold"])
        n_sys = sum(len(r["events"]) for r in set_rows)
        print(f"{Path(name).stem}\tgold {n_gold}\tsystem {n_sys}\tmatched {n_hit}", flush=True)
    out.write_text(json.dumps(rows), encoding="utf-8")


def _key(event: dict[str, Any]) -> tuple:
    return (event["type"], event["start"], event["end"])


def _record_changes(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[tuple]:
    """The changes of one record, each credited to the lexicon entry that caused it.

    Counted on the gold side: a gold event matched after but not before is ``+gold`` for
    the entry of the system event now matching it; one matched before but not after is
    ``-gold`` for the entry of the event that matched it. A gold event matched both times
    (perhaps by another event) is no change. A system event matching no gold that is new
    is ``+spurious``; one that is gone (or now matches) is ``-spurious``. A matched event
    kept whose actor and recipient codes became right or wrong is ``dyad now right`` /
    ``dyad now wrong`` (counted in the entry's dyad net only).
    """
    old_gold = {e["gold"]: e for e in old if e["gold"] is not None}
    new_gold = {e["gold"]: e for e in new if e["gold"] is not None}
    old_spur = {_key(e): e for e in old if e["gold"] is None}
    new_spur = {_key(e): e for e in new if e["gold"] is None}
    out: list[tuple] = [("+gold", e) for gi, e in new_gold.items() if gi not in old_gold]
    out += [("-gold", e) for gi, e in old_gold.items() if gi not in new_gold]
    out += [("+spurious", e) for k, e in new_spur.items() if k not in old_spur]
    out += [("-spurious", e) for k, e in old_spur.items() if k not in new_spur]
    old_dyad = {_key(e): e["dyad"] for e in old if e["gold"] is not None}
    for e in new:  # the same matched event, its actor or recipient now right or wrong
        if e["gold"] is not None and e["gold"] in old_gold and old_dyad.get(_key(e)) is not None \
                and old_dyad[_key(e)] != e["dyad"]:
            out.append(("dyad now right" if e["dyad"] else "dyad now wrong", e))
    return out


def _entry(event: dict[str, Any]) -> str:
    return event["entry"].rstrip(";")


def _group(name: str) -> str:
    """The column a set counts in: the older union, the READ part, or the spot checks."""
    if name.startswith("round"):
        return "spot"
    return "read" if name.endswith(".jsonl") else "union"


def compare(before_path: Path, after_path: Path, verbose: bool = False) -> None:
    """Print the per-entry and per-set yield of the change between two snapshots.

    Each entry's net counts on the older union (``union``), the READ part (``read``) and
    the spot checks (``spot``) apart; ``verbose`` also lists every changed event (set,
    record, sign, type, entry, trigger words).
    """
    before = json.loads(before_path.read_text(encoding="utf-8"))
    after = json.loads(after_path.read_text(encoding="utf-8"))
    by_entry: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    by_set: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for name, records in after.items():
        group = _group(name)
        old_records = {r["id"]: r for r in before.get(name, [])}
        for record in records:
            old = old_records.get(record["id"], {"events": [], "gold": record["gold"]})
            changes = _record_changes(old["events"], record["events"])
            for side, e in changes:
                _count(by_entry[_entry(e)], group, side, e["dyad"])
                by_set[name][side] += 1
                by_set[name]["matched"] += {"+gold": 1, "-gold": -1}.get(side, 0)
                if verbose:
                    print(f"{Path(name).stem}\t{record['id']}\t{side}\t{e['type']}"
                          f"\t{_entry(e)}\t{e['text']}")
    print("\nentry\tunion +gold -gold +spur -spur (net; dyad net)\tREAD net (dyad)"
          "\tspot net (dyad)")
    for entry, c in sorted(by_entry.items(), key=lambda kv: (-_net(kv[1], "union"),
                                                             -_net(kv[1], "read"))):
        union = " ".join(str(c[f"union{k}"]) for k in ("+gold", "-gold", "+spurious",
                                                        "-spurious"))
        print(f"{entry}\t{union} ({_net(c, 'union'):+d}; {_dyad(c, 'union'):+d})"
              f"\t{_net(c, 'read'):+d} ({_dyad(c, 'read'):+d})"
              f"\t{_net(c, 'spot'):+d} ({_dyad(c, 'spot'):+d})")
    print("\nset\tgold matched (change)\t+spurious\t-spurious")
    total: collections.Counter = collections.Counter()
    for name, c in by_set.items():
        total.update(c)
        print(f"{Path(name).stem}\t{c['matched']:+d}\t{c['+spurious']}\t{c['-spurious']}")
    print(f"ALL\t{total['matched']:+d}\t{total['+spurious']}\t{total['-spurious']}")


def _count(c: collections.Counter, group: str, side: str, dyad: bool) -> None:
    if side.startswith("dyad now"):
        c[group + ("+dyad" if side.endswith("right") else "-dyad")] += 1
        return
    c[group + side] += 1
    c[group + side[0] + "dyad"] += dyad


def _net(c: collections.Counter, group: str) -> int:
    """Gold events won minus lost, minus spurious events made plus removed."""
    return (c[group + "+gold"] - c[group + "-gold"] - c[group + "+spurious"]
            + c[group + "-spurious"])


def _dyad(c: collections.Counter, group: str) -> int:
    """Dyad-right events made minus dyad-right events lost."""
    return c[group + "+dyad"] - c[group + "-dyad"]


#: The causes of a miss that a lexicon entry can fix (``--all-causes`` counts filters too).
VOCABULARY_CAUSES = ("no-trigger", "listed-no-match", "other-type")


def mine(path: Path, min_sets: int, min_docs: int, all_causes: bool = False) -> None:
    """Print the missed gold events and the spurious events by lemma and frame.

    By default only the misses a lexicon entry can fix are counted (no lexicon word at the
    trigger, a listed word whose entry conditions fail, or the words coded with another
    type); ``all_causes`` adds the misses that a filter dropped.
    """
    snap = json.loads(path.read_text(encoding="utf-8"))
    misses: dict[str, dict[str, Any]] = {}
    spurious: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    correct: collections.Counter = collections.Counter()
    for name, records in snap.items():
        for record in records:
            for g in record["gold"]:
                if g["matched"] or not (all_causes
                                        or g["cause"].startswith(VOCABULARY_CAUSES)):
                    continue
                row = misses.setdefault(g["lemma"], {
                    "n": 0, "sets": set(), "docs": set(), "types": collections.Counter(),
                    "frames": collections.Counter(), "causes": collections.Counter()})
                row["n"] += 1
                row["sets"].add(Path(name).stem)
                row["docs"].add((name, record["id"]))
                row["types"][f"{g['type']}/{g['mode'] or '-'}"] += 1
                row["frames"][g["frame"]] += 1
                row["causes"][g["cause"].split(":")[0]] += 1
            for e in record["events"]:
                if e["gold"] is None:
                    spurious[e["lemma"]][f"{e['type']}:{e['entry']}"] += 1
                else:
                    correct[e["lemma"]] += 1
    print("lemma\tmissed\tsets\tdocs\tgold types\tcauses\tframes\tsystem right/spurious")
    for lemma, row in sorted(misses.items(), key=lambda kv: -kv[1]["n"]):
        if len(row["sets"]) < min_sets and len(row["docs"]) < min_docs:
            continue
        types = ", ".join(f"{t} {n}" for t, n in row["types"].most_common())
        causes = ", ".join(f"{t} {n}" for t, n in row["causes"].most_common())
        frames = "; ".join(f"{t} ({n})" for t, n in row["frames"].most_common(6))
        print(f"{lemma}\t{row['n']}\t{len(row['sets'])}\t{len(row['docs'])}\t{types}\t{causes}"
              f"\t{frames}\t{correct[lemma]}/{sum(spurious[lemma].values())}")
    print("\nspurious lemma\tright\tspurious\tby type:entry")
    for lemma, c in sorted(spurious.items(), key=lambda kv: -sum(kv[1].values())):
        n = sum(c.values())
        if n < 3 or n <= correct[lemma]:
            continue
        detail = ", ".join(f"{k} {v}" for k, v in c.most_common(4))
        print(f"{lemma}\t{correct[lemma]}\t{n}\t{detail}")


def main(argv: list[str]) -> None:
    """Dispatch the ``snapshot``, ``compare`` and ``mine`` commands."""
    if not argv or argv[0] not in {"snapshot", "compare", "mine"}:
        raise SystemExit(__doc__)
    if argv[0] == "snapshot":
        snapshot(Path(argv[1]), argv[2:])
    elif argv[0] == "compare":
        compare(Path(argv[1]), Path(argv[2]), "-v" in argv)
    else:
        rest = argv[2:]
        min_sets = int(rest[rest.index("--min-sets") + 1]) if "--min-sets" in rest else 2
        min_docs = int(rest[rest.index("--min-docs") + 1]) if "--min-docs" in rest else 3
        mine(Path(argv[1]), min_sets, min_docs, "--all-causes" in rest)


if __name__ == "__main__":
    main(sys.argv[1:])
