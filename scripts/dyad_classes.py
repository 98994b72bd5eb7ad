"""Every dyad failure of an events gold, by class and by set (issue 9, round 9).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/dyad_classes.py [SET ...] [--cases=F.jsonl] [--json=OUT.json]

SET is a development set name (those of ``scripts/events_dev_figures.py``: dev … dev14,
the open blind sets; ``older`` = dev … dev13 and blind12–17, the text read before round 9) or a gold
file by path that is not sealed and not a CHECK part. Each set is analysed once with
``actorless_events`` on; the default output is that run with the stage's participants filter
applied (:func:`wirecoder.events.stage.kept_by_default`, exactly what the stage drops), so
the two runs need one parse.

Two tables are printed:

1. **Matched events** (type + sentence, the scorer's matching) whose dyad is wrong. Each
   role gets one class — ``missing`` (gold has a country, the system none), ``wrong`` (no
   shared country), ``extra`` (the gold's and more), ``short`` (some of the gold's, no
   other), ``mixed`` (some shared, some not), ``spurious`` (the gold has none) — and each
   event may also be ``swapped`` (actor and recipient exchanged), ``joint->a+r`` (the gold
   codes both sides as actors, the system one as recipient), ``a+r->joint`` (the
   reverse) or ``self-loop`` (a shared country the gold does not have). For a role that
   misses a gold country, ``why`` says what stood over the gold words: no mention, a
   mention without a country (by mention kind) or a mention with another country (by how
   it was resolved), or the right mention not chosen.
2. **Participants filter**: gold events whose type-right event the system found in the
   gold sentence but dropped because no side resolved to a country. For each gold side
   (actor, then recipient) the class of the mention over the gold words (person with a
   title, person, generic body, group, pronoun, demonym, organisation, state name, no
   mention) and why it has no country (not in the knowledge base, no title, no coreference
   link, story context only).

``--cases`` writes one JSON line per failure (for reading: only READ and the older sets).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from events_dev_figures import _path as dev_path  # one list of open sets (scripts/ on sys.path)

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events.stage import kept_by_default
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
OLDER = ["dev", "dev2", "dev3", *[f"dev{n}" for n in range(4, 14)],
         *[f"blind{n}" for n in range(12, 18)]]
#: Files never read here: the CHECK parts of the READ / CHECK protocol.
_REFUSED = ("check",)
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                      "we", "us", "our", "i", "me", "my", "who", "which", "both", "each",
                      "the two", "both sides", "the sides", "the two sides"})
GROUP_WORDS = ("protester", "militant", "rebel", "insurgent", "fighter", "demonstrator",
               "gunmen", "gunman", "terrorist", "separatist", "activist", "students",
               "worker", "civilian", "resident", "villager", "refugee", "migrant", "people",
               "group", "opposition", "supporters", "jihadist", "extremist", "attackers",
               "assailant", "soldiers", "troops", "crowd", "mob", "settlers", "prisoners")
BODY_WORDS = ("ministry", "government", "military", "army", "police", "authorities",
              "forces", "officials", "official", "administration", "navy", "cabinet",
              "parliament", "court", "embassy", "department", "agency", "office", "regime",
              "security", "coast guard", "spokes", "president", "minister", "leader",
              "prime", "commander", "ambassador", "secretary", "envoy", "lawmakers",
              "prosecutor", "diplomat", "state media", "council")


def _path(name: str) -> Path:
    if any(word in Path(name).name.lower() for word in _REFUSED):
        raise SystemExit(f"{name}: a CHECK part is never diagnosed")
    if name.endswith(".jsonl"):
        return Path(name)
    return dev_path(name)


def _codes(entities: Any) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def role_class(want: set[str], have: set[str]) -> str | None:
    """The class of one role: None when right."""
    if want == have:
        return None
    if not want:
        return "spurious"
    if not have:
        return "missing"
    if not want & have:
        return "wrong"
    if want < have:
        return "extra"
    if have < want:
        return "short"
    return "mixed"


def event_classes(gold: dict[str, Any], actor: set[str], recipient: set[str]) -> list[str]:
    """Event-level classes: swapped, joint vs actor + recipient, self-loop."""
    ga, gr = set(gold.get("actor") or []), set(gold.get("recipient") or [])
    out = []
    if ga and gr and ga != gr and actor == gr and recipient == ga:
        out.append("swapped")
    if not gr and len(ga) > 1 and recipient and (actor | recipient) == ga:
        out.append("joint->a+r")
    if ga and gr and not recipient and actor == ga | gr and ga != gr:
        out.append("a+r->joint")
    if (actor & recipient) - (ga & gr):
        out.append("self-loop")
    return out


def _spans(text: str, words: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, at = [], text.find(words, lo, hi) if words else -1
    while at >= 0:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1, hi)
    return out


def covering(gold: dict[str, Any], role: str, text: str, entities: tuple) -> tuple[list, bool]:
    """The mentions over the gold words of ``role`` (first occurrence in the sentence)."""
    lo, hi = int(gold.get("sentence_start", 0)), int(gold.get("sentence_end", len(text)))
    found, located = [], False
    for words in gold.get(f"{role}_text") or []:
        spans = _spans(text, words, lo, hi)[:1] or _spans(text, words, 0, len(text))[:1]
        for s, e in spans:
            located = True
            found += [m for m in entities if m.start < e and s < m.end]
    return found, located


def mention_kind(words: str, mention: Any | None) -> str:
    """Person with a title, person, generic body, group, pronoun, demonym, org, state, other."""
    low = words.lower().strip()
    if low in PRONOUNS or (mention is not None and mention.kind == "PRONOUN"):
        return "pronoun/plural"
    if mention is not None:
        if mention.kind == "PERSON":
            return "person with title" if mention.role else "person, no title"
        if mention.kind == "NORP":
            return "demonym"
        if mention.kind == "GPE":
            return "state name"
        if mention.kind == "ORG":
            return "organisation"
    if any(w in low for w in GROUP_WORDS):
        return "group (protesters, militants)"
    if any(w in low for w in BODY_WORDS):
        return "generic body / title"
    if words[:1].isupper():
        return "name"
    return "other nominal"


def no_country_reason(mention: Any | None, located: bool) -> str:
    """Why the mention over the gold words has no (right) country."""
    if not located:
        return "gold words not in the sentence"
    if mention is None:
        return "no mention"
    if mention.resolved_by == "story":
        return "story context only"
    if mention.kind == "PRONOUN" or mention.kind == "COMPOUND":
        return "no coreference link"
    if mention.kind in {"PERSON", "ORG"}:
        return "not in KB, no title" if not mention.role else "title without country"
    return "no evidence (nominal)"


def _best(mentions: list, want: set[str]) -> Any | None:
    right = [m for m in mentions if m.country_code in want]
    if right:
        return right[0]
    return max(mentions, key=lambda m: m.end - m.start) if mentions else None


def why_role(gold: dict[str, Any], role: str, event: Any, text: str, entities: tuple) -> str:
    """For a role missing a gold country: what stood over the gold words."""
    want = set(gold.get(role) or [])
    have = _codes(getattr(event, role))
    mentions, located = covering(gold, role, text, entities)
    m = _best(mentions, want - have)
    words = " ".join(gold.get(f"{role}_text") or [])
    if m is not None and m.country_code in want:
        other = "actor" if role == "recipient" else "recipient"
        if m.country_code in _codes(getattr(event, other)):
            return "right mention, in the other role"
        return "right mention, not chosen"
    if m is not None and m.country_code:
        return f"other country by {m.resolved_by}"
    return f"no country: {mention_kind(words, m)} / {no_country_reason(m, located)}"


def diagnose(name: str, cases: Any) -> dict[str, Counter]:
    """Count the dyad failures of one set."""
    records = [json.loads(line) for line in _path(name).read_text("utf-8").splitlines()
               if line.strip()]
    analyses = analyze_records(records, Settings(actorless_events=True))
    out: dict[str, Counter] = {"n": Counter(), "event": Counter(), "actor": Counter(),
                               "recipient": Counter(), "why": Counter(), "filter": Counter()}
    for record, analysis in zip(records, analyses, strict=True):
        text = record["text"]
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        every = list(analysis.events)
        kept = [e for e in every if kept_by_default(e)]
        pairs, _, _ = match_events(text, golds, kept)
        dyad, _, _ = match_events(text, golds, kept, dyad=True)
        out["n"].update(gold=len(golds), system=len(kept), matched=len(pairs), dyad=len(dyad))
        for gi, si in pairs:
            gold, event = golds[gi], kept[si]
            a, r = _codes(event.actor), _codes(event.recipient)
            classes = event_classes(gold, a, r)
            for role, have in (("actor", a), ("recipient", r)):
                cls = role_class(set(gold.get(role) or []), have)
                if cls is None:
                    continue
                out[role][cls] += 1
                why = (why_role(gold, role, event, text, analysis.entities)
                       if cls in {"missing", "wrong", "short", "mixed"} else "")
                if why:
                    out["why"][f"{role}: {why}"] += 1
                classes.append(f"{role} {cls}")
                _case(cases, name, "matched", gold, event, text, f"{role} {cls}", why)
            out["event"].update(c for c in classes if " " not in c)
            if classes:
                out["event"]["wrong dyad"] += 1
        matched_g = {gi for gi, _ in pairs}
        rest = [g for i, g in enumerate(golds) if i not in matched_g]
        dropped = [e for e in every if not kept_by_default(e)]
        lost, _, _ = match_events(text, rest, dropped)
        for gi, si in lost:
            gold, event = rest[gi], dropped[si]
            out["filter"]["events"] += 1
            for role in ("actor", "recipient"):
                if not gold.get(role):
                    continue
                mentions, located = covering(gold, role, text, analysis.entities)
                m = _best(mentions, set(gold.get(role) or []))
                words = " ".join(gold.get(f"{role}_text") or [])
                if m is not None and m.country_code:
                    label = f"{role}: has {'right' if m.country_code in gold[role] else 'other'}"\
                            f" country by {m.resolved_by}, not taken"
                else:
                    label = f"{role}: {mention_kind(words, m)} / {no_country_reason(m, located)}"
                out["filter"][label] += 1
                _case(cases, name, "filter", gold, event, text, label, "")
    return out


def _case(cases: Any, name: str, where: str, gold: dict[str, Any], event: Any, text: str,
          cls: str, why: str) -> None:
    if cases is None:
        return
    lo, hi = int(gold.get("sentence_start", 0)), int(gold.get("sentence_end", len(text)))
    cases.write(json.dumps({
        "set": name, "where": where, "class": cls, "why": why, "type": gold["event_type"],
        "gold": [gold.get("actor"), gold.get("recipient")],
        "gold_text": [gold.get("actor_text"), gold.get("recipient_text")],
        "sys": [[f"{e.raw_text}={e.country_code}/{e.kind}/{e.resolved_by}" for e in event.actor],
                [f"{e.raw_text}={e.country_code}/{e.kind}/{e.resolved_by}"
                 for e in event.recipient]],
        "trigger": event.event_text, "sentence": text[lo:hi][:500]}, ensure_ascii=False) + "\n")


def _table(title: str, rows: dict[str, dict[str, Counter]], key: str,
           sets: list[str]) -> None:
    names = sorted({k for c in rows.values() for k in c[key]},
                   key=lambda k: -sum(c[key][k] for c in rows.values()))
    print(f"\n## {title}\n\n| class | " + " | ".join(rows) + " | sets |")
    print("|---|" + "---:|" * (len(rows) + 1))
    for k in names:
        counts = [rows[s][key][k] for s in rows]
        print(f"| {k} | " + " | ".join(str(n) for n in counts)
              + f" | {sum(1 for s in sets if rows[s][key][k])} |")


def main(argv: list[str]) -> None:
    """Print the class tables of each named set (``older`` expands to the older sets)."""
    opts = dict(a[2:].split("=", 1) for a in argv if a.startswith("--"))
    names = [a for a in argv if not a.startswith("--")] or ["older"]
    names = [n for a in names for n in (OLDER if a == "older" else [a])]
    cases = Path(opts["cases"]).open("w", encoding="utf-8") if "cases" in opts else None  # noqa: SIM115
    rows = {}
    for name in names:
        rows[Path(name).stem] = diagnose(name, cases)
        n = rows[Path(name).stem]["n"]
        print(f"{name}: gold {n['gold']} system {n['system']} matched {n['matched']} "
              f"dyad {n['dyad']} filter-lost {rows[Path(name).stem]['filter']['events']}",
              flush=True)
    sets = list(rows)
    if len(rows) > 1:
        total: dict[str, Counter] = {}
        for counts in rows.values():
            for k, c in counts.items():
                total.setdefault(k, Counter()).update(c)
        rows["all"] = total
    for key, title in (("event", "Matched events: event classes"),
                       ("actor", "Matched events: actor"),
                       ("recipient", "Matched events: recipient"),
                       ("why", "Roles missing a gold country: what stood over the gold words"),
                       ("filter", "Lost to the participants filter: the gold sides")):
        _table(title, rows, key, sets)
    if cases is not None:
        cases.close()
    if "json" in opts:
        Path(opts["json"]).write_text(json.dumps(
            {s: {k: dict(c) for k, c in v.items()} for s, v in rows.items()}, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
