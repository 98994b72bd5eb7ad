"""Acts named inside a demand are the demand's content (issue 9 §3, round 14, evprec14).

Events guideline, decision 2: the content of accusations, denials and demands is not coded
as its own event. A demand that names the act it asks for as a noun ("demanding the
withdrawal of the guards", "called for a halt to the shelling and the withdrawal of the
tanks", "urged X to halt its support for the insurgents") is one REQUEST; the withdrawal,
the support or the occupation asked about did not take place (docs/events.md, "Precision
round 14"). Acts the guideline codes stay: an act in reported speech, an act a statement
condemns, an act done and then welcomed or completed. Sentences are written for these
tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Freedonian farmers' unions are demanding the immediate withdrawal of Ruritanian border "
     "guards from the valley.", "RETREAT"),
    ("Ruritania called for a halt to the shelling and the withdrawal of Freedonian tanks from "
     "the corridor.", "RETREAT"),
    ("Veridian ministers urged Freedonia to halt its support for the Ruritanian insurgents.",
     "SUPPORT"),
    ("The Veridian council asked Freedonia to end its occupation of the delta within a month.",
     "COERCE"),
    ("Freedonian diplomats pressed Ruritania to scale back its deployment of troops near the "
     "lake.", "MOBILIZE"),
])
def test_an_act_a_demand_asks_for_is_no_event_of_its_own(nlp, text, absent):
    events = _events(nlp, text)
    assert absent not in [t for t, _ in events], events
    assert "REQUEST" in [t for t, _ in events], events  # the demand itself stays


@pytest.mark.parametrize(("text", "kept"), [
    ("Ruritanian officials said Freedonian artillery shelled a border village overnight.",
     "ASSAULT"),
    ("Veridia condemned the Freedonian bombardment of a Ruritanian hospital.", "ASSAULT"),
    ("Freedonia completed the withdrawal of its troops from Ruritania on Monday.", "RETREAT"),
    ("Freedonia welcomed the release of two Veridian sailors by Ruritania.", "RETREAT"),
    ("The Freedonian blockade of the Ruritanian port entered its third week.", "COERCE"),
])
def test_acts_the_guideline_codes_stay(nlp, text, kept):
    assert kept in [t for t, _ in _events(nlp, text)], _events(nlp, text)
