"""The dropped-trigger explanation (:mod:`wirecoder.events.explain`, issue 9 recall diagnosis).

Sentences are written for these tests, with fictional states from the name table.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, has_resolved_participant, load_lexicon
from wirecoder.events.explain import explain_dropped, explain_story


def _run(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    lexicon = load_lexicon()
    return (explain_dropped(doc, lexicon, entities),
            code_events(doc, lexicon, entities, story_id="t"))


def test_a_purpose_clause_drop_is_explained_with_its_reason(nlp):
    text = "Ruritania sent envoys to Freedonia to negotiate a ceasefire."
    dropped, _ = _run(nlp, text)
    ceasefire = [d for d in dropped if d.text.startswith("negotiate") or d.text == "ceasefire"]
    assert any(d.step == "sense" and d.reason == "purpose-clause" for d in ceasefire), dropped
    assert all(text[d.start:d.end] == d.text for d in dropped)


def test_an_event_without_resolved_participants_is_reported_as_dropped(nlp):
    text = "Officials said the talks collapsed after gunmen attacked a convoy."
    dropped, events = _run(nlp, text)
    attack = [d for d in dropped if d.text == "attacked"]
    assert attack and attack[0].step == "participants"
    coded = [e for e in events if e.event_type == "ASSAULT"]  # the stage's filter drops it
    assert coded and not any(has_resolved_participant(e) for e in coded)


def test_coded_events_are_never_listed_as_dropped(nlp):
    text = ("Ruritania accused Freedonia of shelling its villages. "
            "Freedonia later met Ruritanian envoys in the capital.")
    dropped, events = _run(nlp, text)
    assert events
    coded = {(e.start, e.end) for e in events}
    assert not coded & {(d.start, d.end) for d in dropped if d.step != "lexicon"}


def test_a_remention_is_reported_as_such(nlp):
    text = ("Ruritanian troops attacked a Freedonian border post on Monday. "
            "The attack was condemned by Freedonia.")
    dropped, _ = _run(nlp, text)
    assert any(d.text == "attack" and d.step == "remention" for d in dropped), dropped


def test_explain_story_runs_the_whole_pipeline_and_names_the_step():
    text = ("Masked gunmen attacked a warehouse on the edge of town. "
            "Chile expelled two Peruvian diplomats on Monday.")
    dropped = explain_story(text, published="2025-03-01")
    attack = [d for d in dropped if d.text == "attacked"]
    assert [d.step for d in attack] == ["participants"]
    assert not any(d.text == "expelled" and d.step != "lexicon" for d in dropped)


def test_commentary_and_possessed_re_mentions_are_explained(nlp):
    text = ("Analysts say Ruritania will likely expel Freedonian diplomats. "
            "The Ruritanian president met Freedonian envoys in Geneva on Monday. "
            "Officials praised Ruritania's meeting afterwards.")
    dropped, events = _run(nlp, text)
    assert any(d.text == "expel" and d.reason == "commentator-forecast" for d in dropped), dropped
    assert any(d.text == "meeting" and d.step == "remention" for d in dropped), dropped
    assert [e.event_text for e in events if e.event_type == "CONSULT"] == ["met"]
