"""Round 17 reconciliation of reciprocal acts in the OPEN events development golds (issue 9).

The guideline (``data/gold/events/GUIDELINE.md``, decision 17, 2026-12-07) codes reciprocal
acts jointly (every participant in ``actor``, ``recipient`` empty) and treats a "discussed X"
sentence that reports the content of a meeting already coded in an earlier sentence of the same
story as an anaphoric back-reference (not coded). The open development golds applied both
unevenly. This script finds the candidates mechanically (gold event type, trigger words,
roles), and applies ONLY the decisions recorded by hand in :data:`REVIEWED` after reading each
candidate's sentence; a candidate missing from the table is listed, never changed.

Usage (repository root)::

    python data/gold/events/reconcile_round17.py --list [a|b]     # candidates not yet reviewed
    python data/gold/events/reconcile_round17.py --apply a|b      # apply one decision's table

Decision ``a``: a two-party gold of a reciprocal act coded directed (actor -> recipient) becomes
joint: ``actor`` + ``recipient`` codes (and their texts) in ``actor``, ``recipient`` empty.
Decision ``b``: a CONSULT gold whose trigger is a form of "discuss" and that re-reports a
meeting coded earlier in the same story is removed (in the spot checks, whose README makes a
later re-mention optional, it is marked ``optional`` instead).

Sets touched: dev, dev2, dev3 (``data/gold/test/``), dev4 … dev11, dev12 … dev21 (the opened
``test6`` … ``test15``), blind12 … blind39 and spot checks round3 … round16. Never dev22
(``test16``), blind40/41 (round 17's CHECK sources) or any sealed set. ``--apply`` rewrites only
the changed lines (unchanged lines keep their bytes), updates the folder's ``SHA256SUMS`` when
it has one (a blind set's README gets the new sha256 under its annotation line), and
appends one line per changed set to that set's LOG. It is idempotent: applied candidates no
longer match.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

GOLD = Path(__file__).resolve().parents[1]

#: Open development sets: name -> (gold file, LOG file) relative to ``data/gold``.
SETS: dict[str, tuple[str, str]] = {
    "dev": ("events/dev.jsonl", "events/LOG-blind.md"),
    "dev2": ("events/dev2.jsonl", "events/LOG-blind.md"),
    "dev3": ("test/documents.jsonl", "test/LOG.md"),
    **{f"dev{n}": (f"events/dev{n}.jsonl", "events/LOG-blind.md") for n in range(4, 12)},
    **{f"dev{n}": (f"test{n - 6}/documents.jsonl", f"test{n - 6}/LOG.md")
       for n in range(12, 22)},
    **{f"blind{n}": (f"events/blind{n}.jsonl", "events/LOG-blind.md") for n in range(12, 40)},
    **{f"round{n}": (f"spotcheck/round{n}.jsonl", "spotcheck/LOG.md") for n in range(3, 17)},
}

#: Triggers of a meeting, talks or a call (CONSULT read as reciprocal).
MEETING = re.compile(r"\bmet\b|meet|talk|spoke|speak|phone|call|discuss|conver|summit|"
                     r"consult|negotia|confer|dialog|clash", re.I)
#: Triggers of a one-sided trip or hosting: these stay visitor -> host.
VISIT = re.compile(r"visit|trip|host|receiv|welcom|arriv|travel|tour|call(ed)? on|went to|"
                   r"came to|gone to|flew|\bis in\b|\bwas in\b|\bare in\b", re.I)
#: Triggers of joint military games (COOPERATE read as reciprocal).
JOINT_COOP = re.compile(r"joint|exercise|drill|manoeuv|maneuv", re.I)
#: Triggers of two-sided fighting (ASSAULT read as reciprocal).
FIGHT = re.compile(r"clash|fight|fought|battl|skirmish|firefight", re.I)
DISCUSS = re.compile(r"discuss", re.I)

#: Reviewed candidates (read from ``reconcile_round17.tsv``, one row per candidate, written
#: after reading its sentence): (set, record id, trigger, sentence_start) -> (decision,
#: verdict, why). Verdict "apply" changes the gold; "keep" leaves it, the reason says why.
REVIEWED: dict[tuple[str, str, str, int], tuple[str, str, str]] = {}


def _load_reviewed() -> None:
    """Fill :data:`REVIEWED` from ``reconcile_round17.tsv`` next to this script."""
    table = Path(__file__).with_name("reconcile_round17.tsv")
    if not table.exists():
        return
    for line in table.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, rid, trigger, start, decision, verdict, why = line.split("\t")
        REVIEWED[(name, rid, trigger, int(start))] = (decision, verdict, why)


def _events(record: dict[str, Any]) -> list[dict[str, Any]]:
    events = record.get("events") or []
    return events if isinstance(events, list) else []


def _sentence(record: dict[str, Any], event: dict[str, Any]) -> str:
    if "sentence" in event:
        return str(event["sentence"])
    text = str(record.get("text", ""))
    return text[int(event.get("sentence_start", 0)):int(event.get("sentence_end", len(text)))]


def directed_reciprocal(event: dict[str, Any]) -> bool:
    """True when a two-party gold of a reciprocal trigger is coded actor -> recipient."""
    actor, recipient = set(event.get("actor") or []), set(event.get("recipient") or [])
    if not actor or not recipient or actor & recipient:
        return False
    trigger = str(event.get("trigger", ""))
    kind = event.get("event_type")
    if kind in {"CONSULT", "AGREE"}:  # AGREE: a planned meeting (GUIDELINE decision 4)
        return bool(MEETING.search(trigger)) and not VISIT.search(trigger)
    if kind == "COOPERATE":
        return bool(JOINT_COOP.search(trigger))
    if kind == "ASSAULT":
        return bool(FIGHT.search(trigger))
    return False


def candidates(name: str, records: list[dict[str, Any]]
               ) -> list[tuple[str, tuple[str, str, str, int], int, int, str]]:
    """(decision, key, record index, event index, sentence) of every candidate in one set.

    Decision ``b``'s earlier meeting is a CONSULT gold of an earlier sentence of the same
    document (whole-document sets) or of an earlier record of the same story (``source``, the
    sentence sets), sharing an actor code with the "discussed" gold.
    """
    out = []
    seen_by_story: dict[str, set[str]] = {}
    for ri, record in enumerate(records):
        events = _events(record)
        whole = any("sentence_start" in e for e in events)
        earlier = seen_by_story.setdefault(str(record.get("source")), set())
        for ei, event in enumerate(events):
            key = (name, str(record.get("id")), str(event.get("trigger", "")),
                   int(event.get("sentence_start", -1)))
            if directed_reciprocal(event):
                out.append(("a", key, ri, ei, _sentence(record, event)))
            if event.get("event_type") == "CONSULT" and DISCUSS.search(key[2]):
                start = int(event.get("sentence_start", 0))
                before = {c for e in events if e.get("event_type") == "CONSULT"
                          and int(e.get("sentence_end", 0)) <= start
                          for c in e.get("actor") or []} if whole else earlier
                if before & set(event.get("actor") or []):
                    out.append(("b", key, ri, ei, _sentence(record, event)))
        if not whole:
            earlier.update(c for e in events if e.get("event_type") == "CONSULT"
                           for c in e.get("actor") or [])
    return out


def _read(name: str) -> tuple[Path, list[str]]:
    path = GOLD / SETS[name][0]
    return path, path.read_text("utf-8").splitlines()


def list_candidates(decision: str | None) -> None:
    """Print every candidate that has no reviewed verdict yet."""
    for name in SETS:
        _, lines = _read(name)
        records = [json.loads(line) for line in lines if line.strip()]
        for kind, key, ri, ei, sentence in candidates(name, records):
            if (decision and kind != decision) or key in REVIEWED:
                continue
            event = _events(records[ri])[ei]
            print("\t".join([*map(str, key), kind,
                             f"{event.get('actor')}{event.get('actor_text')} -> "
                             f"{event.get('recipient')}{event.get('recipient_text')}",
                             sentence[:300]]))


def _joint(event: dict[str, Any]) -> dict[str, Any]:
    new = dict(event)
    new["actor"] = [*event.get("actor", []), *event.get("recipient", [])]
    new["actor_text"] = [*event.get("actor_text", []), *event.get("recipient_text", [])]
    new["recipient"], new["recipient_text"] = [], []
    return new


def apply(decision: str) -> Counter[str]:
    """Apply one decision's reviewed verdicts; return the number of changed events per set."""
    changed: Counter[str] = Counter()
    for name in SETS:
        path, lines = _read(name)
        rows = [i for i, line in enumerate(lines) if line.strip()]
        records = [json.loads(lines[i]) for i in rows]
        todo: dict[int, set[int]] = {}
        for kind, key, ri, ei, _ in candidates(name, records):
            if kind == decision and REVIEWED.get(key, ("", "", ""))[:2] == (decision, "apply"):
                todo.setdefault(ri, set()).add(ei)
        for ri, targets in sorted(todo.items()):
            record = records[ri]
            events = []
            for ei, event in enumerate(_events(record)):
                if ei not in targets:
                    events.append(event)
                    continue
                if decision == "a":
                    events.append(_joint(event))
                elif "optional" in event:  # spot checks: a re-mention is optional there
                    events.append({**event, "optional": True})
                    if event["optional"]:
                        continue  # already optional: nothing changes
                changed[name] += 1
            record["events"] = events
            lines[rows[ri]] = json.dumps(record, ensure_ascii=False)
        if changed[name]:
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
            _reseal(path)
            _readme_sha(path, decision)
            _log(name, decision, changed[name])
    return changed


def _reseal(path: Path) -> None:
    sums = path.parent / "SHA256SUMS"
    if not sums.exists():
        return
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    rows = sums.read_text("utf-8").splitlines()
    rows = [f"{digest}  {path.name}" if row.split()[-1] == path.name else row for row in rows]
    sums.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _readme_sha(path: Path, decision: str) -> None:
    """Add the new sha256 under a blind set's "sha256 at annotation" line (kept as it was)."""
    readme = path.with_name(f"README-{path.stem}.md")
    if not path.stem.startswith("blind") or not readme.exists():
        return
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    rows = readme.read_text("utf-8").splitlines()
    note = (f"sha256 after round 17's reconciliation, decision {decision} "
            f"(`reconcile_round17.py`, GUIDELINE decision 17): `{digest}`  {path.name}")
    start = next((i for i, row in enumerate(rows) if row.startswith("sha256 at annotation")), 0)
    at = next((i for i, row in enumerate(rows) if i >= start and path.name in row
               and re.search(r"[0-9a-f]{64}", row)), None)
    if at is None:
        rows.append(note)
    else:
        while at + 1 < len(rows) and rows[at + 1].startswith("sha256 after round 17"):
            at += 1
        rows.insert(at + 1, note)
    readme.write_text("\n".join(rows) + "\n", encoding="utf-8")


def _log(name: str, decision: str, n: int) -> None:
    path, _ = _read(name)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    what = ("reciprocal acts coded joint" if decision == "a"
            else "'discussed' back-references to a coded meeting removed")
    line = (f"\n- 2026-12-07 gold correction (not a scoring run), round 17 "
            f"`data/gold/events/reconcile_round17.py --apply {decision}`: {name} "
            f"({SETS[name][0]}), {n} event(s) changed: {what} (GUIDELINE decision 17); "
            f"sha256 now {digest}. Earlier figures on this set are not comparable.\n")
    with (GOLD / SETS[name][1]).open("a", encoding="utf-8") as log:
        log.write(line)


def main(argv: list[str]) -> None:
    """Run ``--list [a|b]`` or ``--apply a|b``."""
    _load_reviewed()
    if argv and argv[0] == "--apply" and len(argv) == 2 and argv[1] in {"a", "b"}:
        changed = apply(argv[1])
        for name, n in changed.items():
            print(f"{name}\t{n}")
        print(f"total\t{sum(changed.values())}")
    elif argv and argv[0] == "--list":
        list_candidates(argv[1] if len(argv) > 1 else None)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
