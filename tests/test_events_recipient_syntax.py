"""Actor and recipient of the argument classes of issue 9 (round 6, recipients first).

Every sentence is written for its test, with invented people and varied countries; each
test asserts both roles, with the rules alone and with the learned chooser on top
(``Settings.argument_chooser``), since either may be what a user runs.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import event_roles as _roles
from wirecoder.settings import Settings

PUBLISHED = "2025-06-02"
CHOOSERS = ("rules", "learned")


CASES = [
    # objects of prepositions on the trigger and on its infinitive or clause complement
    ("Ghana threatened to cut diplomatic ties with Togo on Monday.",
     "THREATEN", {"GHA"}, {"TGO"}),
    ("Peru refused to meet Chile's foreign minister in Lima.", "REJECT", {"PER"}, {"CHL"}),
    ("The Vietnamese coast guard fired a water cannon at a Philippine boat.",
     "ASSAULT", {"VNM"}, {"PHL"}),
    ("Pakistan demanded that India withdraw its troops from the border.",
     "REQUEST", {"PAK"}, {"IND"}),
    # the object of a preposition the parse made the subject of a gerund under it
    ("Kenyan police fired tear gas at Ugandan traders blocking the border crossing.",
     "ASSAULT", {"KEN"}, {"UGA"}),
    ("Ecuadorian soldiers opened fire on Peruvian fishermen trying to cross the river.",
     "ASSAULT", {"ECU"}, {"PER"}),
    # passive "by" agents
    ("The Estonian envoy was expelled by Russia on Friday.", "SANCTION", {"RUS"}, {"EST"}),
    ("The sanctions were imposed on Cuba by the United States.", "SANCTION", {"USA"}, {"CUB"}),
    # agents and patients of nominalisations
    ("Sweden's decision to expel the Iranian ambassador angered Tehran.",
     "SANCTION", {"SWE"}, {"IRN"}),
    ("The expulsion of Norwegian diplomats by Belarus drew criticism.",
     "SANCTION", {"BLR"}, {"NOR"}),
    # indirect objects
    ("China granted Pakistan a loan of $1 billion.", "AID", {"CHN"}, {"PAK"}),
    # nationality adjectives on the patient
    ("Iranian forces seized a Greek-owned tanker in the Gulf.", "COERCE", {"IRN"}, {"GRC"}),
    # coordination in the recipient
    ("Beijing imposed new tariffs on Spanish and Danish pork.", "SANCTION", {"CHN"},
     {"ESP", "DNK"}),
]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor", "recipient"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_roles_of_argument_classes(text, category, actor, recipient, chooser):
    assert _roles(text, category, chooser) == (actor, recipient)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_possessive_pronoun_on_a_hostile_nominals_patient_is_the_clause_subject(chooser):
    text = "Norway condemned the seizure of its research vessel by Iranian forces."
    assert _roles(text, "COERCE", chooser) == ({"IRN"}, {"NOR"})
    assert _roles(text, "ACCUSE", chooser) == ({"NOR"}, {"IRN"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_possessive_pronoun_under_a_complaint_names_the_victim(chooser):
    text = "Chile denounced the shelling of its embassy in the capital."
    assert _roles(text, "ASSAULT", chooser) == (set(), {"CHL"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_possessive_pronoun_under_a_defence_names_no_target(chooser):
    text = "Algeria defended the detention of its critics by the security services."
    events = wirecoder.analyze(text, published=PUBLISHED,
                               settings=Settings(argument_chooser=chooser)).events
    detained = [{e.country_code for e in ev.recipient} for ev in events
                if ev.event_type == "COERCE"]
    assert all("DZA" not in codes for codes in detained)
    assert _roles(text.replace("defended", "condemned"), "COERCE", chooser) == (
        set(), {"DZA"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_gerund_clause_after_at_gives_a_domestic_target(chooser):
    text = "Kenyan police fired tear gas at protesters marching on parliament in Nairobi."
    assert _roles(text, "ASSAULT", chooser) == ({"KEN"}, {"KEN"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_they_in_a_direct_quote_is_not_the_speaker(chooser):
    text = ('"They shelled our positions without warning," Armenian defence spokesman '
            'Aram Petrosyan said.')
    actor, _ = _roles(text, "ASSAULT", chooser)
    assert "ARM" not in actor


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_it_in_reported_speech_is_still_the_speaker(chooser):
    assert _roles("Iran said it would retaliate against Israel.", "THREATEN", chooser) == (
        {"IRN"}, {"ISR"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_we_in_a_quote_is_the_speaker(chooser):
    text = '"We will never recognise Kosovo," Serbian President Milo Petrik said on Sunday.'
    assert _roles(text, "REJECT", chooser) == ({"SRB"}, {"KOS"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_the_two_leaders_are_the_parties_named_before(chooser):
    text = ("President Ansel Moreau of France met Chancellor Greta Lindqvist of Germany in "
            "Lyon. The two leaders condemned Russia.")
    assert _roles(text, "ACCUSE", chooser) == ({"FRA", "DEU"}, {"RUS"})


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_both_sides_as_recipient_are_the_two_parties(chooser):
    text = ("Fighting between Rwanda and Uganda flared again on Monday. The African Union "
            "urged both sides to observe the truce.")
    assert _roles(text, "REQUEST", chooser) == ({"IGO"}, {"RWA", "UGA"})
