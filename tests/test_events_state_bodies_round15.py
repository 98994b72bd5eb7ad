"""A state's own body named without its state (roles round 15, reworked after review).

One policy for every role (:mod:`wirecoder.events.state_bodies`): a country-less state body
takes the story's state -- its actor mentions with their own evidence -- unless the
sentence's setting names another country's place, state or nationality; never the country
of the event's recipient. Sentences are invented for these tests (fictional states, a
hand-made name table; the nominals carry no country). The cases marked "fails on e14fc92"
fail on main before the round's branches; the guards pass on both.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {
    **FICTIONAL_STATES,
    "The police": (None, "NOMINAL"),
    "the police": (None, "NOMINAL"),
    "the envoy": (None, "NOMINAL"),
    "eleven lorry drivers": (None, "NOMINAL"),
    "the separatist army": (None, "NOMINAL"),
    "a ferry": (None, "NOMINAL"),
}

#: An opening that makes Freedonia the story's one state (two own-evidence mentions).
_FREEDONIA = ("Freedonia will hold a census next spring, and the statistics office of "
              "Freedonia has hired nine thousand clerks. ")


def _event(nlp, text: str, category: str):
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, text
    return found[0]


def _actor(nlp, text: str, category: str) -> set:
    """The actor countries of every ``category`` event of ``text`` (none coded: empty)."""
    return {a.country_code for e in code_with_names(nlp, text, NAMES)
            if e.event_type == category for a in e.actor if a.country_code}


def test_the_body_takes_the_story_s_state_not_its_target_s(nlp):
    # fails on e14fc92: the sentence's one country (the target's) was given to the body
    text = _FREEDONIA + "On Friday the police expelled the Ruritanian envoy."
    event = _event(nlp, text, "SANCTION")
    assert {a.country_code for a in event.actor} == {"FRE"}
    assert "participants:story-state" in (event.why or "")


def test_the_story_s_state_when_the_sentence_names_none(nlp):
    assert _actor(nlp, _FREEDONIA + "Near the ring road the police arrested eleven "
                  "lorry drivers at dawn.", "COERCE") == {"FRE"}


# ------------------------------------------------------------------------------ guards
def test_a_setting_abroad_decides_nothing(nlp):
    assert _actor(nlp, _FREEDONIA + "Near a Ruritanian border town the police "
                  "arrested eleven lorry drivers at dawn.", "COERCE") == set()


def test_a_story_of_two_states_decides_nothing(nlp):
    text = ("Freedonia and Ruritania share a river; Ruritania and Freedonia both fish it. "
            "The police arrested eleven lorry drivers at dawn.")
    assert _actor(nlp, text, "COERCE") == set()


def test_a_rebel_body_is_no_state_s(nlp):
    assert _actor(nlp, _FREEDONIA + "Last week the separatist army attacked a ferry.",
                  "ASSAULT") == set()
