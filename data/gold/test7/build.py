"""Build the sealed events test set 7 (``documents.jsonl``) from ``source.txt``; then check it.

Standalone (no wirecoder import). ``source.txt`` holds, per document, a header block of
``key: value`` lines, a ``TEXT:`` line followed by the verbatim text (one paragraph per
line), and an ``EVENTS:`` line followed by one line per event::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

``#n`` picks the n-th occurrence of the trigger in the text (default 1); ``flags`` is a
subset of ``n`` (negated), ``f`` (future), ``h`` (hypothetical). Documents are separated by
a line ``===``. Trigger and sentence offsets are computed with the splitter of
``data/gold/check_documents.py``; events are sorted by position.

Usage: ``python data/gold/test7/build.py``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SET = 7
BOOL_KEYS = ("date_approximate", "truncated")


def _participants(field: str) -> tuple[list[str], list[str]]:
    codes, texts = [], []
    for part in filter(None, (p.strip() for p in field.split(";"))):
        code, _, phrase = part.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def _event(text: str, spans: list[tuple[int, int]], line: str, doc_id: str) -> dict:
    cols = [c.strip() for c in line.split("|")]
    if len(cols) != 7:
        raise ValueError(f"{doc_id}: event line needs 7 columns: {line!r}")
    etype, mode, ctx, actor, recipient, trig, flags = cols
    trigger, _, nth = trig.partition("#")
    start = -1
    for _ in range(int(nth or 1)):
        start = text.find(trigger, start + 1)
        if start < 0:
            raise ValueError(f"{doc_id}: trigger {trig!r} not found")
    end = start + len(trigger)
    sent = next((s for s in spans if s[0] <= start < s[1]), None)
    if sent is None:
        raise ValueError(f"{doc_id}: trigger {trig!r} in no sentence")
    a_codes, a_texts = _participants(actor)
    r_codes, r_texts = _participants(recipient)
    return {
        "event_type": etype, "mode": mode,
        "context": [c.strip() for c in ctx.split(",") if c.strip()],
        "actor": a_codes, "actor_text": a_texts,
        "recipient": r_codes, "recipient_text": r_texts,
        "trigger": trigger, "negated": "n" in flags, "future": "f" in flags,
        "hypothetical": "h" in flags,
        "trigger_start": start, "trigger_end": end,
        "sentence_start": sent[0], "sentence_end": sent[1],
    }


def _document(block: str) -> dict:
    head, _, rest = block.partition("\nTEXT:\n")
    body, _, events = rest.partition("\nEVENTS:\n")
    doc: dict = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        doc[key.strip()] = value in ("true", "yes") if key.strip() in BOOL_KEYS else value
    doc["source"] = doc["agency"]
    text = body.strip("\n")
    doc["text"] = text
    spans = sentences(text, SETS[SET][1])
    evs = [_event(text, spans, ln, doc["id"]) for ln in events.splitlines()
           if ln.strip() and not ln.startswith("#")]
    doc["events"] = sorted(evs, key=lambda e: (e["trigger_start"], e["trigger_end"]))
    order = ["id", "url", "agency", "source", "title", "published", "date_approximate",
             "date_note", "truncated", "note", "text", "events"]
    return {k: doc[k] for k in order}


def main() -> int:
    """Rebuild ``documents.jsonl`` from ``source.txt`` and run the shared checker."""
    raw = (HERE / "source.txt").read_text(encoding="utf-8")
    docs = [_document(b) for b in raw.split("\n===\n") if b.strip()]
    with open(HERE / "documents.jsonl", "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 1 if check(str(HERE / "documents.jsonl"), SET) else 0


if __name__ == "__main__":
    sys.exit(main())
