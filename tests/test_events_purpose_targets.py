"""Purpose-clause targets, round 22 (issue 9, dyad F1; docs/events.md "Purpose-clause targets").

A trigger with no recipient whose purpose infinitive ("... to topple X") has a direct object
naming a party with a country of its own words takes that object as its recipient
(:func:`wirecoder.events.purpose_targets.purpose_target`). Meetings (their purpose clause is
their agenda), objects that are things a country word only qualifies ("Finnish support"),
and topic verbs are left alone.

Every sentence is written for these tests; the two positives fail on main before the round,
the guards pass on both.
"""

from __future__ import annotations

from wirecoder import analyze
from wirecoder.models import Entity


def _codes(entities: tuple[Entity, ...]) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def _event(text: str, category: str) -> tuple[set[str], set[str]]:
    found = [e for e in analyze(text, published="2025-06-02").events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return _codes(found[0].actor), _codes(found[0].recipient)


def test_an_uprising_to_overthrow_a_government_targets_it() -> None:
    """The insurgency's target is the object of its purpose clause."""
    _, recipient = _event("Rebel fighters launched an armed insurgency in 2003 to overthrow "
                          "the Chadian government.", "ASSAULT")
    assert recipient == {"TCD"}, recipient


def test_troops_deployed_to_guard_an_embassy_take_its_state() -> None:
    """A deployment's purpose names what it protects: the embassy's state."""
    _, recipient = _event("Dozens of soldiers were deployed to guard the Egyptian embassy "
                          "in Amman.", "MOBILIZE")
    assert recipient == {"EGY"}, recipient


def test_a_meetings_purpose_clause_is_its_agenda() -> None:
    """Guard: "spoke with X to reaffirm Finnish support" gives the call no recipient."""
    _, recipient = _event("The Finnish foreign minister spoke with his Estonian counterpart "
                          "to reaffirm Finnish support for the Baltic states.", "CONSULT")
    assert "FIN" not in recipient, recipient


def test_a_country_word_qualifying_a_thing_is_no_target() -> None:
    """Guard: the object is a thing ("Egyptian security plans"), not a party."""
    _, recipient = _event("Dozens of soldiers were deployed to protect Egyptian security "
                          "plans in Amman.", "MOBILIZE")
    assert recipient == set(), recipient


def test_a_topic_verb_gives_no_target() -> None:
    """Guard: "to discuss X": a topic, not a party."""
    _, recipient = _event("Dozens of soldiers were deployed to discuss the Egyptian "
                          "government in Amman.", "MOBILIZE")
    assert recipient == set(), recipient


def test_guarding_ones_own_people_is_no_target() -> None:
    """Review fix: a protective purpose on the actor's own state gives no self-loop."""
    actor, recipient = _event("American marines were deployed to protect American diplomats "
                              "in Khartoum.", "MOBILIZE")
    assert actor == {"USA"}, actor
    assert "USA" not in recipient, recipient


def test_guarding_another_states_embassy_still_targets_it() -> None:
    """Review fix guard: the loop guard leaves another state's ward alone."""
    _, recipient = _event("Jordanian soldiers were deployed to guard the Egyptian embassy "
                          "in Amman.", "MOBILIZE")
    assert recipient == {"EGY"}, recipient


def test_a_hostile_purpose_keeps_a_domestic_target() -> None:
    """Review fix guard: a hostile purpose on one's own state stays a domestic event."""
    _, recipient = _event("Turkish jets launched strikes to punish Turkish Kurdish militants.",
                          "ASSAULT")
    assert recipient == {"TUR"}, recipient


def test_a_mourning_rally_has_no_target() -> None:
    """Review fix: "rallied to mourn X": a tribute, not an act on X."""
    found = [e for e in analyze("Thousands rallied to mourn the Iranian president.",
                                published="2025-06-02").events
             if "IRN" in _codes(e.recipient)]
    assert not found, found



def test_a_context_state_on_the_actor_does_not_block_its_ward() -> None:
    """Review fix guard: an actor whose state is only the context's is no loop evidence.

    ("the Coalition dispatched a force to assist Iraqi forces" in an Iraq story: the
    Coalition's state is the story's, Iraq, and Iraq is still the helped party.)
    """
    actor, recipient = _event("Hundreds of soldiers were sent to train Somali troops.",
                              "MOBILIZE")
    assert recipient == {"SOM"}, (actor, recipient)
