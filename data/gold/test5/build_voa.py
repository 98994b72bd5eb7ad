"""Build ``part-voa.jsonl`` (sealed events test set 5, VOA part) from ``source-voa.txt``.

Standalone (no wirecoder import). The source holds one block per document::

    ### sealed5-NN
    url: ...            (also title, published, date_approximate, date_note, truncated, note)
    text:
    <the text, one paragraph a line>
    events:
    TYPE | mode | ctx,ctx | CODE=actor text; ... | CODE=recipient text; ... | trigger | n | flags

``n`` is the occurrence (1-based) of the trigger in the text; ``flags`` holds any of
``neg``, ``fut``, ``hyp``. Offsets of the trigger and of its sentence (the splitter of
``data/gold/check_documents.py``) are computed here. After writing, the set's checker runs.

Usage: ``python data/gold/test5/build_voa.py``
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, sentences  # noqa: E402

AGENCY = "Voice of America"


def _nth(text: str, needle: str, n: int) -> int:
    """Return the start of the ``n``-th (1-based) occurrence of ``needle`` in ``text``."""
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1)
        if pos < 0:
            raise ValueError(f"trigger {needle!r} occurrence {n} not found")
    return pos


def _side(field: str) -> tuple[list[str], list[str]]:
    codes, texts = [], []
    for part in filter(None, (p.strip() for p in field.split(";"))):
        code, _, phrase = part.partition("=")
        codes.append(code.strip())
        texts.append(phrase.strip())
    return codes, texts


def _event(text: str, spans: list[tuple[int, int]], line: str) -> dict:
    fields = [f.strip() for f in line.split("|")]
    etype, mode, ctx, act, rec, trigger, n, flags = fields
    t0 = _nth(text, trigger, int(n))
    t1 = t0 + len(trigger)
    s0, s1 = next((a, b) for a, b in spans if a <= t0 < b)
    actor, actor_text = _side(act)
    recipient, recipient_text = _side(rec)
    return {
        "event_type": etype, "mode": mode,
        "context": [c.strip() for c in ctx.split(",") if c.strip()],
        "actor": actor, "actor_text": actor_text,
        "recipient": recipient, "recipient_text": recipient_text,
        "trigger": trigger, "negated": "neg" in flags, "future": "fut" in flags,
        "hypothetical": "hyp" in flags,
        "trigger_start": t0, "trigger_end": t1, "sentence_start": s0, "sentence_end": s1,
    }


def parse(source: str) -> list[dict]:
    """Parse the readable source into document records."""
    extra = SETS[5][1]
    docs = []
    for block in source.split("### ")[1:]:
        head, _, rest = block.partition("\ntext:\n")
        body, _, events = rest.partition("\nevents:\n")
        lines = head.splitlines()
        meta = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
        text = body.rstrip("\n")
        spans = sentences(text, extra)
        evs = [_event(text, spans, ln) for ln in events.splitlines()
               if ln.strip() and not ln.startswith("#")]
        evs.sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
        docs.append({
            "id": lines[0].strip(), "url": meta["url"], "agency": AGENCY, "source": AGENCY,
            "title": meta["title"], "published": meta["published"],
            "date_approximate": meta["date_approximate"] == "true",
            "date_note": meta.get("date_note", ""),
            "truncated": meta["truncated"] == "true", "note": meta["note"],
            "text": text, "events": evs,
        })
    return docs


def main() -> int:
    """Rebuild the part file and run the set's checker on it."""
    docs = parse((HERE / "source-voa.txt").read_text(encoding="utf-8"))
    out = HERE / "part-voa.jsonl"
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return subprocess.call([sys.executable, str(HERE / "check_offsets.py"), str(out)])


if __name__ == "__main__":
    sys.exit(main())
