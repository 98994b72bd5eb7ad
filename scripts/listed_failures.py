"""Which lexicon entry and which condition fails for each ``listed-no-match`` miss (round 12).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/listed_failures.py read12 dev10 blind20 round5 [-v]
    python scripts/listed_failures.py all [-v]

For every missed gold event that :mod:`recall_diagnosis` calls ``listed-no-match`` (a word
of the gold trigger is in the lexicon but no entry matched), each entry indexed under a word
of the trigger is checked condition by condition, and the first that fails is named:
``pos`` (a verb entry on a noun, ...), ``particles`` (the verb's particle or preposition is
missing), ``requires.<key>`` (object, prep, head, dep, modifier, subject), ``excludes.<key>``,
``when`` (negation). An entry of the gold type is reported first; ``other-type-only`` marks
misses whose only listed entries are of other types (a vocabulary gap of the gold type).
The table counts (syntactic class, failing condition) over the named sets; ``-v`` prints
each miss. Sets are the dev sets :mod:`recall_diagnosis` accepts (``read12`` …
``read26`` = ``$WIRECODER_SPLIT_DIR/ev_read12.jsonl`` … ``ev_read26.jsonl``).
"""

from __future__ import annotations

import collections
import importlib.util
import os
import sys
from pathlib import Path

from wirecoder.evaluation.common import analyze_records
from wirecoder.events import load_lexicon
from wirecoder.events.entity_index import EntityIndex
from wirecoder.events.explain import explain_dropped
from wirecoder.events.lexicon import Condition, Entry, Lexicon, extra_paths
from wirecoder.events.modifiers import is_negated
from wirecoder.events.trigger_syntax import condition_holds, governing_verb
from wirecoder.events.triggers import _noun_matches, _verb_matches
from wirecoder.nlp import nlp_for
from wirecoder.parsing import parse_one
from wirecoder.settings import Settings

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("recall_diagnosis", HERE / "recall_diagnosis.py")
assert _spec is not None and _spec.loader is not None
rd = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(rd)

_KEYS = ("prep", "object", "modifier", "dep", "subject", "head")


def _failing(entry: Entry, token, entities: dict) -> str:
    """The first condition of ``entry`` that fails on ``token`` ("" when all hold)."""
    governor = governing_verb(token) if token.pos_ in {"NOUN", "PROPN"} else None
    for key in _KEYS:
        part = getattr(entry.requires, key)
        if part and not condition_holds(Condition(**{key: part}), token, governor, entities,
                                        True):
            return f"requires.{key}"
    for key in _KEYS:
        part = getattr(entry.excludes, key)
        if part and condition_holds(Condition(**{key: part}), token, governor, entities, False):
            return f"excludes.{key}"
    if entry.when not in {"any", "irrealis"} and is_negated(token) != (entry.when == "negated"):
        return "when"
    return ""


def explain_token(token, lexicon: Lexicon, entities: dict) -> list[tuple[Entry, str]]:
    """Each entry listed under ``token``'s lemma with the condition that fails."""
    lemma = token.lemma_.lower()
    out: list[tuple[Entry, str]] = []
    for pattern, entry in lexicon.verb_index.get(lemma, ()):
        if token.pos_ != "VERB":
            out.append((entry, "pos"))
            continue
        ok, _ = _verb_matches(pattern, token)
        out.append((entry, "particles" if not ok else _failing(entry, token, entities)))
    for pattern, entry in lexicon.noun_index.get(lemma, ()):
        if token.pos_ not in {"NOUN", "PROPN"}:
            out.append((entry, "pos"))
            continue
        ok, _ = _noun_matches(pattern, token)
        out.append((entry, "modifiers" if not ok else _failing(entry, token, entities)))
    for entry in lexicon.adj_index.get(lemma, ()):
        out.append((entry, "adjective" if token.pos_ != "ADJ" else _failing(entry, token,
                                                                             entities)))
    return out


def run(which: str, verbose: bool, table: collections.Counter) -> None:
    """Explain the listed-no-match misses of one gold set into ``table``."""
    if which in ("read12", "read13", "read14", "read15", "read16", "read17",
                 "read18", "read19", "read20", "read21", "read22", "read23",
                 "read24", "read25", "read26"):
        which = os.path.join(os.environ.get("WIRECODER_SPLIT_DIR", str(rd.ROOT / ".splits")),
                             f"ev_{which}.jsonl")
    if which not in rd.ALLOWED and not rd._readable_path(which):
        raise SystemExit(f"{which}: not a dev split this script may read")
    records = rd._load(which)
    settings = Settings()
    nlp = nlp_for(settings)
    lexicon = load_lexicon(extra_paths(settings))  # the lexicon analyze runs with
    for record, analysis in zip(records, analyze_records(records, settings), strict=True):
        doc = parse_one(nlp, record["text"])
        dropped = explain_dropped(doc, lexicon, analysis.entities, analysis.time_expressions,
                                  analysis.quotes, published=analysis.published,
                                  source=analysis.source)
        by_token = EntityIndex(doc, analysis.entities).by_token
        for gold in record["events"]:
            if gold.get("optional"):
                continue
            gold = rd._offsets(gold, record["text"])
            s0, s1 = gold["sentence_start"], gold["sentence_end"]
            if any(e.event_type == gold["event_type"] and s0 <= e.start < s1
                   for e in analysis.events):
                continue
            cause = rd._cause(gold, list(analysis.events), dropped)
            if cause != "listed-no-match":
                continue
            klass = rd.syntactic_class(gold, cause, doc)
            span = doc.char_span(gold["trigger_start"], gold["trigger_end"],
                                 alignment_mode="expand") or ()
            found = [(t, e, why) for t in span for e, why in explain_token(t, lexicon, by_token)]
            same = [f for f in found if f[1].category == gold["event_type"]]
            label = (same[0][2] or "matched-then-lost") if same else "other-type-only"
            table[(klass, label)] += 1
            if verbose:
                detail = "; ".join(f"{t.text}:{e.id}:{w or 'ok'}" for t, e, w in found[:6])
                print(f"{Path(which).stem}\t{record['id']}\t{gold['event_type']}"
                      f"\t{gold['trigger']!r}\t{klass}\t{label}\t{detail}")


def main(argv: list[str]) -> None:
    """Explain the listed-no-match misses of the named sets and print the class table."""
    verbose = "-v" in argv
    names = [a for a in argv if not a.startswith("-")]
    table: collections.Counter = collections.Counter()
    for which in (rd.ALLOWED if names == ["all"] else names):
        run(which, verbose, table)
    print("\nclass\tfailing condition\tmisses")
    for (klass, label), n in table.most_common():
        print(f"{klass}\t{label}\t{n}")


if __name__ == "__main__":
    main(sys.argv[1:])
