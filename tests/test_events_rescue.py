"""The learned rescue of dropped drafts (:mod:`wirecoder.events.rescue`, round 14, issue 9).

Sentences are written for these tests, with fictional states from the name table; the
models are written by hand so that the mechanism, not the shipped weights, is tested.
"""

from __future__ import annotations

from pathlib import Path

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.rescue import (
    BUILTIN_WEIGHTS,
    Rescuer,
    candidates,
    features,
    rescue,
    rescuer_for,
)
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings

#: A hand-made model: a participants drop scores p = 0.95, anything else p = 0.12.
_MODEL = LinearModel(["keep-dropped", "rescue"], {"step=participants": [0.0, 4.94]},
                     [0.0, -2.0], {"threshold": 0.5})


def _cands(nlp, text: str):
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    lexicon = load_lexicon()
    dropped = DroppedDrafts()
    events = code_events(doc, lexicon, entities, story_id="t", dropped=dropped)
    kept = [e for e in events if kept_by_default(e)]
    return candidates(doc, lexicon, dropped, events, kept=kept, story_id="t"), kept


def test_an_event_left_out_for_want_of_participants_is_a_candidate(nlp):
    text = "Late on Sunday, unknown raiders bombed a fuel depot outside the harbour."
    cands, kept = _cands(nlp, text)
    assert not [e for e in kept if e.event_type == "ASSAULT"]
    bombed = [c for c in cands if c.event.event_type == "ASSAULT"]
    assert bombed and bombed[0].step == "participants"
    feats = features(bombed[0], kept)
    assert "step=participants" in feats and "type=ASSAULT" in feats


def test_a_purpose_clause_draft_is_a_candidate_with_its_reason(nlp):
    text = "Veridia is flying mediators to Ruritania so as to negotiate a truce with Freedonia."
    cands, kept = _cands(nlp, text)
    dropped = [c for c in cands if c.step in {"sense", "frame"}]
    assert dropped, cands
    assert all(c.reason for c in dropped if c.step == "sense")
    assert not any(k.start == c.event.start for c in cands for k in kept)


def test_rescue_adds_the_scored_draft_keeps_its_roles_and_says_why(nlp):
    text = "Late on Sunday, unknown raiders bombed a fuel depot outside the harbour."
    cands, kept = _cands(nlp, text)
    out = rescue(cands, kept, Rescuer(_MODEL, 0.5), "t")
    added = [e for e in out if "model:rescued p=" in e.why]
    assert [e.event_type for e in added] == ["ASSAULT"]
    source = next(c.event for c in cands if c.event.event_type == "ASSAULT")
    assert added[0].actor == source.actor and added[0].recipient == source.recipient
    assert [e.id for e in out] == [f"t-e{n}" for n in range(len(out))]
    assert rescue(cands, kept, Rescuer(_MODEL, 0.99), "t") == kept


def test_at_most_one_draft_is_rescued_per_sentence_and_type(nlp):
    text = ("Masked militants shelled a market and later bombed a clinic in the same "
            "district, witnesses said.")
    cands, kept = _cands(nlp, text)
    everything = LinearModel(["keep-dropped", "rescue"], {}, [0.0, 3.0])
    out = rescue(cands, kept, Rescuer(everything, 0.5), "t")
    added = [(e.sentence, e.event_type) for e in out if "model:rescued" in e.why]
    assert added and len(added) == len(set(added))


def test_rescue_is_switched_by_one_setting(tmp_path: Path):
    from wirecoder import analyze

    assert rescuer_for(Settings(rescue_dropped=False)) is None
    text = "Late on Sunday, unknown raiders bombed a fuel depot outside the harbour."
    plain = analyze(text, published="2025-04-02")
    assert not [e for e in plain.events if e.event_type == "ASSAULT"]
    weights = tmp_path / "rescue.json.gz"
    _MODEL.save(weights)
    on = Settings(rescue_dropped=True, rescue_weights=weights)
    rescuer = rescuer_for(on)
    assert rescuer is not None and rescuer.threshold == 0.5
    done = analyze(text, published="2025-04-02", settings=on)
    assert [e.event_type for e in done.events if "model:rescued" in e.why] == ["ASSAULT"]


def test_the_shipped_weights_are_the_recorded_ones_with_their_threshold_and_folds():
    from wirecoder.events.model_data import FOLDS
    from wirecoder.events.rescue import BUILTIN_SHA256
    from wirecoder.learned import LinearModel, file_sha256

    assert file_sha256(BUILTIN_WEIGHTS) == BUILTIN_SHA256
    meta = LinearModel.load(BUILTIN_WEIGHTS).meta
    rescuer = rescuer_for(Settings(rescue_dropped=True))
    assert rescuer is not None and rescuer.threshold == meta["threshold"]
    assert 0 < rescuer.threshold < 1
    assert set(meta["trained_on"]) <= set(FOLDS)  # development folds only, never a CHECK part


# Round 18: the participant constraint of the rescue (``Rescuer.roles``, ``meta["roles"]``).

_EVERYTHING = LinearModel(["keep-dropped", "rescue"], {}, [0.0, 3.0])


def test_a_draft_without_a_country_is_not_rescued_under_a_participant_constraint(nlp):
    text = "Late on Sunday, unknown raiders bombed a fuel depot outside the harbour."
    cands, kept = _cands(nlp, text)
    assert [e.event_type for e in rescue(cands, kept, Rescuer(_MODEL, 0.5), "t")
            if "model:rescued" in e.why] == ["ASSAULT"]
    for roles in ("one-resolved", "both-resolved"):
        assert rescue(cands, kept, Rescuer(_MODEL, 0.5, roles), "t") == kept


def test_the_constraint_keeps_only_drafts_whose_participants_resolve(nlp):
    from wirecoder.events.rescue import roles_allow

    text = ("Veridia is flying mediators to Ruritania so as to negotiate a truce with "
            "Freedonia. Late on Sunday, unknown raiders bombed a fuel depot outside the "
            "harbour.")
    cands, kept = _cands(nlp, text)
    assert any(roles_allow(c.event, "one-resolved") for c in cands)
    assert any(not roles_allow(c.event, "one-resolved") for c in cands)
    for roles in ("one-resolved", "both-resolved"):
        added = [e for e in rescue(cands, kept, Rescuer(_EVERYTHING, 0.5, roles), "t")
                 if "model:rescued" in e.why]
        assert all(roles_allow(e, roles) for e in added)
        assert "ASSAULT" not in {e.event_type for e in added}
    loose = [e for e in rescue(cands, kept, Rescuer(_EVERYTHING, 0.5), "t")
             if "model:rescued" in e.why]
    assert "ASSAULT" in {e.event_type for e in loose}


def test_the_weights_name_the_constraint_and_an_unknown_one_is_a_config_error(tmp_path: Path):
    import pytest

    from wirecoder.errors import ConfigError

    weights = tmp_path / "rescue.json.gz"
    LinearModel(_MODEL.labels, {"step=participants": [0.0, 4.94]}, [0.0, -2.0],
                {"threshold": 0.6, "roles": "one-resolved"}).save(weights)
    rescuer = rescuer_for(Settings(rescue_dropped=True, rescue_weights=weights))
    assert rescuer is not None and (rescuer.threshold, rescuer.roles) == (0.6, "one-resolved")
    old = tmp_path / "old.json.gz"
    _MODEL.save(old)  # round-14 weights name no constraint: none applies
    rescuer = rescuer_for(Settings(rescue_dropped=True, rescue_weights=old))
    assert rescuer is not None and rescuer.roles == "any"
    bad = tmp_path / "bad.json.gz"
    LinearModel(_MODEL.labels, {}, [0.0, 0.0], {"roles": "some"}).save(bad)
    with pytest.raises(ConfigError, match="C004"):
        rescuer_for(Settings(rescue_dropped=True, rescue_weights=bad))


def test_the_shipped_rescue_needs_a_country_and_is_switched_by_one_setting():
    """A conditional warning the frame check drops comes back with its two states."""
    from wirecoder import analyze

    text = "Portugal is warning it could turn to Morocco for gas."
    on = Settings(rescue_dropped=True)
    rescued = [(e.event_type, [a.country_code for a in e.actor],
                [r.country_code for r in e.recipient])
               for e in analyze(text, published="2025-04-02", settings=on).events
               if "model:rescued" in e.why]
    assert rescued == [("THREATEN", ["PRT"], ["MAR"])]
    off = analyze(text, published="2025-04-02")
    assert not [e for e in off.events if e.event_type == "THREATEN"]
    rescuer = rescuer_for(on)
    assert rescuer is not None and rescuer.roles == "one-resolved"
