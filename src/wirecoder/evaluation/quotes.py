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

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import Report, Score, analyze_records, overlaps, read_gold

__all__ = ["Prediction", "evaluate", "match", "speaker_ok"]

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
    analyses = {a.id: a for a in analyze_records(records, run)}
    systems: dict[str, list[list[Prediction]]] = {
        "wirecoder": [_ours(analyses.get(r["id"])) for r in records]
    }
    report = Report(title=f"quotes: {gold_path} ({len(records)} passages)")
    if importlib.util.find_spec("textacy") is not None:
        systems["textacy"] = _peer(records, run)
    else:
        report.notes.append("textacy is not installed: peer columns skipped (pip install textacy).")
    golds = [[_gold(q) for q in r.get("quotes", ())] for r in records]
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
        scores, right, judged = _score(golds, predicted)
        for scope, score in scores.items():
            spans.append({"system": name, "scope": scope, **score.as_row()})
        accuracy = right / judged if judged else 0.0
        speakers.append(
            {"system": name, "judged": judged, "correct": right, "accuracy": round(accuracy, 3)}
        )
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
        "direct. Speaker accuracy is over matched quotes whose gold names a speaker."
    )


def _score(
    golds: list[list[dict[str, Any]]], predicted: list[list[Prediction]]
) -> tuple[dict[str, Score], int, int]:
    """Return scores by scope and the speaker counts (right, judged) of one system."""
    scores = {scope: Score() for scope in ("all", *KINDS, "marked")}
    right = judged = 0
    for gold, pred in zip(golds, predicted, strict=True):
        pairs = match(gold, pred)
        matched_pred = {p for _, p in pairs}
        for g_index, p_index in pairs:
            if gold[g_index]["speaker"] or gold[g_index]["speaker_text"]:
                judged += 1
                right += speaker_ok(gold[g_index], pred[p_index])
        matched_gold = {g for g, _ in pairs}
        for g_index, item in enumerate(gold):
            hit = g_index in matched_gold
            for scope in _scopes(item["kind"]):
                if hit:
                    scores[scope].tp += 1
                else:
                    scores[scope].fn += 1
        for p_index, item in enumerate(pred):
            if p_index not in matched_pred:
                for scope in _scopes(item.kind):
                    scores[scope].fp += 1
    return scores, right, judged


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
    candidates.sort(reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, _, g_index, p_index in candidates:
        if g_index not in used_gold and p_index not in used_pred:
            used_gold.add(g_index)
            used_pred.add(p_index)
            pairs.append((g_index, p_index))
    return pairs


def speaker_ok(gold: dict[str, Any], guess: Prediction) -> bool:
    """Return True when the system speaker agrees with the gold speaker."""
    name = _norm(guess.speaker_name)
    wanted = _norm(gold.get("speaker"))
    if name and wanted and (name == wanted or name.split()[-1] == wanted.split()[-1]):
        return True
    said = _norm(gold.get("speaker_text"))
    return bool(said) and _norm(guess.speaker_text) == said


def _norm(value: str | None) -> str:
    return " ".join((value or "").lower().replace("’", "'").split())


def _gold(quote: dict[str, Any]) -> dict[str, Any]:
    return {
        "start": int(quote["start"]),
        "end": int(quote["end"]),
        "kind": quote["kind"],
        "text": quote.get("text", ""),
        "speaker": quote.get("speaker"),
        "speaker_text": quote.get("speaker_text"),
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
        )
        for q in analysis.quotes
    ]


def _peer(records: list[dict[str, Any]], settings: Settings) -> list[list[Prediction]]:
    """Run textacy's direct_quotations on the same spaCy parse of each passage."""
    from textacy.extract.triples import direct_quotations

    from ..nlp import load_nlp

    nlp = load_nlp(settings.model)
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
    return Prediction(start, max(start, end), "direct", words, words)


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
