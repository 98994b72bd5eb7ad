"""Standalone checker of the sealed whole-document events test sets (no wirecoder import).

Run from anywhere, through the set's own entry point (it names the set's id pattern and
abbreviations, :data:`SETS`):

    python data/gold/test2/check_offsets.py data/gold/test2/documents.jsonl
    python data/gold/test3/check_offsets.py data/gold/test3/documents.jsonl
    python data/gold/test4/check_offsets.py data/gold/test4/documents.jsonl
    python data/gold/test5/check_offsets.py data/gold/test5/documents.jsonl
    python data/gold/test6/check_offsets.py data/gold/test6/documents.jsonl
    python data/gold/test7/check_offsets.py data/gold/test7/documents.jsonl
    python data/gold/test8/check_offsets.py data/gold/test8/documents.jsonl
    python data/gold/test9/check_offsets.py data/gold/test9/documents.jsonl
    python data/gold/test10/check_offsets.py data/gold/test10/documents.jsonl
    python data/gold/test12/check_offsets.py data/gold/test12/documents.jsonl
    python data/gold/test13/check_offsets.py data/gold/test13/documents.jsonl
    python data/gold/test14/check_offsets.py data/gold/test14/documents.jsonl
    python data/gold/test15/check_offsets.py data/gold/test15/documents.jsonl
    python data/gold/test16/check_offsets.py data/gold/test16/documents.jsonl
    python data/gold/test17/check_offsets.py data/gold/test17/documents.jsonl
    python data/gold/test19/check_offsets.py data/gold/test19/documents.jsonl
    python data/gold/test20/check_offsets.py data/gold/test20/documents.jsonl
    python data/gold/test21/check_offsets.py data/gold/test21/documents.jsonl
    python data/gold/test23/check_offsets.py data/gold/test23/documents.jsonl

It checks, for every document and event, that the fields are complete, that
``text[trigger_start:trigger_end] == trigger``, that the trigger lies inside
``[sentence_start, sentence_end)``, that this span is exactly one sentence of the
splitter below, that ``actor_text``/``recipient_text`` are substrings of that
sentence and pair up with ``actor``/``recipient``, that events are sorted by
position, and that ids and modes/contexts are well formed. It prints the number
of documents, sentences and events per category, and exits non-zero on any error.

The sentence rule (see README.md): a line break always ends a sentence. Inside a
line, a sentence ends at ``.``, ``!`` or ``?`` (optionally followed by closing
quotes) followed by spaces and then a capital letter, an opening quote or an
opening parenthesis -- except after an abbreviation in ``ABBREVIATIONS`` or a
one-letter initial ("Lloyd J. Austin"). A sentence span runs from its first
non-space character to its last non-space character.
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter

ABBREVIATIONS = {
    "U.S.", "U.K.", "U.N.", "D.C.", "Dr.", "Mr.", "Mrs.", "Ms.", "Gen.", "Maj.",
    "Jr.", "Sr.", "E.O.", "Lt.", "Col.", "Brig.", "Capt.", "Adm.", "Sgt.", "Gov.",
    "Sen.", "Rep.", "St.", "No.", "Fla.", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.",
    "Oct.", "Nov.", "Dec.", "Mar.", "Apr.", "a.i.", "P.R.C.",
}

#: Per sealed set: the pattern of its document ids and the abbreviations it adds.
SETS: dict[int, tuple[str, frozenset[str]]] = {
    2: (r"sealed2-\d\d", frozenset()),
    3: (r"sealed3-\d\d", frozenset({"a.m.", "p.m."})),
    4: (r"sealed4-\d\d", frozenset({"a.m.", "p.m."})),
    5: (r"sealed5-\d\d", frozenset({"a.m.", "p.m."})),
    6: (r"sealed6-\d\d", frozenset({"a.m.", "p.m."})),
    7: (r"sealed7-\d\d", frozenset({"a.m.", "p.m."})),
    8: (r"sealed8-\d\d", frozenset({"a.m.", "p.m."})),
    9: (r"sealed9-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    10: (r"sealed10-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    12: (r"sealed12-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "MR."})),
    13: (r"sealed13-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    14: (r"sealed14-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    15: (r"sealed15-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    16: (r"sealed16-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "MR.", "Cllr."})),
    17: (r"sealed17-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    18: (r"sealed18-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "MR."})),
    19: (r"sealed19-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "A.U."})),
    20: (r"sealed20-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    21: (r"sealed21-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    22: (r"sealed22-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
    23: (r"sealed23-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "MR.", "MS."})),
    24: (r"sealed24-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "Va."})),
    25: (r"sealed25-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "MR.", "MS."})),
    26: (r"sealed26-\d\d", frozenset({"a.m.", "p.m.", "Cmdr.", "P.J."})),
    27: (r"sealed27-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})),
}
CLOSING_QUOTES = "\"'\u201d\u2019"
OPENERS = "\"'\u201c\u2018("
CATEGORIES = [
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
    "COERCE", "ASSAULT",
]
MODES = {
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "aerial", "drone", "unconventional"},
}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security",
    "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime",
    "corruption", "illegal_drugs", "trafficking",
}
DOC_FIELDS = ["id", "url", "agency", "source", "title", "published", "date_approximate",
              "date_note", "text", "events"]
EVENT_FIELDS = ["event_type", "mode", "context", "actor", "actor_text", "recipient",
                "recipient_text", "trigger", "negated", "future", "hypothetical",
                "trigger_start", "trigger_end", "sentence_start", "sentence_end"]
_END = re.compile(
    r"[.!?][" + re.escape(CLOSING_QUOTES) + r"]*(?=\s+[A-Z" + re.escape(OPENERS) + r"])"
)
_CODE = re.compile(r"^[A-Z]{3}$")


def _is_abbreviation(line: str, dot: int, extra: frozenset[str]) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial."""
    start = dot
    while start > 0 and not line[start - 1].isspace():
        start -= 1
    word = line[start:dot + 1].lstrip("(\"'\u201c\u2018")
    if word in ABBREVIATIONS or word in extra:
        return True
    return bool(re.fullmatch(r"[A-Z]\.", word))


def sentences(text: str, extra: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)`` by the rule above."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        cuts = [0]
        for match in _END.finditer(line):
            if line[match.start()] == "." and _is_abbreviation(line, match.start(), extra):
                continue
            cuts.append(match.end())
        cuts.append(len(line))
        for begin, finish in itertools.pairwise(cuts):
            chunk = line[begin:finish]
            if chunk.strip():
                left = begin + len(chunk) - len(chunk.lstrip())
                right = finish - (len(chunk) - len(chunk.rstrip()))
                spans.append((offset + left, offset + right))
        offset += len(line) + 1
    return spans


def check_event(doc: dict, ev: dict, spans: set, errors: list[str]) -> None:
    """Append to ``errors`` every problem found in one event of ``doc``."""
    where = f"{doc['id']} {ev.get('event_type')} {ev.get('trigger')!r}"
    missing = [f for f in EVENT_FIELDS if f not in ev]
    if missing:
        errors.append(f"{where}: missing {missing}")
        return
    text = doc["text"]
    t0, t1 = ev["trigger_start"], ev["trigger_end"]
    s0, s1 = ev["sentence_start"], ev["sentence_end"]
    if text[t0:t1] != ev["trigger"]:
        errors.append(f"{where}: trigger offsets slice to {text[t0:t1]!r}")
    if not (s0 <= t0 < t1 <= s1):
        errors.append(f"{where}: trigger outside its sentence")
    if (s0, s1) not in spans:
        errors.append(f"{where}: ({s0}, {s1}) is not a sentence of the splitter")
    sentence = text[s0:s1]
    if ev["event_type"] not in CATEGORIES:
        errors.append(f"{where}: unknown category")
    if ev["mode"] and ev["mode"] not in MODES.get(ev["event_type"], set()):
        errors.append(f"{where}: mode {ev['mode']!r} not in the codebook table")
    for ctx in ev["context"]:
        if ctx not in CONTEXTS:
            errors.append(f"{where}: unknown context {ctx!r}")
    for side in ("actor", "recipient"):
        codes, texts = ev[side], ev[side + "_text"]
        if len(codes) != len(texts):
            errors.append(f"{where}: {side} and {side}_text differ in length")
        for code in codes:
            if not _CODE.match(code):
                errors.append(f"{where}: bad {side} code {code!r}")
        for phrase in texts:
            if phrase not in sentence:
                errors.append(f"{where}: {side}_text {phrase!r} not in its sentence")
    if not ev["actor"] and not ev["recipient"]:
        errors.append(f"{where}: no coded participant")
    for flag in ("negated", "future", "hypothetical"):
        if not isinstance(ev[flag], bool):
            errors.append(f"{where}: {flag} is not a boolean")


def check(path: str, set_number: int) -> int:
    """Check the sealed set ``set_number``'s file at ``path``; print a summary; count errors."""
    id_pattern, extra = SETS[set_number]
    errors: list[str] = []
    per_type: Counter = Counter()
    both: Counter = Counter()
    docs_per_type: dict = {}
    codes: Counter = Counter()
    flags: Counter = Counter()
    n_docs = n_sents = n_events = n_words = n_empty = n_approx = 0
    seen_ids = set()
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            doc = json.loads(line)
            n_docs += 1
            missing = [f for f in DOC_FIELDS if f not in doc]
            if missing:
                errors.append(f"line {number}: missing {missing}")
                continue
            if doc["id"] in seen_ids or not re.fullmatch(id_pattern, doc["id"]):
                errors.append(f"line {number}: bad or repeated id {doc['id']!r}")
            seen_ids.add(doc["id"])
            if doc["source"] != doc["agency"]:
                errors.append(f"{doc['id']}: source differs from agency")
            if not re.fullmatch(r"\d{4}-\d\d-\d\d", doc["published"]):
                errors.append(f"{doc['id']}: published is not YYYY-MM-DD")
            spans = sentences(doc["text"], extra)
            n_sents += len(spans)
            n_words += len(doc["text"].split())
            n_approx += bool(doc["date_approximate"])
            n_empty += sum(1 for s0, _ in spans
                           if not any(ev.get("sentence_start") == s0 for ev in doc["events"]))
            keys = []
            for ev in doc["events"]:
                check_event(doc, ev, set(spans), errors)
                etype = ev.get("event_type")
                per_type[etype] += 1
                docs_per_type.setdefault(etype, set()).add(doc["id"])
                both[etype] += bool(ev.get("actor")) and bool(ev.get("recipient"))
                flags["actor only"] += bool(ev.get("actor")) and not ev.get("recipient")
                flags["recipient only"] += not ev.get("actor") and bool(ev.get("recipient"))
                for flag in ("negated", "future", "hypothetical"):
                    flags[flag] += bool(ev.get(flag))
                codes.update(set(ev.get("actor", []) + ev.get("recipient", [])))
                n_events += 1
                keys.append((ev.get("trigger_start", 0), ev.get("trigger_end", 0)))
            if keys != sorted(keys):
                errors.append(f"{doc['id']}: events not sorted by position")
    for err in errors:
        print("ERROR", err)
    print(f"{n_docs} documents ({n_approx} with approximate dates), {n_words} words, "
          f"{n_sents} sentences ({n_empty} without an event), {n_events} events")
    print("  category    events  with actor and recipient  documents")
    for cat in CATEGORIES:
        print(f"  {cat:10s} {per_type.get(cat, 0):7d} {both.get(cat, 0):25d} "
              f"{len(docs_per_type.get(cat, ())):10d}")
    print("  " + ", ".join(f"{k} {v}" for k, v in sorted(flags.items())))
    print("  most frequent codes: " + ", ".join(f"{c} {n}" for c, n in codes.most_common(8)))
    return len(errors)


def main(argv: list[str], set_number: int) -> int:
    """Run :func:`check` on ``argv[0]`` (default ``documents.jsonl``); return the exit code."""
    return 1 if check(argv[0] if argv else "documents.jsonl", set_number) else 0
