"""Build and check the sealed events test set 6 (standalone: no wirecoder import).

Reads the readable source ``source.txt`` next to this file, writes ``documents.jsonl`` and
runs the shared checker (``data/gold/check_documents.py``, set 6) on it.

Usage: ``python data/gold/test6/build.py`` (exit status 1 on any error).

Source format: one block per document, opened by ``### <id>``, then ``key: value`` header
lines (url, agency, title, published, date_approximate, date_note, truncated, note), then a
``--- text`` line followed by the verbatim text (one paragraph per line), then a
``--- events`` line followed by one event per line::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

``phrase`` is the actor/recipient text (it must occur in the event's sentence); ``#n``
picks the n-th occurrence of the trigger in the whole text (default 1); ``flags`` is a
comma list of ``neg``, ``fut``, ``hyp``. The script computes trigger and sentence offsets
with the checker's sentence splitter and sorts events by position.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SET = 6
FLAGS = {"neg": "negated", "fut": "future", "hyp": "hypothetical"}


def _parties(field: str) -> tuple[list[str], list[str]]:
    codes: list[str] = []
    texts: list[str] = []
    for item in filter(None, (x.strip() for x in field.split(";"))):
        code, _, phrase = item.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def _find(text: str, trigger: str, nth: int, where: str) -> int:
    at = -1
    for _ in range(nth):
        at = text.find(trigger, at + 1)
        if at < 0:
            raise ValueError(f"{where}: trigger {trigger!r} occurrence {nth} not found")
    return at


def _event(doc: dict, line: str, spans: list[tuple[int, int]]) -> dict:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 7:
        raise ValueError(f"{doc['id']}: expected 7 fields: {line!r}")
    etype, mode, ctx, actor, recipient, trig, flags = parts
    trigger, _, nth = trig.partition("#")
    start = _find(doc["text"], trigger, int(nth or 1), doc["id"])
    end = start + len(trigger)
    sent = next(((s0, s1) for s0, s1 in spans if s0 <= start < s1), None)
    if sent is None:
        raise ValueError(f"{doc['id']}: no sentence for {trigger!r}")
    a_codes, a_texts = _parties(actor)
    r_codes, r_texts = _parties(recipient)
    flagset = {f.strip() for f in flags.split(",") if f.strip()}
    unknown = flagset - set(FLAGS)
    if unknown:
        raise ValueError(f"{doc['id']}: unknown flags {unknown}")
    return {
        "event_type": etype,
        "mode": mode,
        "context": [c.strip() for c in ctx.split(",") if c.strip()],
        "actor": a_codes,
        "actor_text": a_texts,
        "recipient": r_codes,
        "recipient_text": r_texts,
        "trigger": trigger,
        **{name: short in flagset for short, name in FLAGS.items()},
        "trigger_start": start,
        "trigger_end": end,
        "sentence_start": sent[0],
        "sentence_end": sent[1],
    }


def _document(block: list[str]) -> dict:
    doc: dict = {"id": block[0][4:].strip()}
    i = 1
    while block[i] != "--- text":
        key, _, value = block[i].partition(":")
        doc[key.strip()] = value.strip()
        i += 1
    j = block.index("--- events")
    doc["text"] = "\n".join(block[i + 1 : j])
    doc["source"] = doc["agency"]
    doc["date_approximate"] = doc.get("date_approximate") == "true"
    doc["truncated"] = doc.get("truncated") == "true"
    spans = sentences(doc["text"], SETS[SET][1])
    events = [_event(doc, line, spans) for line in block[j + 1 :] if line.strip()]
    doc["events"] = sorted(events, key=lambda e: (e["trigger_start"], e["trigger_end"]))
    order = [
        "id",
        "url",
        "agency",
        "source",
        "title",
        "published",
        "date_approximate",
        "date_note",
        "truncated",
        "note",
        "text",
        "events",
    ]
    return {k: doc[k] for k in order}


def build(source: Path, out: Path) -> int:
    """Rebuild ``out`` from ``source`` and check it; return the number of errors."""
    blocks: list[list[str]] = []
    for raw in source.read_text(encoding="utf-8").split("\n"):
        if raw.startswith("### "):
            blocks.append([raw])
        elif blocks and not raw.startswith("#!"):
            blocks[-1].append(raw)
    for block in blocks:
        while block and not block[-1].strip():
            block.pop()
    docs = [_document(b) for b in blocks]
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return check(str(out), SET)


if __name__ == "__main__":
    sys.exit(1 if build(HERE / "source.txt", HERE / "documents.jsonl") else 0)
