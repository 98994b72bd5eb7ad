"""List the events the default participants filter drops, gold or not, with their mentions.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/participant_drops.py read12 dev12 dev16 blind28 > /tmp/drops.tsv

Each set is coded with ``Settings(actorless_events=True)``; an event that
:func:`wirecoder.events.stage.kept_by_default` would drop is printed with ``GOLD`` when it
matches a gold event the kept events left unmatched (same type and sentence,
:func:`wirecoder.evaluation.events.match_events`), else ``spur``, then its type, trigger and
its actor and recipient mentions as ``text[kind/country/resolved_by/sector]``. The summary
on stderr counts gold and spurious drops per class of participants (round 12, ``docs/
events.md``, "Participant drops round 12"): no mention at all, a mention the story's
location resolved (actor or recipient), a pronoun, a nominal / person / organization with no
country. The sets are those of ``scripts/precision_diagnosis.py`` (development sets and the
READ parts; never a CHECK part).
"""

from __future__ import annotations

import collections
import json
import sys
from collections.abc import Sequence

from precision_diagnosis import ALLOWED, READ_FILES, ROOT

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.events.stage import kept_by_default
from wirecoder.models import Entity
from wirecoder.settings import Settings


def _mentions(entities: Sequence[Entity]) -> str:
    return "; ".join(f"{e.raw_text}[{e.kind}/{e.country_code or '-'}/{e.resolved_by}/"
                     f"{e.sector_code or '-'}]" for e in entities) or "-"


def drop_class(actor: Sequence[Entity], recipient: Sequence[Entity]) -> str:
    """Name the participants class of a dropped event (the summary's rows)."""
    parts = set()
    for role, entities in (("A", actor), ("R", recipient)):
        for e in entities:
            if e.country_code and e.resolved_by == "story":
                parts.add(f"{role}:story")
            elif e.kind == "PRONOUN":
                parts.add(f"{role}:pronoun")
            else:
                parts.add(f"{role}:{e.kind.lower()}-no-country")
    return " ".join(sorted(parts)) or "no mention"


def main(argv: list[str]) -> None:
    """Print the dropped events of each named development set and a summary by class."""
    summary: collections.Counter[tuple[str, str]] = collections.Counter()
    for which in argv:
        if which not in ALLOWED and which not in READ_FILES:
            raise SystemExit(f"{which}: not a development set this script may read")
        path = READ_FILES.get(which) or ROOT / "data" / "gold" / ALLOWED[which]
        records = [json.loads(line) for line in path.open(encoding="utf-8")]
        for record, analysis in zip(records, analyze_records(
                records, Settings(actorless_events=True)), strict=True):
            kept = [e for e in analysis.events if kept_by_default(e)]
            dropped = [e for e in analysis.events if not kept_by_default(e)]
            _, missed, _ = match_events(record["text"], record["events"], kept)
            rest = [record["events"][i] for i in missed]
            _, _, extra = match_events(record["text"], rest, dropped)
            for si, e in enumerate(dropped):
                status = "spur" if si in extra else "GOLD"
                summary[(drop_class(e.actor, e.recipient), status)] += 1
                print("\t".join([which, record["id"], status, e.event_type,
                                 record["text"][e.start:e.end], "A:" + _mentions(e.actor),
                                 "R:" + _mentions(e.recipient)]))
    print("gold\tspur\tclass", file=sys.stderr)
    for name in sorted({k for k, _ in summary},
                       key=lambda k: -(summary[(k, "GOLD")] + summary[(k, "spur")])):
        print(f"{summary[(name, 'GOLD')]}\t{summary[(name, 'spur')]}\t{name}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
