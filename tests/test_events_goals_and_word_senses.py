"""Goals and word senses: goals stated as purposes, "without" gerunds, agreeing with an
opinion, curbing a flow, forcible returns of people, and help to a named party.

Sentences are written for these tests. Entities come from a small name table so that the
tests do not depend on the actors stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

PUBLISHED = dt.date(2026, 2, 4)
NAMES = {
    "Iran": ("IRN", "GPE"), "China": ("CHN", "GPE"), "Japan": ("JPN", "GPE"),
    "Russia": ("RUS", "GPE"), "Ukraine": ("UKR", "GPE"), "Thailand": ("THA", "GPE"),
    "Mauritius": ("MUS", "GPE"), "India": ("IND", "GPE"), "Mexico": ("MEX", "GPE"),
    "Germany": ("DEU", "GPE"), "Canada": ("CAN", "GPE"),
}


def _entities(text: str) -> list[Entity]:
    return name_entities(text, NAMES)


def _code(nlp, text: str):
    return code_events(nlp(text), load_lexicon(), _entities(text), story_id="t",
                       published=PUBLISHED)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


@pytest.mark.parametrize("text", [
    "Officials held talks in Geneva to reach an agreement on trade.",
    "Negotiators met in Geneva in an effort to secure a deal with Iran.",
    "Russia massed troops on the border in order to pressure Ukraine into concessions.",
    "Mexico tried to curb the flow of migrants.",
])
def test_goal_in_purpose_clause_is_not_coded(nlp, text):
    types = _types(_code(nlp, text))
    assert "AGREE" not in types and "COERCE" not in types


@pytest.mark.parametrize("text,category", [
    ("Japan reached a trade agreement with China.", "AGREE"),
    ("Iran agreed to resume talks with the inspectors.", "AGREE"),
    ("Police arrested dozens of protesters to restore order.", "COERCE"),
    ("Britain is seeking to finalize a deal with Mauritius.", "AGREE"),
])
def test_reported_act_or_attempt_is_still_coded(nlp, text, category):
    assert category in _types(_code(nlp, text))


def test_bare_nominal_in_purpose_clause_is_kept(nlp):
    events = _code(nlp, "Activists sailed in a flotilla trying to break Israel's naval "
                        "blockade of the coast.")
    assert "COERCE" in _types(events)


def test_without_gerund_is_negated(nlp):
    events = _code(nlp, "Russia and Ukraine negotiated for hours without reaching an "
                        "agreement.")
    agree = [e for e in events if e.event_type == "AGREE"]
    assert agree and all(e.negated for e in agree)
    assert "without-gerund->negated" in agree[0].why


@pytest.mark.parametrize("text", [
    "The minister said he agreed with the critics.",
    "The senator agreed with them.",
])
def test_agreeing_with_an_opinion_is_support_not_agree(nlp, text):
    types = _types(_code(nlp, text))
    assert "SUPPORT" in types and "AGREE" not in types


@pytest.mark.parametrize("text", [
    "Japan agreed with China on a plan to cut tariffs.",
    "Japan agreed with China to hold talks next month.",
])
def test_agreeing_with_a_party_on_something_stays_agree(nlp, text):
    types = _types(_code(nlp, text))
    assert "AGREE" in types and "SUPPORT" not in types


@pytest.mark.parametrize("text", [
    "Canada promised to curb the flow of fentanyl.",
    "The central bank acted to curb inflation.",
    "Canada will curb spending next year.",
])
def test_curbing_a_flow_or_quantity_is_not_coerce(nlp, text):
    assert "COERCE" not in _types(_code(nlp, text))


def test_curbing_freedoms_is_coerce(nlp):
    events = _code(nlp, "The government curbed the freedom of the press.")
    assert ("COERCE", "restrict") in {(e.event_type, e.mode) for e in events}


@pytest.mark.parametrize("text,trigger", [
    ("Thailand sent 109 Uyghurs back to China.", "sent"),
    ("Thailand turned 40 refugees over to China.", "turned"),
    ("Rights groups condemned Thailand for sending the migrants back to China.", "sending"),
])
def test_forcible_return_of_people_is_coerce_deport(nlp, text, trigger):
    found = {(e.event_type, e.mode, e.event_text.split()[0]) for e in _code(nlp, text)}
    assert ("COERCE", "deport", trigger) in found


@pytest.mark.parametrize("text", [
    "Japan sent the documents back to China.",
    "Germany sent its ambassador back to Canada.",
])
def test_sending_back_objects_or_envoys_is_not_deport(nlp, text):
    assert "COERCE" not in _types(_code(nlp, text))


def test_help_a_named_party_build_is_aid(nlp):
    events = _code(nlp, "India helped Mauritius build an airstrip.")
    aid = [e for e in events if e.event_type == "AID"]
    assert aid and aid[0].event_text == "helped"


def test_help_with_common_noun_infinitive_subject_is_not_aid(nlp):
    assert "AID" not in _types(_code(nlp, "The new radios helped troops communicate."))


@pytest.mark.parametrize("text", [
    "The United States provided $500 million in aid to Ukraine.",
    "Japan sent food and medicine to Ukraine.",
    "Germany granted Ukraine $2 billion in military aid.",
])
def test_aid_verbs_with_aid_objects(nlp, text):
    assert "AID" in _types(_code(nlp, text))


# --- assessments are not acts (sentences written for the test) ---------------------------

def test_a_threat_posed_or_countered_is_no_threat_made():
    import wirecoder

    for text in ("Officials said the drills pose a threat to Japan.",
                 "The two leaders discussed ways to counter terrorist threats to Afghanistan."):
        events = wirecoder.analyze(text, published="2023-06-01").events
        assert not [e for e in events if e.event_type == "THREATEN"], text
    made = wirecoder.analyze("Russia threatened Ukraine with new strikes.",
                             published="2023-06-01").events
    assert [e.event_type for e in made] == ["THREATEN"]


def test_critical_to_is_importance_and_critical_of_is_disapproval():
    import wirecoder

    assert not wirecoder.analyze("Rare earths are considered critical to the Japanese economy.",
                                 published="2023-06-01").events
    [event] = wirecoder.analyze("China was critical of Japan's decision.",
                                published="2023-06-01").events
    assert event.event_type == "ACCUSE"
