"""Round 19, evjoint19: guideline decision 17(a) for meetings, and spurious classes (issue 9).

A meeting, talks or a call between two sides is joint (every side an actor, no recipient)
also when it is held in one side's capital; a visit, trip or hosting stays visitor -> host.
Round 19 review fixes (fixev19a): a travel or entry ban is REJECT only when it bars
foreigners (a state's ban on its own people stays COERCE restrict), waiving visas is CONCEDE
while revoking or withdrawing them is REJECT, and a purpose clause is dropped only when it
repeats the act's own category. Sentences are written for these tests with fictional states
(Strelsau, Fredville and Ostrava Nova are their capitals).
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity, Event

#: name -> (country code, kind, is_place)
_NAMES: dict[str, tuple[str, str, bool]] = {
    "Ruritania": ("RUR", "GPE", False), "Ruritanian": ("RUR", "NORP", False),
    "Freedonia": ("FRE", "GPE", False), "Freedonian": ("FRE", "NORP", False),
    "Veridia": ("VER", "GPE", False), "Veridian": ("VER", "NORP", False),
    "Strelsau": ("RUR", "GPE", True), "Fredville": ("FRE", "GPE", True),
    "Ostrava Nova": ("VER", "GPE", True),
}
_PATTERN = re.compile("|".join(rf"\b{re.escape(n)}(?!\w)"
                               for n in sorted(_NAMES, key=len, reverse=True)))


def _events(nlp, text: str) -> tuple[Event, ...]:
    entities = [Entity(raw_text=m[0], entity_name=m[0], country_code=_NAMES[m[0]][0],
                       kind=_NAMES[m[0]][1], is_place=_NAMES[m[0]][2], start=m.start(),
                       end=m.end(), sentence=0) for m in _PATTERN.finditer(text)]
    return tuple(code_events(nlp(text), load_lexicon(), entities, story_id="t",
                             published=dt.date(2025, 3, 1)))


def _dyad(nlp, text: str, category: str) -> tuple[set[str | None], set[str | None]]:
    found = [e for e in _events(nlp, text) if e.event_type == category]
    assert found, (text, category)
    return ({a.country_code for a in found[0].actor},
            {r.country_code for r in found[0].recipient})


# -- decision 17(a): a meeting in one side's capital is joint ------------------------------

@pytest.mark.parametrize("text", [
    "The Ruritanian defence chief conferred in Fredville with his Freedonian opposite number "
    "about fishing quotas.",
    "Freedonia's trade envoy is meeting the Ruritanian finance minister in Strelsau this week.",
    "Veridian negotiators sat down with the Freedonian delegation in Ostrava Nova on Friday "
    "for a third round of talks.",
    "The Freedonian premier met the Veridian chancellor in Ostrava Nova late on Thursday.",
])
def test_a_meeting_in_one_sides_capital_is_joint(nlp, text):
    actors, recipients = _dyad(nlp, text, "CONSULT")
    assert recipients == set()
    assert len(actors) == 2


@pytest.mark.parametrize("trip", [
    "The Ruritanian premier travelled to Fredville on Sunday.",
    "The Ruritanian premier arrived in Fredville on Sunday for a two-day visit.",
])
def test_a_trip_to_the_other_sides_capital_stays_visitor_to_host(nlp, trip):
    assert _dyad(nlp, trip, "CONSULT") == ({"RUR"}, {"FRE"})


# -- spurious classes of the spot checks (rounds 17 and 18) -------------------------------

def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Freedonian army has committed a string of violations of the truce, according to "
    "Veridian monitors.",
    "Ruritanian trawlers have committed repeated infringements of the maritime pact, a Veridian "
    "minister told parliament.",
])
def test_committed_with_an_object_is_no_pledge(nlp, text):
    assert "AGREE" not in _types(nlp, text)
    # willingness stays a pledge
    assert "AGREE" in _types(nlp, "Freedonia remains committed to helping Ruritania rebuild "
                                  "its ports.")


@pytest.mark.parametrize(("text", "dyad"), [
    ("Visas held by Freedonian aid workers were revoked by Ruritania on Friday.",
     ({"RUR"}, {"FRE"})),
    ("Ruritania's interior ministry withdrew the entry visas it had issued to a Freedonian "
     "trade delegation.", None),
])
def test_revoking_visas_bars_entry_and_concedes_nothing(nlp, text, dyad):
    assert _types(nlp, text) == ["REJECT"]
    if dyad is not None:
        assert _dyad(nlp, text, "REJECT") == dyad


@pytest.mark.parametrize(("text", "dyad"), [
    ("Veridia will scrap visas for Freedonian students from next spring.", ({"VER"}, {"FRE"})),
    ("Ruritania waived visa fees for Veridian pilgrims during the festival.",
     ({"RUR"}, {"VER"})),
    ("Veridia abolished entry visas for Freedonian nationals under the new border accord.",
     ({"VER"}, {"FRE"})),
])
def test_waiving_visas_is_a_concession(nlp, text, dyad):
    """Ending visas for a people eases a restriction on them (CONCEDE, like lifting a curfew)."""
    assert "CONCEDE" in _types(nlp, text) and "REJECT" not in _types(nlp, text)
    assert _dyad(nlp, text, "CONCEDE") == dyad


@pytest.mark.parametrize("text", [
    "Veridia widened its entry ban to include the families of Freedonian militia leaders.",
    "Freedonia renewed a travel ban that keeps Ruritanian generals out of its territory.",
    "Veridia imposed an entry ban on Freedonian militia commanders last week.",
])
def test_a_ban_on_foreigners_entering_is_a_rejection_not_coercion(nlp, text):
    types = _types(nlp, text)
    assert "REJECT" in types and "COERCE" not in types
    # ending one is a concession
    assert _types(nlp, "Veridia has ended the entry ban it placed on Freedonian "
                       "scientists.") == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    # the state's own people (every recipient of the actor's country)
    "Veridia issued travel bans against three Veridian ministers accused of graft.",
    # the sentence says the ban keeps its target in the country
    "Freedonia slapped a travel ban on the wife of a detained dissident, stopping her from "
    "leaving for Veridia.",
    "Freedonian prosecutors imposed a travel ban on a Freedonian tycoon to keep him from "
    "fleeing abroad.",
])
def test_an_exit_ban_on_a_states_own_people_stays_coercion(nlp, text):
    """The codebook's COERCE restrict covers restricting the movement of one's own people."""
    types = _types(nlp, text)
    assert "COERCE" in types and "REJECT" not in types


@pytest.mark.parametrize("text", [
    "Veridia extended to Freedonia a loan of eighty million euros to fund a container "
    "terminal.",
    "Veridia granted Freedonia a loan of five million dollars to fund road repairs.",
])
def test_the_purpose_of_a_gift_is_the_same_gift(nlp, text):
    assert _types(nlp, text).count("AID") == 1
    # a purpose clause of a material act is no separate demand (guideline decision 3)
    types = _types(nlp, "Veridia imposed sanctions on Ruritania to force it back to the talks.")
    assert "SANCTION" in types and "REQUEST" not in types


@pytest.mark.parametrize("text", [
    "The Freedonian premier phoned the Veridian chancellor to thank him for the flood relief.",
    "The Ruritanian envoy met Freedonian officials on Monday to praise their handling of the "
    "refugee crisis.",
])
def test_a_purpose_of_another_category_is_not_the_same_act(nlp, text):
    """Only a purpose clause of the act's own category repeats the act.

    Praise given in a call is its own SUPPORT, performed in the contact: the call's purpose
    clause is kept.
    """
    types = _types(nlp, text)
    assert "CONSULT" in types and "SUPPORT" in types
