"""Recipients round 12 (issue 9): recipients missed and places added as recipients.

Classes counted on the round-12 READ part and dev12–dev16 (docs/events.md, "Recipients
round 12"); the rule is the events guideline's: the recipient is the target of the act, and
a location is a recipient only when the act is aimed at it. Sentences are written for these
tests with fictional parties; each positive case fails on main before the round. The guards
keep places that are targets ("shelled <town>", "massed troops on the border with X") and
keep an act named in an attitude phrase from giving its place as recipient.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Veridia": ("VER", "GPE"), "Veridian": ("VER", "NORP"),
         "Strelsau": ("RUR", "GPE"), "Fredville": ("FRE", "GPE")}


def _roles(nlp, text: str, category: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, (text, category)
    event = found[0]
    return ({a.country_code for a in event.actor}, {r.country_code for r in event.recipient})


# ------------------------------------------- coordinated prepositions ("to X and to Y")
@pytest.mark.parametrize("text", [
    "On Monday Veridia expressed its condolences to the grieving relatives and to Ruritania.",
    "Veridia sent its sympathy to the injured sailors and to the Ruritanian navy.",
])
def test_second_coordinated_to_phrase_is_the_recipient(nlp, text):
    _, recipient = _roles(nlp, text, "SUPPORT")
    assert recipient == {"RUR"}, text


def test_second_coordinated_with_phrase_is_a_partner(nlp):
    _, recipient = _roles(nlp, "Veridia will keep working with aid agencies and with the "
                               "government of Ruritania.", "AGREE")
    assert recipient == {"RUR"}


# ------------------------------------- concern over a state of affairs in a place
@pytest.mark.parametrize("text", [
    "Veridian diplomats have repeatedly voiced concern regarding the political crisis in "
    "Ruritania.",
    "Freedonia shares Veridia's alarm over the worsening humanitarian situation in Ruritania.",
])
def test_concern_over_a_situation_names_its_place(nlp, text):
    actor, recipient = _roles(nlp, text, "ACCUSE")
    assert recipient == {"RUR"} and "RUR" not in actor, text


def test_concern_over_an_act_still_names_no_place(nlp):
    _, recipient = _roles(nlp, "The Veridian delegation voiced concern about the bombing in "
                               "Strelsau.", "ACCUSE")
    assert "RUR" not in recipient


# ---------------------------------------------------- the place of a gathering
@pytest.mark.parametrize(("text", "category"), [
    ("At a rally in Fredville on Sunday, the Ruritanian opposition leader rejected the "
     "accusation.", "REJECT"),
    ("The Freedonian minister denied the allegations at a press conference in Strelsau.",
     "REJECT"),
])
def test_place_of_a_gathering_is_no_recipient(nlp, text, category):
    _, recipient = _roles(nlp, text, category)
    assert not recipient, text


# ------------------------------------------------- guards: places that are targets
@pytest.mark.parametrize(("text", "category", "target"), [
    ("Veridian artillery shelled Strelsau for a third straight day.", "ASSAULT", "RUR"),
    ("Veridia has massed troops on the border with Ruritania.", "MOBILIZE", "RUR"),
    ("Ruritania's president, at a ceremony in Fredville, praised the Veridian mediators.",
     "SUPPORT", "VER"),
])
def test_targeted_places_and_partners_keep_their_recipient(nlp, text, category, target):
    actor, recipient = _roles(nlp, text, category)
    assert target in recipient | actor, (text, actor, recipient)
