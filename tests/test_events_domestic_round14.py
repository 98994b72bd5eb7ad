"""Roles round 14 (issue 9): the country-less target of a domestic act.

Counted over round 14's READ part and every events development set (docs/events.md,
"Roles round 14"): when a state's own body arrests, attacks or frees people the text gives
no country, the gold codes them with the agent's country. Sentences are written for these
tests with fictional parties and a hand-made name table (the nominals carry no country, as
the actors stage leaves them; the release and the coast-guard cases were rewritten after
review, the first versions having followed development-gold shapes); each positive case
fails on main before the round (4716ca6), the guards pass on both.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {
    **FICTIONAL_STATES,
    "Ruritanian police": ("RUR", "ORG"),
    "The Freedonian army": ("FRE", "ORG"),
    "Freedonian army": ("FRE", "ORG"),
    "three student organisers": (None, "NOMINAL"),
    "insurgent hideouts": (None, "NOMINAL"),
    "the eight striking dockworkers": (None, "NOMINAL"),
    "two foreign reporters": (None, "NOMINAL"),
    "opposition groups": (None, "NOMINAL"),
    "Masked militiamen": (None, "NOMINAL"),
    "the Ruritanian government": ("RUR", "ORG"),
    "Smugglers": (None, "NOMINAL"),
    "the Freedonian coast guard": ("FRE", "ORG"),
    "Some foreign mercenaries": (None, "NOMINAL"),
    "Freedonian border guards": ("FRE", "ORG"),
}


def _roles(nlp, text: str, category: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, text
    event = found[0]
    return ({a.country_code for a in event.actor},
            {r.country_code for r in event.recipient if r.country_code})


@pytest.mark.parametrize(("text", "category", "home"), [
    ("Ruritanian police have detained three student organisers after a rally.",
     "COERCE", "RUR"),
    ("For a second day The Freedonian army shelled insurgent hideouts in the hills.",
     "ASSAULT", "FRE"),
    ("Ruritania has freed the eight striking dockworkers it had held since the spring.",
     "RETREAT", "RUR"),
])
def test_a_domestic_act_s_target_takes_the_agent_s_country(nlp, text, category, home):
    actor, recipient = _roles(nlp, text, category)
    assert actor == {home} and recipient == {home}, text


# ------------------------------------------------------------------------------ guards
def test_a_target_that_says_it_is_foreign_stays_without_country(nlp):
    actor, recipient = _roles(nlp, "Ruritanian police briefly detained two foreign reporters "
                                   "near the stadium.", "COERCE")
    assert actor == {"RUR"} and recipient == set()


def test_a_demand_is_no_domestic_act(nlp):
    actor, recipient = _roles(nlp, "Ruritania urged opposition groups to call off the strike.",
                              "REQUEST")
    assert actor == {"RUR"} and recipient == set()


def test_a_target_with_its_own_country_keeps_it(nlp):
    actor, recipient = _roles(nlp, "Ruritanian police arrested nine Freedonian smugglers at "
                                   "the port.", "COERCE")
    assert actor == {"RUR"} and recipient == {"FRE"}


# ------------------------------------------------- the agent of a domestic act (mirror)
@pytest.mark.parametrize(("text", "category", "home"), [
    ("Smugglers twice fired on a patrol boat of the Freedonian coast guard near the jetty.",
     "ASSAULT", "FRE"),
    ("Masked militiamen have repeatedly attacked the Ruritanian government since March.",
     "ASSAULT", "RUR"),
])
def test_a_domestic_act_s_agent_takes_the_target_s_country(nlp, text, category, home):
    actor, _ = _roles(nlp, text, category)
    assert actor == {home}, text


def test_an_agent_that_says_it_is_foreign_stays_without_country(nlp):
    found = [e for e in code_with_names(
        nlp, "Some foreign mercenaries ambushed Freedonian border guards at dawn.", NAMES)
        if e.event_type == "ASSAULT"]
    assert found and not any(a.country_code for a in found[0].actor)
