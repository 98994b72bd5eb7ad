"""Who did it to whom, round 11 (issue 9): argument classes of found events.

Sentences written for these tests (other names and shapes than any gold set). Four of them
(the border war, "joined ... in", the phone call, the convened seminar) were rewritten after
the round-11 review because their first versions followed development-gold shapes.
"""

from __future__ import annotations

import wirecoder

PUBLISHED = "2025-03-01"


def _one(text: str, category: str):
    found = [e for e in wirecoder.analyze(text, published=PUBLISHED).events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return found[0]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


# --- fighting with a party as direct object: joint across states, directed inside one -------

def test_transitive_fighting_of_another_states_party_is_two_sided():
    """Guideline decision 17 (round 17): two-sided fighting codes every side as actor."""
    event = _one("Ghanaian troops have been fighting Boko Haram near the border since 2019.",
                 "ASSAULT")
    assert _codes(event.actor) == {"GHA", "NGA"} and not event.recipient
    inside = _one("Malian soldiers fought Malian rebels near Kidal on Sunday.", "ASSAULT")
    assert (_codes(inside.actor), _codes(inside.recipient)) == ({"MLI"}, {"MLI"})


def test_two_sided_fighting_without_a_party_object_stays_joint():
    war = _one("Bolivia and Paraguay fought a bloody three-year war over the Chaco lowlands.",
               "ASSAULT")
    assert _codes(war.actor) == {"BOL", "PRY"}
    assert not war.recipient
    clash = _one("Ghanaian police clashed with Togolese smugglers on Friday.", "ASSAULT")
    assert _codes(clash.actor) == {"GHA", "TGO"}
    assert not clash.recipient


# --- "X joined Y in doing": Y is a joint actor of the act ------------------------------------

def test_the_party_joined_in_an_act_is_a_joint_actor():
    event = _one("The Kenyan embassy joins the African Union in urging restraint by Ethiopia.",
                 "REQUEST")
    assert _codes(event.actor) == {"KEN", "IGO"}
    both = [e for e in wirecoder.analyze(
        "Norwegian diplomats have joined their Swedish counterparts in accusing Moscow of "
        "jamming GPS signals and demanding that it stop.",
        published=PUBLISHED).events if e.event_type in {"ACCUSE", "REQUEST"}]
    assert len(both) == 2
    assert all(_codes(e.actor) == {"NOR", "SWE"} for e in both)


def test_joining_without_an_in_phrase_adds_no_actor():
    event = _one("Chile joined the talks and urged Bolivia to reopen the border.", "REQUEST")
    assert _codes(event.actor) == {"CHL"}


# --- "X called Y to V": a phone call, whose caller does V (not "called on Y to V") ------------

def test_the_caller_thanks_not_the_person_called():
    event = _one("Late on Sunday the Chilean foreign minister called the Argentine ambassador "
                 "to thank Argentina for its help with the mine rescue.", "SUPPORT")
    assert _codes(event.actor) == {"CHL"}
    assert _codes(event.recipient) == {"ARG"}


def test_called_on_still_makes_the_addressee_the_target():
    event = _one("Kenya called upon Uganda on Friday to reopen the border.", "REQUEST")
    assert _codes(event.actor) == {"KEN"}
    assert _codes(event.recipient) == {"UGA"}


# --- a recipient the chooser picked out of "between A and B" keeps both parties --------------

def test_concern_over_clashes_between_two_states_targets_both():
    event = _one("Kenya voiced concern over border clashes between Uganda and Tanzania.",
                 "ACCUSE")
    assert _codes(event.actor) == {"KEN"}
    assert _codes(event.recipient) == {"UGA", "TZA"}


def test_criticised_shelling_between_two_states_targets_both():
    event = _one("Mexico criticised the shelling exchanged between Peru and Bolivia near the "
                 "lake.", "ACCUSE")
    assert _codes(event.actor) == {"MEX"}
    assert _codes(event.recipient) == {"PER", "BOL"}


# --- a list of parties the parse reads as an apposition of its first state -------------------

def test_a_listed_body_of_another_state_continues_the_list():
    event = _one("Canada urges Peru, the Bolivian government and Ecuador to respect the truce.",
                 "REQUEST")
    assert _codes(event.recipient) == {"PER", "BOL", "ECU"}


def test_an_apposition_describing_the_state_adds_no_party():
    event = _one("Kenya, the region's largest economy and a key donor, pledged aid to Somalia.",
                 "AGREE")
    assert _codes(event.actor) == {"KEN"}


# --- the topic of talks ("a discussion on X") is no party ------------------------------------

def test_the_topic_of_a_convened_discussion_is_no_party():
    event = _one("With forty donor states present, Norway convened a two-day seminar on the "
                 "plight of Myanmar's refugees.", "CONSULT")
    assert _codes(event.actor) == {"NOR"}
    assert not event.recipient


def test_sanctions_on_a_state_still_target_it():
    event = _one("Peru imposed sanctions on Bolivia.", "SANCTION")
    assert _codes(event.recipient) == {"BOL"}
