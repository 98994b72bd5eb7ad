"""Review fixes for participants round 19 (evparts19; docs/events.md "Participants round 19").

1. A pronoun object of a charge verb is resolved only when one party in the window fits
   it: "X caught Y. Z accused them" may be X or Y, and the resolver prefers subjects, so
   "them" stays unresolved (unresolved beats wrong).
2. A state's name inside a description is no party: after "post-" / "ex-" / "pre-"
   ("post-Soviet Kyrgyzstan", "ex-Soviet states") or split-hyphenated before a period,
   style or base word on a non-role noun ("Soviet-style estates", "British-era statutes");
   flag and owner words keep the state ("a Panamanian-flagged ship").
3. "the south" / "the north" stand for a state of a named pair only as clause subjects
   ("floods struck the north" is the region) and only when one pair is named.
4. "the former <state>" after "of", "in", "across" ... is a region ("countries of the
   former Soviet Union"), no mention of the state.
5. "<leader>-led <body>" matches the body noun's lemma ("NATO-led missions") and keeps a
   role noun's path ("Ethiopian-led forces").

Every sentence is written for these tests with invented events; each positive case fails on
main at 3913325e, the guards pass on both.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from wirecoder.settings import Settings


def _entities(text: str) -> list[tuple[str, str | None]]:
    """Return (raw text, country code) of every actor mention of ``text``."""
    analysis = wirecoder.analyze(text, published=PUBLISHED, settings=Settings())
    return [(e.raw_text, e.country_code) for e in analysis.entities]


# ------------------------------------------------------ pronoun objects with two candidates
@pytest.mark.parametrize("text", [
    "Bolivian soldiers intercepted forty Paraguayan smugglers near the lake. Brazilian agents "
    "accused them of poaching.",
    "Austrian customs officers searched six Slovak truck drivers at the crossing. Hungarian "
    "police arrested them on Sunday.",
    "Malian gendarmes escorted a group of Guinean traders to the market. Senegal expelled "
    "them a week later.",
])
def test_a_pronoun_object_with_two_fitting_parties_stays_unresolved(text: str) -> None:
    found = _entities(text)
    assert not any(t == "them" for t, _ in found), found


def test_a_pronoun_object_with_one_fitting_party_is_resolved() -> None:
    """Guard: one party fits ("Chilean miners"); the police are the clause's subject."""
    found = _entities("Chilean miners blocked the highway on Friday. Peruvian police "
                      "arrested them at dawn.")
    assert ("them", "CHL") in found, found


# ------------------------------------------------------------ a state's name in a description
@pytest.mark.parametrize(("text", "kept"), [
    ("Post-Soviet Kyrgyzstan protested against the Kazakh border closure.", "KGZ"),
    ("Ex-Soviet states in the Caucasus condemned the Iranian military drills.", "IRN"),
    ("Soviet-style housing estates in Vilnius were torn down after the Lithuanian cabinet "
     "voted.", "LTU"),
])
def test_a_time_prefixed_or_hyphenated_soviet_is_no_party(text: str, kept: str) -> None:
    found = _entities(text)
    codes = {c for _, c in found}
    assert "RUS" not in codes and kept in codes, found


def test_a_split_hyphen_period_word_is_no_party() -> None:
    found = _entities("Colonial British-era statutes were scrapped after Kenyan judges "
                      "ruled against them.")
    assert "GBR" not in {c for _, c in found}, found


def test_soviet_troops_stay_russian() -> None:
    """Guard: a demonym on a role noun still names the state."""
    found = dict(_entities("Soviet paratroopers seized the airfield outside Kabul in 1979."))
    assert found.get("Soviet paratroopers") == "RUS", found


# ------------------------------------------------------------------------- compass words
@pytest.mark.parametrize("text", [
    "South Sudan and Sudan reopened the border crossing. Floods struck the north on Sunday.",
    "Sudan and South Sudan resumed oil talks. The rebels raided the south before dawn.",
])
def test_a_compass_object_is_the_region(text: str) -> None:
    found = _entities(text)
    assert not any(t.lower() in {"the south", "the north"} for t, _ in found), found


def test_a_compass_subject_is_unresolved_when_two_pairs_are_named() -> None:
    found = _entities("North Korea and South Korea exchanged envoys. Sudan and South Sudan "
                      "signed a pipeline deal. The South rejected the offer from Tokyo.")
    assert not any(t.lower() == "the south" for t, _ in found), found


# --------------------------------------------------------------------- "the former <state>"
def test_countries_of_the_former_soviet_union_name_no_state() -> None:
    found = _entities("Diplomats from nine countries of the former Soviet Union criticized "
                      "the Turkish levy.")
    assert "RUS" not in {c for _, c in found}, found


def test_refugees_from_the_former_soviet_union_keep_the_state() -> None:
    """Guard: "from the former Soviet Union" is an origin, not a region."""
    found = _entities("Refugees from the former Soviet Union marched past the Knesset.")
    assert "RUS" in {c for _, c in found}, found


# ------------------------------------------------------------------------ "-led" bodies
def test_a_plural_led_body_keeps_the_leader() -> None:
    found = dict(_entities("Two NATO-led missions trained Moroccan cadets last spring."))
    assert found.get("NATO-led missions") == "IGO", found


def test_a_led_role_noun_grows_over_the_leader() -> None:
    """Guard: a role noun ("forces") takes the leader through the nominal path."""
    found = dict(_entities("Rwandan-led forces shelled the border town overnight."))
    assert found.get("Rwandan-led forces") == "RWA", found


def test_a_flag_or_owner_hyphen_keeps_the_state() -> None:
    """Guard: "-flagged", "-owned" name the ship's state (the gold codes it)."""
    found = _entities("Gunmen seized a Panamanian-flagged cargo ship off the coast of Benin.")
    assert "PAN" in {c for _, c in found}, found
