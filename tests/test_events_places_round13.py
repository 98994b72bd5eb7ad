"""Places and victims round 13 (issue 9): who the casualties of a fight belong to.

Counted on round 13's READ part and every events development set (docs/events.md, "Places
and victims round 13"). Two-sided fighting is reciprocal (events guideline): every party is
an actor and there is no recipient. When a harm verb has no agent of its own and its cause
is a fight that names its parties, the act is that fight, so the casualties are not its
target; when the fight names one party ("in a clash with X"), the casualties are the other
side. Sentences are written for these tests with fictional parties; each positive case
fails on main before the round, the guards pass on both.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Veridia": ("VER", "GPE"), "Veridian": ("VER", "NORP")}


def _roles(nlp, text: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == "ASSAULT"]
    assert found, text
    event = found[0]
    return ({a.country_code for a in event.actor}, {r.country_code for r in event.recipient})


# --------------------------------------------- casualties of a fight between named sides
@pytest.mark.parametrize("text", [
    "Renewed clashes between Ruritania and Freedonia killed four Veridian farmers on Sunday.",
    "On Sunday four Veridian farmers were shot dead during a battle between Ruritania and "
    "Freedonia.",
])
def test_casualties_of_a_two_sided_fight_are_not_its_target(nlp, text):
    actor, recipient = _roles(nlp, text)
    assert recipient == set() and "FRE" in actor, text


def test_casualties_of_a_fight_with_one_named_party_are_the_other_side(nlp):
    actor, recipient = _roles(nlp, "Seven Veridian coast guards have been wounded in a "
                                   "firefight with Freedonian smugglers.")
    assert actor == {"VER", "FRE"} and recipient == set()


# ------------------------------------------------------------------------------ guards
def test_a_named_killer_in_a_fight_keeps_its_victims(nlp):
    actor, recipient = _roles(nlp, "Ruritanian troops killed ten Freedonian rebels in heavy "
                                   "fighting near the border.")
    assert actor == {"RUR"} and recipient == {"FRE"}


def test_a_fight_that_names_no_party_keeps_its_casualties(nlp):
    _, recipient = _roles(nlp, "Three Ruritanian soldiers were killed in the fighting.")
    assert recipient == {"RUR"}


# --------------------------------------------- the place of a two-sided act is no party
class _PlaceAddingChooser:
    """Stands for a learned chooser that confidently adds a town as the recipient."""

    def __init__(self, place: str) -> None:
        self.place = place

    def refine(self, span, cands, actor, recipient):
        towns = tuple(c.entity for c in cands if c.entity.raw_text == self.place)
        return actor, recipient + towns


def _with_chooser(nlp, text: str, category: str) -> tuple[set, set]:
    from name_table import name_entities
    from wirecoder.events.lexicon import load_lexicon
    from wirecoder.events.stage import code_events

    names = {**NAMES, "Zenda": ("RUR", "GPE")}
    entities = [e.model_copy(update={"is_place": e.raw_text == "Zenda"})
                for e in name_entities(text, names)]
    events = code_events(nlp(text), load_lexicon(), entities, story_id="t",
                         chooser=_PlaceAddingChooser("Zenda"))
    found = [e for e in events if e.event_type == category]
    assert found, text
    return ({a.country_code for a in found[0].actor},
            {r.country_code for r in found[0].recipient})


def test_a_chosen_place_is_no_recipient_of_two_sided_fighting(nlp):
    actor, recipient = _with_chooser(nlp, "For a third day Ruritania and Freedonia fought "
                                          "fiercely around the hill town of Zenda.", "ASSAULT")
    assert actor == {"RUR", "FRE"} and recipient == set()


def test_a_chosen_place_stays_the_target_of_a_one_sided_attack(nlp):
    _, recipient = _with_chooser(nlp, "Freedonian howitzers pounded Zenda overnight.",
                                 "ASSAULT")
    assert recipient == {"RUR"}
