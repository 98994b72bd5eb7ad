"""Roles round 18 (issue 9, dyad F1): who gets what is given, whose act is condemned.

Counted on round 18's READ part and every events development set (docs/events.md, "Roles
round 18"). Two role classes of matched events:

1. A pledge, offer or backing whose object names the giver's own side in a modifier and
   the receiver in a ``for`` / ``to`` phrase ("pledged U.S. support for X"): the receiver is
   the recipient, not the giver's modifier.
2. An accusation about an act done to someone that names its patient with "of" ("concerned
   about <state>'s deportation of refugees"): the possessor did the act and is accused.

Every sentence is written for these tests with invented people; each positive case fails
on main before the round, the guards pass on both.
"""

from __future__ import annotations

import pytest

from events_helpers import event_roles as _roles

CHOOSERS = ("rules", "learned")


# ------------------------------------------------ the receiver of what is given or backed
@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "receiver"), [
    ("Canadian Foreign Minister Alan Porter pledged continued Canadian support for Moldova "
     "during the visit.", "AGREE", {"MDA"}),
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
    ("Sweden is deeply concerned about Egypt's deportation of Eritrean refugees.", {"EGY"}),
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
