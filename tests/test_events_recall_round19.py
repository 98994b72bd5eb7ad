"""Recall round 19 (issue 9): charges and reactions in predicate form, threats of retaliation.

The analyst spot checks of rounds 17 and 18 and the open golds miss charges written as a
predicate ("committed an act of aggression", "amounts to a war crime", "violated the
truce", "is detrimental", "cannot be trusted"), a stated right to retaliate and closures
of airports (docs/events.md, "Recall round 19"). The speaker is the accuser, the party
whose act is judged the recipient; the victims of the judged act are not accused.

Every sentence is written for these tests with invented situations. Checked on the
branch point (3913325e^1) by the review fixes (fixev19c): 16 of the 19 cases fail there;
the three that pass there are the two guards below the line and
``test_committing_an_act_of_aggression_is_no_pledge`` (no AGREE came out before the round
either). ``test_a_violation_nobody_charges_is_not_coded`` fails there (the doer was coded
as the actor). The review fixes are tested in ``test_events_round19_fixev19c.py``.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from events_helpers import event_roles as _roles

CHOOSERS = ("rules", "learned")


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    # a charge whose verb is "commit": not a pledge, and the victims are not accused
    ("Uruguay's foreign minister said Paraguay may have committed an act of aggression on "
     "the river.", "ACCUSE", {"URY"}, {"PRY"}),
    ("Chile's president said Bolivia committed grave abuses against the miners.",
     "ACCUSE", {"CHL"}, {"BOL"}),
    # breaking an agreement, a law or a right, said by a party
    ("Estonia said Russian jets violated its airspace on Tuesday.", "ACCUSE", {"EST"},
     {"RUS"}),
    ("Mongolia's defense ministry said Chinese patrols breached the border accord twice.",
     "ACCUSE", {"MNG"}, {"CHN"}),
    # an evaluative predicate on a party's act
    ("Peru's foreign ministry said Ecuador's border closures were detrimental to regional "
     "trade.", "ACCUSE", {"PER"}, {"ECU"}),
    # distrust of a party
    ("The Japanese foreign minister said the government of North Korea cannot be trusted.",
     "ACCUSE", {"JPN"}, {"PRK"}),
])
def test_charges_in_predicate_form(text: str, category: str, actor: set[str],
                                   recipient: set[str], chooser: str) -> None:
    found_actor, found_recipient = _roles(text, category, chooser)
    assert (found_actor, found_recipient) == (actor, recipient)


def test_committing_an_act_of_aggression_is_no_pledge() -> None:
    assert "AGREE" not in _types("Uruguay's foreign minister said Paraguay may have "
                                 "committed an act of aggression on the river.")


def test_a_charge_that_amounts_to_a_crime() -> None:
    assert "ACCUSE" in _types("Norway's envoy said the siege of the town may amount to "
                              "collective punishment.")


def test_a_right_to_respond_is_a_threat() -> None:
    assert "THREATEN" in _types("Ghana said it reserves the right to respond to any "
                                "attack by Togo.")


def test_closing_airports_is_a_sanction() -> None:
    actor, recipient = _roles("Kenya closed all airports to flights from Somalia.",
                              "SANCTION", "rules")
    assert (actor, recipient) == ({"KEN"}, {"SOM"})


# ------------------------------------------------------------------------------ guards
def test_a_stated_commitment_stays_a_pledge() -> None:
    """Guard: "committed to" with no object is still willingness (AGREE)."""
    assert "AGREE" in _types("Indonesia's president said his government is committed to "
                             "helping Timor-Leste rebuild its schools.")


def test_a_violation_nobody_charges_is_not_coded() -> None:
    """A charge needs someone who makes it (no speaker, no issuing government)."""
    assert "ACCUSE" not in _types("Bolivia committed grave abuses against the miners last "
                                  "year.")


def test_trusting_a_party_is_no_event() -> None:
    assert "ACCUSE" not in _types("Fiji's prime minister said his government trusts "
                                  "Australia.")
