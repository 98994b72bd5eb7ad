"""Rows of statistics tables and fact lists: what a figure in a row measures, rows that count.

Statistics pages and fact sheets write one figure per line after its label, with no verb:
"Wheat harvest 4,218,330 bushels", "Ohio 38,150 thousand short tons", "Hydro 7.4%",
"- 1 acre-foot = 325,851 gallons", "Number of active grain elevators 412". The
parse of such a line is no sentence, so the label is what the figure measures. A line is
a row when it does not end like a sentence (a period, "!" or "?") and is short.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..models import Quantity
from .counts import CountHit
from .lexicon import PERSON_NOUNS

__all__ = ["Row", "row_counts", "row_labels", "rows"]

_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*\s*$")
_MAX_WORDS = 30
_LEAD = re.compile(r"^[\s\-–—•*·|]+")
_TRAIL = re.compile(r"[\s\-–—:=,;(|/]+$")
_EQUALS = re.compile(r"\s*=\s*")
_LETTER = re.compile(r"[A-Za-z]")
_SHARE_OF = re.compile(r"\s+of\s+(?P<of>[^,;()\n]*[^,;()\n\s])")
_WORDS = re.compile(r"[A-Za-z]{2,}")
_OF_TAIL = re.compile(r"\bof\b.*$", re.S)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True)
class Row:
    """One line of the text that reads as a table row: its character span."""

    start: int
    end: int


#: Words of a clause: a line holding one is a sentence without its period ("- Waves
#: were 4 m high", "Shares may not add up to 100%"), not a label and its figure.
_CLAUSE = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|said|says|can|"
                     r"could|may|might|should|must|did|does|do)\b", re.I)


def rows(text: str) -> list[Row]:
    """Return the lines of ``text`` that are rows (short, no clause, not ending like a sentence).

    Args:
        text: The document text.

    Returns:
        Row spans in text order.
    """
    out: list[Row] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        stripped = line.strip()
        if (stripped and not _SENTENCE_END.search(stripped)
                and len(stripped.split()) <= _MAX_WORDS and not _CLAUSE.search(stripped)):
            out.append(Row(pos, end))
        pos = end + 1
    return out


def _row_at(table: Sequence[Row], start: int) -> Row | None:
    return next((r for r in table if r.start <= start < r.end), None)


def _clean(label: str) -> str:
    return _TRAIL.sub("", _LEAD.sub("", label))


def _residue(text: str, row: Row, quantities: Sequence[Quantity]) -> str:
    """Return the row's text with its figures cut out."""
    parts, pos = [], row.start
    for p in quantities:
        if row.start <= p.start and p.end <= row.end:
            parts.append(text[pos:p.start])
            pos = p.end
    return " ".join([*parts, text[pos:row.end]])


def _label(text: str, table: Sequence[Row], row: Row, q: Quantity,
           quantities: Sequence[Quantity]) -> tuple[str, int] | None:
    """Return the label of ``q`` in ``row`` and its start, or None.

    The label is the row's text before its first figure; a row that opens with figures
    takes the left side of an equation ("1 acre-foot = 1,233 cubic meters") or the
    label line above it ("Largest mill ... Dayton, Ohio" then "310,000 tons").
    """
    before = [p for p in quantities if row.start <= p.start and p.end <= q.start]
    cut = before[0].start if before else q.start
    label = _clean(text[row.start : cut])
    if label and (_LETTER.search(label) or _YEAR.fullmatch(label)):
        return label, text.index(label, row.start)  # "Hydro 7.4%", "2030 3.25 tons/worker-hour"
    if label:
        return None
    if before and _EQUALS.fullmatch(text, before[-1].end, q.start):
        return before[-1].text, before[-1].start
    # a row of figures only ("41,602,118 short tons, 8% of ...") under a label row; words
    # after the figure ("1.4 million acres flooded in Nebraska") say what it measures themselves
    if len(_WORDS.findall(_OF_TAIL.sub("", _residue(text, row, quantities)))) >= 2:
        return None
    above = next((r for r in table if r.end == row.start - 1), None)
    if above is None:
        return None
    label = _clean(text[above.start : above.end])
    if not label or not _LETTER.search(label) or any(
            above.start <= p.start < above.end for p in quantities):
        return None  # a row of figures is no label
    return label, text.index(label, above.start)


def row_labels(text: str, quantities: Sequence[Quantity]) -> tuple[Quantity, ...]:
    """Return the quantities with each figure of a table row measuring the row's label.

    An ``about`` the parse found after the figure on its row stays ("8% of the national
    harvest"); any other is replaced by the label.

    Args:
        text: The document text.
        quantities: The document's quantities in text order.

    Returns:
        The quantities, relabelled where a row gives the label.
    """
    table = rows(text)
    if not table:
        return tuple(quantities)
    out: list[Quantity] = []
    for q in quantities:
        row = _row_at(table, q.start)
        if row is None or q.end > row.end:
            out.append(q)
            continue
        if q.about and q.about_start is not None and q.end <= q.about_start < row.end:
            out.append(q)
            continue
        share = _SHARE_OF.match(text, q.end, row.end) if q.kind == "percent" else None
        if share is not None:  # "8% of the national harvest"
            out.append(q.model_copy(update={"about": share["of"], "about_start": share.start(
                "of"), "about_end": share.end("of")}))
            continue
        found = _label(text, table, row, q, quantities)
        if found is None:
            out.append(q)
            continue
        label, start = found
        out.append(q.model_copy(update={"about": label, "about_start": start,
                                        "about_end": start + len(label)}))
    return tuple(out)


#: "Number of licensed ferries 2,418", "Total active wind farms 57": a row whose
#: label counts a plural noun, its figure a bare whole number ending the row.
_COUNT_ROW = re.compile(r"(?P<label>[A-Z][^\n]*?[a-z)])\s+(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*$")
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+", re.I)
_NOT_NOUN = frozenset({"with", "in", "during", "that", "which", "by", "for", "from", "at",
                       "per", "of", "on"})


def _counted_noun(doc: Doc, start: int, end: int) -> Token | None:
    """Return the plural noun the label ``[start, end)`` counts, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    toks = list(span)
    m = _NUMBER_OF.search(span.text)
    if m is not None:  # "Number of towns with public libraries": towns
        first = span.start_char + m.end()
        toks = [t for t in toks if t.idx >= first]
        head: list[Token] = []
        for tok in toks:
            if tok.lower_ in _NOT_NOUN or tok.text in "(,":
                break
            head.append(tok)
        toks = head
    else:
        toks = [t for t in toks if t.text != ")"]
        if "(" in [t.text for t in toks]:
            toks = toks[: [t.text for t in toks].index("(")]
    if not toks:
        return None
    last = toks[-1]
    return last if last.tag_ == "NNS" else None


def row_counts(doc: Doc, text: str, covered: Sequence[tuple[int, int]]) -> list[CountHit]:
    """Return the counts of table rows: "Number of registered fishing boats 6,305".

    Args:
        doc: The parsed article.
        text: The document text.
        covered: Character ranges already taken by other quantities.

    Returns:
        Counts of people (a person noun) or things, in text order.
    """
    out: list[CountHit] = []
    for row in rows(text):
        m = _COUNT_ROW.fullmatch(text, row.start, row.end)
        if m is None or any(s < m.end("num") and m.start("num") < e for s, e in covered):
            continue
        if len(m["num"]) == 4 and "," not in m["num"] and 1800 <= int(m["num"]) <= 2100:
            continue  # "Founded 1998": a year
        if len(m["num"]) == 1 and m["label"].endswith(")"):
            continue  # "Generation (net) 1": a footnote marker
        noun = _counted_noun(doc, m.start("label"), m.end("label"))
        if noun is None:
            continue
        unit = "person" if noun.lemma_.lower() in PERSON_NOUNS else "count"
        value = float(m["num"].replace(",", ""))
        out.append(CountHit(m.start("num"), m.end("num"), value, unit, None, noun, None, False))
    return out
