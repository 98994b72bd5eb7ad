"""Acts named only as what a party can, may or plans to do (issue 9 §3, round 16, evprec16).

A verb that is the ``to`` infinitive of a noun of capacity, permission, readiness or plan
("the authority to expel", "a plan to deploy troops") names an act nobody has done, so it
is no event (docs/events.md, "Spurious events, round 16"). Acts done with a means ("used its
navy to ...") and acts reported as done stay. Sentences are written for these tests with
fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Lawmakers in Ruritania handed the interior minister broad authority to expel "
     "Freedonian journalists.", "COERCE"),
    ("Officials in Veridia outlined a plan to deploy troops along the Freedonian border.",
     "MOBILIZE"),
    ("The Freedonian cabinet now has the power to arrest Ruritanian smugglers at sea.",
     "COERCE"),
    ("Freedonia doubted Ruritania's willingness to recognize the new Veridian government.",
     "SUPPORT"),
])
def test_an_act_a_party_can_or_plans_to_do_is_no_event(nlp, text, absent):
    assert absent not in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Ruritania expelled three Freedonian journalists late on Sunday.", "COERCE"),
    ("Veridia moved two battalions up to the Freedonian border on Tuesday.", "MOBILIZE"),
    ("Freedonian coast guards arrested eleven Ruritanian smugglers at sea.", "COERCE"),
    ("Freedonia formally recognized the new Veridian government this week.", "SUPPORT"),
])
def test_acts_done_stay(nlp, text, kept):
    assert kept in _types(nlp, text), _types(nlp, text)
