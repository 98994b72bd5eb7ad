"""Roles round 15 (issue 9): the holder of a joint act named as a noun with only its partner.

Counted over READ and every events development set (docs/events.md, "Roles round 15"):
meetings, talks and negotiations whose gold lists both sides as actors, where the system
had only the partner of the ``with`` phrase. Sentences are written for these tests with
fictional parties and a hand-made name table; each positive case fails on main before the
round (e14fc92), the guards pass on both.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {
    **FICTIONAL_STATES,
    "Veridia": ("VER", "GPE"),
    "The Ruritanian envoy": ("RUR", "NOMINAL"),
    "Freedonian officials": ("FRE", "NOMINAL"),
    "Ruritanian diplomats": ("RUR", "NOMINAL"),
    "Freedonian rebel leaders": ("FRE", "NOMINAL"),
}


def _consult(nlp, text: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == "CONSULT"]
    assert found, text
    return ({a.country_code for a in found[0].actor if a.country_code},
            {r.country_code for r in found[0].recipient if r.country_code})


@pytest.mark.parametrize(("text", "parties"), [
    # the subject of the verb whose object holds the noun
    ("The Ruritanian envoy held three days of talks with Freedonian officials in a "
     "lakeside hotel.", {"RUR", "FRE"}),
    # the reporter of a clause whose subject is the noun
    ("Veridia said on Friday that negotiations with Freedonia had stalled over grain "
     "quotas.", {"VER", "FRE"}),
    # the reporter again, the noun's possessor being no party with a country
    ("Ruritania reported that its envoy's consultations with Freedonia had gone well.",
     {"RUR", "FRE"}),
])
def test_the_holder_of_a_joint_act_joins_its_partner(nlp, text, parties):
    actor, recipient = _consult(nlp, text)
    assert actor == parties and recipient == set(), text


# ------------------------------------------------------------------------------ guards
def test_a_host_is_no_party_to_the_talks(nlp):
    actor, _ = _consult(nlp, "Veridia hosted talks with Freedonian rebel leaders.")
    assert actor == {"FRE"}


def test_who_watches_the_talks_is_no_party_to_them(nlp):
    actor, _ = _consult(nlp, "Ruritanian diplomats monitored the talks with Freedonian "
                             "rebel leaders.")
    assert actor == {"FRE"}
