"""Roles round 15 (issue 9): a state's own body named without its state.

Counted over READ and every events development set (docs/events.md, "Roles round 15"):
matched events whose actor is a country-less "police", "army", "security forces" or
"authorities" mention; the gold codes the state the sentence (or, when it names none, the
story) names. Sentences are written for these tests with fictional parties and a
hand-made name table (the nominals carry no country); each positive case fails on main
before the round (e14fc92), the guards pass on both.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {
    **FICTIONAL_STATES,
    "Riot police": (None, "NOMINAL"),
    "striking miners": (None, "NOMINAL"),
    "the military": (None, "NOMINAL"),
    "two journalists": (None, "NOMINAL"),
    "Security forces": (None, "NOMINAL"),
    "the rebel army": (None, "NOMINAL"),
    "a convoy": (None, "NOMINAL"),
}

#: Two sentences that name one state twice before the act.
_STORY = ("Ruritania's parliament passed a tight budget on Monday. Ruritania's finance "
          "minister defended it on radio. ")


def _actor(nlp, text: str, category: str) -> set:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, text
    return {a.country_code for a in found[0].actor if a.country_code}


def test_the_sentence_s_one_state_is_the_body_s(nlp):
    assert _actor(nlp, "Riot police used water cannon against striking miners outside a "
                       "Ruritanian smelter.", "ASSAULT") == {"RUR"}


def test_the_story_s_state_when_the_sentence_names_none(nlp):
    assert _actor(nlp, _STORY + "By Wednesday the military had detained two journalists.",
                  "COERCE") == {"RUR"}


# ------------------------------------------------------------------------------ guards
def test_two_states_in_the_sentence_decide_nothing(nlp):
    assert _actor(nlp, "Security forces detained Freedonian and Ruritanian traders at the "
                       "crossing.", "COERCE") == set()


def test_a_rebel_body_is_no_state_s(nlp):
    assert _actor(nlp, _STORY + "By Wednesday the rebel army had ambushed a convoy.",
                  "ASSAULT") == set()
