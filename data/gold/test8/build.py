"""Build the sealed events test set 8 (``documents.jsonl``) from ``source.txt`` and check it.

Standalone (no wirecoder import). Usage: ``python data/gold/test8/build.py``.

``source.txt`` holds one block per document, blocks separated by a line ``===``:
header lines ``key: value`` (id, url, agency, title, published, date_approximate,
date_note, truncated, note), a line ``TEXT:``, the verbatim text (one paragraph per
line), a line ``EVENTS:`` and one line per event::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

``#n`` picks the n-th occurrence of the trigger in the text (default 1); flags is any of
``n`` (negated), ``f`` (future), ``h`` (hypothetical). Offsets of triggers and sentences
are computed with the splitter of ``data/gold/check_documents.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SET = 8


def _participants(field: str) -> tuple[list[str], list[str]]:
    codes, texts = [], []
    for part in filter(None, (p.strip() for p in field.split(";"))):
        code, _, phrase = part.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def _event(line: str, text: str, spans: list[tuple[int, int]], doc_id: str) -> dict:
    cells = [c.strip() for c in line.split("|")]
    if len(cells) != 7:
        raise ValueError(f"{doc_id}: event line needs 7 cells: {line!r}")
    etype, mode, ctx, actor, recipient, trig, flags = cells
    match = re.fullmatch(r"(.*?)(?:#(\d+))?", trig)
    trigger, nth = match.group(1), int(match.group(2) or 1)
    start = -1
    for _ in range(nth):
        start = text.find(trigger, start + 1)
        if start < 0:
            raise ValueError(f"{doc_id}: trigger {trigger!r} #{nth} not found")
    end = start + len(trigger)
    sent = next(((s0, s1) for s0, s1 in spans if s0 <= start < s1), None)
    if sent is None:
        raise ValueError(f"{doc_id}: trigger {trigger!r} in no sentence")
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
    meta = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    text = body.strip("\n")
    _, extra = SETS[SET]
    spans = sentences(text, extra)
    evs = [_event(line, text, spans, meta["id"])
           for line in events.strip().splitlines() if line.strip() and not line.startswith("#")]
    evs.sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
    return {
        "id": meta["id"], "url": meta["url"], "agency": meta["agency"],
        "source": meta["agency"], "title": meta["title"], "published": meta["published"],
        "date_approximate": meta.get("date_approximate", "false") == "true",
        "date_note": meta.get("date_note", ""),
        "truncated": meta.get("truncated", "false") == "true",
        "note": meta.get("note", ""), "text": text, "events": evs,
    }


def main() -> int:
    """Rebuild ``documents.jsonl`` from ``source.txt`` and run the shared checker."""
    raw = (HERE / "source.txt").read_text(encoding="utf-8")
    docs = [_document(b) for b in re.split(r"\n===\n", raw) if b.strip()]
    out = HERE / "documents.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 1 if check(str(out), SET) else 0


if __name__ == "__main__":
    sys.exit(main())
