r"""Build ``part-voa.jsonl`` (the VOA half of sealed events test set 4) from ``source-voa.txt``.

Standalone: no wirecoder import. Usage, from anywhere:

    python data/gold/test4/build_voa.py            # writes part-voa.jsonl, then checks it

``source-voa.txt`` holds one block per document::

    === sealed4-NN
    url: ...            (also agency, title, published, date_approximate, date_note,
    ...                  truncated, note: one "key: value" line each)
    text:
    one paragraph per line (paragraph breaks become "\\n")
    events:
    TYPE[/mode] | contexts | actors | recipients | trigger | flags | sentence key

Fields of an event line: contexts are comma-separated (``-`` for none); actors and
recipients are ``CODE=words in the sentence`` separated by ``;`` (``-`` for none); the
trigger is an exact substring of the sentence, ``trigger#2`` for its second occurrence
there; flags are any of ``negated,future,hypothetical`` (``-`` for none); the sentence key
is a substring of the text that occurs once in the document and lies in the event's
sentence. Offsets are computed here from the sentence splitter of ``check_documents.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_documents import SETS, check, sentences  # noqa: E402

SOURCE = HERE / "source-voa.txt"
TARGET = HERE / "part-voa.jsonl"
META = ["url", "agency", "title", "published", "date_approximate", "date_note", "truncated",
        "note"]
FLAGS = ("negated", "future", "hypothetical")


def _participants(field: str) -> tuple[list[str], list[str]]:
    if field == "-":
        return [], []
    codes, texts = [], []
    for part in field.split(";"):
        code, _, words = part.strip().partition("=")
        codes.append(code.strip())
        texts.append(words.strip())
    return codes, texts


def _event(doc_id: str, text: str, spans: list[tuple[int, int]], line: str) -> dict:
    fields = [f.strip() for f in line.split(" | ")]
    if len(fields) != 7:
        raise ValueError(f"{doc_id}: event line needs 7 fields: {line!r}")
    kind, contexts, actors, recipients, trigger, flags, key = fields
    etype, _, mode = kind.partition("/")
    if text.count(key) != 1:
        raise ValueError(f"{doc_id}: sentence key {key!r} occurs {text.count(key)} times")
    at = text.index(key)
    s0, s1 = next((a, b) for a, b in spans if a <= at < b)
    trigger, _, nth = trigger.partition("#")
    t0 = s0 - 1
    for _ in range(int(nth or 1)):
        t0 = text.find(trigger, t0 + 1, s1)
        if t0 < 0:
            raise ValueError(f"{doc_id}: trigger {trigger!r} not in sentence of {key!r}")
    actor, actor_text = _participants(actors)
    recipient, recipient_text = _participants(recipients)
    flag_set = set() if flags == "-" else {f.strip() for f in flags.split(",")}
    if flag_set - set(FLAGS):
        raise ValueError(f"{doc_id}: unknown flags {flag_set - set(FLAGS)}")
    event = {"event_type": etype, "mode": mode,
             "context": [] if contexts == "-" else [c.strip() for c in contexts.split(",")],
             "actor": actor, "actor_text": actor_text, "recipient": recipient,
             "recipient_text": recipient_text, "trigger": trigger}
    event.update({flag: flag in flag_set for flag in FLAGS})
    event.update({"trigger_start": t0, "trigger_end": t0 + len(trigger),
                  "sentence_start": s0, "sentence_end": s1})
    return event


def _document(block: str) -> dict:
    head, _, rest = block.partition("\ntext:\n")
    body, _, events = rest.partition("\nevents:\n")
    lines = head.strip().splitlines()
    doc: dict = {"id": lines[0].strip()}
    meta = {}
    for line in lines[1:]:
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    for key in META:
        value = meta.get(key, "")
        if key in ("date_approximate", "truncated"):
            value = value == "true"
        doc[key] = value
        if key == "agency":
            doc["source"] = value
    doc["text"] = "\n".join(line.rstrip() for line in body.strip("\n").splitlines())
    spans = sentences(doc["text"], SETS[4][1])
    doc["events"] = sorted(
        (_event(doc["id"], doc["text"], spans, line)
         for line in events.strip().splitlines() if line.strip() and not line.startswith("#")),
        key=lambda e: (e["trigger_start"], e["trigger_end"]))
    return doc


def build() -> list[dict]:
    """Parse ``source-voa.txt`` into document records, in source order."""
    blocks = SOURCE.read_text(encoding="utf-8").split("=== ")[1:]
    return [_document(block) for block in blocks]


def main() -> int:
    """Write ``part-voa.jsonl`` and run the set-4 checker on it; return the exit code."""
    docs = build()
    with TARGET.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    return 1 if check(str(TARGET), 4) else 0


if __name__ == "__main__":
    sys.exit(main())
