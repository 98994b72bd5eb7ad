"""Recipients round 16 (issue 9): the target of a domestic act named by a common noun.

Counted over round 16's READ part and every events development set (docs/events.md,
"Recipients of kept events, round 16"): a state's body attacks or coerces a party the text
names only by a common noun ("dissidents", "an insurgent supply base"); no mention stands
there, so the event had no recipient, while the gold codes the agent's country. Sentences
are written for these tests with fictional parties and a hand-made name table (the object
is left out of the table, as the actors stage leaves such nouns without a mention); each
positive case fails on main before the round (5038780), the guards pass on both.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {
    **FICTIONAL_STATES,
    "Ruritanian gendarmes": ("RUR", "ORG"),
    "The Freedonian air force": ("FRE", "ORG"),
    "Freedonian artillery": ("FRE", "ORG"),
    "Ruritanian warplanes": ("RUR", "ORG"),
}


def _roles(nlp, text: str, category: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, text
    event = found[0]
    return ({a.country_code for a in event.actor},
            {r.country_code for r in event.recipient if r.country_code})


@pytest.mark.parametrize(("text", "category", "home"), [
    ("Ruritanian gendarmes detained four dissidents late on Friday.", "COERCE", "RUR"),
    ("Overnight The Freedonian air force bombed an insurgent supply base.", "ASSAULT", "FRE"),
])
def test_a_domestic_act_s_unnamed_target_takes_the_agent_s_country(nlp, text, category,
                                                                   home):
    actor, recipient = _roles(nlp, text, category)
    assert actor == {home} and recipient == {home}, text


# ------------------------------------------------------------------------------ guards
def test_a_weapon_is_no_target(nlp):
    actor, recipient = _roles(nlp, "For hours Freedonian artillery shot flares and smoke "
                                   "canisters.", "ASSAULT")
    assert actor == {"FRE"} and recipient == set()


def test_a_post_abroad_takes_no_home_country(nlp):
    actor, recipient = _roles(nlp, "Ruritanian warplanes pounded a rebel outpost "
                                   "inside Freedonia on Tuesday.", "ASSAULT")
    assert actor == {"RUR"} and "RUR" not in recipient


def test_people_who_say_they_are_foreign_take_no_home_country(nlp):
    actor, recipient = _roles(nlp, "Ruritanian gendarmes detained two foreign students "
                                   "late on Friday.", "COERCE")
    assert actor == {"RUR"} and recipient == set()
