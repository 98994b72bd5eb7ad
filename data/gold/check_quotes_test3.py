"""Build and check the sealed quotes test set ``quotes/test3.jsonl`` (VOA news stories).

Standalone: no wirecoder import. The texts and annotations live in ``quotes/test3_source.py``
(see its docstring for the tuple format). Offsets are computed here: a span is searched from the
start of the previous quote (so a partial quote inside an indirect clause is found), or after the
first occurrence of an explicit ``after`` anchor; ``"A<<>>B"`` spans from A to the next B.

Checks: every span slices back to its text; spans are in text order and do not start or end inside
a word or with whitespace; quotes overlap only as a partial quote inside an indirect one; a direct
or partial span sits between quotation marks; kinds, speaker classes and required fields are valid;
ids and URLs are unique.

Usage::

    python data/gold/check_quotes_test3.py build   # writes quotes/test3.jsonl, then checks it
    python data/gold/check_quotes_test3.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import json
import runpy
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quotes" / "test3_source.py"
TARGET = HERE / "quotes" / "test3.jsonl"
KINDS = ("direct", "partial", "indirect")
CLASSES = ("name", "pronoun", "nominal", "organisation")
MARKS = "\"'“”‘’`"
PRONOUNS = ("he", "she", "they", "it", "we", "i")


def _text(raw: str) -> str:
    """Join the non-empty lines of ``raw`` (one paragraph each) with newlines."""
    return "\n".join(line.strip() for line in raw.strip("\n").split("\n") if line.strip())


def _find(text: str, span: str, start: int, doc: str) -> int:
    at = text.find(span, start)
    if at < 0:
        raise SystemExit(f"{doc}: span not found after {start}: {span!r}")
    return at


def _locate(text: str, span: str, cursor: int, after: str | None, doc: str) -> tuple[int, int]:
    """Return (start, end) of ``span``; ``"A<<>>B"`` means from the first A to the next B."""
    if after:
        cursor = _find(text, after, 0, doc) + len(after)
    if "<<>>" in span:
        head, tail = span.split("<<>>")
        at = _find(text, head, cursor, doc)
        end = _find(text, tail, at + len(head), doc) + len(tail)
        return at, end
    at = _find(text, span, cursor, doc)
    return at, at + len(span)


def _source_name(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return f"voa:{host}"


def build() -> list[dict]:
    """Return the records of the source file with computed offsets."""
    out = []
    for d in runpy.run_path(str(SOURCE))["DOCS"]:
        text = _text(d["text"])
        cursor, quotes = 0, []
        for q in d["quotes"]:
            kind, span, cue, said, speaker, country, cls, *rest = q
            at, end = _locate(text, span, cursor, rest[0] if rest else None, d["id"])
            cursor = at
            quotes.append({"text": text[at:end], "start": at, "end": end, "kind": kind,
                           "cue": cue, "speaker_text": said, "speaker": speaker,
                           "speaker_country": country, "speaker_class": cls})
        out.append({"id": d["id"], "source": _source_name(d["url"]), "url": d["url"],
                    "title": d["title"], "published": d["published"],
                    "truncated": bool(d["truncated"]), "note": d.get("note", ""),
                    "text": text, "quotes": quotes})
    return out


def _marked(text: str, q: dict) -> bool:
    """Return True when a direct/partial span sits between quotation marks."""
    i = q["start"] - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    if i < 0 or text[i] not in MARKS:
        return False
    j = q["end"]
    while j < len(text) and text[j] in " ,.?!":
        j += 1
    # A quotation never closed (cut page) runs to the end of its paragraph.
    return j >= len(text) or text[j] in MARKS or text[j] == "\n"


def _quote_problems(text: str, q: dict, where: str) -> list[str]:
    """Return the problems of one quote record."""
    problems = []
    if text[q["start"]:q["end"]] != q["text"]:
        problems.append(f"{where}: span does not slice back")
    if q["text"] != q["text"].strip() or not q["text"]:
        problems.append(f"{where}: empty span or outer whitespace")
    before = text[q["start"] - 1] if q["start"] else " "
    after = text[q["end"]] if q["end"] < len(text) else " "
    if before.isalnum() or after.isalnum():
        problems.append(f"{where}: span starts or ends inside a word")
    if q["kind"] not in KINDS:
        problems.append(f"{where}: kind {q['kind']}")
    if q["speaker_class"] not in CLASSES:
        problems.append(f"{where}: speaker_class {q['speaker_class']}")
    if not q["speaker"] or not q["speaker_text"]:
        problems.append(f"{where}: speaker missing")
    elif q["speaker_class"] == "pronoun" and q["speaker_text"].lower() not in PRONOUNS:
        problems.append(f"{where}: pronoun class for {q['speaker_text']!r}")
    elif q["speaker_text"] not in text:
        problems.append(f"{where}: speaker_text not in text")
    if q["cue"] is not None and q["cue"] not in text:
        problems.append(f"{where}: cue not in text")
    if q["kind"] in ("direct", "partial") and not _marked(text, q):
        problems.append(f"{where}: {q['kind']} span not between quotation marks")
    return problems


def _nested(outer: dict, inner: dict) -> bool:
    """Return True for a partial quote inside an indirect one (the only overlap allowed)."""
    return (outer["kind"] == "indirect" and inner["kind"] == "partial"
            and outer["start"] <= inner["start"] and inner["end"] <= outer["end"])


def check(rows: list[dict]) -> list[str]:
    """Return the problems of ``rows`` (empty when the set is clean)."""
    problems = []
    for key in ("id", "url"):
        seen = Counter(r[key] for r in rows)
        problems += [f"duplicate {key} {v}" for v, n in seen.items() if n > 1]
    for r in rows:
        last = None
        for q in r["quotes"]:
            where = f"{r['id']} {q['text'][:40]!r}@{q['start']}"
            problems += _quote_problems(r["text"], q, where)
            if last is not None and q["start"] < last["start"]:
                problems.append(f"{where}: out of order")
            elif last is not None and q["start"] < last["end"] and not _nested(last, q):
                problems.append(f"{where}: overlaps the previous quote")
            if last is None or not _nested(last, q):
                last = q
    return problems


def counts(rows: list[dict]) -> str:
    """Summarise documents and quotes by kind, speaker class and cue."""
    qs = [q for r in rows for q in r["quotes"]]
    lines = [f"documents {len(rows)} (truncated {sum(r['truncated'] for r in rows)}), "
             f"quotes {len(qs)}"]
    for label, values in (("kind", [q["kind"] for q in qs]),
                          ("speaker_class", [q["speaker_class"] for q in qs]),
                          ("cue", [q["cue"] for q in qs]),
                          ("speaker_country", [q["speaker_country"] for q in qs]),
                          ("source", [r["source"] for r in rows])):
        lines.append(f"{label}: " + ", ".join(f"{k} {n}" for k, n in Counter(values).most_common()))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    if argv[1:2] == ["build"]:
        rows = build()
        problems = check(rows)
        if problems:
            print("\n".join(problems))
            return 1
        with TARGET.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"wrote {TARGET}")
    rows = [json.loads(line) for line in TARGET.read_text(encoding="utf-8").splitlines()]
    problems = check(rows)
    print("\n".join(problems) if problems else "OK: every span slices back, no problems")
    print(counts(rows))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
