"""Classify every missed gold event of a whole-document events gold by cause.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/recall_diagnosis.py dev10 dev11 round3 round4 [-v]
    python scripts/recall_diagnosis.py all [-v]     # every events dev set and dev spot check

A gold event is *missed* when no system event of its type starts in its sentence (the
recall rule of ``wirecoder eval events`` and of ``data/gold/spotcheck/auto_judge.py``;
spot-check events marked ``optional`` are not required). Each miss gets one cause, checked
in this order:

- ``other-type``: a system event of another type overlaps the gold trigger;
- ``other-sentence``: a system event of the gold type overlaps the trigger but starts in
  another sentence (a sentence split);
- ``dropped:<step>:<reason>``: the lexicon found the trigger and a filter dropped it
  (:mod:`wirecoder.events.explain`; ``(other type)`` when the dropped draft had another type);
- ``listed-no-match``: the word is in the lexicon but no entry matched;
- ``no-trigger``: no lexicon word at the gold trigger.

Only dev splits (dev, dev2, dev3 = ``data/gold/test/documents.jsonl``, dev4 … dev30; dev31
holds round 26's CHECK part), the spent blind sets open for development (blind12 … blind55;
blind56 is split between round 26's READ and CHECK parts), and the spot-check rounds that are
dev (round3 … round25) may be passed, and a gold file by path that is not sealed or a CHECK
part (round 26: ``ev_read26.jsonl`` from ``scripts/read_check_split.py 26``, the READ half of
dev31 + blind56).
One-sentence records (dev,
dev2) carry no offsets: their sentence is the whole record and the trigger is found by its
text. The next table counts the misses of each set by syntactic class
(:func:`syntactic_class`, round 8); the last one counts the misses whose trigger lemma the
lexicon lists by dependency frame (:func:`frame`, round 10), ranked by the number of sets.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import sys
from pathlib import Path

from wirecoder.evaluation.common import analyze_records
from wirecoder.events import load_lexicon
from wirecoder.events.explain import explain_dropped
from wirecoder.events.lexicon import extra_paths
from wirecoder.events.reported_acts import ASSERTIVE_VERBS
from wirecoder.events.trigger_words import INVERSE_LIGHT_VERBS, LIGHT_VERBS
from wirecoder.nlp import nlp_for
from wirecoder.parsing import parse_one
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10",
           "dev11", "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18",
           "dev19", "dev20", "dev21", "dev22", "dev23", "dev24", "dev25", "dev26",
           "dev27", "dev28", "dev29", "dev30", *[f"blind{n}" for n in range(12, 56)],
           *[f"round{n}" for n in range(3, 26)])
#: Gold files of the dev names kept under old test folders (dev31 is round 26's CHECK source).
_TEST_FOLDERS = {"dev3": "test", "dev12": "test6", "dev13": "test7", "dev14": "test8",
                 "dev15": "test9", "dev16": "test10", "dev17": "test11",
                 "dev18": "test12", "dev19": "test13", "dev20": "test14",
                 "dev21": "test15", "dev22": "test16", "dev23": "test17",
                 "dev24": "test18", "dev25": "test19", "dev26": "test20",
                 "dev27": "test21", "dev28": "test22",
                 "dev29": "test23", "dev30": "test24"}


def _load(which: str) -> list[dict]:
    if which.endswith(".jsonl"):
        return [json.loads(line) for line in Path(which).open(encoding="utf-8")]
    if which.startswith("blind"):
        path = ROOT / "data" / "gold" / "events" / f"{which}.jsonl"
        return [json.loads(line) for line in path.open(encoding="utf-8")]
    if which in _TEST_FOLDERS:
        path = ROOT / "data" / "gold" / _TEST_FOLDERS[which] / "documents.jsonl"
        return [json.loads(line) for line in path.open(encoding="utf-8")]
    spec = importlib.util.spec_from_file_location(
        "auto_judge", ROOT / "data" / "gold" / "spotcheck" / "auto_judge.py")
    assert spec is not None and spec.loader is not None
    judge = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(judge)
    if not judge.CORPUS.exists():  # a git worktree one level deeper than the main checkout
        judge.CORPUS = ROOT.parents[1] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
    return judge._load(which)


#: Misses by syntactic class (:func:`syntactic_class`), per gold set.
CLASSES: collections.defaultdict = collections.defaultdict(collections.Counter)
#: Misses whose trigger lemma the lexicon lists, by dependency frame (:func:`frame`), per set.
FRAMES: collections.defaultdict = collections.defaultdict(collections.Counter)


def frame(gold: dict, doc) -> str:
    """The dependency frame of a gold trigger: its part of speech and label path to the root.

    "police arrested and beat": ``VERB conj<ROOT``; "vowed to retaliate": ``VERB
    xcomp<ROOT``; "after forces shelled": ``VERB advcl<ROOT``. At most four labels.
    """
    span = doc.char_span(gold["trigger_start"], gold["trigger_end"], alignment_mode="expand")
    if span is None or not len(span):
        return "?"
    token = span.root
    labels = []
    cur = token
    for _ in range(4):
        labels.append(cur.dep_)
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return f"{token.pos_} " + "<".join(labels)


def _listed(gold: dict, doc, lexicon) -> bool:
    """Whether the lexicon lists the lemma of a gold trigger's root word."""
    span = doc.char_span(gold["trigger_start"], gold["trigger_end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    words = {t.lemma_.lower() for t in span} | {t.lower_ for t in span}
    return any(w in lexicon.verb_index or w in lexicon.noun_index or w in lexicon.adj_index
               for w in words)


def _readable_path(which: str) -> bool:
    """True for a gold file given by path that is not a sealed or check set.

    The round-8 READ part of the fresh events text (``ev_read.jsonl``) is passed by path;
    the CHECK part and the sealed files are refused.
    """
    name = Path(which).name
    sealed = ("check", "test25", "test26", "test27", "blind56", "blind57", "blind58",
              "blind59", "blind60", "blind61", "heldout")
    return (which.endswith(".jsonl") and Path(which).is_file() and "/test" not in which
            and not any(word in name for word in sealed))


def _overlaps(a: tuple[int, int], start: int, end: int) -> bool:
    return start < a[1] and a[0] < end


def _offsets(gold: dict, text: str) -> dict:
    """Return ``gold`` with trigger and sentence offsets (a one-sentence record has none)."""
    if "sentence_start" in gold and "trigger_start" in gold:
        return gold
    at = text.find(gold.get("trigger") or "")
    at = max(at, 0)
    return {**gold, "sentence_start": 0, "sentence_end": len(text), "trigger_start": at,
            "trigger_end": at + len(gold.get("trigger") or "")}


def _cause(gold: dict, events: list, dropped: list) -> str:
    span = (gold["trigger_start"], gold["trigger_end"])
    s0, s1 = gold["sentence_start"], gold["sentence_end"]
    kind = gold["event_type"]
    if any(_overlaps(span, e.start, e.end) and e.event_type != kind
           and s0 <= e.start < s1 for e in events):
        return "other-type"
    if any(_overlaps(span, e.start, e.end) and e.event_type == kind for e in events):
        return "other-sentence"
    hits = [d for d in dropped if _overlaps(span, d.start, d.end) and d.step != "lexicon"]
    if hits:
        same = [d for d in hits if d.event_type == kind]
        d = (same or hits)[0]
        return f"dropped:{d.step}:{d.reason}" + ("" if same else " (other type)")
    if any(_overlaps(span, d.start, d.end) for d in dropped):
        return "listed-no-match"
    return "no-trigger"


_DEMAND_WORDS = ("must ", "should ", "need to", "needs to", "has to", "have to", "ought to")


def syntactic_class(gold: dict, cause: str, doc) -> str:
    """The class of a miss by the syntax of its gold trigger (round 8's classes, automatic).

    The first that holds, in this order: wrong type; reported act (an ACCUSE on a
    reporting verb); modality demand ("must", "needs to"); passive or participle; relative
    clause; coordination; event noun in a prepositional phrase; light verb + event noun;
    participants filter; another filter (sense, frame, reference, re-mention, build);
    vocabulary (no lexicon word, or no entry's condition holds). Judgements and debatable
    gold are classes only a reader can assign.
    """
    span = doc.char_span(gold["trigger_start"], gold["trigger_end"], alignment_mode="expand")
    tokens = list(span) if span is not None else []
    head = span.root if span is not None and len(span) else None
    text = " " + (gold.get("trigger") or "").lower() + " "
    if cause == "other-type":
        return "wrong type"
    if gold["event_type"] == "ACCUSE" and tokens and tokens[0].lemma_.lower() in ASSERTIVE_VERBS:
        return "reported act (ACCUSE on the reporting verb)"
    if any(f" {w}" in text for w in _DEMAND_WORDS):
        return "modality: demand (must / should / needs to)"
    if head is not None and (any(c.dep_ in {"auxpass", "nsubjpass"} for c in head.children)
                             or (head.tag_ == "VBN" and head.dep_ in {"acl", "amod"})):
        return "passive or participle"
    if head is not None and head.dep_ == "relcl":
        return "relative clause"
    if head is not None and head.dep_ == "conj":
        return "coordination"
    if head is not None and head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj":
        return "event noun in a prepositional phrase"
    if len(tokens) > 1 and tokens[0].lemma_.lower() in LIGHT_VERBS | INVERSE_LIGHT_VERBS:
        return "light verb + event noun"
    if cause.startswith("dropped:participants"):
        return "participants filter (active)"
    if cause.startswith("dropped:"):
        return "sense / frame / reference / build filter"
    return "vocabulary (no entry, or its condition fails)"


def diagnose(which: str, verbose: bool) -> collections.Counter:
    """Print and return the causes of the missed events of the gold ``which``."""
    if which not in ALLOWED and not _readable_path(which):
        raise SystemExit(f"{which}: not a dev split this script may read")
    records = _load(which)
    settings = Settings()
    nlp = nlp_for(settings)
    lexicon = load_lexicon(extra_paths(settings))  # the lexicon analyze runs with
    causes: collections.Counter = collections.Counter()
    n_gold = 0
    for record, analysis in zip(records, analyze_records(records, settings), strict=True):
        doc = parse_one(nlp, record["text"])
        dropped = explain_dropped(doc, lexicon, analysis.entities, analysis.time_expressions,
                                  analysis.quotes, published=analysis.published,
                                  source=analysis.source)
        for gold in record["events"]:
            if gold.get("optional"):
                continue
            gold = _offsets(gold, record["text"])
            n_gold += 1
            s0, s1 = gold["sentence_start"], gold["sentence_end"]
            if any(e.event_type == gold["event_type"] and s0 <= e.start < s1
                   for e in analysis.events):
                continue
            cause = _cause(gold, list(analysis.events), dropped)
            causes[(cause, gold["event_type"])] += 1
            klass = syntactic_class(gold, cause, doc)
            CLASSES[which][klass] += 1
            where = frame(gold, doc) if _listed(gold, doc, lexicon) else "(not listed)"
            FRAMES[which][where] += 1
            if verbose:
                sentence = " ".join(record["text"][s0:s1].split())
                print(f"{record['id']}\t{gold['event_type']}\t{gold['trigger']!r}\t{cause}"
                      f"\t{klass}\t{where}\t{sentence}")
    missed = sum(causes.values())
    print(f"== {which}: {n_gold} required gold events, {missed} missed")
    return causes


def main(argv: list[str]) -> None:
    """Run :func:`diagnose` on each named gold set and print the totals by cause and type."""
    verbose = "-v" in argv
    total: collections.Counter = collections.Counter()
    names = [a for a in argv if not a.startswith("-")]
    for which in (ALLOWED if names == ["all"] else names):
        total.update(diagnose(which, verbose))
    by_cause: collections.Counter = collections.Counter()
    by_type: collections.Counter = collections.Counter()
    for (cause, kind), n in total.items():
        by_cause[cause] += n
        by_type[kind] += n
    print("\ncause\tmissed")
    for cause, n in by_cause.most_common():
        print(f"{cause}\t{n}")
    print("\ntype\tmissed")
    for kind, n in by_type.most_common():
        print(f"{kind}\t{n}")
    coarse: collections.Counter = collections.Counter()
    for (cause, kind), n in total.items():
        coarse[(":".join(cause.split(":")[:2]).split(" (")[0], kind)] += n
    classes = sorted({c for c, _ in coarse}, key=lambda c: -sum(
        n for (c2, _), n in coarse.items() if c2 == c))
    print("\ntype\t" + "\t".join(classes))
    for kind, _ in by_type.most_common():
        print(kind + "\t" + "\t".join(str(coarse[(c, kind)]) for c in classes))
    sets = list(CLASSES)
    every = collections.Counter()
    for counts in CLASSES.values():
        every.update(counts)
    print("\nclass\tall\tsets with it\t" + "\t".join(Path(s).stem for s in sets))
    for name, n in every.most_common():
        present = sum(1 for s in sets if CLASSES[s][name])
        print(f"{name}\t{n}\t{present}\t" + "\t".join(str(CLASSES[s][name]) for s in sets))
    _table("frame (lexicon lists the trigger)", FRAMES)


def _table(title: str, counts_by_set: collections.defaultdict) -> None:
    """Print counts by row and set, rows ranked by the number of sets, then by count."""
    sets = list(counts_by_set)
    every: collections.Counter = collections.Counter()
    for counts in counts_by_set.values():
        every.update(counts)
    print(f"\n{title}\tall\tsets with it\t" + "\t".join(Path(s).stem for s in sets))
    rows = sorted(every, key=lambda r: (-sum(1 for s in sets if counts_by_set[s][r]),
                                        -every[r], r))
    for name in rows:
        present = sum(1 for s in sets if counts_by_set[s][name])
        print(f"{name}\t{every[name]}\t{present}\t"
              + "\t".join(str(counts_by_set[s][name]) for s in sets))


if __name__ == "__main__":
    main(sys.argv[1:])
