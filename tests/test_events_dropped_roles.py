"""Participants of the events the participants filter drops (:mod:`wirecoder.events.dropped_roles`).

Round 15, issue 9: a country-less body, group or person in the role of a dropped event
takes the story's state when the story's actors are one state's, never a country the
sentence names for something else. Sentences are written for these tests, with fictional
states; the mentions are made by hand so that the rule, not the actors stage, is tested.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.models import Entity
from wirecoder.settings import Settings

#: Two lines that make a story about one state's government (three own-evidence mentions).
_ONE_STATE = ("Ruritania is a small coastal kingdom. Most of Ruritania's income comes from "
              "shipping, and Ruritania exports timber. ")


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


def test_a_countryless_target_of_a_dropped_arrest_takes_the_one_state_story_s_country(nlp):
    text = _ONE_STATE + "Overnight, six harbour pilots were arrested at their homes."
    before = [e for e in _coded(nlp, text, ("six harbour pilots", "LAB"), resolve=False)
              if e.event_type == "COERCE"]
    assert before and not kept_by_default(before[0])  # dropped on the rules alone
    after = [e for e in _coded(nlp, text, ("six harbour pilots", "LAB"))
             if e.event_type == "COERCE"]
    assert after and kept_by_default(after[0])
    assert [(r.country_code, r.resolved_by) for r in after[0].recipient] == [("RUR", "context")]


def test_a_countryless_agent_of_a_dropped_act_takes_the_story_s_country(nlp):
    text = _ONE_STATE + "Yesterday the dockworkers' guild staged a walkout at three ports."
    events = [e for e in _coded(nlp, text, ("the dockworkers' guild", "LAB"))
              if e.event_type == "PROTEST"]
    assert events and [a.country_code for a in events[0].actor] == ["RUR"]


def test_no_country_when_the_sentence_names_another_state(nlp):
    text = (_ONE_STATE + "Overnight, six harbour pilots were arrested at their homes "
            "near the Freedonian frontier.")
    events = [e for e in _coded(nlp, text, ("six harbour pilots", "LAB"))
              if e.event_type == "COERCE"]
    assert events and not any(r.country_code for r in events[0].recipient)


def test_no_country_when_the_story_s_actors_are_two_states(nlp):
    text = ("Ruritania and Freedonia are coastal kingdoms; Freedonia and Ruritania both "
            "export timber. Overnight, six harbour pilots were arrested at their homes.")
    events = [e for e in _coded(nlp, text, ("six harbour pilots", "LAB"))
              if e.event_type == "COERCE"]
    assert events and not any(r.country_code for r in events[0].recipient)


def test_a_mention_that_says_it_is_foreign_takes_no_country(nlp):
    text = _ONE_STATE + "Overnight, six foreign harbour pilots were arrested at their homes."
    events = [e for e in _coded(nlp, text, ("six foreign harbour pilots", "LAB"))
              if e.event_type == "COERCE"]
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


def test_civilians_take_no_country_from_the_state_that_acts_in_the_story(nlp):
    text = _ONE_STATE + "Overnight, six harbour pilots were arrested at their homes."
    events = [e for e in _coded(nlp, text, ("six harbour pilots", "CVL"))
              if e.event_type == "COERCE"]
    assert events and not any(r.country_code for r in events[0].recipient)


def test_the_resolution_is_one_setting_on_by_default():
    assert Settings().dropped_participants is True
    assert Settings(dropped_participants=False).dropped_participants is False


def test_the_stage_keeps_the_resolved_event_and_drops_it_with_the_setting_off(nlp):
    from wirecoder.events.stage import extract
    from wirecoder.io import make_story
    from wirecoder.stages import StageContext

    text = _ONE_STATE + "Overnight, six harbour pilots were arrested at their homes."
    entities = tuple(sorted([*name_entities(text, FICTIONAL_STATES),
                             _nominal(text, "six harbour pilots", "LAB")],
                            key=lambda e: e.start))
    doc, story = nlp(text), make_story({"id": "t", "text": text, "published": "2025-03-01"})

    def arrests(settings: Settings) -> list[str]:
        ctx = StageContext(story=story, settings=settings, results={"entities": entities})
        return [c for e in extract(doc, ctx) if e.event_type == "COERCE"
                for c in (r.country_code for r in e.recipient) if c]

    assert arrests(Settings()) == ["RUR"]
    assert arrests(Settings(dropped_participants=False)) == []
