"""A role held by a description without a country takes the name the description carries.

Round 24 (issue 9 §1–2, branch evargs24; :mod:`wirecoder.events.own_names`): an appositive
name ("the rebel group <name>"), a name compounded onto the noun ("<name> fighters") and the
object of a "from" phrase on the noun ("envoys from <A> and <B>") fill the role; a
"foreign" description, a place and a role that already has a country do not. The events
stage runs on mentions given by the test (no actors stage), so the description stays
without a country as it does when the actors stage cannot resolve it. Every sentence is
written for these tests, with fictional states and groups.
"""

from __future__ import annotations

import re

from name_table import TEST_DAY
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

#: Mentions of the tests: words -> (country or None, kind, is a place).
_MENTIONS: dict[str, tuple[str | None, str, bool]] = {
    "The rebel group": (None, "NOMINAL", False),
    "Red Dawn": ("RUR", "ORG", False),
    "fighters": (None, "NOMINAL", False),
    "Foreign fighters": (None, "NOMINAL", False),
    "Envoys": (None, "NOMINAL", False),
    "Gunmen": (None, "NOMINAL", False),
    "Ruritania": ("RUR", "GPE", False),
    "Freedonia": ("FRE", "GPE", False),
    "Freedonian": ("FRE", "NORP", False),
    "Port Royal": ("RUR", "GPE", True),
    "Ruritanian soldiers": ("RUR", "NOMINAL", False),
    "Rockets": (None, "NOMINAL", False),
    "A battalion": (None, "NOMINAL", False),
    "Sylvania": ("SYL", "GPE", False),
}


def _entities(text: str) -> list[Entity]:
    pattern = re.compile("|".join(re.escape(k) for k in sorted(_MENTIONS, key=len, reverse=True)))
    return [Entity(raw_text=m[0], entity_name=m[0], country_code=_MENTIONS[m[0]][0],
                   kind=_MENTIONS[m[0]][1], is_place=_MENTIONS[m[0]][2], start=m.start(),
                   end=m.end(), sentence=0)
            for m in pattern.finditer(text)]


def _actors(nlp, text: str, category: str) -> list[set[str]]:
    events = code_events(nlp(text), load_lexicon(), _entities(text), story_id="t",
                         published=TEST_DAY)
    return [{a.country_code for a in e.actor if a.country_code}
            for e in events if e.event_type == category]


def test_appositive_name_fills_the_role(nlp) -> None:
    found = _actors(nlp, "The rebel group Red Dawn ambushed a Freedonian convoy on Sunday.",
                    "ASSAULT")
    assert found and all("RUR" in actor for actor in found)


def test_compounded_name_fills_the_role(nlp) -> None:
    found = _actors(nlp, "Red Dawn fighters ambushed a Freedonian convoy on Sunday.", "ASSAULT")
    assert found and all("RUR" in actor for actor in found)


def test_from_phrase_names_fill_the_role(nlp) -> None:
    found = _actors(nlp, "Envoys from Ruritania and Freedonia met in Geneva on Monday.",
                    "CONSULT")
    assert found and all(actor == {"RUR", "FRE"} for actor in found)


def test_foreign_description_takes_no_origin(nlp) -> None:
    found = _actors(nlp, "Foreign fighters from Ruritania ambushed a Freedonian convoy on "
                         "Sunday.", "ASSAULT")
    assert found and all("RUR" not in actor for actor in found)


def test_place_is_no_party(nlp) -> None:
    found = _actors(nlp, "Gunmen from Port Royal ambushed a Freedonian convoy on Sunday.",
                    "ASSAULT")
    assert found and all("RUR" not in actor for actor in found)


def test_weapon_from_a_state_is_not_its_act(nlp) -> None:
    # review rfargs24: a weapon "from" a state names its maker or supplier as often as its
    # user; the state that fires it is the actor, not the one it came from
    found = _actors(nlp, "Rockets from Ruritania were used by Sylvania to strike Freedonia on "
                         "Sunday.", "ASSAULT")
    assert found and all("RUR" not in actor for actor in found)
    found = _actors(nlp, "Rockets from Ruritania struck a Freedonian depot on Sunday.", "ASSAULT")
    assert found and all("RUR" not in actor for actor in found)


def test_formation_from_a_state_is_its_own(nlp) -> None:
    found = _actors(nlp, "A battalion from Ruritania ambushed a Freedonian convoy on Sunday.",
                    "ASSAULT")
    assert found and all("RUR" in actor for actor in found)


def test_role_with_a_country_is_kept(nlp) -> None:
    from spacy.tokens import Doc

    from wirecoder.events.entity_index import EntityIndex
    from wirecoder.events.own_names import named_in_description

    text = "Envoys from Ruritania met Freedonian officials."
    doc: Doc = nlp(text)
    entities = _entities(text)
    index = EntityIndex(doc, entities)
    envoys, ruritania, freedonian = entities
    held = (envoys, freedonian)  # a role that has a country already is left as it is
    assert named_in_description(held, (), index, doc) == held
    assert named_in_description((envoys,), (), index, doc) == (envoys, ruritania)
    # never the other role's country: no self-loop is made here
    assert named_in_description((envoys,), (ruritania,), index, doc) == (envoys,)
