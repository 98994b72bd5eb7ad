"""Build `round4.jsonl`, the analyst's event annotation of three VOA stories (issue 9 spot check).

The annotation is written below as data (sentence anchor, trigger, codes); this script only finds
the character offsets in the corpus text, checks that every anchor, trigger and actor/recipient
word is found where stated, and writes one JSON line per story. It does not import wirecoder.
Run from the repository root:

    python data/gold/spotcheck/build_round4.py ../shared/corpora/voa/voa_stories.jsonl

Fields of an event: `sentence_start`/`sentence_end` and `trigger_start`/`trigger_end` are character
offsets into the story's `text`; `optional` marks an event an analyst may code or leave out (not
counted as missed when absent); `accept_types`, `accept_actor`, `accept_recipient` list other
answers the judge accepts as right; the flags follow `data/gold/events/GUIDELINE.md`.
"""

from __future__ import annotations

import json
import re
import sys

STORIES: list[str] = []

# story, sentence anchor, trigger, type, mode, actor, actor_text, recipient, recipient_text, extras
E = []


def ev(story, anchor, trigger, etype, mode, actor, actor_text, recipient, recipient_text, **kw):
    """Add one annotated event to `E`."""
    E.append(
        dict(
            story=story,
            anchor=anchor,
            trigger=trigger,
            event_type=etype,
            mode=mode,
            actor=actor,
            actor_text=actor_text,
            recipient=recipient,
            recipient_text=recipient_text,
            **kw,
        )
    )


def sentences(text: str) -> list[tuple[int, int]]:
    """Split on sentence-final punctuation, re-joining splits after 'U.N.' and single initials."""
    spans, start = [], 0
    for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d]))\s+(?=[\"\u201c]?[A-Z])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and re.search(r"(?:\bU\.N|\s[A-Z])\.$", text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def build(corpus_path: str) -> list[dict]:
    """Return one record per story with offsets resolved (stops when an anchor is missing)."""
    stories = {}
    with open(corpus_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in STORIES:
                stories[rec["id"]] = rec
    out = []
    for sid in STORIES:
        rec = stories[sid]
        text = rec["text"]
        spans = sentences(text)
        events = []
        for e in (x for x in E if x["story"] == sid):
            hits = [(s, t) for s, t in spans if text[s:t].startswith(e["anchor"])]
            if len(hits) != 1:
                raise SystemExit(f"{sid}: anchor {e['anchor']!r} found {len(hits)} times")
            s, t = hits[0]
            k = text.find(e["trigger"], s, t)
            if k < 0:
                raise SystemExit(f"{sid}: trigger {e['trigger']!r} not in sentence {e['anchor']!r}")
            item = {
                "sentence_index": spans.index((s, t)),
                "sentence_start": s,
                "sentence_end": t,
                "sentence": text[s:t],
                "trigger": e["trigger"],
                "trigger_start": k,
                "trigger_end": k + len(e["trigger"]),
                "event_type": e["event_type"],
                "mode": e["mode"],
                "actor": e["actor"],
                "actor_text": e["actor_text"],
                "recipient": e["recipient"],
                "recipient_text": e["recipient_text"],
                "negated": e.get("negated", False),
                "future": e.get("future", False),
                "hypothetical": e.get("hypothetical", False),
                "optional": e.get("optional", False),
                "accept_types": e.get("accept_types", []),
                "accept_actor": e.get("accept_actor", []),
                "accept_recipient": e.get("accept_recipient", []),
                "note": e.get("note", ""),
            }
            for _name, words in (
                ("actor_text", e["actor_text"]),
                ("recipient_text", e["recipient_text"]),
            ):
                for w in words:
                    if w not in text[s:t] and w not in ("he", "it"):
                        item.setdefault("context_mentions", []).append(w)
            events.append(item)
        events.sort(key=lambda x: x["trigger_start"])
        out.append(
            {
                "id": sid,
                "url": rec["url"],
                "title": rec["title"],
                "published": rec["published"],
                "n_sentences": len(spans),
                "events": events,
            }
        )
    return out


if __name__ == "__main__":
    records = build(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl")
    with open("data/gold/spotcheck/round4.jsonl", "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in records:
        req = sum(not e["optional"] for e in r["events"])
        print(
            r["id"], "events", len(r["events"]), "required", req, "optional", len(r["events"]) - req
        )
