"""Round 21 (issue 11, ro21): sides of answering speakers, rejected demands.

- a verbal event named after a sentence's speaking subject ("Minister X rejected Y's demand",
  "X replied to accusations from Y officials") does not give the sentence Y's side;
- rejecting a demand, call, proposal or ultimatum is a stance on a course of action
  (``different_framing``), not the denial of a fact (``contradiction``).

Sentences written for these tests (invented states, people and places).
"""

from __future__ import annotations

from compare_helpers import analysis_of, at, given_claims, sides_of
from compare_helpers import entity as _ent
from wirecoder.compare.claims import content_words
from wirecoder.compare.matters import Matter
from wirecoder.compare.relations import REJECTED_DEMAND, relation
from wirecoder.models import Analysis, Entity, Event


def _event(text: str, trigger: str, kind: str, actor: Entity) -> Event:
    start = at(text, trigger)
    return Event(id=f"e{start}", event_type=kind, actor=(actor,), event_text=trigger,
                 text=text, start=start, end=start + len(trigger), sentence=0)


def _with_events(analysis: Analysis, events: list[Event]) -> Analysis:
    return analysis.model_copy(update={"events": tuple(events)})


def _answering_story(subject: str) -> tuple[str, list[Entity], list[Event]]:
    text = ("Ruritania accused Freedonia of moving tanks to the river. "
            f"{subject} replied on Friday to accusations from Freedonian officials that Ruritania "
            "is arming the hill militias.")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    freedonians = _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                       kind="NOMINAL", sector_code="GOV")
    speaker = _ent(text, subject, subject.split()[-1], None, sector_code="GOV",
                   role="Deputy Premier")
    entities = [ruritania, _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE"), speaker,
                freedonians, _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE", nth=1)]
    events = [_event(text, "accused", "ACCUSE", ruritania),
              _event(text, "accusations", "ACCUSE", freedonians)]
    return text, entities, events


def test_charges_answered_by_an_unsided_speaker_are_not_the_speakers_side():
    text, entities, events = _answering_story("Deputy Premier Ilan Vosk")
    sides = sides_of(_with_events(analysis_of(text, entities), events))
    assert sides.get(1) != "FRE"  # main: FRE, the side of the charges' authors
    assert sides.get(1) == "RUR"  # the speaker goes on from the sentence before


def test_a_demand_rejected_by_an_unsided_minister_is_not_the_ministers_side():
    text = ("The Ruritanian government recalled its envoy on Sunday. Speaking in Port Amsel, "
            "Foreign Minister Ana Kell rejected Freedonia's demand that Ruritania apologize "
            "for the border raid.")
    minister = _ent(text, "Foreign Minister Ana Kell", "Ana Kell", None, sector_code="GOV",
                    role="Foreign Minister")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    entities = [_ent(text, "Ruritanian government", "Ruritania government", "RUR",
                     kind="NOMINAL", sector_code="GOV"), minister, freedonia,
                _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")]
    events = [_event(text, "rejected", "REJECT", minister),
              _event(text, "demand", "REQUEST", freedonia)]
    sides = sides_of(_with_events(analysis_of(text, entities), events))
    assert sides.get(1) == "RUR"  # main: FRE, the side whose demand is rejected


def test_a_sides_own_charge_still_gives_the_sentence_its_side():
    # Guard: the accusing side opens the sentence; no speaking subject stands before it.
    text = "Freedonian officials accused Ruritania of arming the hill militias."
    freedonians = _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                       kind="NOMINAL", sector_code="GOV")
    entities = [freedonians, _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")]
    events = [_event(text, "accused", "ACCUSE", freedonians)]
    assert sides_of(_with_events(analysis_of(text, entities), events)) == {0: "FRE"}


def test_a_verbal_event_with_no_speaking_subject_before_it_keeps_its_actor():
    # Guard: the narrated clause opens with no reporting verb ("Talks stalled after…").
    text = "Talks stalled after Freedonia demanded that Ruritania pull back its patrol boats."
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    entities = [freedonia, _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")]
    events = [_event(text, "demanded", "REQUEST", freedonia)]
    assert sides_of(_with_events(analysis_of(text, entities), events)) == {0: "FRE"}


def _matters(first: tuple[str, str], second: tuple[str, str]) -> list[Matter]:
    claims = given_claims([first, second], whole=True)[1]
    return [Matter(account=c.account, side=c.side, claims=[c], words=content_words(c.text))
            for c in claims]


ULTIMATUM = ("FRE", "Freedonia threatened to close the river crossings unless Ruritania "
                    "apologized for the border raid by Monday.")


def test_a_rejected_demand_is_different_framing():
    found = relation(_matters(ULTIMATUM, (
        "RUR", "Foreign Minister Ana Kell rejected Freedonia's demand that Ruritania "
               "apologize for the border raid.")), within=True)
    assert found[0] == "different_framing"  # main: contradiction (opposite polarity)
    assert "proposes or demands" in found[1]


def test_a_dismissed_ultimatum_is_different_framing():
    found = relation(_matters(ULTIMATUM, (
        "RUR", "Premier Dov Aske dismissed the ultimatum that Freedonia issued over the "
               "border raid.")), within=True)
    assert found[0] == "different_framing"


def test_a_rejected_claim_of_fact_stays_a_contradiction():
    # Guard: what is rejected is a statement of fact, not a demand.
    found = relation(_matters(
        ("FRE", "Freedonia says Ruritanian troops crossed the river near Port Amsel."),
        ("RUR", "Ruritania rejected Freedonia's claim that its troops crossed the river "
                "near Port Amsel.")), within=True)
    assert found[0] == "contradiction"


def test_a_rejected_demand_beside_another_denial_stays_a_contradiction():
    # Guard: a denial of fact is left once the rejected demand is set aside.
    found = relation(_matters(ULTIMATUM, (
        "RUR", "Ruritania rejected Freedonia's demand for an apology and denied that its "
               "troops raided the border.")), within=True)
    assert found[0] == "contradiction"


def test_what_counts_as_a_rejected_demand():
    for words in ("rejected Freedonia's demand that", "spurned an ultimatum issued by",
                  "turned down every call for negotiations", "rebuffed renewed appeals to",
                  "turned down the offer of", "rebuffed the latest proposal"):
        assert REJECTED_DEMAND.search(words), words
    for words in ("rejected the allegations", "dismissed the report as",
                  "rejected Freedonia's claim that", "rejected the U.N. findings"):
        assert not REJECTED_DEMAND.search(words), words


def test_two_states_waters_for_one_boat_are_a_contradiction():
    found = relation(_matters(
        ("PER", "The Peruvian navy says the trawler was fishing in Chilean waters when it "
                "was stopped."),
        ("CHL", "Chile's coast guard insists the trawler stayed inside Peruvian territorial "
                "waters all night.")), within=True)
    assert found[0] == "contradiction"  # main: different_framing (stated apart)
    assert "different places" in found[1]


def test_the_same_states_waters_are_no_contradiction_of_place():
    # Guard: both sides name the same state's waters (and one names no place at all).
    same = relation(_matters(
        ("PER", "The Peruvian navy says the trawler was fishing in Chilean waters."),
        ("CHL", "Chile's coast guard says it stopped the trawler in Chilean waters at "
                "dawn.")), within=True)
    assert "different places" not in same[1]
    one = relation(_matters(
        ("PER", "The Peruvian navy says the trawler was fishing in Chilean waters."),
        ("CHL", "Chile's coast guard says the trawler's crew is safe.")), within=True)
    assert "different places" not in one[1]
