"""Recall round 25 (issue 9 §1, §5): acts of suspension, cancellation and prevention.

The pool's required misses include material acts the lexicon had no entry for: rulers
suspending a constitution, a body suspending a member's membership or the member itself, a
state suspending its participation in a treaty, aid, exercises or flights cancelled, and a
party prevented from acting (docs/events.md, "Required acts the coder missed, round 25").
Each is coded from the PLOVER codebook (COERCE restrict, SANCTION expel / withdraw /
discontinue); purposes and results ("to prevent violence", "preventing aid from being
delivered") and cancelled meetings stay as they were.

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize(("text", "category", "word"), [
    ("The Paraguayan army detained the president and suspended the constitution on Monday.",
     "COERCE", "suspended"),
    ("The Andean Community said it was suspending Bolivia's membership until elections are held.",
     "SANCTION", "suspending"),
    ("The Andean Community has suspended Bolivia from all of its activities.", "SANCTION",
     "suspended"),
    ("Bolivian President Luis Arce has suspended his country's participation in a regional "
     "fisheries treaty.", "SANCTION", "suspended"),
    ("Brazil has canceled plans to send more food aid to Venezuela.", "SANCTION", "canceled"),
    ("The Chilean navy canceled training exercises with Peru.", "SANCTION", "canceled"),
    ("Peruvian police prevented the opposition party from holding a rally in Lima.", "COERCE",
     "prevented"),
])
def test_acts_found(text: str, category: str, word: str) -> None:
    assert (category, word) in _events(text)


@pytest.mark.parametrize(("text", "word"), [
    # a purpose and a result: no party kept from acting by a told act
    ("Chile and Peru must work together to prevent the dispute from turning into a conflict.",
     "prevent"),
    ("Landslides blocked the roads, preventing food aid from reaching the villages.",
     "preventing"),
    # a constitution changed by a vote is no coercion, and no word of the entry
    ("Bolivian voters approved a new constitution in a referendum on Sunday.", "approved"),
])
def test_no_act(text: str, word: str) -> None:
    assert all(trigger != word or category not in {"COERCE", "SANCTION"}
               for category, trigger in _events(text))
