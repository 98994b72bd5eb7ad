"""Coordinated event nouns share the verb of the first conjunct (round 8, branch evsyn8).

Sentences made up for these tests (varied states, no gold-set text).
"""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.settings import Settings

PUBLISHED = "2025-06-02"


def _events(text: str) -> list:
    return list(wirecoder.analyze(text, published=PUBLISHED, settings=Settings()).events)


def _at(text: str, word: str, category: str):
    """The event of ``category`` whose trigger covers ``word``."""
    at = text.index(word)
    found = [e for e in _events(text)
             if e.event_type == category and e.start <= at < e.end]
    assert found, f"no {category} at {word!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(("text", "word", "category", "actor", "recipient"), [
    ("Norway imposed export controls and a travel ban on Iranian officials on Friday.",
     "ban", "REJECT", "NOR", "IRN"),  # a travel ban: REJECT (decision 8, round 19)
    ("Ethiopia launched drone strikes and a ground offensive against Eritrean positions.",
     "offensive", "ASSAULT", "ETH", "ERI"),
])
def test_second_conjunct_takes_the_first_conjuncts_verb(text, word, category, actor,
                                                         recipient):
    event = _at(text, word, category)
    assert actor in {e.country_code for e in event.actor}
    assert recipient in {e.country_code for e in event.recipient}


def test_a_stated_position_lends_no_act_to_its_conjunct():
    text = ("The Finnish president reaffirmed his support for Estonia's plan, as well as "
            "regional coordination to end the dispute.")
    assert "COOPERATE" not in {e.event_type for e in _events(text)}



@pytest.mark.parametrize(("text", "word", "category", "actor", "recipient"), [
    ("The Greek coast guard intercepted and boarded a Turkish freighter near Lesbos.",
     "intercepted", "COERCE", "GRC", "TUR"),
    ("Indonesian patrol boats intercepted and detained three Vietnamese fishing boats.",
     "intercepted", "COERCE", "IDN", "VNM"),
])
def test_a_verb_shares_the_object_of_the_verb_coordinated_after_it(text, word, category,
                                                                   actor, recipient):
    event = _at(text, word, category)
    assert actor in {e.country_code for e in event.actor}
    assert recipient in {e.country_code for e in event.recipient}


def test_a_conjunct_with_its_own_subject_lends_no_object():
    text = "The Greek navy intercepted and Turkish police boarded a freighter near Izmir."
    at = text.index("intercepted")
    assert not [e for e in _events(text) if e.start <= at < e.end]
