"""Build the sealed events test set 10 (``documents.jsonl``) from ``source.txt``; then check it.

Standalone (no wirecoder import). ``source.txt`` holds, per document, a header of
``key: value`` lines (id, url, agency, title, published, date_approximate, date_note,
truncated, note), a ``TEXT:`` line followed by the verbatim text (one paragraph per
line), an ``EVENTS:`` line followed by one event per line::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

(``#n``: the n-th occurrence of the trigger string in the text, default 1; flags: any of
``n`` negated, ``f`` future, ``h`` hypothetical). Documents are separated by ``===``.
Trigger and sentence offsets are computed with the splitter of
``data/gold/check_documents.py``; every actor/recipient phrase must occur in the
trigger's sentence. Usage: ``python data/gold/test10/build.py``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SET = 10
BOOL_KEYS = {"date_approximate", "truncated"}


def _find(text: str, trigger: str) -> tuple[int, int]:
    """Offsets of the n-th occurrence of ``trigger`` (written ``phrase#n``) on word boundaries."""
    n = 1
    match = re.fullmatch(r"(.*)#(\d+)", trigger)
    if match:
        trigger, n = match.group(1), int(match.group(2))
    pattern = r"(?<!\w)" + re.escape(trigger) + r"(?!\w)"
    hits = [m.start() for m in re.finditer(pattern, text)]
    if len(hits) < n:
        raise ValueError(f"trigger {trigger!r} occurrence {n} not found")
    return hits[n - 1], hits[n - 1] + len(trigger)


def _side(field: str) -> tuple[list[str], list[str]]:
    codes, texts = [], []
    for part in filter(None, (p.strip() for p in field.split(";"))):
        code, _, phrase = part.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def parse_event(line: str, text: str, spans: list[tuple[int, int]]) -> dict:
    """One event line -> the event record with offsets."""
    cols = [c.strip() for c in line.split("|")]
    if len(cols) != 7:
        raise ValueError(f"need 7 columns: {line!r}")
    etype, mode, ctx, actor, recipient, trigger, flags = cols
    t0, t1 = _find(text, trigger)
    s0, s1 = next((a, b) for a, b in spans if a <= t0 < b)
    a_codes, a_texts = _side(actor)
    r_codes, r_texts = _side(recipient)
    for phrase in a_texts + r_texts:
        if phrase not in text[s0:s1]:
            raise ValueError(f"phrase {phrase!r} not in the sentence of {trigger!r}")
    return {
        "event_type": etype, "mode": mode,
        "context": [c.strip() for c in ctx.split(",") if c.strip()],
        "actor": a_codes, "actor_text": a_texts,
        "recipient": r_codes, "recipient_text": r_texts,
        "trigger": text[t0:t1], "negated": "n" in flags, "future": "f" in flags,
        "hypothetical": "h" in flags, "trigger_start": t0, "trigger_end": t1,
        "sentence_start": s0, "sentence_end": s1,
    }


def _event(doc_id: str, line: str, text: str, spans: list[tuple[int, int]]) -> dict:
    try:
        return parse_event(line, text, spans)
    except (ValueError, StopIteration) as err:
        raise SystemExit(f"{doc_id}: {err}: {line}") from err


def parse_document(block: str, extra: frozenset[str]) -> dict:
    """One ``===``-separated block -> one document record."""
    head, _, rest = block.partition("\nTEXT:\n")
    body, _, events = rest.partition("\nEVENTS:\n")
    doc: dict = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        value = value.strip()
        doc[key.strip()] = value == "true" if key.strip() in BOOL_KEYS else value
    text = body.strip("\n")
    spans = sentences(text, extra)
    evs = [_event(doc["id"], line, text, spans) for line in events.strip().splitlines()
           if line.strip() and not line.startswith("#")]
    evs.sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
    record = {
        "id": doc["id"], "url": doc["url"], "agency": doc["agency"], "source": doc["agency"],
        "title": doc["title"], "published": doc["published"],
        "date_approximate": doc.get("date_approximate", False),
        "date_note": doc.get("date_note", ""), "truncated": doc.get("truncated", False),
        "note": doc.get("note", ""), "text": text, "events": evs,
    }
    return record


def main() -> int:
    """Rebuild ``documents.jsonl`` from ``source.txt`` and run the shared checker."""
    _, extra = SETS[SET]
    blocks = [b for b in (HERE / "source.txt").read_text(encoding="utf-8").split("\n===\n")
              if b.strip()]
    docs = [parse_document(b, extra) for b in blocks]
    with open(HERE / "documents.jsonl", "w", encoding="utf-8") as out:
        for doc in docs:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 1 if check(str(HERE / "documents.jsonl"), SET) else 0


if __name__ == "__main__":
    sys.exit(main())
