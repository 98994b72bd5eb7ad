"""Scorer of the quotes stage on ``data/gold/quotes/dev.jsonl``, with textacy as a peer.

A system quote matches a gold quote when their character spans overlap; matching is
one-to-one (same kind first, then the largest overlap). Speaker accuracy is measured
over matched quotes whose gold record names a speaker: the system speaker is right when
its canonical name equals the gold one (case-insensitive), when the last names agree, or
when its words equal the gold ``speaker_text``. The peer columns run
``textacy.extract.triples.direct_quotations`` on the same spaCy parse; a passage on
which textacy raises (odd number of quotation marks) counts as no output.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import Peer, Report, Score, one_to_one, overlaps, read_gold, run_systems

__all__ = ["Prediction", "evaluate", "gold_quote", "match", "speaker_ok"]

KINDS = ("direct", "partial", "indirect")
#: Gold kinds written between quotation marks (what textacy can find at all).
MARKED = ("direct", "partial")
#: Most rows in the table of misses.
MAX_MISSES = 60
_SYSTEMS = ("wirecoder", "textacy")


@dataclass(frozen=True)
class Prediction:
    """A system quote reduced to what the scorer compares."""

    start: int
    end: int
    kind: str
    speaker_name: str | None = None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score wirecoder (and textacy, when installed) on the gold quotes at ``gold_path``.

    Args:
        gold_path: JSONL gold file (one passage per line with its ``quotes``).
        settings: Run options; only the stages the quotes stage needs are run.

    Returns:
        Span precision/recall/F1 overall and by kind, speaker accuracy, for both systems.

    """
    records = list(read_gold(gold_path))
    stages = tuple(s for s in settings.stages if s in ("entities", "quotes"))
    run = settings.model_copy(update={"stages": stages or ("entities", "quotes")})
    report = Report(title=f"quotes: {gold_path} ({len(records)} passages)")
    peer = Peer("textacy", lambda records: _peer(records, run),
                missing="textacy is not installed: peer columns skipped (pip install textacy).")
    systems: dict[str, list[list[Prediction]]] = run_systems(records, run, _ours, peer, report)
    golds = [[gold_quote(q, r["text"]) for q in r.get("quotes", ())] for r in records]
    _fill(report, records, golds, systems)
    return report


def _fill(
    report: Report,
    records: list[dict[str, Any]],
    golds: list[list[dict[str, Any]]],
    systems: dict[str, list[list[Prediction]]],
) -> None:
    spans: list[dict[str, Any]] = []
    speakers: list[dict[str, Any]] = []
    for name, predicted in systems.items():
        scores, right, judged, classes = _score(golds, predicted)
        for scope, score in scores.items():
            spans.append({"system": name, "scope": scope, **score.as_row()})
        accuracy = right / judged if judged else 0.0
        speakers.append(
            {"system": name, "class": "all", "judged": judged, "correct": right,
             "accuracy": round(accuracy, 3)}
        )
        for cls in SPEAKER_CLASSES:
            ok, seen = classes.get(cls, (0, 0))
            speakers.append({"system": name, "class": cls, "judged": seen, "correct": ok,
                             "accuracy": round(ok / seen, 3) if seen else None})
        prefix = "" if name == "wirecoder" else f"{name}_"
        report.headline.update(
            {
                f"{prefix}precision": round(scores["all"].precision, 3),
                f"{prefix}recall": round(scores["all"].recall, 3),
                f"{prefix}f1": round(scores["all"].f1, 3),
                f"{prefix}marked_recall": round(scores["marked"].recall, 3),
                f"{prefix}speaker_accuracy": round(accuracy, 3),
            }
        )
    report.headline["gold_quotes"] = sum(len(g) for g in golds)
    report.tables["spans"] = spans
    report.tables["speakers"] = speakers
    report.tables["misses"] = _misses(records, golds, systems["wirecoder"])
    report.notes.append(
        "Match = overlapping spans, one-to-one. Rows by kind use the overall matching; "
        "'marked' = direct + partial (quotes in quotation marks). textacy quotes count as "
        "direct. Speaker accuracy is over matched quotes whose gold names a speaker. Class = "
        "the gold speaker_class, else derived from speaker_text (pronoun; organisation when "
        "it holds an organisation word; nominal when it starts lower-case or with a "
        "determiner; else name). A pronoun speaker is right only when the resolved name "
        "matches (strict), never by the pronoun's own span."
    )
    for row in speakers:
        if row["system"] == "wirecoder" and row["class"] != "all" and row["accuracy"] is not None:
            report.headline[f"speaker_accuracy_{row['class']}"] = row["accuracy"]


def _score(
    golds: list[list[dict[str, Any]]], predicted: list[list[Prediction]]
) -> tuple[dict[str, Score], int, int, dict[str, tuple[int, int]]]:
    """Return scores by scope, the speaker counts (right, judged) and the counts by class."""
    scores = {scope: Score() for scope in ("all", *KINDS, "marked")}
    right = judged = 0
    classes: dict[str, tuple[int, int]] = {}
    for gold, pred in zip(golds, predicted, strict=True):
        pairs = match(gold, pred)
        matched_pred = {p for _, p in pairs}
        for g_index, p_index in pairs:
            if gold[g_index]["speaker"] or gold[g_index]["speaker_text"]:
                ok = speaker_ok(gold[g_index], pred[p_index])
                judged += 1
                right += ok
                cls = speaker_class(gold[g_index])
                done, seen = classes.get(cls, (0, 0))
                classes[cls] = (done + ok, seen + 1)
        matched_gold = {g for g, _ in pairs}
        for g_index, item in enumerate(gold):
            hit = g_index in matched_gold
            for scope in _scopes(item["kind"]):
                if hit:
                    scores[scope].tp += 1
                else:
                    scores[scope].fn += 1
        for p_index, found in enumerate(pred):
            if p_index not in matched_pred:
                for scope in _scopes(found.kind):
                    scores[scope].fp += 1
    return scores, right, judged, classes


def speaker_class(gold: dict[str, Any]) -> str:
    """Return the class of a gold speaker: pronoun, name, nominal or organisation.

    The gold ``speaker_class`` when annotated; else derived from ``speaker_text``: a
    pronoun; an organisation when its head word names one ("ministry", "army",
    "statement") or it is an acronym; a nominal when its head or first word is
    lower-case ("a police spokesman", "Residents of the camp"); an organisation when
    another word names one ("Kremlin"); else a name.
    """
    if gold.get("speaker_class"):
        return str(gold["speaker_class"])
    said = " ".join((gold.get("speaker_text") or gold.get("speaker") or "").split())
    words = said.replace("’", "'").split()
    if not words:
        return "name"
    if said.lower() in _PRONOUNS:
        return "pronoun"
    head_words = _head_phrase(said.replace("’", "'")).split() or words
    head = head_words[-1].lower().strip(",.'s")
    if head in _ORG_WORDS or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1):
        return "organisation"
    first = words[0]
    rest = words[1] if len(words) > 1 else ""
    if (first[:1].islower() or head_words[-1][:1].islower()
            or (first.lower() in _DETERMINERS | {"one", "another"} and rest[:1].islower())):
        return "nominal"
    lowered = {w.lower().strip(",.'s") for w in words}
    return "organisation" if lowered & _ORG_WORDS else "name"


SPEAKER_CLASSES = ("pronoun", "name", "nominal", "organisation")
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
_ORG_WORDS = frozenset({
    "ministry", "department", "government", "agency", "army", "forces", "military", "police",
    "office", "council", "commission", "committee", "statement", "embassy", "union", "party",
    "company", "group", "organization", "organisation", "programme", "program", "bank",
    "court", "kremlin", "pentagon", "administration", "alliance", "command", "authority",
    "authorities", "coalition", "nations", "fund", "secretariat", "presidency", "cabinet",
    "parliament", "assembly", "spokesperson's", "board", "institute", "federation"})


def _scopes(kind: str) -> tuple[str, ...]:
    return ("all", kind, "marked") if kind in MARKED else ("all", kind)


def match(gold: list[dict[str, Any]], pred: list[Prediction]) -> list[tuple[int, int]]:
    """Pair gold and system quotes one-to-one: overlapping spans, same kind first."""
    candidates = []
    for g_index, item in enumerate(gold):
        for p_index, guess in enumerate(pred):
            if overlaps(item["start"], item["end"], guess.start, guess.end):
                shared = min(item["end"], guess.end) - max(item["start"], guess.start)
                candidates.append((item["kind"] == guess.kind, shared, g_index, p_index))
    return one_to_one((g_index, p_index)
                      for _, _, g_index, p_index in sorted(candidates, reverse=True))


def speaker_ok(gold: dict[str, Any], guess: Prediction) -> bool:
    """Return True when the system speaker agrees with the gold speaker.

    Right when (1) the system speaker's span overlaps the occurrence of the gold
    ``speaker_text`` nearest the quote (needs ``gold["passage"]``; not for pronouns, whose
    resolved name must match); (2) the system name
    equals the gold ``speaker`` or ``speaker_text``, or their head noun phrase (the words
    before a post-modifier: "resident" of "resident of Khan Younis"), case-insensitive and
    without determiners; or (3) both are person names with the same last word
    ("Sudani" / "Mohammed Shia al-Sudani"). Role nouns ("president") never match by
    their last word alone.
    """
    name = _bare(guess.speaker_name)
    if not name and guess.speaker_start is None:
        return False
    if _bare(gold.get("speaker_text")) in _PRONOUNS:
        return bool(name) and (
            name == _bare(gold.get("speaker"))
            or _head_phrase(name) == _head_phrase(_bare(gold.get("speaker")))
            or _same_person(guess.speaker_name, gold.get("speaker"))
        )
    if _nearest_overlap(gold, guess):
        return True
    wanted = [_bare(gold.get("speaker")), _bare(gold.get("speaker_text"))]
    wanted = [w for w in wanted if w]
    heads = {_head_phrase(w) for w in wanted}
    if name and (name in wanted or name in heads or _bare(guess.speaker_text) in wanted):
        return True
    return any(_same_person(guess.speaker_name, gold.get(k)) for k in ("speaker", "speaker_text"))


def _nearest_overlap(gold: dict[str, Any], guess: Prediction) -> bool:
    """Return True when the system speaker span overlaps the gold speaker_text nearest the quote."""
    passage, said = gold.get("passage"), gold.get("speaker_text")
    if not passage or not said or guess.speaker_start is None or guess.speaker_end is None:
        return False
    spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(said)}(?!\w)", passage)]
    if not spots:
        return False
    start, end = gold["start"], gold["end"]
    best = min(spots, key=lambda at: max(start - (at + len(said)), at - end, 0))
    return overlaps(best, best + len(said), guess.speaker_start, guess.speaker_end)


def _same_person(system: str | None, gold: str | None) -> bool:
    """Return True when two person names share their last word ('Sudani', 'al-Sudani')."""
    a, b = (system or "").split(), (gold or "").split()
    if not a or not b or not _name_like(a) or not _name_like(b):
        return False
    return _bare(a[-1]).removeprefix("al-") == _bare(b[-1]).removeprefix("al-")


def _name_like(words: list[str]) -> bool:
    """Return True for a capitalized personal name (not 'Foreign Ministry', 'president')."""
    last = words[-1].strip(".,")
    return (
        last[:1].isupper()
        and last.lower() not in _NOT_NAMES
        and not last.isupper()
        and all(w[:1].isupper() or w.lower() in _PARTICLES for w in words)
    )


def _head_phrase(text: str) -> str:
    """Return the words before a post-modifier ('resident of Khan Younis' -> 'resident')."""
    return _POST_MODIFIER.split(text, maxsplit=1)[0].strip()


def _bare(value: str | None) -> str:
    """Return ``value`` lower-cased, straight apostrophes, without a leading determiner."""
    text = _norm(value)
    first, _, rest = text.partition(" ")
    return rest if first in _DETERMINERS and rest else text


def _norm(value: str | None) -> str:
    text = (value or "").lower().replace("’", "'").replace("'s ", " ")
    return " ".join(text.split())


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "le", "la",
                        "du", "abu", "ben", "dos", "das", "di", "del"})
_NOT_NAMES = frozenset({
    "president", "minister", "ministry", "government", "forces", "force", "army", "party",
    "council", "office", "department", "agency", "group", "union", "nations", "states",
    "administration", "spokesman", "spokesperson", "chief", "officials", "official", "police",
    "court", "commission", "committee", "kremlin", "house", "command", "news", "times"})
_POST_MODIFIER = re.compile(r",|\s(?:of|for|at|in|from|with|familiar|who|outside|on)\s")


def gold_quote(quote: dict[str, Any], passage: str | None = None) -> dict[str, Any]:
    """Return a gold quote record in the scorer's form (offsets, kind, speaker fields).

    Args:
        quote: One entry of a gold record's ``quotes``.
        passage: The record's text, kept for reference.

    Returns:
        The quote as the scorer matches it.
    """
    return {
        "passage": passage,
        "start": int(quote["start"]),
        "end": int(quote["end"]),
        "kind": quote["kind"],
        "text": quote.get("text", ""),
        "speaker": quote.get("speaker"),
        "speaker_text": quote.get("speaker_text"),
        "speaker_class": quote.get("speaker_class"),
    }


def _ours(analysis: Any) -> list[Prediction]:
    if analysis is None:
        return []
    return [
        Prediction(
            q.start,
            q.end,
            q.kind,
            q.speaker.entity_name if q.speaker else None,
            q.speaker.raw_text if q.speaker else None,
            q.speaker.start if q.speaker else None,
            q.speaker.end if q.speaker else None,
        )
        for q in analysis.quotes
    ]


def _peer(records: list[dict[str, Any]], settings: Settings) -> list[list[Prediction]]:
    """Run textacy's direct_quotations on the same spaCy parse of each passage."""
    from textacy.extract.triples import direct_quotations

    from ..nlp import nlp_for

    nlp = nlp_for(settings)
    out = []
    for doc in nlp.pipe(r["text"] for r in records):
        try:
            triples = list(direct_quotations(doc))
        except ValueError:  # odd number of quotation marks: textacy bails out
            triples = []
        out.append([_peer_prediction(t) for t in triples])
    return out


def _peer_prediction(triple: Any) -> Prediction:
    speaker, _cue, content = triple
    start, end = content.start_char, content.end_char
    if content and content[0].is_quote:
        start = content[0].idx + len(content[0])
    if content and content[-1].is_quote:
        end = content[-1].idx
    words = " ".join(t.text for t in speaker) if speaker else None
    first = speaker[0].idx if speaker else None
    last = speaker[-1].idx + len(speaker[-1]) if speaker else None
    return Prediction(start, max(start, end), "direct", words, words, first, last)


def _misses(
    records: list[dict[str, Any]],
    golds: list[list[dict[str, Any]]],
    predicted: list[list[Prediction]],
) -> list[dict[str, Any]]:
    """Return the gold quotes wirecoder missed or gave the wrong speaker."""
    rows = []
    for record, gold, pred in zip(records, golds, predicted, strict=True):
        pairs = dict(match(gold, pred))
        for g_index, item in enumerate(gold):
            p_index = pairs.get(g_index)
            wrong = (
                p_index is not None
                and (item["speaker"] or item["speaker_text"])
                and not speaker_ok(item, pred[p_index])
            )
            if p_index is None or wrong:
                rows.append(
                    {
                        "id": record["id"],
                        "kind": item["kind"],
                        "text": item["text"][:80],
                        "gold_speaker": item["speaker"] or item["speaker_text"],
                        "system_speaker": pred[p_index].speaker_name
                        if p_index is not None
                        else None,
                        "error": "missed" if p_index is None else "speaker",
                    }
                )
    return rows[:MAX_MISSES]
