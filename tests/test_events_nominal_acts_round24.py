"""Acts told as nouns, round 24 (issue 9 §1, §3, §5; branch evnoun24).

Round 23's spot check and the open golds miss acts written as nouns: the recall or expulsion
of envoys and intelligence officers, the closure of a consulate, a sentencing, a meeting or
visit owned by its participants ("after their meeting", "during her visit to X") that sets
another act, an authored act inside another noun's phrase ("the dispute over Iran's seizure
of a crew"), and violence with its author or target (docs/events.md, "Acts told as nouns,
round 24"). Back-references and modifier uses stay uncoded.

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import wirecoder
from events_helpers import PUBLISHED


def _events(text: str) -> list[tuple[str, str, set[str], set[str]]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor if a.country_code},
             {r.country_code for r in e.recipient if r.country_code})
            for e in wirecoder.analyze(text, published=PUBLISHED).events]


def _types(text: str) -> list[str]:
    return [kind for kind, *_ in _events(text)]


def test_recall_of_envoy_as_noun() -> None:
    text = "Ecuador announced the recall of its ambassador to Bolivia on Sunday."
    assert ("SANCTION", "recall", {"ECU"}, {"BOL"}) in _events(text)


def test_product_recall_is_no_sanction() -> None:
    assert "SANCTION" not in _types("The carmaker announced a recall of 40,000 vans in Ghana.")


def test_expulsion_of_intelligence_officers_is_sanction() -> None:
    text = ("The expulsion of Iranian intelligence officers by Albania was a proper answer, "
            "the Albanian minister said.")
    found = _events(text)
    assert ("SANCTION", "expulsion", {"ALB"}, {"IRN"}) in found
    assert "COERCE" not in [kind for kind, *_ in found]


def test_closure_of_consulate_is_sanction() -> None:
    text = "Hungary ordered the closure of the Slovak consulate in Debrecen."
    assert ("SANCTION", "closure", {"HUN"}, {"SVK"}) in _events(text)


def test_closure_modifier_and_other_closures_are_not() -> None:
    assert "SANCTION" not in _types("A closure schedule for the Lagos factory was published.")
    assert "SANCTION" not in _types("The closure of the Lagos factory cost 300 jobs.")


def test_sentencing_as_noun() -> None:
    text = "The sentencing of the blogger by a Minsk court drew protests from Lithuania."
    assert "SANCTION" in _types(text)


def test_meeting_owned_by_its_participants_sets_another_act() -> None:
    text = ("Chile's president and Peru's president held talks in Lima on Monday. "
            "During her visit to Bolivia on Friday, the Chilean foreign minister praised La Paz "
            "for its help.")
    found = _events(text)
    assert ("CONSULT", "visit", {"CHL"}, {"BOL"}) in found


def test_state_owned_gathering_stays_a_setting() -> None:
    text = ("At Cuba's annual party meetings in Havana, the minister called for tighter "
            "controls on fishing.")
    assert "CONSULT" not in _types(text)


def test_authored_seizure_inside_a_dispute_is_news() -> None:
    text = "No end is in sight for the dispute over Nigeria's seizure of a Ghanaian tanker."
    assert ("COERCE", "seizure", {"NGA"}, {"GHA"}) in _events(text)


def test_unauthored_act_inside_a_dispute_stays_a_topic() -> None:
    assert "COERCE" not in _types("No end is in sight for the dispute over the tanker seizure.")


def test_violence_with_its_target_or_author() -> None:
    text = "The Togolese opposition quit the talks, citing violence against its members."
    assert "ASSAULT" in _types(text)
    owned = "Burundi's violence against protesters drew condemnation from Belgium."
    assert ("ASSAULT", "violence", {"BDI"}, set()) in _events(owned)


def test_bare_violence_is_no_attack() -> None:
    assert "ASSAULT" not in _types("The Malawian minister said nobody should incite violence.")
    assert "ASSAULT" not in _types("Violence is never an answer, the Malawian bishop said.")


def test_owned_meeting_said_again_is_a_back_reference() -> None:
    text = ("The Kenyan and Ugandan presidents met in Kampala on Monday. "
            "After their meeting, the two leaders appealed for calm in the border region.")
    assert _types(text).count("CONSULT") == 1


# Review fixes (rfnoun24): sentences written for the review.


def test_recall_of_envoy_to_a_state_keeps_the_recaller_as_actor() -> None:
    found = _events("Ties cooled after the recall of Ghana's envoy to Togo.")
    assert ("SANCTION", "recall", {"GHA"}, {"TGO"}) in found
    text = "The recall of the Estonian ambassador to Latvia followed a quarrel over fishing rights."
    assert ("SANCTION", "recall", {"EST"}, {"LVA"}) in _events(text)


def test_awaited_sentencing_keeps_the_conviction() -> None:
    found = _events("The Dane, convicted of smuggling in Qatar, is awaiting sentencing.")
    assert any(kind == "SANCTION" and "DNK" in recipient for kind, _, _, recipient in found)


def test_owned_visit_after_an_announced_visit_is_a_back_reference() -> None:
    text = ("Ruto will visit Ghana next week. During his visit, he will open a trade fair "
            "in Accra.")
    assert "CONSULT" not in _types(text)
    assert "AGREE" in _types(text)


def test_domestic_violence_is_no_attack() -> None:
    text = "Domestic violence against women rose in Peru last year, the ministry said."
    assert "ASSAULT" not in _types(text)


def test_authored_act_that_reports_tell_stays_unconfirmed() -> None:
    assert "COERCE" not in _types(
        "Chad voiced alarm at rumours about Sudan's seizure of a Chadian convoy.")
    assert "ASSAULT" not in _types(
        "Mali voiced alarm at reports about an attack by Burkinabe soldiers on Malian herders.")
