"""Commentary and epistemic/deontic modality (issue 9, precision round: items 3 and 4).

Forecasts, wishes and recommendations are not acts; commentators (analysts, experts,
professors, think-tank fellows) are not parties; a possessed nominal that names an event
already coded is not a new event. Each class has a positive and a contrast case, so that
no rule passes by coding nothing. Sentences are written for these tests, with fictional
states from the shared name table and made-up people and institutes.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, code_with_names
from wirecoder.events.modality import is_commentator
from wirecoder.models import Entity

NAMES = {**FICTIONAL_STATES, "Osterlich": ("OST", "GPE"), "Osterlichian": ("OST", "NORP"),
         "Sylvania": ("SYL", "GPE"), "Sylvanian": ("SYL", "NORP")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _of_type(events, category: str):
    return [e for e in events if e.event_type == category]


def _occurred(events, category: str):
    return [e for e in _of_type(events, category) if not (e.hypothetical or e.future)]


def test_an_analysts_could_is_no_occurred_sanction(nlp):
    events = _code(nlp, "Analysts say Ruritania could impose tariffs on Freedonia.")
    assert not _occurred(events, "SANCTION")
    reported = _code(nlp, "Ruritania imposed tariffs on Freedonia, analysts said.")
    assert len(_occurred(reported, "SANCTION")) == 1


def test_a_commentators_forecast_is_not_coded(nlp):
    for text in ("Experts predict that Osterlich will attack Sylvania next year.",
                 "Sylvania wants to strengthen ties with Osterlich, according to analysts.",
                 "Osterlich is likely to expel Sylvanian diplomats, according to Mara Quell, "
                 "a professor at Lindqvist University."):
        events = _code(nlp, text)
        assert not [e for e in events if e.event_type != "ACCUSE"], text
    past = _code(nlp, "Osterlich expelled Sylvanian diplomats, according to Mara Quell, a "
                      "professor at Lindqvist University.")
    assert _occurred(past, "SANCTION")


def test_a_commentators_own_statement_is_no_event(nlp):
    events = _code(nlp, "Analysts warn that Ruritania may halt gas exports to Freedonia.")
    assert not _of_type(events, "THREATEN")
    party = _code(nlp, "Ruritania warned that it may halt gas exports to Freedonia.")
    threats = _of_type(party, "THREATEN")
    assert len(threats) == 1 and {a.country_code for a in threats[0].actor} == {"RUR"}


def test_a_commentators_recommendation_is_no_request(nlp):
    events = _code(nlp, "Freedonia should expel the Ruritanian ambassador, said Ivo Pell, "
                        "a senior fellow at the Harlan Institute.")
    assert not _of_type(events, "REQUEST") and not _of_type(events, "SANCTION")
    official = _code(nlp, "Freedonia should expel the Ruritanian ambassador, the "
                          "Osterlichian foreign minister said.")
    assert _of_type(official, "REQUEST")


def test_prediction_verbs_make_the_complement_a_forecast(nlp):
    expected = _code(nlp, "Sylvanian officials expect Ruritania to impose tariffs on "
                          "Freedonia.")
    assert not _occurred(expected, "SANCTION")
    believed = _code(nlp, "Sylvanian officials believe Ruritania could strike Freedonia.")
    assert not _occurred(believed, "ASSAULT") and not _of_type(believed, "THREATEN")
    alleged = _code(nlp, "Sylvanian officials believe Ruritania struck Freedonia on Monday.")
    assert _occurred(alleged, "ASSAULT")


def test_extraposed_likelihood_and_risk_are_not_acts(nlp):
    possible = _code(nlp, "It is possible that Osterlich will recognize Sylvania.")
    assert not _of_type(possible, "AGREE")
    assert all(e.hypothetical for e in _of_type(possible, "SUPPORT"))
    announced = _code(nlp, "Osterlich will recognize Sylvania, its president said.")
    assert _of_type(announced, "AGREE")
    risk = _code(nlp, "Ruritania risks provoking sanctions from Freedonia.")
    assert not _occurred(risk, "SANCTION")


def test_a_possessed_nominal_re_mention_is_not_a_second_event(nlp):
    text = ("The Osterlichian president met Sylvanian leaders in Vienna on Monday. "
            "Officials later described the president's meeting as friendly, and Osterlich's "
            "meeting drew praise.")
    consults = _of_type(_code(nlp, text), "CONSULT")
    assert len(consults) == 1
    dated = ("The Osterlichian president met Sylvanian leaders in Vienna on Monday. "
             "Osterlich's meeting with Sylvania in April was tense.")
    assert len(_of_type(_code(nlp, dated), "CONSULT")) == 2


def test_commentator_entities_by_role():
    def entity(role, raw, org=None):
        return Entity(raw_text=raw, entity_name=raw, kind="PERSON", role=role,
                      organization=org, start=0, end=len(raw), sentence=0)

    assert is_commentator(entity("senior fellow", "Ivo Pell"))
    assert is_commentator(entity("director", "Ana Brill", "Harlan Institute for Peace"))
    assert not is_commentator(entity("foreign minister", "Ana Brill"))
    assert not is_commentator(entity("director", "Ana Brill", "Central Intelligence Agency"))
    assert not is_commentator(entity("former ambassador", "Jon Weld"))
    assert is_commentator(entity("former ambassador", "Jon Weld"), former=True)
    assert not is_commentator(entity("former president", "Jon Weld"), former=True)


def test_an_obligation_is_not_yet_an_act(nlp):
    needs = _code(nlp, "Osterlich needs to withdraw its troops from Sylvania.")
    assert _of_type(needs, "RETREAT") and not _occurred(needs, "RETREAT")
    done = _code(nlp, "Osterlich withdrew its troops from Sylvania.")
    assert _occurred(done, "RETREAT")


def test_a_hoped_for_agreement_is_a_commitment_not_a_signing(nlp):
    hoped = _code(nlp, "Sylvania hopes to sign a trade agreement with Osterlich.")
    assert _of_type(hoped, "AGREE") and not _of_type(hoped, "SUPPORT")
    signed = _code(nlp, "Sylvania signed a trade agreement with Osterlich.")
    assert _of_type(signed, "SUPPORT")


def test_a_wished_for_receipt_is_no_pledge(nlp):
    hoped = _code(nlp, "Sylvania hopes to get concessionary loans from Osterlich.")
    assert not _of_type(hoped, "AGREE")
    assert all(e.hypothetical for e in _of_type(hoped, "AID"))
    pledged = _code(nlp, "Sylvania will get concessionary loans from Osterlich.")
    assert _of_type(pledged, "AGREE")


def test_a_nominal_whose_development_is_forecast_is_hypothetical(nlp):
    forecast = _code(nlp, "Osterlich's security cooperation with Sylvania will likely develop "
                          "slowly.")
    coop = _of_type(forecast, "COOPERATE")
    assert coop and all(e.hypothetical for e in coop)
    reported = _code(nlp, "Osterlich's security cooperation with Sylvania has developed "
                          "quickly.")
    assert _occurred(reported, "COOPERATE")


def test_a_meeting_a_trip_will_include_is_planned(nlp):
    planned = _code(nlp, "The Osterlichian minister's trip will include meeting the "
                         "Sylvanian president.")
    meetings = _of_type(planned, "AGREE")
    assert meetings and meetings[0].future and not _of_type(planned, "CONSULT")
    held = _code(nlp, "The Osterlichian minister met the Sylvanian president.")
    assert _occurred(held, "CONSULT")


def test_analyze_keeps_a_partys_possible_act_flagged_and_drops_an_analysts_forecast():
    """The default of ``wirecoder.analyze`` (docs/events.md, "What analyze returns")."""
    import wirecoder

    own = wirecoder.analyze("Peru may expel Chilean diplomats.").events
    sanctions = [e for e in own if e.event_type == "SANCTION"]
    assert sanctions and all(e.hypothetical for e in sanctions)
    forecast = wirecoder.analyze("Analysts say Peru may expel Chilean diplomats.").events
    assert not [e for e in forecast if e.event_type == "SANCTION"]


def test_a_cancelled_meeting_is_no_planned_meeting(nlp):
    cancelled = _code(nlp, "The fighting prompted cancellation of a scheduled summit meeting "
                           "between Osterlich and Sylvania.")
    assert not _of_type(cancelled, "AGREE") and not _of_type(cancelled, "CONSULT")
    planned = _code(nlp, "The fighting delayed preparation of a scheduled summit meeting "
                         "between Osterlich and Sylvania.")
    assert _of_type(planned, "AGREE") or _of_type(planned, "CONSULT")
