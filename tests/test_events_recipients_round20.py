"""Recipients round 20 (issue 9, dyad F1): three classes of matched events with no recipient.

Counted on round 20's READ part and every events development set (docs/events.md,
"Recipients of found events, round 20"):

1. A country-less state body or official that a foreign actor addresses ("we urge the
   authorities") in a story about one other state takes that state
   (:func:`wirecoder.events.state_bodies.addressed_body`); unresolved otherwise, and never
   for lawmakers or the opposition (their own government) nor between two sides.
2. "We offer our condolences to X": the noun trigger's own possessor is not the patient of
   the light verb, so the ``to`` phrase gives the recipient.
3. Condolences of an official statement to mourners who name their nation in their own words
   ("the families of the <nationality> miners") keep that nation as the recipient; mourners
   given a country by the story's context stay dropped (round 19's rule).

Every sentence is written for these tests with invented people; each positive case fails
on main before the round, the guards pass on both.
"""

from __future__ import annotations

import pytest

from wirecoder import analyze
from wirecoder.events.state_bodies import ADDRESSED_WHY, addressed_body
from wirecoder.models import Entity

STATEMENT_SOURCE = "U.S. Department of State"


def _codes(entities: tuple[Entity, ...]) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def _event(text: str, category: str, source: str | None = None) -> tuple[set[str], set[str]]:
    found = [e for e in analyze(text, published="2025-06-02", source=source).events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return _codes(found[0].actor), _codes(found[0].recipient)


def _mention(text: str, code: str | None, *, at: int = 0, kind: str = "GPE",
             by: str = "kb", sector: str | None = None, place: bool = False) -> Entity:
    return Entity(start=at, end=at + len(text), sentence=0, raw_text=text, entity_name=text,
                  country_code=code, sector_code=sector, kind=kind, is_place=place,
                  resolved_by=by)


# ----------------------------------------------- 1. a body addressed by a foreign actor
def test_authorities_a_foreign_state_urges_take_the_storys_state() -> None:
    """The actor's own officials named before: coreference leaves "the authorities" open."""
    actor, recipient = _event(
        "Tunisia arrested an opposition leader on Monday. Tunisian police searched his home. "
        "Canadian officials had followed the case closely. Canada urged the authorities to "
        "respect due process.", "REQUEST")
    assert actor == {"CAN"} and recipient == {"TUN"}, (actor, recipient)


def test_a_body_in_a_story_of_two_states_stays_unresolved() -> None:
    """Guard: two states share the story; which one's government is meant is unknown."""
    actor, recipient = _event(
        "Zambia and Malawi signed a border accord. Zambian and Malawian officials praised "
        "it. Norway urged the government to publish the accord.", "REQUEST")
    assert actor == {"NOR"} and not recipient, (actor, recipient)


@pytest.mark.parametrize("text", [
    # lawmakers address their own government, whatever other state the story names
    "Canada and Peru signed a mining accord in Lima. Peruvian officials hailed the deal. "
    "Peru's president spoke. Canadian senators criticised the government for weak safeguards.",
    # so does the opposition
    "Kenya's president arrived in Kampala. Ugandan officials welcomed him. Uganda's foreign "
    "minister hosted a dinner. Kenya's opposition criticised the government over the trip.",
])
def test_lawmakers_and_the_opposition_address_their_own_government(text: str) -> None:
    """Guard (round 20 review): no foreign state's country for one's own government."""
    actor, recipient = _event(text, "ACCUSE")
    assert len(actor) == 1 and not recipient, (actor, recipient)


def test_a_third_state_does_not_guess_between_two_sides() -> None:
    """Guard (round 20 review): one side holds two thirds, the other has two mentions."""
    actor, recipient = _event(
        "Armenia and Azerbaijan exchanged fire on the border. Azerbaijani officials blamed "
        "Armenia. Azerbaijani troops returned fire. Azerbaijan's defence minister spoke. "
        "France urged the government to show restraint.", "REQUEST")
    assert actor == {"FRA"} and not recipient, (actor, recipient)


_STORY = (_mention("Laos", "LAO", at=0), _mention("Laos", "LAO", at=40),
          _mention("Lao officials", "LAO", at=80, kind="NOMINAL", by="pattern"),
          _mention("Chile", "CHL", at=120))
_BODY = _mention("the government", None, at=160, kind="NOMINAL", by="pattern", sector="GOV")


def test_addressed_body_fills_the_other_state() -> None:
    why: list[str] = []
    actor = (_STORY[3],)
    out = addressed_body(actor, (_BODY,), (*_STORY, _BODY), (), why)
    assert _codes(out) == {"LAO"} and why == [ADDRESSED_WHY]
    assert out[0].resolved_by == "context"


def test_addressed_body_leaves_lawmakers_and_contested_stories() -> None:
    """Guards (round 20 review): a legislature's actor; a second state with two mentions."""
    why: list[str] = []
    senators = _mention("Chilean senators", "CHL", at=120, kind="NOMINAL", by="pattern",
                        sector="LEG")
    assert addressed_body((senators,), (_BODY,), (*_STORY, _BODY), (), why) == (_BODY,)
    rival = (_mention("Vietnam", "VNM", at=20), _mention("Vietnam", "VNM", at=60),
             _mention("Laos", "LAO", at=100))  # LAO 4 of 6: two thirds, VNM 2
    story = (*_STORY, *rival, _BODY)
    assert addressed_body((_STORY[3],), (_BODY,), story, (), why) == (_BODY,)
    assert not why


@pytest.mark.parametrize(("actor", "recipient", "setting"), [
    # the story's own state acts on its body: not addressed from abroad
    ((_STORY[0],), (_BODY,), ()),
    # an actor whose country only the context gave is no evidence of a foreign voice
    ((_mention("officials", "CHL", at=120, kind="NOMINAL", by="context"),), (_BODY,), ()),
    # armed bodies: "government forces" are fought or commanded, not addressed
    ((_STORY[3],), (_mention("government forces", None, at=160, kind="NOMINAL",
                             by="pattern", sector="MIL"),), ()),
    # the sentence names a third country's place: the body may be that country's
    ((_STORY[3],), (_BODY,), (_mention("Lima", "PER", at=200, place=True),)),
    # a body of no state (an armed group) is never filled
    ((_STORY[3],), (_mention("the rebels", None, at=160, kind="NOMINAL", by="pattern"),), ()),
])
def test_addressed_body_guards(actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
                               setting: tuple[Entity, ...]) -> None:
    why: list[str] = []
    out = addressed_body(actor, recipient, (*_STORY, *recipient), setting, why)
    assert out == recipient and not why


# ------------------------------------------- 2. the to-phrase of "offer our condolences"
def test_the_possessor_of_the_offered_noun_is_not_its_recipient() -> None:
    actor, recipient = _event("We offer our condolences to the Bolivian people after the "
                              "floods.", "SUPPORT", STATEMENT_SOURCE)
    assert actor == {"USA"} and recipient == {"BOL"}, (actor, recipient)


def test_a_governed_nouns_patient_outside_it_stays() -> None:
    """Guard: "sentenced X to prison": the verb's object is the noun's patient."""
    actor, recipient = _event("Chile sentenced two Peruvian fishermen to prison.", "COERCE")
    assert recipient == {"PER"}, (actor, recipient)


# ------------------------------------------------ 3. mourners who name their own nation
def test_mourners_naming_their_nation_keep_it() -> None:
    actor, recipient = _event("We extend our deepest condolences to the families of the "
                              "Chilean miners who died.", "SUPPORT", STATEMENT_SOURCE)
    assert actor == {"USA"} and recipient == {"CHL"}, (actor, recipient)


def test_mourners_of_the_issuers_own_nation_are_no_recipient() -> None:
    """Guard (round 20 review): no self-loop from the issuer's own mourners."""
    actor, recipient = _event("We extend our sympathy to the families of the American "
                              "climbers who died on the mountain in Peru.", "SUPPORT",
                              STATEMENT_SOURCE)
    assert actor == {"USA"} and "USA" not in recipient, (actor, recipient)


def test_mourners_without_a_nation_of_their_own_stay_dropped() -> None:
    """Guard: round 19's rule: the families of the victims are no political recipient."""
    actor, recipient = _event("Chilean rescuers searched the mine on Monday. We extend our "
                              "deepest condolences to the families of the victims.",
                              "SUPPORT", STATEMENT_SOURCE)
    assert actor == {"USA"} and not recipient, (actor, recipient)
