"""Round 19 (branch rescue19): the stage hands its own dropped drafts to the rescue.

The events stage records what it drops (:mod:`wirecoder.events.dropped_drafts`) instead of
the rescue replaying its steps; a reference that only says what reports say is never
rescued (a filter on the recorded kind); a draft the model could not rescue however it is
built is not built. Sentences are written for these tests, with the fictional states of
the name table; the models are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.rescue import NOT_RESCUED, Rescuer, candidates, rescue, rescuer_for
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings

THREAT = "Freedonia threatened to shell the Ruritanian border towns if the talks failed."
REPORTS = "The Ruritanian cabinet voiced alarm at reports of a Freedonian blockade of the strait."
DISCUSSED = "Ruritania discussed imposing new tariffs on Freedonia."


def _everything(roles: str = "any", frame: float = 0.0) -> LinearModel:
    """A model that rescues every candidate (p = 0.95), a frame drop shifted by ``frame``."""
    return LinearModel(["keep-dropped", "rescue"], {"step=frame": [0.0, frame]}, [0.0, 3.0],
                       {"threshold": 0.5, "roles": roles})


def _coded(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    lexicon = load_lexicon()
    dropped = DroppedDrafts()
    events = code_events(doc, lexicon, entities, story_id="t", dropped=dropped)
    kept = [e for e in events if kept_by_default(e)]
    return doc, lexicon, dropped, events, kept


def test_the_stage_records_its_drops_with_their_step_and_kind(nlp):
    _, _, dropped, _, _ = _coded(nlp, THREAT)
    assert ("frame", "shell") in [(r.step, r.trig.token.text) for r in dropped.sentences]
    assert dropped.index is not None
    _, _, dropped, _, kept = _coded(nlp, REPORTS)
    reference = [r for r in dropped.sentences if r.step == "reference"]
    assert [(r.trig.token.text, r.kind) for r in reference] == [("blockade", "reported")]
    assert [r.trig.token.text for r in dropped.later] == [e.event_text for e in kept]


def test_recording_the_drops_does_not_change_the_events(nlp):
    for text in (THREAT, REPORTS, DISCUSSED):
        doc = nlp(text)
        entities = name_entities(text, FICTIONAL_STATES)
        plain = code_events(doc, load_lexicon(), entities, story_id="t")
        assert code_events(doc, load_lexicon(), entities, story_id="t",
                           dropped=DroppedDrafts()) == plain


def test_the_rescue_reads_the_handoff_and_replays_no_trigger_search(
        nlp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    from wirecoder import analyze
    from wirecoder.events import rescue as rescue_module
    from wirecoder.events import stage

    calls = [0]
    real = stage.find_triggers

    def counted(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, "find_triggers", counted)
    monkeypatch.setattr(rescue_module, "find_triggers", counted, raising=False)
    text = f"{THREAT} {REPORTS}"
    weights = tmp_path / "everything.json.gz"
    _everything().save(weights)
    settings = Settings(rescue_dropped=True, rescue_weights=weights)
    analyze(text, published="2025-04-02", settings=settings)  # warms the pipeline up
    calls[0] = 0
    on = analyze(text, published="2025-04-02", settings=settings)
    assert calls[0] == len(list(nlp(text).sents))  # once a sentence: the stage's own search
    assert "shell" in [e.event_text for e in on.events if "model:rescued" in e.why]


def test_what_reports_say_is_never_rescued_other_references_may_be(nlp):
    assert "reported" in NOT_RESCUED
    doc, lexicon, dropped, events, kept = _coded(nlp, REPORTS)
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    assert "blockade" not in [c.event.event_text for c in cands]
    doc, lexicon, dropped, events, kept = _coded(nlp, DISCUSSED)
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    assert [(c.step, c.event.event_type) for c in cands] == [("reference", "SANCTION")]
    added = rescue(cands, kept, Rescuer(_everything(), 0.5), "t")
    assert "tariffs" in [e.event_text for e in added if "model:rescued" in e.why]


@pytest.mark.parametrize("text", [
    "Ecuador voiced alarm at reports of an attack by Colombian gunboats on Ecuadorian fishing "
    "boats.",
    # a report noun with another preposition is `reported` too (fixrescue19)
    "Peru voiced alarm at reports about an attack by Bolivian troops on Peruvian border guards.",
])
def test_the_reports_filter_holds_with_the_shipped_weights_switched_on(
        monkeypatch: pytest.MonkeyPatch, text: str):
    from wirecoder import analyze
    from wirecoder.events import rescue as rescue_module

    # real states: the shipped weights rescue only a draft with a participant resolved to a
    # country, which the fictional names are not (review of rescue19, fixrescue19)
    settings = Settings(rescue_dropped=True)
    on = analyze(text, published="2025-04-02", settings=settings)
    assert "attack" not in [e.event_text for e in on.events]
    monkeypatch.setattr(rescue_module, "NOT_RESCUED", frozenset())  # the filter has teeth
    unfiltered = analyze(text, published="2025-04-02", settings=settings)
    assert "attack" in [e.event_text for e in unfiltered.events if "model:rescued" in e.why]


def test_a_draft_the_model_cannot_rescue_is_not_built(nlp, monkeypatch: pytest.MonkeyPatch):
    from wirecoder.events import stage

    doc, lexicon, dropped, events, kept = _coded(nlp, THREAT)
    built = [0]
    real = stage.build_parts  # round 19 (speed19): the build's first part, then the event

    def counted(*args, **kwargs):
        built[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(stage, "build_parts", counted)
    never = Rescuer(_everything(frame=-10.0), 0.5)
    assert "shell" not in [c.event.event_text for c in candidates(
        doc, lexicon, dropped, events, kept=kept, story_id="t", rescuer=never)]
    assert built[0] == 0
    every = [c.event.event_text for c in candidates(doc, lexicon, dropped, events, kept=kept,
                                                    story_id="t")]
    assert "shell" in every and built[0] > 0


@pytest.mark.parametrize("text", [
    THREAT, REPORTS, DISCUSSED,
    "Freedonian troops may have shelled a Ruritanian customs post, officials said on Monday.",
    "Ruritania said it would consider an embargo on Freedonian grain after the raid.",
])
def test_skipping_hopeless_drafts_rescues_what_building_all_would(nlp, text: str):
    rescuer = rescuer_for(Settings(rescue_dropped=True))
    assert rescuer is not None
    # two runs of the stage: candidates() fills in the drafts it builds (fixrescue19)
    doc, lexicon, dropped, events, kept = _coded(nlp, text)
    everything = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    doc, lexicon, dropped, events, kept = _coded(nlp, text)
    pruned = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t",
                        rescuer=rescuer)
    assert rescue(pruned, kept, rescuer, "t") == rescue(everything, kept, rescuer, "t")
