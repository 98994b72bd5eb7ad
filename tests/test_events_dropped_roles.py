"""Participants of the events the participants filter drops (:mod:`wirecoder.events.dropped_roles`).

Round 15, issue 9, reworked after review: a country-less state-sector mention (government,
police, military, officials, ministries) in the role of a dropped event takes the story's
state when the story's actors are one state's, by the one policy of
:mod:`wirecoder.events.state_bodies`; opposition, workers and private persons take none.
Sentences are invented for these tests, with fictional states; the mentions are made by hand
so that the rule, not the actors stage, is tested.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.models import Entity
from wirecoder.settings import Settings

#: Two lines that make a story about one state (three own-evidence mentions).
_ONE_STATE = ("Ruritania joined the regional customs union in 2019. Timber makes up most of "
              "what Ruritania sells abroad, and Ruritania's mills employ forty thousand "
              "people. ")
#: A dropped arrest: the only role is a country-less target, no agent.
_ARREST = "Two customs officers were arrested overnight in the port of Velka."


def _nominal(text: str, words: str, sector: str | None = None) -> Entity:
    start = text.index(words)
    return Entity(raw_text=words, entity_name=words, kind="NOMINAL", sector_code=sector,
                  start=start, end=start + len(words), sentence=0)


def _coded(nlp, text: str, *nominals: tuple[str, str | None], resolve: bool = True):
    from wirecoder.events.dropped_roles import resolve_dropped

    entities = sorted([*name_entities(text, FICTIONAL_STATES),
                       *(_nominal(text, w, s) for w, s in nominals)], key=lambda e: e.start)
    doc = nlp(text)
    events = code_events(doc, load_lexicon(), entities, story_id="t")
    return resolve_dropped(events, entities, doc) if resolve else events


def _arrests(nlp, text: str, words: str, sector: str) -> list:
    return [e for e in _coded(nlp, text, (words, sector)) if e.event_type == "COERCE"]


def test_a_countryless_state_target_of_a_dropped_arrest_takes_the_story_s_state(nlp):
    text = _ONE_STATE + _ARREST
    before = [e for e in _coded(nlp, text, ("Two customs officers", "GOV"), resolve=False)
              if e.event_type == "COERCE"]
    assert before and not kept_by_default(before[0])  # dropped on the rules alone
    after = _arrests(nlp, text, "Two customs officers", "GOV")
    assert after and kept_by_default(after[0])
    assert [(r.country_code, r.resolved_by) for r in after[0].recipient] == [("RUR", "context")]
    assert (after[0].why or "").endswith("participants:story-state")


def test_opposition_members_take_no_country_from_the_story_s_state(nlp):
    # fails on main abc1623 (the fill reached every country-less body, group or person)
    text = _ONE_STATE + "Late on Saturday, after the rally, opposition organisers were jailed."
    events = _arrests(nlp, text, "opposition organisers", "OPP")
    assert events and not any(r.country_code for r in events[0].recipient)
    assert "participants:story-state" not in (events[0].why or "")


def test_workers_take_no_country_from_the_story_s_state(nlp):
    # fails on main abc1623
    text = _ONE_STATE + "Late on Saturday, after the rally, eight mill hands were jailed."
    events = _arrests(nlp, text, "eight mill hands", "LAB")
    assert events and not any(r.country_code for r in events[0].recipient)


def test_no_country_when_the_sentence_names_another_state(nlp):
    text = _ONE_STATE + "Two customs officers were arrested overnight near a Freedonian pier."
    events = _arrests(nlp, text, "Two customs officers", "GOV")
    assert events and not any(r.country_code for r in events[0].recipient)


def test_no_country_when_the_story_s_actors_are_two_states(nlp):
    text = ("Freedonia and Ruritania share a customs union; Ruritania and Freedonia both "
            "sell timber. " + _ARREST)
    events = _arrests(nlp, text, "Two customs officers", "GOV")
    assert events and not any(r.country_code for r in events[0].recipient)


def test_a_mention_that_says_it_is_foreign_takes_no_country(nlp):
    text = _ONE_STATE + "Two foreign customs officers were arrested overnight in Velka."
    events = _arrests(nlp, text, "Two foreign customs officers", "GOV")
    assert events and not any(r.country_code for r in events[0].recipient)


def test_the_story_state_needs_two_thirds_of_the_own_evidence_mentions():
    from wirecoder.events.dropped_roles import story_state

    def gpe(code: str, at: int) -> Entity:
        return Entity(raw_text=code, entity_name=code, kind="GPE", country_code=code,
                      start=at, end=at + 3, sentence=0)

    assert story_state([gpe("RUR", 0), gpe("RUR", 10), gpe("FRE", 20)]) is not None
    assert story_state([gpe("RUR", 0), gpe("RUR", 10), gpe("FRE", 20), gpe("FRE", 30)]) is None
    assert story_state([gpe("RUR", 0)]) is None  # one mention is no story
    placed = gpe("RUR", 10).model_copy(update={"is_place": True})
    assert story_state([gpe("RUR", 0), placed]) is None  # a place is no actor


def test_the_setting_decides_whether_the_stage_keeps_the_state_body_s_arrest(nlp):
    from wirecoder.events.stage import extract
    from wirecoder.io import make_story
    from wirecoder.stages import StageContext

    text = _ONE_STATE + "In the port of Velka, three tax collectors were taken into custody."
    entities = tuple(sorted([*name_entities(text, FICTIONAL_STATES),
                             _nominal(text, "three tax collectors", "GOV")],
                            key=lambda e: e.start))
    doc, story = nlp(text), make_story({"id": "t", "text": text, "published": "2025-03-01"})

    def arrests(settings: Settings) -> list[tuple[str | None, str | None]]:
        ctx = StageContext(story=story, settings=settings, results={"entities": entities})
        return [(r.country_code, e.why) for e in extract(doc, ctx)
                if e.event_type == "COERCE" for r in e.recipient]

    on = arrests(Settings())
    assert [c for c, _ in on] == ["RUR"]
    assert all("participants:story-state" in (why or "") for _, why in on)
    assert arrests(Settings(dropped_participants=False)) == []
