"""Count the events ``Settings.meeting_topics`` removes, spurious and right, per set.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/meeting_topics_counts.py read26 dev3 dev4 … dev30 blind12 … blind55

Each set is coded twice, with ``meeting_topics`` off and on (every other setting the
default). A system event of the "off" run that the "on" run lacks (same type, trigger span
and sentence) is *removed*; it counts as *right* when ``wirecoder eval events`` matches it
to a gold event in the "off" run (:func:`wirecoder.evaluation.events.match_events`), else as
*spurious*. Prints one line per set (``set removed spurious right``) and the totals; with
``-v`` also each removed event (set, record, type, trigger, right/spurious, sentence).
This is how ``docs/events.md`` ("Spurious events, round 18") counts the rule's removals.
Only the development sets ``scripts/precision_diagnosis.py`` reads are accepted (CHECK never).
"""

from __future__ import annotations

import json
import sys

from precision_diagnosis import ALLOWED, READ_FILES, ROOT

from wirecoder.evaluation.common import analyze_records
from wirecoder.evaluation.events import match_events
from wirecoder.settings import Settings


def _key(event: object) -> tuple[str, int, int]:
    return (event.event_type, event.start, event.end)  # type: ignore[attr-defined]


def count(which: str, verbose: bool = False) -> tuple[int, int]:
    """Return (spurious, right) among the events the rule removes in one development set.

    Args:
        which: A set name ``scripts/precision_diagnosis.py`` accepts (``read26``, ``dev3``…).
        verbose: Print each removed event.

    Returns:
        The removed events that the "off" run left unmatched and those it matched.
    """
    if which not in ALLOWED and which not in READ_FILES:
        raise SystemExit(f"{which}: not a development set this script may read")
    path = READ_FILES.get(which) or ROOT / "data" / "gold" / ALLOWED[which]
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    off = analyze_records(records, Settings(meeting_topics=False))
    on = analyze_records(records, Settings(meeting_topics=True))
    spurious = right = 0
    for record, a_off, a_on in zip(records, off, on, strict=True):
        events = list(a_off.events)
        kept = {_key(e) for e in a_on.events}
        pairs, _, _ = match_events(record["text"], record["events"], events)
        matched = {si for _, si in pairs}
        for si, event in enumerate(events):
            if _key(event) in kept:
                continue
            is_right = si in matched
            right += is_right
            spurious += not is_right
            if verbose:
                print("\t".join([which, record["id"], event.event_type, event.event_text,
                                 "right" if is_right else "spurious", event.text[:160]]))
    return spurious, right


def main(argv: list[str]) -> None:
    """Print the removed events' counts for each named development set."""
    verbose = "-v" in argv
    total_s = total_r = 0
    for which in (a for a in argv if a != "-v"):
        s, r = count(which, verbose)
        total_s, total_r = total_s + s, total_r + r
        print(f"{which}\t{s + r}\t{s}\t{r}", flush=True)
    print(f"ALL\t{total_s + total_r}\t{total_s}\t{total_r}")


if __name__ == "__main__":
    main(sys.argv[1:])
