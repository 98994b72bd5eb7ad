"""Round 21 review fixes (fixro21): rejected demands and the places rule.

- a negated statement of fact beside a rejected demand keeps the pair a contradiction;
- ``REJECTED_DEMAND`` does not run across a noun of fact (allegations, reports, charges);
- two sides that each place the other's forces on their own soil, waters or airspace accuse
  each other of two acts; that is no contradiction of place, and territory or soil is no
  exclusive place at all (only waters and airspace are);
- a rights group that rejects a demand does not hand the sentence to the demanding side.

Sentences written for these tests (invented states and people; real state adjectives only
for the place rule, which reads them from the actor knowledge base).
"""

from __future__ import annotations

from compare_helpers import analysis_of, at, given_claims, sides_of
from compare_helpers import entity as _ent
from wirecoder.compare.claims import content_words
from wirecoder.compare.matters import Matter
from wirecoder.compare.relations import REJECTED_DEMAND, relation
from wirecoder.models import Analysis, Entity, Event


def _matters(first: tuple[str, str], second: tuple[str, str]) -> list[Matter]:
    claims = given_claims([first, second], whole=True)[1]
    return [Matter(account=c.account, side=c.side, claims=[c], words=content_words(c.text))
            for c in claims]


GUNBOATS = ("FRE", "Freedonia's defence ministry said on Tuesday that Ruritanian gunboats "
                   "patrol the three river islands.")


def test_a_negated_fact_beside_a_rejected_demand_stays_a_contradiction():
    for answer in (
            "Ruritania rejected Freedonia's demand, saying Ruritanian gunboats patrol none "
            "of the three river islands.",
            "Ruritania rejected the Freedonian demands, saying its gunboats have never "
            "patrolled the three river islands.",
            "Ruritania rebuffed Freedonia's newest request and said Ruritanian gunboats are "
            "not patrolling the three river islands."):
        found = relation(_matters(GUNBOATS, ("RUR", answer)), within=True)
        assert found[0] == "contradiction", answer  # before: framing (a rejected demand)


def test_a_modal_negation_beside_a_rejected_demand_stays_framing():
    # Guard: "would not" states a course of action, not a fact.
    found = relation(_matters(GUNBOATS, (
        "RUR", "Ruritania rejected Freedonia's demand to withdraw its gunboats from the three "
               "river islands, saying it would not bow to pressure.")), within=True)
    assert found[0] == "different_framing"


def test_a_fact_noun_before_a_demand_is_no_rejected_demand():
    for words in ("rejected the allegations and demands over", "dismissed reports of calls by",
                  "rejected accusations and calls", "rebuffed the charges and demands",
                  "turned down claims and proposals"):
        assert not REJECTED_DEMAND.search(words), words
    found = relation(_matters(GUNBOATS, (
        "RUR", "Ruritania's foreign ministry rejected the allegations and demands over the "
               "three river islands.")), within=True)
    assert found[0] == "contradiction"  # before: framing


def test_conditions_and_an_offer_of_evidence_are_no_rejected_demand():
    for words in ("rejected the conditions Freedonia described", "dismissed suggestions that",
                  "rejected Port Amsel's offer of evidence that", "spurned an offer of proof"):
        assert not REJECTED_DEMAND.search(words), words


def test_what_still_counts_as_a_rejected_demand():
    for words in ("spurned an ultimatum issued by", "turned down every call for negotiations",
                  "rebuffed the Freedonian demands", "rejected any such request",
                  "rejected Port Amsel's proposal", "has again turned down appeals for"):
        assert REJECTED_DEMAND.search(words), words


def test_mirrored_accusations_over_territory_are_no_contradiction_of_place():
    found = relation(_matters(
        ("COL", "Colombia accused Ecuador on Monday of shelling villages on Colombian "
                "territory."),
        ("ECU", "Ecuador accused Colombia of shelling villages on Ecuadorian territory.")),
        within=True)
    assert "different places" not in found[1]  # before: contradiction (different places)
    assert found[0] == "different_framing"


def test_each_side_placing_the_others_jets_in_its_own_airspace_is_no_contradiction():
    found = relation(_matters(
        ("PER", "The Peruvian air force said Chilean jets flew into Peruvian airspace near the "
                "coast."),
        ("CHL", "The Chilean air force said Peruvian jets flew into Chilean airspace near the "
                "coast.")), within=True)
    assert "different places" not in found[1]  # before: contradiction (different places)


def test_soil_is_no_exclusive_place():
    found = relation(_matters(
        ("COL", "Colombian officials said drones struck a fuel depot on Ecuadorian soil."),
        ("ECU", "Ecuadorian officials said the drones struck a fuel depot on Colombian soil.")),
        within=True)
    assert "different places" not in found[1]  # before: contradiction (different places)


def test_one_ship_in_two_states_waters_is_still_a_contradiction():
    # Guard: one vessel, each side names the other's waters; no opposite actors.
    found = relation(_matters(
        ("PER", "Lima says the freighter was anchored in Chilean waters when it was boarded."),
        ("CHL", "Santiago insists the freighter stayed within Peruvian waters that week.")),
        within=True)
    assert found[0] == "contradiction"
    assert "different places" in found[1]


def _event(text: str, trigger: str, kind: str, actor: Entity) -> Event:
    start = at(text, trigger)
    return Event(id=f"e{start}", event_type=kind, actor=(actor,), event_text=trigger,
                 text=text, start=start, end=start + len(trigger), sentence=0)


def _rights_group_story(subject: str, sector: str, code: str | None
                        ) -> tuple[Analysis, Entity]:
    text = (f"{subject} rejected Freedonia's demand that Ruritania extradite the two "
            "river pilots.")
    speaker = _ent(text, subject, subject, code, kind="ORG", sector_code=sector)
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    entities = [speaker, freedonia, _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")]
    events = [_event(text, "rejected", "REJECT", speaker),
              _event(text, "demand", "REQUEST", freedonia)]
    analysis = analysis_of(text, entities).model_copy(update={"events": tuple(events)})
    return analysis, speaker


def test_a_rights_group_rejecting_a_demand_gives_the_sentence_no_side():
    analysis, _ = _rights_group_story("Pell Rights Watch", "SOC", "NGO")
    assert sides_of(analysis) == {}  # before: FRE, the side whose demand it reports


def test_a_state_rejecting_a_demand_keeps_its_side():
    # Guard: the state that rejects is the actor of the first verbal event, no commentator.
    text = "Ruritania rejected Freedonia's demand that it extradite the two river pilots."
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    events = [_event(text, "rejected", "REJECT", ruritania),
              _event(text, "demand", "REQUEST", freedonia)]
    analysis = analysis_of(text, [ruritania, freedonia]).model_copy(
        update={"events": tuple(events)})
    assert sides_of(analysis) == {0: "RUR"}


def test_a_speaker_named_with_of_a_state_answers_for_that_state():
    text = ("Ruritania accused Freedonia of moving tanks to the river. Deputy Premier Ilan "
            "Vosk of Ruritania replied on Friday to accusations from Freedonian officials "
            "that Ruritania is arming the hill militias.")
    freedonians = _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                       kind="NOMINAL", sector_code="GOV")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    entities = [ruritania, _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE"),
                _ent(text, "Deputy Premier Ilan Vosk", "Ilan Vosk", None, sector_code="GOV",
                     role="Deputy Premier"),
                _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE", nth=1), freedonians,
                _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE", nth=2)]
    events = [_event(text, "accused", "ACCUSE", ruritania),
              _event(text, "accusations", "ACCUSE", freedonians)]
    analysis = analysis_of(text, entities).model_copy(update={"events": tuple(events)})
    assert sides_of(analysis).get(1) == "RUR"  # before: FRE, the accusers' side


def test_international_waters_against_a_states_waters_are_a_contradiction():
    found = relation(_matters(
        ("PER", "In Peruvian waters, the navy boarded the freighter, the Peruvian navy said."),
        ("CHL", "Chile's foreign ministry said the freighter was boarded in international "
                "waters.")), within=True)
    assert found[0] == "contradiction"  # before: no place read ("In", "international")
    assert "different places" in found[1]
