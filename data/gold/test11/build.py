"""Build the sealed events test set 11 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test11/build.py`` (writes ``documents.jsonl`` next to this file, then runs
the shared checker ``data/gold/check_documents.py`` on it; non-zero exit on any error).

``source.txt``: documents separated by a line ``===``. Each document has ``key: value`` header lines
(id, url, agency, title, published, date_approximate, date_note, truncated, note), a line ``TEXT:``
followed by the verbatim text (one paragraph per line), a line ``EVENTS:`` and one line per event::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags

``#n`` picks the n-th occurrence (1-based) of the trigger string in the text; flags are any of
``n`` (negated), ``f`` (future), ``h`` (hypothetical).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SET_NUMBER = 11
#: Set 11 is registered here at run time (``check_documents.py`` is not edited): its id
#: pattern and the abbreviations of sets 9 and 10.
SETS.setdefault(SET_NUMBER, (r"sealed11-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})))


def _participants(field: str) -> tuple[list[str], list[str]]:
    codes: list[str] = []
    texts: list[str] = []
    for item in filter(None, (p.strip() for p in field.split(";"))):
        code, _, phrase = item.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def _find(text: str, trigger: str, nth: int) -> int:
    start = -1
    for _ in range(nth):
        start = text.find(trigger, start + 1)
        if start < 0:
            raise ValueError(f"trigger {trigger!r} (#{nth}) not in text")
    return start


def _event(line: str, text: str, spans: list[tuple[int, int]]) -> dict:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 7:
        raise ValueError(f"event line needs 7 fields: {line!r}")
    etype, mode, ctx, actor, recipient, trig, flags = parts
    nth = 1
    match = re.fullmatch(r"(.*)#(\d+)", trig)
    if match:
        trig, nth = match.group(1), int(match.group(2))
    t0 = _find(text, trig, nth)
    t1 = t0 + len(trig)
    sent = next((s for s in spans if s[0] <= t0 and t1 <= s[1]), None)
    if sent is None:
        raise ValueError(f"trigger {trig!r} crosses a sentence boundary")
    a_codes, a_texts = _participants(actor)
    r_codes, r_texts = _participants(recipient)
    return {
        "event_type": etype, "mode": mode,
        "context": [c.strip() for c in ctx.split(",") if c.strip()],
        "actor": a_codes, "actor_text": a_texts,
        "recipient": r_codes, "recipient_text": r_texts,
        "trigger": trig, "negated": "n" in flags, "future": "f" in flags,
        "hypothetical": "h" in flags,
        "trigger_start": t0, "trigger_end": t1,
        "sentence_start": sent[0], "sentence_end": sent[1],
    }


def _document(block: str) -> dict:
    head, _, rest = block.partition("\nTEXT:\n")
    body, _, events = rest.partition("\nEVENTS:\n")
    meta: dict = {}
    for line in head.strip().splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    text = body.strip("\n")
    spans = sentences(text, SETS[SET_NUMBER][1])
    evs = [_event(line, text, spans) for line in events.strip().splitlines() if line.strip()]
    evs.sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
    return {
        "id": meta["id"], "url": meta["url"], "agency": meta["agency"], "source": meta["agency"],
        "title": meta["title"], "published": meta["published"],
        "date_approximate": meta.get("date_approximate", "false") == "true",
        "date_note": meta.get("date_note", ""),
        "truncated": meta.get("truncated", "false") == "true",
        "note": meta.get("note", ""), "text": text, "events": evs,
    }


def main() -> int:
    """Rebuild ``documents.jsonl`` from ``source.txt`` and check it; return the exit code."""
    raw = (HERE / "source.txt").read_text(encoding="utf-8")
    blocks = [b for b in re.split(r"^===\s*$", raw, flags=re.M) if b.strip()]
    docs = [_document(b.strip("\n")) for b in blocks]
    out = HERE / "documents.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 1 if check(str(out), SET_NUMBER) else 0


if __name__ == "__main__":
    sys.exit(main())
