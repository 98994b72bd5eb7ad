"""Count, per path class, the dropped drafts a dependency path would give a participant.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/role_path_counts.py read26 dev12 blind28 > /tmp/paths.tsv

Each set is coded with ``Settings(actorless_events=True, role_paths=True)`` and every
path class of :mod:`wirecoder.events.role_paths` enabled. An event the participants filter
would drop that a path gave a participant (``role-path:<class>`` in its ``why``) is
``GOLD`` when it matches a gold event the other kept events left unmatched (same type and
sentence), else ``spur`` (the negatives); a GOLD one is ``role-ok`` when the attached
mention's country is in the gold event's codes for that role, ``other-role`` when it is in
the other role's, else ``wrong-country``. Each line gives set, document, status, role check,
class, type, trigger and the attached mentions; stderr sums class x status and the number
of sets where each class has a GOLD event. The sets are those of
``scripts/precision_diagnosis.py`` (development sets and READ parts; never a CHECK part).
"""

from __future__ import annotations

import collections
import json
import sys

from precision_diagnosis import ALLOWED, READ_FILES, ROOT

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events import role_paths
from wirecoder.events.stage import kept_by_default
from wirecoder.settings import Settings


def _class(why: str | None) -> str | None:
    for part in (why or "").split("; "):
        if part.startswith(role_paths.WHY + ":"):
            return part.split(":", 1)[1]
    return None


def main(argv: list[str]) -> None:
    """Print the path-attached events of each named development set and a summary."""
    role_paths.ENABLED = role_paths.ALL_CLASSES
    role_paths.DETAIL = "--detail" in argv
    argv = [a for a in argv if a != "--detail"]
    summary: collections.Counter[tuple[str, str]] = collections.Counter()
    sets: dict[str, set[str]] = collections.defaultdict(set)
    for which in argv:
        if which not in ALLOWED and which not in READ_FILES:
            raise SystemExit(f"{which}: not a development set this script may read")
        path = READ_FILES.get(which) or ROOT / "data" / "gold" / ALLOWED[which]
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
        for record, analysis in zip(records, analyze_records(
                records, Settings(actorless_events=True, role_paths=True)), strict=True):
            attached = [e for e in analysis.events if _class(e.why) and kept_by_default(e)]
            kept = [e for e in analysis.events if kept_by_default(e) and not _class(e.why)]
            _, missed, _ = match_events(record["text"], record["events"], kept)
            rest = [record["events"][i] for i in missed]
            pairs, _, _ = match_events(record["text"], rest, attached)
            gold_of = {si: rest[gi] for gi, si in pairs}
            for si, e in enumerate(attached):
                cls = _class(e.why) or "?"
                gold = gold_of.get(si)
                status, check = ("GOLD", "") if gold is not None else ("spur", "")
                if gold is not None:
                    new = [m for m in (*e.actor, *e.recipient) if m.country_code]
                    codes = {m.country_code for m in new}
                    role = "actor" if any(m in e.actor for m in new) else "recipient"
                    other = "recipient" if role == "actor" else "actor"
                    check = ("role-ok" if codes & set(gold.get(role) or []) else
                             "other-role" if codes & set(gold.get(other) or []) else
                             "wrong-country")
                    sets[cls.split(":")[0]].add(which)
                    if match_events(record["text"], [gold], [e], dyad=True)[0]:
                        summary[(cls.split(":")[0], "dyad-ok")] += 1
                summary[(cls.split(":")[0], status)] += 1
                if check:
                    summary[(cls.split(":")[0], check)] += 1
                print("\t".join([which, record["id"], status, check or "-", cls, e.event_type,
                                 record["text"][e.start:e.end],
                                 "A:" + ";".join(f"{m.raw_text}/{m.country_code}"
                                                 for m in e.actor),
                                 "R:" + ";".join(f"{m.raw_text}/{m.country_code}"
                                                 for m in e.recipient)]))
    print("class\tgold\trole-ok\tother-role\twrong-country\tdyad-ok\tspur\tsets",
          file=sys.stderr)
    for cls in sorted({k for k, _ in summary}):
        print(f"{cls}\t{summary[(cls, 'GOLD')]}\t{summary[(cls, 'role-ok')]}\t"
              f"{summary[(cls, 'other-role')]}\t{summary[(cls, 'wrong-country')]}\t"
              f"{summary[(cls, 'dyad-ok')]}\t"
              f"{summary[(cls, 'spur')]}\t{len(sets[cls])}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
