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

import runpy
import sys
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checklib import (  # checklib.py sits next to this script
    cuts_word,
    duplicate_problems,
    locate,
    paragraphs,
    tally,
)
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quotes" / "test3_source.py"
TARGET = HERE / "quotes" / "test3.jsonl"
KINDS = ("direct", "partial", "indirect")
CLASSES = ("name", "pronoun", "nominal", "organisation")
MARKS = "\"'“”‘’`"
PRONOUNS = ("he", "she", "they", "it", "we", "i")


def _source_name(url: str) -> str:
    host = urlparse(url).netloc.lower().removeprefix("www.")
    return f"voa:{host}"


def build() -> list[dict]:
    """Return the records of the source file with computed offsets."""
    out = []
    for d in runpy.run_path(str(SOURCE))["DOCS"]:
        text = paragraphs(d["text"])
        cursor, quotes = 0, []
        for q in d["quotes"]:
            kind, span, cue, said, speaker, country, cls, *rest = q
            at, end = locate(text, span, cursor, rest[0] if rest else None, d["id"])
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
    if cuts_word(text, q):
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
    problems = duplicate_problems(rows)
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
        lines.append(tally(label, values))
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check, [counts])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
