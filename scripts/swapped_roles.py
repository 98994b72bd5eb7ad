"""Matched events whose actor and recipient are swapped, by type, trigger and construction.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/swapped_roles.py [SET ...] [--cases=F.jsonl]

SET is a development set name of ``scripts/events_dev_figures.py`` or a gold file by path
that is not a CHECK part (``read26`` stands for ``$WIRECODER_SPLIT_DIR/ev_read26.jsonl``).
Default: every events development set. A matched event (the scorer's type + sentence
matching, stage filter applied) is *swapped* when the gold has an actor and a recipient,
they differ, and the system's actor codes are the gold's recipient codes and the reverse
(``scripts/dyad_classes.py``'s class). Each swap gets a construction read off the parse of
its sentence: ``passive`` (the trigger verb has a passive subject or a by-agent),
``nominal`` (the trigger is a noun), ``reciprocal`` (a meeting, call, talks or two-sided
verb: the guideline codes those jointly, every side an actor), ``with-PP`` (a gold side is
the object of "with"), or ``active``. Tables: type x construction, trigger lemma, and the
number of sets each construction occurs in. Counts only; ``--cases`` writes the cases.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from dyad_classes import _codes, _path, event_classes
from events_dev_figures import DEFAULT

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events.stage import kept_by_default
from wirecoder.nlp import load_nlp
from wirecoder.settings import Settings

#: Lemmas of two-sided acts that the guideline codes jointly (every side an actor).
RECIPROCAL = frozenset({"meet", "meeting", "talk", "talks", "call", "speak", "discuss",
                        "discussion", "hold", "summit", "exercise", "drill", "clash",
                        "fight", "trade", "exchange", "negotiate", "negotiation", "confer",
                        "consult", "consultation", "conversation", "dialogue", "visit",
                        "sign", "agree", "agreement", "deal", "cooperate", "cooperation"})


def _resolve(name: str) -> Path:
    if name == "read26":
        return Path(os.environ.get("WIRECODER_SPLIT_DIR", "/work/wt")) / "ev_read26.jsonl"
    return _path(name)


def construction(nlp: Any, sentence: str, offset: int, event: Any,
                 gold: dict[str, Any]) -> tuple[str, str]:
    """The construction class and trigger lemma of one swapped event."""
    doc = nlp(sentence)
    lo, hi = event.start - offset, event.end - offset
    toks = [t for t in doc if t.idx < hi and lo < t.idx + len(t)]
    if not toks:
        return "no trigger token", "?"
    head = next((t for t in toks if t.pos_ in {"VERB", "NOUN", "PROPN"}), toks[0])
    lemma = head.lemma_.lower()
    deps = {c.dep_ for c in head.children}
    words = " ".join((gold.get("actor_text") or []) + (gold.get("recipient_text") or []))
    withs = [t for t in doc if t.lower_ == "with" and t.head == head]
    with_side = any(any(w.idx <= k.idx for k in w.subtree) and
                    any(k.text in words for k in w.subtree if k.pos_ in {"PROPN", "NOUN"})
                    for w in withs)
    if {"nsubjpass", "auxpass", "agent"} & deps:
        kind = "passive"
    elif event.event_type == "CONSULT" or lemma in RECIPROCAL:
        kind = "reciprocal"
    elif head.pos_ in {"NOUN", "PROPN"}:
        kind = "nominal"
    elif with_side:
        kind = "with-PP"
    else:
        kind = "active"
    return kind, lemma


def cross_class(gold: dict[str, Any], actor: set[str], recipient: set[str]) -> str | None:
    """How a gold country sits in the system's other role (None: no gold country does).

    ``swapped``: actor and recipient exchanged; ``joint->a+r``: the gold codes the sides
    jointly as actors, the system one side as recipient; ``a+r->joint``: the gold has an
    actor and a recipient, the system puts both in actor; ``partial``: some gold country
    of one role sits in the system's other role, with other differences.
    """
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    if not (ga - gr) & recipient and not (gr - ga) & actor:
        return None
    classes = event_classes(gold, actor, recipient)
    for name in ("swapped", "joint->a+r", "a+r->joint"):
        if name in classes:
            return name
    return "partial"


#: Entry prefixes of the coder's reciprocal acts, for the convention table.
_RECIPROCAL_ENTRIES = (("meeting, talks, call", ("consult.meet", "consult.meeting",
                                                  "consult.discuss", "consult.call",
                                                  "consult.talk")),
                       ("cooperation", ("cooperate.",)), ("two-sided fighting", ("assault.fight",)))


def convention(gold: dict[str, Any], why: str) -> tuple[str, str] | None:
    """(entry kind, "joint" or "directed") for a two-party gold of a reciprocal entry."""
    if "visit" in why:
        return None  # visits are directed by the guideline (visitor -> host)
    kind = next((k for k, prefixes in _RECIPROCAL_ENTRIES
                 if any(why.startswith(p) for p in prefixes)), None)
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    if kind is None:
        return None
    if ga and gr and not ga & gr:
        return kind, "directed"
    if len(ga) > 1 and not gr:
        return kind, "joint"
    return None


def shape(gold: dict[str, Any], actor: set[str], recipient: set[str]) -> str:
    """The dyad shape: gold and system roles in letters (a gold actor, r recipient, x other)."""
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])

    def letters(codes: set[str]) -> str:
        out = sorted({"a" if c in ga else "r" if c in gr else "x" for c in codes})
        return "".join(out) or "-"

    return f"{letters(ga)}>{letters(gr)} | {letters(actor)}>{letters(recipient)}"


def _grid(title: str, counts: Counter[tuple[str, str]], sets: dict[str, set[str]]) -> None:
    rows = sorted({r for r, _ in counts}, key=lambda r: -sum(
        v for (rr, _), v in counts.items() if rr == r))
    cols = sorted({c for _, c in counts}, key=lambda c: -sum(
        v for (_, cc), v in counts.items() if cc == c))
    print(f"\n{title}\n| | " + " | ".join(cols) + " | all | sets |\n|---|"
          + "---:|" * (len(cols) + 2))
    for r in rows:
        row = [counts.get((r, c), 0) for c in cols]
        print(f"| {r} | " + " | ".join(map(str, row)) + f" | {sum(row)} | "
              f"{len(sets.get(r, ()))} |")


def main(argv: list[str]) -> None:
    """Print the swap tables of the named sets (every dev set by default)."""
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--"))
    names = [a for a in argv if not a.startswith("--")] or DEFAULT
    cases = Path(opts["cases"]).open("w", encoding="utf-8") if "cases" in opts else None  # noqa: SIM115
    nlp = load_nlp()
    by_type: Counter[tuple[str, str]] = Counter()
    lemmas: Counter[str] = Counter()
    sets: dict[str, set[str]] = defaultdict(set)
    gold_recip_reciprocal: Counter[str] = Counter()
    total_matched = 0
    by_class: Counter[tuple[str, str]] = Counter()
    class_kind: Counter[tuple[str, str]] = Counter()
    shapes: Counter[tuple[str, str]] = Counter()
    conventions: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    class_sets: dict[str, set[str]] = defaultdict(set)
    for name in names:
        records = [json.loads(line) for line in _resolve(name).read_text("utf-8").splitlines()
                   if line.strip()]
        analyses = analyze_records(records, Settings())
        n = 0
        for record, analysis in zip(records, analyses, strict=True):
            text = record["text"]
            golds = [g for g in record.get("events", []) if g.get("event_type")]
            kept = [e for e in analysis.events if kept_by_default(e)]
            pairs, _, _ = match_events(text, golds, kept)
            total_matched += len(pairs)
            for gi, si in pairs:
                conv = convention(golds[gi], kept[si].why or "")
                if conv is not None:
                    conventions[conv[0]][(conv[1], name)] += 1
            for gi, si in pairs:
                gold, event = golds[gi], kept[si]
                cls = cross_class(gold, _codes(event.actor), _codes(event.recipient))
                if cls is None:
                    continue
                lo = int(gold.get("sentence_start", 0))
                hi = int(gold.get("sentence_end", len(text)))
                kind, lemma = construction(nlp, text[lo:hi], lo, event, gold)
                n += 1
                by_type[(gold["event_type"], kind)] += 1
                by_class[(gold["event_type"], cls)] += 1
                class_sets[cls].add(name)
                class_kind[(cls, kind)] += 1
                shapes[(shape(gold, _codes(event.actor), _codes(event.recipient)), kind)] += 1
                lemmas[f"{gold['event_type']}:{lemma}"] += 1
                sets[kind].add(name)
                if kind == "reciprocal":
                    gold_recip_reciprocal[gold["event_type"]] += 1
                if cases is not None:
                    cases.write(json.dumps({
                        "set": name, "class": cls, "type": gold["event_type"], "kind": kind,
                        "lemma": lemma, "why": event.why,
                        "gold": [gold.get("actor"), gold.get("recipient")],
                        "codes": [sorted(_codes(event.actor)), sorted(_codes(event.recipient))],
                        "gold_text": [gold.get("actor_text"), gold.get("recipient_text")],
                        "sys": [[e.raw_text for e in event.actor],
                                [e.raw_text for e in event.recipient]],
                        "trigger": event.event_text, "sentence": text[lo:hi][:400]},
                        ensure_ascii=False) + "\n")
        print(f"{name}: crossed {n}", flush=True)
    print(f"\nmatched events {total_matched}, crossed {sum(by_type.values())}")
    _grid("class x type", by_class, class_sets)
    _grid("class x construction", class_kind, class_sets)
    _grid("shape (gold | system; a = gold actor, r = gold recipient, x = other) x construction",
          shapes, {})
    kinds = sorted({k for _, k in by_type}, key=lambda k: -sum(
        v for (_, kk), v in by_type.items() if kk == k))
    types = sorted({t for t, _ in by_type}, key=lambda t: -sum(
        v for (tt, _), v in by_type.items() if tt == t))
    print("\n| type | " + " | ".join(kinds) + " | all |\n|---|" + "---:|" * (len(kinds) + 1))
    for t in types:
        row = [by_type[(t, k)] for k in kinds]
        print(f"| {t} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    print("| sets | " + " | ".join(str(len(sets[k])) for k in kinds) + " | |")
    print("\ntwo-party golds of reciprocal entries: joint (every side an actor) vs directed"
          "\n| entry | joint | directed | sets | sets with both |\n|---|---:|---:|---:|---:|")
    for kind, counts in conventions.items():
        joint = sum(v for (c, _), v in counts.items() if c == "joint")
        named = {n for _, n in counts}
        both = sum(1 for n in named if counts[("joint", n)] and counts[("directed", n)])
        print(f"| {kind} | {joint} | {sum(counts.values()) - joint} | {len(named)} | {both} |")
    print("\ntrigger lemmas (>= 3):", ", ".join(f"{k} {v}" for k, v in lemmas.most_common()
                                               if v >= 3))
    if cases is not None:
        cases.close()


if __name__ == "__main__":
    main(sys.argv[1:])
