"""Reciprocal acts follow guideline decision 17 (issue 9, round 17, evjoint17).

Fighting between two states is joint (every side an actor, no recipient); a one-sided
attack stays directed; a later sentence that only tells what the parties of an
already coded meeting discussed is a back-reference, not a new CONSULT. Sentences are
written for these tests with fictional states.
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


@pytest.mark.parametrize("text", [
    "Ruritanian marines battled Freedonian coastguards off the northern cape overnight.",
    "Freedonian infantry fought Ruritanian militia in the hills for two days.",
])
def test_fighting_a_named_side_is_two_sided(nlp, text):
    assert _dyad(nlp, text, "ASSAULT") == ({"RUR", "FRE"}, set())
    # a one-sided attack stays directed
    strike = "Ruritanian drones struck a Freedonian fuel depot before dawn on Wednesday."
    assert _dyad(nlp, strike, "ASSAULT") == ({"RUR"}, {"FRE"})


def _consults(nlp, text: str) -> list[str]:
    return [e.event_text for e in _events(nlp, text) if e.event_type == "CONSULT"]


_MEETING = "Ruritanian and Freedonian diplomats met at a lakeside resort on Friday. "


@pytest.mark.parametrize("text", [
    _MEETING + "Freedonia and Ruritania discussed smuggling along the shared frontier.",
    "The Freedonian president spoke with the Ruritanian leader for an hour. Ruritania and "
    "Freedonia have discussed water sharing and fishing licences, officials said.",
])
def test_the_topics_of_a_coded_meeting_are_no_new_consultation(nlp, text):
    assert len(_consults(nlp, text)) == 1, _consults(nlp, text)
    # a consultation with another party, or by another medium, is a new one
    for new in ("Ruritania and Veridia discussed rail tariffs the next day.",
                "Ruritania and Freedonia later discussed the border by telephone."):
        assert len(_consults(nlp, _MEETING + new)) == 2, new
