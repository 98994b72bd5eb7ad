"""Why matched events get a wrong actor or recipient: a table of error classes per dev split.

Usage (from the repository root)::

    python scripts/diagnose_args.py [--chooser=learned|rules] [--splits=dev,dev2,...] [--cases=F]

For every system event whose type and sentence match a gold event (the scorer's matching) and
whose actor or recipient codes differ from the gold, each wrong role gets one class:

* ``no mention``: no mention of the actors stage covers the gold words (``*_text``) — split
  into first person / plural references ("we", "both sides", "the two leaders") and others;
* ``country``: a mention covers the gold words but its country is missing or not the gold
  one (the actors stage's evidence, not the argument rules);
* ``not candidate``: a mention with the gold country covers the gold words but it was not a
  candidate of the trigger (outside the sentence, or left out as never a party);
* ``not chosen``: a candidate carries the gold country but the rules / chooser picked another
  country (``other``) or none (``empty``; ``domestic`` when the gold country is the one the
  other role holds: a domestic event, which the learned chooser may not make);
* ``extra``: every gold country is there, plus others (``spurious`` when the gold role is
  empty).

With ``--cases=F`` the wrong roles are written to F (JSON lines) for reading.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events import arg_model
from wirecoder.settings import Settings

sys.path.insert(0, str(Path(__file__).resolve().parent))
from arg_figures import SPLITS, _path

_PLURAL = ("both", "the two", "the sides", "each other", "the neighbours", "the neighbors")
_FIRST = ("we", "our", "us", "i", "my", "me")
CLASSES = ("no mention: 1st person/plural", "no mention: other", "country (evdom)",
           "not candidate", "not chosen: other", "not chosen: empty", "not chosen: domestic",
           "extra", "spurious")


def _spans(text: str, words: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, at = [], text.find(words, lo, hi)
    while at >= 0 and words:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1, hi)
    return out


def _classify(role: str, gold: dict[str, Any], event: Any, cands: list, text: str,
              entities: tuple) -> str | None:
    want = set(gold.get(role) or [])
    have = {e.country_code for e in getattr(event, role) if e.country_code}
    if want == have:
        return None
    missing = want - have
    if not missing:
        return "spurious" if not want else "extra"
    cand_codes = {c.entity.country_code for c in cands}
    lo, hi = int(gold.get("sentence_start", 0)), int(gold.get("sentence_end", len(text)))
    words_list = gold.get(f"{role}_text") or []
    covering, located = [], False
    for words in words_list:
        for s, e in _spans(text, words, lo, hi) or _spans(text, words, 0, len(text)):
            located = True
            covering += [m for m in entities if m.start < e and s < m.end]
    right = [m for m in covering if m.country_code in missing]
    cand_spans = {(c.entity.start, c.entity.end) for c in cands}
    if right and not any((m.start, m.end) in cand_spans for m in right) \
            and not missing & cand_codes:
        return "not candidate"
    if covering and not right:
        return "country (evdom)"
    if missing & cand_codes and (right or not located):
        if have:
            return "not chosen: other"
        own = {e.country_code for e in getattr(event, "actor" if role == "recipient"
                                                else "recipient") if e.country_code}
        return "not chosen: domestic" if missing <= own else "not chosen: empty"
    low = " ".join(w.lower() for w in words_list)
    first = any(w.lower().split()[0] in _FIRST for w in words_list if w.split())
    return ("no mention: 1st person/plural" if first or any(p in low for p in _PLURAL)
            else "no mention: other")


def _wrong_by(role: str, gold: dict[str, Any], event: Any) -> list[str]:
    """How the actors stage resolved the system mentions whose country the gold lacks."""
    want = set(gold.get(role) or [])
    return sorted({e.resolved_by for e in getattr(event, role)
                   if e.country_code and e.country_code not in want})


def _covering(role: str, gold: dict[str, Any], text: str, entities: tuple) -> list[str]:
    """The mentions over the gold words of the role: words, country and how resolved."""
    lo, hi = int(gold.get("sentence_start", 0)), int(gold.get("sentence_end", len(text)))
    out = []
    for words in gold.get(f"{role}_text") or []:
        for s, e in _spans(text, words, lo, hi)[:1]:
            out += [f"{m.raw_text}={m.country_code}/{m.resolved_by}" for m in entities
                    if m.start < e and s < m.end]
    return out


def _self_loop(gold: dict[str, Any], event: Any) -> bool:
    """True when the system gives actor and recipient a shared country the gold does not."""
    mine = ({e.country_code for e in event.actor if e.country_code}
            & {e.country_code for e in event.recipient if e.country_code})
    return bool(mine - (set(gold.get("actor") or []) & set(gold.get("recipient") or [])))


def diagnose(split: str, chooser: str, cases_out: Any) -> dict[str, Counter]:
    """Return the class counts of the wrong roles of one split."""
    records = [json.loads(line) for line in _path(split).read_text("utf-8").splitlines()
               if line.strip()]
    made: list[arg_model.Chooser] = []
    original = arg_model.chooser_for

    def recording(settings: Any) -> arg_model.Chooser:
        found = original(settings)
        found.record = []
        made.append(found)
        return found

    arg_model.chooser_for = recording  # type: ignore[assignment]
    try:
        analyses = analyze_records(records, Settings(argument_chooser=chooser))
    finally:
        arg_model.chooser_for = original
    made = made[len(made) - len(records):]
    counts: dict[str, Counter] = {"actor": Counter(), "recipient": Counter(),
                                  "matched": Counter()}
    for record, analysis, ch in zip(records, analyses, made, strict=True):
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        system = list(analysis.events)
        recorded = {(s, e): c for s, e, c in ch.record or []}
        pairs, _, _ = match_events(record["text"], golds, system)
        counts["matched"]["n"] += len(pairs)
        for gi, si in pairs:
            event, gold = system[si], golds[gi]
            cands = recorded.get((event.start, event.end), [])
            for role in ("actor", "recipient"):
                cls = _classify(role, gold, event, cands, record["text"], analysis.entities)
                if cls is None:
                    continue
                counts[role][cls] += 1
                if cases_out is not None:
                    cases_out.write(json.dumps({
                        "split": split, "role": role, "class": cls, "type": gold["event_type"],
                        "gold": sorted(gold.get(role) or []), "gold_text": gold.get(f"{role}_text"),
                        "sys": [f"{e.raw_text}={e.country_code}/{e.resolved_by}"
                                for e in getattr(event, role)],
                        "sys_other": [f"{e.raw_text}={e.country_code}/{e.resolved_by}"
                                      for e in getattr(event, "recipient" if role == "actor"
                                                       else "actor")],
                        "wrong_by": _wrong_by(role, gold, event),
                        "covering": _covering(role, gold, record["text"], analysis.entities),
                        "self_loop": _self_loop(gold, event),
                        "cands": [f"{c.entity.raw_text}={c.entity.country_code}" for c in cands],
                        "trigger": event.event_text,
                        "sentence": record["text"][int(gold.get("sentence_start", 0)):
                                                   int(gold.get("sentence_end", 400))][:400],
                    }, ensure_ascii=False) + "\n")
    return counts


def main() -> None:
    """Print the table of error classes."""
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--"))
    splits = opts.get("splits", ",".join(SPLITS)).split(",")
    chooser = opts.get("chooser", "learned")
    out = Path(opts["cases"]) if "cases" in opts else None
    total: dict[str, Counter] = {"actor": Counter(), "recipient": Counter()}
    print("| split | role | matched | wrong | " + " | ".join(CLASSES) + " |", flush=True)
    print("|---|---|---:|---:|" + "---:|" * len(CLASSES), flush=True)
    with out.open("w", encoding="utf-8") if out is not None else nullcontext() as cases_out:
        for split in splits:
            counts = diagnose(split, chooser, cases_out)
            for role in ("actor", "recipient"):
                total[role].update(counts[role])
                total[role]["_matched"] += counts["matched"]["n"]
                print(f"| {split} | {role} | {counts['matched']['n']} | "
                      f"{sum(counts[role].values())} | "
                      + " | ".join(str(counts[role][c]) for c in CLASSES) + " |", flush=True)
    for role in ("actor", "recipient"):
        n = total[role].pop("_matched")
        print(f"| all | {role} | {n} | {sum(total[role].values())} | "
              + " | ".join(str(total[role][c]) for c in CLASSES) + " |", flush=True)


if __name__ == "__main__":
    main()
