"""Round 19, evjoint19: guideline decision 17(a) for meetings, and spurious classes (issue 9).

A meeting, talks or a call between two sides is joint (every side an actor, no recipient)
also when it is held in one side's capital; a visit, trip or hosting stays visitor -> host.
Sentences are written for these tests with fictional states (Strelsau, Fredville and Ostrava
Nova are their capitals).
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
    "The Ruritanian foreign minister held two hours of talks with his Freedonian counterpart "
    "in Fredville.",
    "Freedonia's trade envoy is meeting the Ruritanian finance minister in Strelsau this week.",
    "Veridian negotiators sat down with the Freedonian delegation in Ostrava Nova on Friday "
    "for a third round of talks.",
    "The Freedonian premier met the Veridian chancellor in Ostrava Nova late on Thursday.",
])
def test_a_meeting_in_one_sides_capital_is_joint(nlp, text):
    assert _dyad(nlp, text, "CONSULT")[1] == set()
    assert len(_dyad(nlp, text, "CONSULT")[0]) == 2
    # a trip or an arrival in the other side's capital stays visitor -> host
    for trip in ("The Ruritanian premier travelled to Fredville on Sunday.",
                 "The Ruritanian premier arrived in Fredville on Sunday for a two-day visit."):
        assert _dyad(nlp, trip, "CONSULT") == ({"RUR"}, {"FRE"})


# -- spurious classes of the spot checks (rounds 17 and 18) -------------------------------

def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Officials in Strelsau said Freedonia may have committed a grave breach of the fishing "
    "accord.",
    "Veridia said Ruritania had committed a clear breach of the fishing accord.",
])
def test_committed_with_an_object_is_no_pledge(nlp, text):
    assert "AGREE" not in _types(nlp, text)
    # willingness stays a pledge
    assert "AGREE" in _types(nlp, "Freedonia remains committed to helping Ruritania rebuild "
                                  "its ports.")


def test_revoking_visas_bars_entry_and_concedes_nothing(nlp):
    text = "Ruritania revoked the visas of three Freedonian journalists on Tuesday."
    assert _types(nlp, text) == ["REJECT"]
    assert _dyad(nlp, text, "REJECT") == ({"RUR"}, {"FRE"})


@pytest.mark.parametrize("text", [
    "Freedonia kept its travel ban on Ruritanian ministers in place for another year.",
    "Veridia imposed an entry ban on Freedonian militia commanders last week.",
])
def test_a_travel_ban_is_a_rejection_not_coercion(nlp, text):
    types = _types(nlp, text)
    assert "REJECT" in types and "COERCE" not in types
    # lifting one stays a concession
    assert _types(nlp, "Freedonia lifted its travel ban on Ruritanian ministers.") == ["CONCEDE"]


@pytest.mark.parametrize("text", [
    "Veridia gave Freedonia twenty million dollars to fund rural schools.",
    "Veridia granted Freedonia a loan of five million dollars to fund road repairs.",
])
def test_the_purpose_of_a_gift_is_the_same_gift(nlp, text):
    assert _types(nlp, text).count("AID") == 1
    # a purpose of another category is its own event only when the lexicon codes it
    assert "SANCTION" in _types(nlp, "Veridia imposed sanctions on Ruritania to force it back "
                                     "to the talks.")
