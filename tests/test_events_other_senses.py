"""Other senses of trigger words (issue 9, precision round 7, branch evsense7).

Each class reads the trigger's arguments (:func:`wirecoder.events.word_senses.other_sense`):
offering resistance is no AGREE, regretting a loss is no apology, a figure brought to a total
is no AID, forces sheltered from stones get no AID, a clash over a question is no ASSAULT, a
measure that targets is no ASSAULT, going home or to a rally is no visit, "remarks to press"
is no REQUEST. Each test pairs the other sense
(not coded) with the event sense (still coded). Sentences are written for these tests, with
fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Osterlich": ("OST", "GPE"), "Latveria": ("LAT", "GPE")}


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, NAMES)]


@pytest.mark.parametrize("text,category", [
    ("Ruritanian border guards did not offer resistance when the Freedonian column "
     "crossed the river.", "AGREE"),
    ("Freedonia regrets the loss of life in the Ruritanian ferry disaster.", "CONCEDE"),
    ("The new grant from Osterlich brings the total aid to Freedonia to 40 million euros.",
     "AID"),
    ("Latverian police used their shields to shelter fellow officers from the hail of "
     "stones.", "AID"),
    ("Ruritania and Freedonia clashed on Tuesday over how to share the river's water.",
     "ASSAULT"),
    ("The Freedonian editor has been targeted for repression by Ruritania for years.",
     "ASSAULT"),
    ("A total of 30 Ruritanian companies are being targeted by Freedonia.", "ASSAULT"),
    ("The Freedonian minister arrived back in Freedonia on Sunday.", "CONSULT"),
    ("Police dispersed opposition supporters heading to a rally in the Ruritanian capital.",
     "CONSULT"),
    ("As the Freedonian envoy said in remarks to press on Monday, the vote failed.",
     "REQUEST"),
])
def test_other_sense_is_not_coded(nlp, text, category):
    assert category not in _types(nlp, text)


@pytest.mark.parametrize("text,category", [
    ("Ruritania offered to mediate between Freedonia and Osterlich.", "AGREE"),
    ("Freedonia regrets its error and apologized to Ruritania.", "CONCEDE"),
    ("Osterlich brought relief supplies to Freedonia after the storm.", "AID"),
    ("Ruritanian troops clashed with Freedonian soldiers over the disputed ridge.", "ASSAULT"),
    ("Protesters clashed with Ruritanian police over fuel prices.", "ASSAULT"),
    ("Freedonian drones targeted a Ruritanian fuel depot on Friday.", "ASSAULT"),
    ("The Freedonian foreign minister arrived in Ruritania for talks on Sunday.", "CONSULT"),
    ("Freedonia pressed Ruritania to release the detained reporters.", "REQUEST"),
])
def test_event_sense_is_still_coded(nlp, text, category):
    assert category in _types(nlp, text)
