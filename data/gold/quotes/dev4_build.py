"""Build ``dev4.jsonl`` (or ``dev5.jsonl``) from ``dev4_source.py`` (``dev5_source.py``).

Standalone (no wirecoder import). A quote's span is searched from the start of the previous
quote of its document (quotes are listed in text order); every record is checked to slice back
to its text.

Usage::

    python data/gold/quotes/dev4_build.py          # writes dev4.jsonl next to this file
    python data/gold/quotes/dev4_build.py dev5     # writes dev5.jsonl
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("text", "kind", "cue", "speaker_text", "speaker", "speaker_class", "speaker_country")


def build(name: str = "dev4") -> list[dict]:
    """Return the records of set ``name`` with computed offsets."""
    docs = runpy.run_path(str(HERE / f"{name}_source.py"))["DOCS"]
    records = []
    for doc in docs:
        text = "\n".join(p.strip() for p in doc["paragraphs"])
        quotes, cursor = [], 0
        for row in doc["quotes"]:
            item = dict(zip(FIELDS, row, strict=True))
            start = text.find(item["text"], cursor)
            if start < 0:
                raise ValueError(f"{doc['id']}: span not found: {item['text'][:60]!r}")
            end = start + len(item["text"])
            assert text[start:end] == item["text"]
            if item["speaker_text"] and item["speaker_text"] not in text:
                raise ValueError(f"{doc['id']}: speaker_text not in text: {item['speaker_text']!r}")
            quotes.append({"text": item["text"], "start": start, "end": end, **{
                k: item[k] for k in FIELDS[1:]}})
            cursor = start
        records.append({"id": doc["id"], "source": doc["source"], "url": doc["url"],
                        "published": doc["published"], "note": doc.get("note"),
                        "text": text, "quotes": quotes})
    return records


def main() -> None:
    name = sys.argv[1] if len(sys.argv) > 1 else "dev4"
    records = build(name)
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    quotes = [q for r in records for q in r["quotes"]]
    print(len(records), "documents,", len(quotes), "quotes")
    print("kind:", dict(Counter(q["kind"] for q in quotes)))
    print("class:", dict(Counter(q["speaker_class"] for q in quotes)))


if __name__ == "__main__":
    main()
