"""Roles round 14, after review: the domestic fill stays off when the act is abroad.

:func:`wirecoder.events.participants.domestic_target` and ``domestic_agent`` give a
country-less party the other side's country only for an act done at home. A place,
nationality or owner of another country in the sentence, a target that is only a
nationality word or an owner ("<nationality>-owned"), says the act may be abroad or the
target foreign, and the party stays without a country. Sentences are written for these
tests (full pipeline, both argument choosers); each "stays open" case fails on main before
the fix, the home cases pass on both.
"""

from __future__ import annotations

import pytest

from events_helpers import event_roles

CHOOSERS = ("rules", "learned")


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor"), [
    # a place of another country
    ("Ethiopian soldiers detained eleven herders beside a well inside Somalia on Tuesday.",
     "COERCE", {"ETH"}),
    # a nationality (here an owner's) of another country elsewhere in the sentence
    ("Moroccan police arrested six smugglers aboard a Spanish trawler.",
     "COERCE", {"MAR"}),
])
def test_a_target_abroad_does_not_take_the_agent_s_country(text, category, actor, chooser):
    assert event_roles(text, category, chooser) == (actor, set())


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_an_owned_target_does_not_give_its_owner_s_country_to_the_agent(chooser):
    actor, _ = event_roles("Late on Sunday militants seized a Danish-owned cargo ship.",
                           "COERCE", chooser)
    assert actor == set()


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_a_home_place_keeps_the_domestic_fill(chooser):
    assert event_roles("Bolivian police detained nine miners in Oruro after the march.",
                       "COERCE", chooser) == ({"BOL"}, {"BOL"})
