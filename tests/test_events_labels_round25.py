"""Labels and pronoun reporters, round 25 (issue 9 §1; branch evlabel25).

Joined reporters of a reported charge are all its actors ("Kenya and Tanzania said Uganda
meddled" -> both), (:mod:`wirecoder.events.reported_charges`). docs/events.md, "Labels and
pronoun reporters, round 25".

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED, accuse_codes


@pytest.mark.parametrize(("text", "actors", "recipient"), [
    ("Kenya and Tanzania said Uganda has meddled in the vote.", {"KEN", "TZA"}, "UGA"),
    ("Peru and Bolivia say Chile lied about the size of the lake.",
     {"PER", "BOL"}, "CHL"),
    ("Ghana, Togo and Benin say Nigerian soldiers crossed the border last week.",
     {"GHA", "TGO", "BEN"}, "NGA"),
])
def test_joined_reporters_are_all_the_accusers(text: str, actors: set[str],
                                               recipient: str) -> None:
    assert any(a == actors and recipient in r for a, r in accuse_codes(text))


@pytest.mark.parametrize(("text", "actors"), [
    # one country named twice is one accuser
    ("Kenya's president and Kenya's foreign minister said Uganda has meddled in the vote.",
     {"KEN"}),
    # the place of a post is no second accuser
    ("Kenya's ambassador to Uganda said Tanzanian troops crossed the border near the lake.",
     {"KEN"}),
    ("Kenya, backed by Uganda, said Tanzania has meddled in the vote.", {"KEN"}),
])
def test_one_country_is_one_accuser(text: str, actors: set[str]) -> None:
    assert any(a == actors for a, _ in accuse_codes(text))


def _namings(text: str) -> list[str]:
    return [e.why for e in wirecoder.analyze(text, published=PUBLISHED).events
            if e.event_type == "ACCUSE" and e.why.startswith("accuse.epithet")]


@pytest.mark.parametrize("text", [
    # the parse hangs "as" on the participle that modifies the object
    "Bolivia's spokeswoman described the raids reported by herders as acts of aggression.",
    "Chile described the incursions reported by its fishermen as acts of aggression.",
])
def test_a_label_hung_on_the_objects_participle_is_read(text: str) -> None:
    assert _namings(text)


@pytest.mark.parametrize("text", [
    # a neutral label in the same frame stays no accusation
    "Peru's spokeswoman described the drills staged near the border as routine exercises.",
    "Chile described the talks held in Lima as a useful first step.",
])
def test_a_neutral_label_hung_on_the_participle_is_none(text: str) -> None:
    assert not _namings(text)
