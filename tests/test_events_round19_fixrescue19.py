"""Round 19 (branch fixrescue19): review fixes of the rescue's handoff (rescue19).

What reports say is ``reported`` whatever the report noun's preposition; the content of an
accusation, a denial or a threat can be left out of the rescue (the stage records each
absorbed trigger's frame; measured, the filter stays empty); a purpose
clause dropped as another draft's purpose is handed over as the shipped weights saw it.
Sentences are written for these tests; the models are written by hand, except where the
shipped weights are named.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.events import rescue as rescue_module
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.rescue import Rescuer, candidates, rescue
from wirecoder.learned import LinearModel


def _everything() -> LinearModel:
    """A model that rescues every candidate (p = 0.95)."""
    return LinearModel(["keep-dropped", "rescue"], {}, [0.0, 3.0],
                       {"threshold": 0.5, "roles": "any"})


def _coded(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    lexicon = load_lexicon()
    dropped = DroppedDrafts()
    events = code_events(doc, lexicon, entities, story_id="t", dropped=dropped)
    kept = [e for e in events if kept_by_default(e)]
    return doc, lexicon, dropped, events, kept


@pytest.mark.parametrize(("text", "word"), [
    ("Ruritania's envoy protested against reports about a Freedonian raid on a border depot.",
     "raid"),
    ("Freedonian ministers said a report on the Ruritanian blockade would be released in May.",
     "blockade"),
])
def test_a_report_nouns_topic_is_reported_whatever_its_preposition(nlp, text: str, word: str):
    _, _, dropped, events, _ = _coded(nlp, text)
    kinds = [(r.trig.token.text, r.kind) for r in dropped.sentences if r.step == "reference"]
    assert kinds == [(word, "reported")]
    assert word not in [e.event_text for e in events]  # the stage drops it, as before


@pytest.mark.parametrize(("text", "word", "frame"), [
    ("Freedonia accused Ruritania of shelling its border posts.", "shelling", "ACCUSE"),
    ("Freedonia denied shelling Ruritanian villages.", "shelling", "REJECT"),
    ("Ruritania warned it would seize Freedonian fishing boats.", "seize", "THREATEN"),
    ("Freedonia urged Ruritania to withdraw its troops from the border.", "withdraw",
     "REQUEST"),
])
def test_the_stage_records_the_frame_that_absorbed_a_trigger(
        nlp, text: str, word: str, frame: str, monkeypatch: pytest.MonkeyPatch):
    doc, lexicon, dropped, events, kept = _coded(nlp, text)
    assert (word, frame) in [(r.trig.token.text, r.frame) for r in dropped.sentences
                             if r.step == "frame"]
    # by default every frame's content stays a candidate (measured: leaving out the content
    # of accusations, denials and threats loses on the dev sets); the filter is one set away
    assert not rescue_module.NOT_RESCUED_FRAMES
    model = Rescuer(_everything(), 0.5)
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    assert word in [e.event_text for e in rescue(cands, kept, model, "t")]
    monkeypatch.setattr(rescue_module, "NOT_RESCUED_FRAMES", frozenset({frame}))
    doc, lexicon, dropped, events, kept = _coded(nlp, text)
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    assert word not in [c.event.event_text for c in cands]


def test_a_purpose_of_an_act_is_handed_over_as_the_weights_saw_it(nlp):
    text = "Ruritania granted Freedonia a loan of $5 million to finance a railway."
    doc, lexicon, dropped, events, kept = _coded(nlp, text)
    record = next(r for r in dropped.sentences if r.trig.token.text == "finance")
    assert record.step == "later"
    assert record.why is not None and not any("purpose" in w for w in record.why)
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    assert [(c.step, c.reason) for c in cands if c.lemma == "finance"] == [("later", "")]
