"""First person inside a quotation: the speaker the sentence names (part of :mod:`.coref`).

'"We will not accept these terms," the Freedonian foreign minister said': "we" is the
speaker's side, so a quoted "we" or "I" (``PRONOUN`` mentions) and a quoted
"our ..." / "my ..." description without a country of its own ("our embassy", "my
government") take the codes of the quotation's speaker. The speaker is the subject of a
reporting verb outside the quotation marks in the same sentence; it must carry a state's
country. With no such speaker, or two speakers of different countries, nothing is taken
(no guessing from other countries the sentence names).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..codebook import NONSTATE
from ..pronouns import REPORT_LEMMAS
from ..textutil import tokens_with
from .resolve import Mention
from .titles import copy_reference, quoted

__all__ = ["quoted_first_person"]

#: First-person words that become mentions of the speaker's side. Object forms ("attacked
#: us") are left to the events stage, which makes the speaker a recipient only when the
#: actor is of another side (:func:`wirecoder.events.participants.first_person_target`).
FIRST_PERSON = frozenset({"we", "i"})
#: First-person possessives opening a description of the speaker's own ("our embassy").
FIRST_POSSESSIVES = frozenset({"our", "my"})


def quoted_first_person(doc: Doc, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
    """Resolve quoted first-person words to the speaker of their quotation.

    Args:
        doc: The parsed document.
        taken: Per token, whether a mention already covers it (updated).
        mentions: The document's mentions so far (speakers and quoted descriptions).

    Returns:
        New ``PRONOUN`` mentions for quoted "we" / "I"; quoted "our ..." and
        "my ..." descriptions without a country are given the speaker's codes in place.
    """
    out: list[Mention] = []
    speakers: dict[int, Mention | None] = {}
    for i in tokens_with(doc, FIRST_PERSON | FIRST_POSSESSIVES):
        tok = doc[i]
        if not quoted(tok):
            continue
        sent = tok.sent
        if sent.start not in speakers:
            speakers[sent.start] = _speaker(sent, mentions)
        speaker = speakers[sent.start]
        if speaker is None:
            continue
        if tok.lower_ in FIRST_POSSESSIVES:
            owned = next((m for m in mentions if m.start == tok.i and m.kind == "NOMINAL"
                          and m.country is None), None)
            if owned is not None:
                copy_reference(owned, speaker)
                owned.resolved_by = "coref"
            continue
        if taken[i]:
            continue
        m = Mention(tok.i, tok.i + 1, "PRONOUN", speaker.name, resolved_by="coref")
        copy_reference(m, speaker)
        m.plural = tok.lower_ == "we"
        out.append(m)
        taken[i] = True
    return out


def _speaker(sent: Span, mentions: list[Mention]) -> Mention | None:
    """Return the one state-coded subject of a reporting verb outside the quotation marks."""
    found: dict[str, Mention] = {}
    for tok in sent:
        if tok.lemma_.lower() not in REPORT_LEMMAS or quoted(tok):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or quoted(subject):
            continue
        m = _mention_at(subject, mentions)
        if m is not None and m.country and m.country not in NONSTATE and not m.is_place:
            found.setdefault(m.country, m)
    return next(iter(found.values())) if len(found) == 1 else None


def _mention_at(tok: Token, mentions: list[Mention]) -> Mention | None:
    return next((m for m in mentions if m.start <= tok.i < m.end), None)
