"""Acts named inside a demand are the demand's content (issue 9 §3, round 14, evprec14).

Events guideline, decision 2: the content of accusations, denials and demands is not coded
as its own event. A demand that names the act it asks for as a noun ("demanding the
withdrawal of the guards", "pressed X to speed up the withdrawal of its engineers") is one
REQUEST; the withdrawal asked for did not take place (docs/events.md, "Precision round 14").
Acts the guideline codes stay: an act in reported speech, an act a statement condemns, an
act done and then welcomed or completed, and (fixprec14, after review) an act a request
presupposes — one it asks someone to probe, denounce or cease, the act a demanded end
names, an act with its own agent. Sentences are written for these tests with fictional
states; the demanded-stop sentence and the fixprec14 ones were rewritten or added after
review.
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
    ("Ruritania's foreign ministry demanded a stop to the raids and the withdrawal of "
     "Freedonian patrol boats from the estuary.", "RETREAT"),
    ("The Ruritanian ombudsman pressed Freedonia to speed up the withdrawal of its engineers "
     "from the dam.", "RETREAT"),
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


@pytest.mark.parametrize(("text", "kept"), [
    # a requested verb that presupposes the act: probe, cease, denounce
    ("Ruritanian jurists asked a commission to probe Freedonia's shelling of the ferry "
     "terminal.", "ASSAULT"),
    ("A petition asking Freedonia to cease its raids on the border hamlets was signed by "
     "Ruritanian lawmakers.", "COERCE"),
    ("The Freedonian delegation will ask the assembly on Friday to denounce Ruritania's "
     "seizure of the salt islands.", "COERCE"),
    # the act a demanded end names took place
    ("The harbour guild's petition seeks a speedy end to the blockade that Freedonian "
     "frigates imposed on Ruritania.", "COERCE"),
])
def test_an_act_a_request_presupposes_stays(nlp, text, kept):
    events = _events(nlp, text)
    assert kept in [t for t, _ in events], events
    assert "REQUEST" in [t for t, _ in events], events
