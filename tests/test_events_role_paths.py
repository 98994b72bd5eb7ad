"""Participants reached by a dependency path from the trigger (:mod:`wirecoder.events.role_paths`).

Round 16, issue 9: an event the participants filter would drop may take a mention with a
country of its own evidence that the role finder did not attach, by the path class's role:
the subject of a governing clause (agent: actor), the object of ``by`` (actor) or of
``on``/``against``/``toward`` (target: recipient) on the trigger or the noun it hangs from,
the head of a relative clause (patient of a passive: recipient). The walk never reaches a
mention across a quotation's edge or up into a reporting verb's clause. Sentences are
invented for these tests, with fictional states.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.models import Quote
from wirecoder.settings import Settings


def _paths(nlp, text: str, word: str, quotes: tuple = ()) -> list[tuple[str, str, list[str]]]:
    from wirecoder.events.entity_index import EntityIndex
    from wirecoder.events.role_paths import path_roles

    doc = nlp(text)
    index = EntityIndex(doc, name_entities(text, FICTIONAL_STATES))
    trigger = next(t for t in doc if t.text == word)
    return [(cls, role, [e.raw_text for e in found])
            for cls, role, found in path_roles(trigger, index, quotes)]


def test_the_subject_of_the_clause_an_infinitive_of_purpose_hangs_from_is_the_actor(nlp):
    text = "After weeks of hesitation, Ruritania moved on Friday to expel two trade attaches."
    assert ("subject-up", "actor", ["Ruritania"]) in _paths(nlp, text, "expel")


def test_the_subject_of_a_coordinated_clause_is_the_actor_of_the_second_verb(nlp):
    text = "Freedonian gunboats circled the island for hours and then seized a fishing trawler."
    assert ("subject-up", "actor", ["Freedonian"]) in _paths(nlp, text, "seized")


def test_the_head_of_a_passive_relative_clause_is_its_recipient(nlp):
    text = "The Ruritanian envoy who was summoned on Monday left the capital."
    assert ("relcl-head", "recipient", ["Ruritanian"]) in _paths(nlp, text, "summoned")


def test_a_target_on_the_noun_a_nominal_trigger_hangs_from_is_the_recipient(nlp):
    text = "Both parliaments backed a new round of sanctions on Freedonia."
    assert ("prep-on", "recipient", ["Freedonia"]) in _paths(nlp, text, "sanctions")


def test_a_by_agent_on_the_noun_a_nominal_trigger_hangs_from_is_the_actor(nlp):
    text = "A wave of arrests by the Ruritanian police followed the vote."
    assert ("prep-by", "actor", ["Ruritanian"]) in _paths(nlp, text, "arrests")


def test_the_walk_does_not_cross_the_edge_of_a_quotation(nlp):
    text = 'Ruritania vowed "to punish the smugglers" in a televised address.'
    assert ("subject-up", "actor", ["Ruritania"]) in _paths(nlp, text, "punish")
    start = text.index('"')
    end = text.index('"', start + 1) + 1
    quote = Quote(text=text[start:end], kind="partial", start=start, end=end, sentence=0)
    assert _paths(nlp, text, "punish", (quote,)) == []


def test_the_walk_does_not_climb_into_a_reporting_verb_s_clause(nlp):
    # the claimant is the speaker, not the agent of the ambush
    text = "Ruritania claimed that rebels had ambushed a convoy near the pass."
    assert _paths(nlp, text, "ambushed") == []


def test_a_dropped_event_takes_the_path_s_mention_and_says_so(nlp):
    from wirecoder.events.role_paths import attach_paths

    text = "Freedonian gunboats circled the island for hours and then seized a fishing trawler."
    entities = name_entities(text, FICTIONAL_STATES)
    doc = nlp(text)
    events = [e.model_copy(update={"actor": (), "recipient": ()})  # as the filter drops it
              for e in code_events(doc, load_lexicon(), entities, story_id="t")
              if e.event_text == "seized"]
    assert events and not kept_by_default(events[0])
    after = attach_paths(events, entities, doc)
    assert [a.raw_text for a in after[0].actor] == ["Freedonian"]
    assert kept_by_default(after[0])
    assert (after[0].why or "").endswith("role-path:subject-up")
    assert attach_paths(events, entities, doc, enabled=False) == events


def test_a_kept_event_is_left_alone_and_the_switch_is_off_by_default(nlp):
    from wirecoder.events.role_paths import attach_paths

    text = "Both parliaments backed a new round of sanctions on Freedonia."
    entities = name_entities(text, FICTIONAL_STATES)
    doc = nlp(text)
    events = code_events(doc, load_lexicon(), entities, story_id="t")
    assert attach_paths(events, entities, doc, kept=lambda e: True) == list(events)
    assert Settings().role_paths is False
