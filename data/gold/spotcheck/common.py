"""Helpers shared by the spot-check selection and build scripts (issue 9, rounds 4 and 5).

Standalone: no wirecoder import. Run the round scripts from the repository root.

- `sentences(text)`: the spot check's simple sentence splitter.
- `dev_blob()` / `readout_ids(ids)`: what the selection scripts search (never print).
- `build(corpus_path, story_ids, events)`: resolve the annotation's anchors and triggers to
  character offsets; `check(path, corpus_path)`: re-read a written JSONL and check every offset,
  string and code; `write_and_check(...)`: both, plus a summary line per story.
"""

from __future__ import annotations

import glob
import json
import re
from pathlib import Path

DEV_GOLD_GLOBS = ("data/gold/events/dev*.jsonl", "data/gold/actors/dev*.jsonl")
# Round 6 also searches the blind event sets (judged or sealed; searched, never printed).
DEV_GOLD_GLOBS_ROUND6 = (*DEV_GOLD_GLOBS, "data/gold/events/blind*.jsonl")
# Round 7: every open development file with event, actor or quote text (searched, never printed).
DEV_GOLD_GLOBS_ROUND7 = (
    "data/gold/events/*.jsonl",
    "data/gold/test/documents.jsonl",
    "data/gold/test6/documents.jsonl",
    "data/gold/test6/source.txt",
    "data/gold/actors/*.jsonl",
    "data/gold/quotes/dev*.jsonl",
    "data/gold/quotes/test5.jsonl",
    "data/gold/spotcheck/round[3-6].jsonl",  # the judged rounds, not round 7 itself
)
# Round 8: the round-7 files plus the judged round-7 spot check (searched, never printed).
DEV_GOLD_GLOBS_ROUND8 = (
    *DEV_GOLD_GLOBS_ROUND7[:-1],
    "data/gold/spotcheck/round[3-7].jsonl",  # the judged rounds, not round 8 itself
)
# Round 9: the round-8 files plus the sets opened this round (events test7 = dev13, quotes
# test6 = dev10); the spot check round 8 is sealed until the end of round 8 and not searched.
DEV_GOLD_GLOBS_ROUND9 = (
    *DEV_GOLD_GLOBS_ROUND8,
    "data/gold/test7/documents.jsonl",
    "data/gold/test7/source.txt",
    "data/gold/quotes/test6.jsonl",
)
# Round 7: sealed (round 7) and spent-but-closed sets, searched only for story ids and URLs.
SEALED_OR_CLOSED_GLOBS = (
    "data/gold/test[2-5]/*", "data/gold/test7/*", "data/gold/test8/*",
    "data/gold/quotes/test[2-4]*", "data/gold/quotes/test[67]*",
    "data/gold/quantities/test[3-5]*", "data/gold/quantities/test[78]*",
    "data/gold/readouts/heldout.jsonl", "data/gold/readouts/*heldout[2-4]*",
    "data/gold/readouts/*heldout[67]*", "data/gold/commitments/heldout*",
)  # fmt: skip

# Round 9: sealed (round 8 and the next round's) and spent-but-closed sets, searched only for
# story ids and URLs (yes/no, nothing printed).
SEALED_OR_CLOSED_GLOBS_ROUND9 = (
    "data/gold/test[2-5]/*", "data/gold/test8/*", "data/gold/test9/*",
    "data/gold/quotes/test[2-4]*", "data/gold/quotes/test[78]*",
    "data/gold/quantities/test[3-5]*", "data/gold/quantities/test[89]*",
    "data/gold/readouts/heldout.jsonl", "data/gold/readouts/*heldout[2-4]*",
    "data/gold/readouts/*heldout[78]*", "data/gold/commitments/heldout*",
    "data/gold/events/blind1[89]*", "data/gold/events/blind2[01]*",
    "data/gold/spotcheck/round8*",
)  # fmt: skip

# Round 10: the round-9 files plus the judged round-8 spot check and the sets opened in round 9
# (events test8 = dev14, quotes test7 = dev11); searched, never printed. The round-9 spot check is
# sealed until the end of round 9 and is not searched.
DEV_GOLD_GLOBS_ROUND10 = (
    *DEV_GOLD_GLOBS_ROUND9,
    "data/gold/test8/documents.jsonl",
    "data/gold/test8/source.txt",
    "data/gold/quotes/test7.jsonl",
    "data/gold/spotcheck/round8.jsonl",
)

# Round 10: sealed (round 9 and the next round's) and spent-but-closed sets, searched only for
# story ids and URLs (yes/no, nothing printed).
SEALED_OR_CLOSED_GLOBS_ROUND10 = (
    *SEALED_OR_CLOSED_GLOBS_ROUND9,
    "data/gold/test10/*", "data/gold/quotes/test9*", "data/gold/quantities/test10*",
    "data/gold/readouts/*heldout9*", "data/gold/events/blind2[2-7]*",
    "data/gold/spotcheck/round9*",
)  # fmt: skip

# Round 11: the round-10 files plus the judged round-9 spot check and the sets opened in round 10
# (events test9 = dev15, quotes test8 = dev12); searched, never printed. The round-10 spot check
# is sealed until the end of round 10 and is neither read nor searched.
DEV_GOLD_GLOBS_ROUND11 = (
    *DEV_GOLD_GLOBS_ROUND10,
    "data/gold/test9/documents.jsonl",
    "data/gold/test9/source.txt",
    "data/gold/quotes/test8.jsonl",
    "data/gold/spotcheck/round9.jsonl",
)

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip


def make_ev(events: list[dict]):
    """Return an `ev(...)` function that appends one annotated event to `events`."""

    def ev(story, anchor, trigger, etype, mode, actor, actor_text, recipient, recipient_text, **kw):
        """Add one annotated event."""
        events.append(
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

    return ev


def sentences(text: str) -> list[tuple[int, int]]:
    """Split on sentence-final punctuation, re-joining after 'U.N.', 'U.S.' and initials."""
    spans, start = [], 0
    for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?][\"\u201d]))\s+(?=[\"\u201c]?[A-Z])", text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and re.search(r"(?:\bU\.[NS]|\s[A-Z])\.$", text[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return merged


def dev_blob(globs: tuple[str, ...] = DEV_GOLD_GLOBS) -> str:
    """Return the searchable text of the development gold and the tests (never printed)."""
    parts = []
    files = sorted(f for g in globs for f in glob.glob(g))
    for f in files:
        if not f.endswith(".jsonl"):  # a plain source file (round 7: test6/source.txt)
            parts.append(Path(f).read_text(encoding="utf-8"))
            continue
        with open(f, encoding="utf-8") as fh:
            parts += [json.dumps(json.loads(x), ensure_ascii=False) for x in fh if x.strip()]
    for f in sorted(glob.glob("tests/*.py")):
        parts.append(Path(f).read_text(encoding="utf-8"))
    blob = "\n".join(parts)
    return blob + "\n" + blob.replace('\\"', '"')


def gold_ids_or_urls(stories: list[dict], globs: tuple[str, ...]) -> set[str]:
    """Return ids of stories whose id or URL occurs in a file matched by `globs`.

    For sets that must not be read (sealed or spent and closed): only ids and URLs are looked
    for, nothing of the files is printed.
    """
    found: set[str] = set()
    for f in sorted({f for g in globs for f in glob.glob(g)}):
        raw = Path(f).read_text(encoding="utf-8", errors="replace")
        for s in stories:
            if s["url"] in raw or re.search(rf"(?<![0-9a-f]){s['id']}(?![0-9a-f])", raw):
                found.add(s["id"])
    return found


def readout_ids(ids: list[str]) -> set[str]:
    """Return the story ids that occur in any file under `data/gold/readouts/` (nothing printed)."""
    found = set()
    for f in sorted(Path("data/gold/readouts").rglob("*")):
        if f.is_file():
            raw = f.read_text(encoding="utf-8", errors="replace")
            found |= {i for i in ids if i in raw}
    return found


def _resolve(text: str, spans: list[tuple[int, int]], sid: str, e: dict) -> dict:
    """Return one event record with its sentence and trigger offsets found in `text`."""
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
    for w in e["actor_text"] + e["recipient_text"]:
        if w not in text[s:t] and w not in ("he", "it"):
            item.setdefault("context_mentions", []).append(w)
    return item


def build(corpus_path: str, story_ids: list[str], annotation: list[dict]) -> list[dict]:
    """Return one record per story with offsets resolved (stops when an anchor is missing)."""
    stories = {}
    with open(corpus_path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in story_ids:
                stories[rec["id"]] = rec
    out = []
    for sid in story_ids:
        rec = stories[sid]
        spans = sentences(rec["text"])
        events = [_resolve(rec["text"], spans, sid, e) for e in annotation if e["story"] == sid]
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


def _problems(e: dict, text: str, spans: list[tuple[int, int]]) -> list[str]:
    """Return what is wrong with one written event (empty when it checks out)."""
    s, t = e["sentence_start"], e["sentence_end"]
    problems = [
        spans[e["sentence_index"]] != (s, t) and "sentence offsets",
        text[s:t] != e["sentence"] and "sentence text",
        text[e["trigger_start"] : e["trigger_end"]] != e["trigger"] and "trigger",
        not s <= e["trigger_start"] < e["trigger_end"] <= t and "trigger outside",
        e["event_type"] not in PLOVER and "event_type",
        not set(e["accept_types"]) <= PLOVER and "accept_types",
        len(e["actor"]) != len(e["actor_text"]) and "actor/actor_text length",
        len(e["recipient"]) != len(e["recipient_text"]) and "recipient length",
    ]
    for w in e["actor_text"] + e["recipient_text"]:
        if w not in e["sentence"] and w not in e.get("context_mentions", []):
            problems.append(f"mention {w!r} not in sentence")
        if w not in text:
            problems.append(f"mention {w!r} not in story")
    return [p for p in problems if p]


def check(path: str, corpus_path: str) -> int:
    """Re-read the written JSONL and check every offset and string against the corpus text.

    Returns the number of events checked; stops with a message at the first problem.
    """
    with open(corpus_path, encoding="utf-8") as fh:
        texts = {r["id"]: r["text"] for r in map(json.loads, fh)}
    n = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            text = texts[rec["id"]]
            spans = sentences(text)
            if rec["n_sentences"] != len(spans):
                raise SystemExit(f"{rec['id']}: n_sentences {rec['n_sentences']} != {len(spans)}")
            for e in rec["events"]:
                bad = _problems(e, text, spans)
                if bad:
                    where = f"{rec['id']} sentence {e['sentence_index']} {e['trigger']!r}"
                    raise SystemExit(f"{where}: {', '.join(bad)}")
                n += 1
    return n


def write_and_check(out: str, corpus_path: str, story_ids: list[str], annotation: list[dict]):
    """Build the records, write them to `out` as JSONL, print counts and check the file."""
    records = build(corpus_path, story_ids, annotation)
    with open(out, "w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    for r in records:
        req = sum(not e["optional"] for e in r["events"])
        print(
            r["id"], "events", len(r["events"]), "required", req, "optional", len(r["events"]) - req
        )
    print("checked", check(out, corpus_path), "events: offsets, strings and codes OK")


def read_stories_source(path: str) -> list[dict]:
    r"""Parse a readable story source file (round 7) into story records.

    Blocks start with ``=== <id>``; ``key: value`` header lines (url, title, published,
    truncated, note) run up to ``---``; then one paragraph per line (blank lines ignored, leading
    indentation stripped), joined with ``\\n``. Lines starting with ``#`` before the first block
    are comments.
    """
    stories: list[dict] = []
    cur: dict | None = None
    body: list[str] | None = None
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("=== "):
            cur, body = {"id": line[4:].strip()}, None
            stories.append(cur)
        elif cur is None or not line:
            continue
        elif body is None and line == "---":
            body = []
            cur["text_lines"] = body
        elif body is None:
            key, _, value = line.partition(":")
            cur[key.strip()] = value.strip()
        else:
            body.append(line)
    out = []
    for s in stories:
        out.append(
            {
                "id": s["id"],
                "url": s["url"],
                "title": s["title"],
                "published": s.get("published", ""),
                "text": "\n".join(s["text_lines"]),
                "truncated": s["truncated"] == "true",
                "note": s.get("note", ""),
            }
        )
    return out


def write_stories(source: str, out: str) -> list[dict]:
    """Write the stories of `source` to `out` as JSONL and check each text against the source."""
    stories = read_stories_source(source)
    with open(out, "w", encoding="utf-8") as fh:
        for s in stories:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    raw = Path(source).read_text(encoding="utf-8")
    for s in stories:
        for para in s["text"].split("\n"):
            if para not in raw:
                raise SystemExit(f"{s['id']}: paragraph not in source: {para[:60]!r}")
        if not s["truncated"] or s["text"].endswith((".", '"', "\u201d")):
            continue
        raise SystemExit(f"{s['id']}: a truncated text must end at a complete sentence")
    return stories


def overlap_report(source: str, exclude: tuple[str, ...],
                   corpus: str = "../shared/corpora/voa/voa_stories.jsonl") -> list[str]:
    """Return one yes/no overlap line per story of ``source`` (counts only, nothing quoted).

    A story's sentences (first 60 characters) are looked up in every file under
    ``data/gold`` whose path does not start with one of ``exclude`` (LOG files left out) and
    in the VOA corpus file; its URL or article number in the open gold is reported as yes/no.
    Run from the repository root.
    """
    files = [f for f in sorted(Path("data/gold").rglob("*"))
             if f.is_file() and not f.as_posix().startswith(exclude)
             and not f.name.startswith("LOG")]
    blob = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in files)
    blob += "\n" + blob.replace('\\"', '"')
    text = Path(corpus).read_text(encoding="utf-8") if Path(corpus).exists() else ""
    lines = []
    for s in read_stories_source(source):
        heads = [s["text"][a:b][:60] for a, b in sentences(s["text"]) if b - a > 10]
        num = s["url"].rstrip("/").split("/")[-1].split(".")[0]
        url_gold = s["url"] in blob or (num.isdigit() and num in blob)
        lines.append(f"{s['id']} {len(heads)} sentences; in open gold: "
                     f"{sum(h in blob for h in heads)} in corpus: {sum(h in text for h in heads)} "
                     f"; id/url in open gold: {'yes' if url_gold else 'no'}")
    return lines
