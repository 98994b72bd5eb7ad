"""Roles round 18 (issue 9, dyad F1): who gets what is given, whose act is condemned.

Counted on round 18's READ part and every events development set (docs/events.md, "Roles
round 18"). Two role classes of matched events:

1. A pledge, offer or backing whose object names the giver's own side in a modifier and
   the receiver in a ``for`` / ``to`` phrase ("pledged U.S. support for X"): the receiver is
   the recipient, not the giver's modifier.
2. An accusation about an act done to someone that names its patient with "of" ("concerned
   about <state>'s deportation of refugees"): the possessor did the act and is accused.

Every sentence is written for these tests with invented people; each positive case fails
on main before the round, the guards pass on both. The round 18 review (fixev18c) rewrote
five sentences whose shape followed development sentences and added the review's cases at
the end (each fails on main after evargs18).
"""

from __future__ import annotations

import pytest

from events_helpers import event_roles as _roles

CHOOSERS = ("rules", "learned")


# ------------------------------------------------ the receiver of what is given or backed
@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "receiver"), [
    ("The Dutch minister Anna de Vries promised Dutch funding for Ghana's clinics on Monday.",
     "AGREE", {"GHA"}),
    ("Japanese Prime Minister Kenji Mori offered Japanese assistance to Bangladesh after "
     "the floods.", "AGREE", {"BGD"}),
])
def test_the_giver_named_on_the_object_is_not_the_recipient(text: str, category: str,
                                                            receiver: set[str],
                                                            chooser: str) -> None:
    actor, recipient = _roles(text, category, chooser)
    assert recipient == receiver, (actor, recipient)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_another_sides_backing_stays_the_recipient(chooser: str) -> None:
    """Guard: "welcomed Kenya's support for X" is about Kenya, not about X."""
    actor, recipient = _roles("Australian Prime Minister Ben Walsh welcomed Kenya's support "
                              "for Haiti.", "SUPPORT", chooser)
    assert recipient == {"KEN"}, (actor, recipient)


# ------------------------------------------- the possessor of an act done to its patient
@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "accused"), [
    ("The Czech foreign minister denounced Georgia's jailing of opposition journalists.",
     {"GEO"}),
    ("Ireland strongly condemns Iran's detention of two Irish aid workers.", {"IRN"}),
])
def test_the_possessor_of_an_act_with_its_patient_is_accused(text: str, accused: set[str],
                                                             chooser: str) -> None:
    actor, recipient = _roles(text, "ACCUSE", chooser)
    assert recipient == accused, (actor, recipient)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_the_possessor_of_an_act_done_to_it_is_not_accused(chooser: str) -> None:
    """Guard: "condemned the detention of Chile's consul": the consul is the victim."""
    actor, recipient = _roles("Argentina condemned the detention of Chile's consul.",
                              "ACCUSE", chooser)
    assert "CHL" not in recipient, (actor, recipient)


# --------------------------------------- the actors stage: a caller, a goal across a border
def _mentions(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    from wirecoder.actors import extract
    from wirecoder.models import Story
    from wirecoder.settings import Settings
    from wirecoder.stages import StageContext

    story = Story(id="t", text=text, published="2025-06-02")
    found = extract(nlp(text), StageContext(story=story, settings=Settings()))
    return {m.raw_text: (m.country_code, m.resolved_by) for m in found}


@pytest.mark.parametrize("text", [
    "Portugal called on all parties to refrain from violence.",
    "In Lisbon, the Portuguese foreign minister urged all parties to return to talks.",
])
def test_whom_a_caller_urges_takes_no_country_from_the_caller(nlp, text: str) -> None:
    found = _mentions(nlp, text)
    assert found["all parties"][0] is None, found


def test_an_addressee_in_a_named_country_takes_it(nlp) -> None:
    """The caller no longer blurs the scene: the addressee's own place decides."""
    found = _mentions(nlp, "Norway pressed all parties in Burundi on Tuesday to honour their "
                              "ceasefire.")
    assert found["all parties"][0] == "BDI", found


def test_the_goal_of_fire_across_a_border_is_no_evidence_for_the_shooters(nlp) -> None:
    """The place fired into gives the gunmen no country (round 18 review: assert the country).

    The first sentence names another state, so no story fallback gives Tajikistan either.
    """
    found = _mentions(nlp, "Kyrgyz officials reported the attack on Monday. Gunmen fired mortar "
                           "rounds into Tajikistan overnight.")
    assert found["Gunmen"][0] is None, found


def test_the_place_an_attack_happens_in_sets_the_scene(nlp) -> None:
    """Guard: a locative place is the scene of a domestic act."""
    found = _mentions(nlp, "Gunmen attacked a police post in Tajikistan overnight.")
    assert found["Gunmen"] == ("TJK", "context"), found


# ----------------------------------- a state's statement: its voice is not the story's state
STATEMENT_SOURCE = "U.S. Department of State"


def test_a_body_a_state_condemns_is_not_that_states_own() -> None:
    """"The United States condemns the government's detention ...": not the U.S. government."""
    import wirecoder

    text = ("The United States condemned the junta's jailing of two union organisers on Friday. "
            "Their trial lasted one day. We stand with the workers of Myanmar.")
    found = [e for e in wirecoder.analyze(text, published="2025-06-02",
                                          source=STATEMENT_SOURCE).events
             if e.event_type == "COERCE"]
    assert found, text
    assert "USA" not in {a.country_code for a in found[0].actor}, found[0].actor


def _entity(text: str, code: str, kind: str, how: str) -> object:
    from wirecoder.models import Entity

    return Entity(raw_text=text, entity_name=text, country_code=code, kind=kind,
                  resolved_by=how, start=0, end=len(text), sentence=0)


def test_the_publishers_we_does_not_make_the_story_state() -> None:
    """The issuer's "we" speaks about the story; it is none of the story's actors."""
    from wirecoder.events.state_bodies import story_state

    mentions = [_entity("We", "USA", "PRONOUN", "publisher"),
                _entity("We", "USA", "PRONOUN", "publisher"),
                _entity("The United States", "USA", "GPE", "kb"),
                _entity("the U.S.", "USA", "GPE", "kb"),
                _entity("the Belarusian opposition", "BLR", "NOMINAL", "pattern"),
                _entity("Belarusian workers", "BLR", "NOMINAL", "pattern")]
    state = story_state(mentions)
    assert state is None or state.country_code == "BLR", state


# ------------------------------- the actor's own side among the recipients, after the chooser
def test_the_actors_own_side_next_to_another_state_is_no_target() -> None:
    """Guard: a threat over the actor's own nationals' property targets the other state only.

    Rewritten in the round 18 review (the earlier sentence copied a development sentence);
    none of the sentences written for it reproduces the chooser's self-loop on main before
    the round, so it guards the class and passes on both.
    """
    actor, recipient = _roles("Slovakia threatened to suspend cooperation with Hungary should "
                              "Budapest nationalise Slovak bank branches.", "THREATEN", "learned")
    assert recipient == {"HUN"}, (actor, recipient)


# ------------------------------------------------------------ round 18 review (fixev18c)
def test_what_a_state_says_is_not_what_it_acts_on(nlp) -> None:
    """A body in what a state says is that state's: "Benin said the authorities would ..."."""
    found = _mentions(nlp, "Ghanaian officials met Togolese envoys. Benin said the authorities "
                           "would reopen the border.")
    assert found["the authorities"][0] == "BEN", found


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_a_by_agent_is_accused_not_the_possessor_of_a_dated_act(chooser: str) -> None:
    """An "of" phrase of time names no patient; the ``by`` agent did the act."""
    actor, recipient = _roles("France condemned the Senegalese journalists' arrest of last "
                              "month by Malian soldiers.", "ACCUSE", chooser)
    assert "SEN" not in recipient, (actor, recipient)
    assert chooser == "rules" or recipient == {"MLI"}, (actor, recipient)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_the_possessor_of_a_long_detention_is_not_accused(chooser: str) -> None:
    """"<person>'s detention of more than a year": the person underwent it."""
    actor, recipient = _roles("Human Rights Watch condemned the Rwandan opposition leader's "
                              "detention of more than a year.", "ACCUSE", chooser)
    assert "RWA" not in recipient, (actor, recipient)


@pytest.mark.parametrize(("text", "addressee", "code"), [
    ("Ghana's president urged security forces to protect polling stations.", "security forces",
     "GHA"),
    ("Chile's government encouraged citizens to vote early.", "citizens", "CHL"),
])
def test_a_leader_urging_their_own_forces_sets_the_scene(nlp, text: str, addressee: str,
                                                         code: str) -> None:
    """The caller rule is for foreign callers and collective addressees only."""
    found = _mentions(nlp, text)
    assert found[addressee][0] == code, found


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_a_receiver_of_the_givers_own_country_is_passed_over(chooser: str) -> None:
    """The giver's own nationals in the object's phrase are no receiver: the verb's goal is."""
    actor, recipient = _roles("Lula offered Brazilian loans for Brazilian farmers to "
                              "Mozambique.", "AGREE", chooser)
    assert recipient == {"MOZ"}, (actor, recipient)


def test_a_state_named_as_a_whole_calls_on_another(nlp) -> None:
    """With no scene, a state named as a whole that calls on a body gives it no country."""
    found = _mentions(nlp, "Norway called upon the authorities to free the detained reporters.")
    assert found["the authorities"][0] is None, found


def test_a_body_in_another_clause_of_the_states_verb_is_not_its_own(nlp) -> None:
    """Guard: "<Chileans> are back home after authorities freed them": not Chile's bodies."""
    found = _mentions(nlp, "Three Chilean fishermen held in Peru are back in Santiago after "
                           "authorities freed them on Friday.")
    assert found["authorities"][0] != "CHL", found
