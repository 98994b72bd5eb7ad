"""Round 7 argument classes (issue 9 §1–2): victims of a condemned act, bodies serving abroad.

Every sentence is written for its test, with invented people and varied countries; the
event roles are checked with the rules alone and with the learned chooser on top.
"""

from __future__ import annotations

import pytest

from events_helpers import event_roles as _roles
from wirecoder.actors import extract
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

PUBLISHED = "2025-06-02"
CHOOSERS = ("rules", "learned")


def _entities(nlp, text: str) -> tuple[Entity, ...]:
    story = Story(id="t", text=text, published=PUBLISHED)
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize("text", [
    "Canada strongly condemns the attack on Malian soldiers near the border.",
    "Denmark condemned the violence against Kenyan farmers in the valley.",
    "Norway condemns the recent bombings in Peshawar, which targeted Afghan refugees.",
])
def test_the_victims_of_a_condemned_act_are_not_accused(text: str, chooser: str) -> None:
    actor, recipient = _roles(text, "ACCUSE", chooser)
    assert actor and not recipient, (actor, recipient)


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "accused"), [
    ("Portugal condemned the shelling of the port by Libyan forces.", {"LBY"}),
    ("Chile condemns the detention of Bolivian students and three teachers by Peruvian "
     "police.", {"PER"}),
])
def test_the_agent_of_a_condemned_act_is_accused(text: str, accused: set[str],
                                                 chooser: str) -> None:
    actor, recipient = _roles(text, "ACCUSE", chooser)
    assert recipient == accused, (actor, recipient)


def test_peacekeepers_belong_to_the_body_named_before_not_the_host(nlp) -> None:
    found = _entities(nlp, "The United Nations mission in Chad said on Monday that rebels "
                      "attacked a convoy. Three peacekeepers were wounded near Abeche, Chad.")
    keepers = next(e for e in found if "peacekeepers" in e.raw_text)
    assert keepers.country_code == "UNO"


def test_peacekeepers_without_a_body_keep_no_country(nlp) -> None:
    found = _entities(nlp, "Three peacekeepers were wounded near Abeche, Chad, on Monday.")
    keepers = next(e for e in found if "peacekeepers" in e.raw_text)
    assert keepers.country_code is None


def test_an_embassy_is_no_antecedent_of_the_host_authorities(nlp) -> None:
    found = _entities(nlp, "The French Embassy in Bamako urged calm. It called upon the "
                      "authorities to release the detained journalists.")
    authorities = next(e for e in found if e.raw_text.endswith("authorities"))
    assert authorities.country_code != "FRA"


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_an_adjective_of_concern_accuses_the_possessor_of_the_act(chooser: str) -> None:
    actor, recipient = _roles("Ireland is deeply concerned about the Ugandan army's siege "
                              "of the border town.", "ACCUSE", chooser)
    assert recipient == {"UGA"}, (actor, recipient)


def test_an_acronym_the_document_spells_out_is_that_body(nlp) -> None:
    # "SDF" is Syria's Syrian Democratic Forces in the knowledge base
    found = _entities(nlp, "Fighting between the Sudanese army and the Sudanese Defence "
                      "Front (SDF) spread north. The army accused the SDF of attacking a "
                      "convoy near Kassala.")
    acronyms = [e for e in found if e.raw_text.endswith("SDF")]
    assert acronyms and all(e.country_code == "SDN" for e in acronyms)


def test_an_acronym_no_name_spells_keeps_its_own_resolution(nlp) -> None:
    found = _entities(nlp, "The SDF said on Monday that it had captured a village near "
                      "Raqqa from Islamic State fighters.")
    acronyms = [e for e in found if e.raw_text.endswith("SDF")]
    assert acronyms and all(e.country_code == "SYR" for e in acronyms)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_a_reciprocal_accusation_takes_no_recipient_from_its_content(chooser: str) -> None:
    actor, recipient = _roles("Ghanaian army officers and Togolese officials on Monday "
                              "accused each other of breaking the border accord that "
                              "Nigeria's president brokered in March.", "ACCUSE", chooser)
    assert actor == {"GHA", "TGO"} and not recipient, (actor, recipient)
