"""Round 19 (branch speed19): output-identical speed work in the events stage and the rescue.

``EntityIndex.within`` caches the entities inside a sentence (the stage asked for them once
per draft by filtering every entity of the story); the build is split into
``build_parts`` (participants, reporter, date: the draft's type, mode and flags final) and
``built_event``, so the learned rescue scores a dropped draft exactly before its event is
made and makes none for a draft it would not rescue. Sentences are written for these tests,
with the fictional states of the name table; the models are written by hand.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon, stage
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.entity_index import EntityIndex
from wirecoder.events.rescue import Rescuer, candidates, rescue, rescuer_for
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings

TEXTS = [
    "Freedonian gunboats fired on a Ruritanian ferry, and Ruritania recalled its envoy.",
    "Ruritania threatened to close its airspace to Freedonian airliners if the fines stood.",
    "The Freedonian navy may have rammed a Ruritanian trawler, coast guard officials said.",
    "Ruritania weighed an embargo on Freedonian timber after the border skirmish.",
    "Officials in Freedonia discussed lifting the curfew with Ruritanian mediators.",
]


def _coded(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    dropped = DroppedDrafts()
    events = code_events(doc, load_lexicon(), entities, story_id="t", dropped=dropped)
    return doc, entities, dropped, events, [e for e in events if kept_by_default(e)]


def _quoted_only() -> LinearModel:
    """Rescues a candidate only when it is quoted: the pre-build bound cannot tell."""
    return LinearModel(["keep-dropped", "rescue"], {"quoted=True": [0.0, 10.0]}, [0.0, -5.0],
                       {"threshold": 0.5, "roles": "any"})


def _counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Count the calls of the build's two parts from here on."""
    counts = {"build_parts": 0, "built_event": 0}
    for name in counts:
        real = getattr(stage, name)

        def counted(*args, _real=real, _name=name, **kwargs):
            counts[_name] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(stage, name, counted)
    return counts


def test_within_is_the_filter_over_every_entity_in_index_order(nlp):
    text = TEXTS[0] + " " + TEXTS[3]
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    index = EntityIndex(doc, entities)
    for sent in doc.sents:
        lo, hi = sent.start_char, sent.end_char
        want = tuple(e for e in entities if lo <= e.start and e.end <= hi)
        assert want and index.within(lo, hi) == want
        assert index.within(lo, hi) is index.within(lo, hi)  # computed once


@pytest.mark.parametrize("text", TEXTS)
def test_the_split_build_makes_the_events_the_whole_build_made(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    index = EntityIndex(doc, entities)
    lexicon = load_lexicon()
    made = 0
    triggers = [t for sent in doc.sents
                for t in stage.find_triggers(sent, lexicon, index.by_token)]
    for trig in triggers:
        whole, split = stage._draft(trig, lexicon), stage._draft(trig, lexicon)
        event = stage._build(whole, index, (), (), ("t", None), None, 0)
        parts = stage.build_parts(split, index, (), (), None, None)
        assert (parts is None) == (event is None)
        if parts is not None:
            made += 1
            assert stage.built_event(split, parts, "t", None, 0) == event
        assert split.why == whole.why and split.category == whole.category
    assert made


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("rescuer", ["shipped", "quoted-only", "both-resolved"])
def test_making_no_event_for_a_draft_not_rescued_rescues_the_same(
        nlp, monkeypatch: pytest.MonkeyPatch, text: str, rescuer: str):
    model = {"shipped": lambda: rescuer_for(Settings(rescue_dropped=True)),
             "quoted-only": lambda: Rescuer(_quoted_only(), 0.5),
             "both-resolved": lambda: Rescuer(LinearModel(
                 ["keep-dropped", "rescue"], {}, [0.0, 3.0], {}), 0.5, "both-resolved")}[rescuer]()
    assert model is not None
    doc, _, dropped, events, kept = _coded(nlp, text)
    lexicon = load_lexicon()
    everything = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    counts = _counted(monkeypatch)
    pruned = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t", rescuer=model)
    assert rescue(pruned, kept, model, "t") == rescue(everything, kept, model, "t")
    assert counts["built_event"] <= counts["build_parts"]  # an event only for what is rescued


def test_an_unquoted_draft_the_bound_lets_through_gets_no_event(
        nlp, monkeypatch: pytest.MonkeyPatch):
    doc, _, dropped, events, kept = _coded(nlp, TEXTS[1])
    counts = _counted(monkeypatch)
    cands = candidates(doc, load_lexicon(), dropped, events, kept=kept, story_id="t",
                       rescuer=Rescuer(_quoted_only(), 0.5))
    assert cands == [c for c in cands if c.event.reported_by is not None]
    assert counts["build_parts"] > 0 and counts["built_event"] == 0
