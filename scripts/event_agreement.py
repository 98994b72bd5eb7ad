"""Agreement between two annotations of the same texts, with the events scorer's own matching.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/event_agreement.py FIRST.jsonl SECOND.jsonl [--json OUT.json]

Both files are whole-document gold files over the same texts (same ids and texts). The
second annotation's events are scored against the first exactly as the system's events are
scored by ``wirecoder eval events``: type + sentence (micro F1), and dyad F1 (type, sentence,
actor codes and recipient codes all equal), with actor / recipient accuracy over matched
events. F1 is symmetric, so it does not matter which file comes first; precision and
recall swap. This is the ceiling a coder can be expected to reach on the measure, for the
guideline as two annotators apply it.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wirecoder.evaluation.events import _report, _Tally


@dataclass(frozen=True)
class _Code:
    country_code: str


@dataclass(frozen=True)
class _Event:
    """A second annotator's event, shaped like a system event for the scorer."""

    event_type: str
    start: int
    end: int
    event_text: str
    actor: tuple[_Code, ...]
    recipient: tuple[_Code, ...]
    mode: str | None
    negated: bool
    future: bool
    hypothetical: bool


def _as_event(gold: dict[str, Any]) -> _Event:
    start = int(gold.get("trigger_start", gold["sentence_start"]))
    end = int(gold.get("trigger_end", gold["sentence_end"]))
    return _Event(gold["event_type"], start, end, gold.get("trigger") or "",
                  tuple(_Code(c) for c in gold.get("actor") or []),
                  tuple(_Code(c) for c in gold.get("recipient") or []),
                  gold.get("mode") or None, bool(gold.get("negated")),
                  bool(gold.get("future")), bool(gold.get("hypothetical")))


def _rows(path: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return {row["id"]: row for row in rows}


def agreement(first: Path, second: Path) -> dict[str, Any]:
    """Return the scorer's headline for ``second`` scored against ``first``.

    Raises:
        SystemExit: when the two files do not hold the same ids and texts.
    """
    one, two = _rows(first), _rows(second)
    if one.keys() != two.keys():
        differ = sorted(one.keys() ^ two.keys())
        raise SystemExit(f"E-AGREE-IDS: the files hold different ids: {differ} "
                         "(fix: annotate the same texts under the same ids)")
    tally = _Tally()
    for doc_id, record in one.items():
        if record["text"] != two[doc_id]["text"]:
            raise SystemExit(f"E-AGREE-TEXT: {doc_id}: the texts differ, offsets are not "
                             "comparable (fix: copy the text verbatim)")
        tally.add(record, [_as_event(g) for g in two[doc_id].get("events", [])
                           if g.get("event_type")])
    return dict(_report(tally, len(one)).headline)


def main(argv: list[str]) -> None:
    """Print the agreement headline (and write it as JSON with ``--json OUT``)."""
    out = None
    if "--json" in argv:
        i = argv.index("--json")
        out, argv = Path(argv[i + 1]), argv[:i] + argv[i + 2:]
    headline = agreement(Path(argv[0]), Path(argv[1]))
    for key in ("gold_events", "system_events", "micro_f1", "micro_precision", "micro_recall",
                "dyad_f1", "actor_accuracy", "recipient_accuracy",
                "actor_and_recipient_accuracy", "mode_accuracy"):
        print(f"{key}\t{headline[key]}")
    if out:
        out.write_text(json.dumps(headline, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
