"""The learned event type model: candidate features, the shipped weights, hybrid mode.

Sentences are written for these tests (fictional wording, real country names so that the
actors stage resolves them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecoder
from wirecoder.events.candidates import RuleView, candidate_tokens, features
from wirecoder.events.entity_index import EntityIndex
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.type_model import builtin_model_path, load_model
from wirecoder.learned import LinearModel, file_sha256
from wirecoder.settings import Settings

PUBLISHED = "2025-03-03"
#: "batter" is in no lexicon entry: only a model can code it.
NOVEL = "Armenian artillery battered Azerbaijani positions near the border on Monday."


def _feats(nlp, text: str, word: str, **kw) -> list[str]:
    analysis = wirecoder.analyze(text, published=PUBLISHED)
    doc = nlp(text)
    index = EntityIndex(doc, analysis.entities)
    token = next(t for t in doc if t.text == word)
    return features(token, load_lexicon(()), index, **kw)


def test_features_read_negation_modal_preposition_and_country_subject(nlp) -> None:
    feats = _feats(nlp, "Mexico will not negotiate with Peru next week.", "negotiate")
    assert {"lemma=negotiate", "pos=VERB", "neg", "modal=will", "prep=with",
            "prep_obj=with:peru", "party=nsubj", "party=pobj:with"} <= set(feats)
    assert "lex_verb=CONSULT" in feats
    assert "rule_trigger=None" in feats  # no rule view given


def test_features_of_a_word_no_lexicon_lists(nlp) -> None:
    feats = _feats(nlp, NOVEL, "battered", quoted=True,
                   rule=RuleView("x.y", "ASSAULT", None, None))
    assert "lemma=batter" in feats and "lex=none" in feats
    assert {"quoted=True", "rule_trigger=ASSAULT", "rule_event=None", "rule_entry=x.y",
            "rule_kept=False"} <= set(feats)
    assert "party=nsubj" in feats and "party=dobj" in feats


def test_candidates_are_verbs_and_nouns_not_names(nlp) -> None:
    doc = nlp("Chile and Peru signed a trade pact in Lima on Friday.")
    words = [t.text for t in candidate_tokens(doc[:])]
    assert "signed" in words and "pact" in words
    assert "Lima" not in words and "Chile" not in words and "Friday" not in words
    lima = next(t.i for t in doc if t.text == "Lima")
    assert "Lima" in [t.text for t in candidate_tokens(doc[:], [lima])]


def _model(tmp_path: Path, weights: dict[str, list[float]], add: float = 0.6,
           drop: float = 0.9) -> Path:
    path = tmp_path / f"m-{len(list(tmp_path.iterdir()))}.json.gz"
    LinearModel(["NONE", "ASSAULT", "SANCTION"], weights, [2.0, 0.0, 0.0],
                {"add_threshold": add, "drop_threshold": drop}).save(path)
    return path


def _events(text: str, path: Path | None, mode: str = "hybrid"):
    settings = Settings(event_model=mode, event_model_file=path)
    return wirecoder.analyze(text, published=PUBLISHED, settings=settings).events


def test_hybrid_adds_an_event_the_lexicon_lacks_only_when_the_model_scores_it(tmp_path) -> None:
    assert "batter" not in load_lexicon(()).verb_index
    assert _events(NOVEL, None, mode="rules") == ()
    strong = _model(tmp_path, {"lemma=batter": [0.0, 6.0, 0.0]})
    events = _events(NOVEL, strong)
    assert [(e.event_type, e.event_text) for e in events] == [("ASSAULT", "battered")]
    event = events[0]
    assert [a.country_code for a in event.actor] == ["ARM"]
    assert [r.country_code for r in event.recipient] == ["AZE"]
    assert "model:added p=" in event.why
    weak = _model(tmp_path, {"lemma=batter": [0.0, 2.1, 0.0]})  # p(ASSAULT) ~ 0.5 < 0.6
    assert _events(NOVEL, weak) == ()


def test_added_event_goes_through_the_modality_checks(tmp_path) -> None:
    strong = _model(tmp_path, {"lemma=batter": [0.0, 6.0, 0.0]})
    events = _events("Armenian artillery did not batter Azerbaijani positions on Monday.",
                     strong)
    assert [e.event_type for e in events] == ["ASSAULT"] and events[0].negated
    assert _events("If Armenian artillery batters Azerbaijani positions, talks will end.",
                   strong) == ()  # a condition, not an act


def test_hybrid_drops_rule_events_the_model_scores_unlikely(tmp_path) -> None:
    text = "Mexico expelled the Cuban ambassador on Tuesday."
    assert [e.event_type for e in _events(text, None, mode="rules")] == ["SANCTION"]
    keep = _model(tmp_path, {"rule_event=SANCTION": [0.0, 0.0, 4.0]})
    kept = _events(text, keep)
    assert [e.event_type for e in kept] == ["SANCTION"] and "model:p_none=" in kept[0].why
    drop = _model(tmp_path, {"lemma=expel": [6.0, 0.0, 0.0]})
    assert _events(text, drop) == ()


def test_a_model_that_adds_nothing_scores_only_the_rule_events(tmp_path) -> None:
    """With ``add_threshold`` above 1 (a precision filter) the sentences without a rule
    event and the tokens without one are not featurised; the drops stay the same."""
    from wirecoder.events.model_data import parse_passages, rule_pass
    from wirecoder.events.type_model import candidate_features

    text = ("Mexico expelled the Cuban ambassador on Tuesday. The weather in the capital "
            "was mild and markets were calm.")
    passage = parse_passages([("t", {"id": "t2", "text": text, "published": PUBLISHED})])[0]
    lexicon = load_lexicon(())
    triggers, events, index = rule_pass(passage, lexicon)
    args = (passage.doc, lexicon, index, passage.results["quotes"], triggers, events)
    every = [tok.text for tok, _ in candidate_features(*args)]
    ruled = [tok.text for tok, _ in candidate_features(*args, ruled_only=True)]
    assert "markets" in every and "ambassador" in every
    assert ruled == ["expelled"]
    drop = _model(tmp_path, {"lemma=expel": [6.0, 0.0, 0.0]}, add=1.01)
    assert _events(text, drop) == ()
    keep = _model(tmp_path, {"rule_event=SANCTION": [0.0, 0.0, 4.0]}, add=1.01)
    assert [e.event_type for e in _events(text, keep)] == ["SANCTION"]


def test_filter_mode_drops_with_its_own_threshold_and_never_adds(tmp_path) -> None:
    """``filter`` reads the drop threshold chosen for the drop-only use and adds nothing,
    however confident the model is about a word the lexicon lacks."""
    path = tmp_path / "uses.json.gz"
    LinearModel(["NONE", "ASSAULT", "SANCTION"],
                {"lemma=batter": [0.0, 6.0, 0.0], "lemma=expel": [2.5, 0.0, 0.0]},
                [2.0, 0.0, 0.0],
                {"add_threshold": 0.6, "drop_threshold": 1.01,
                 "uses": {"drop_only": {"add_threshold": 1.01, "drop_threshold": 0.95}}},
                ).save(path)
    assert [e.event_type for e in _events(NOVEL, path, mode="hybrid")] == ["ASSAULT"]
    assert _events(NOVEL, path, mode="filter") == ()
    text = "Mexico expelled the Cuban ambassador on Tuesday."
    assert [e.event_type for e in _events(text, path, mode="hybrid")] == ["SANCTION"]
    assert _events(text, path, mode="filter") == ()  # p(NONE) ~ 0.99 >= 0.95
    assert load_model(path, "filter").add_threshold > 1.0


def test_rules_mode_reads_no_model_file(tmp_path) -> None:
    missing = tmp_path / "nothing.json.gz"
    text = "Mexico expelled the Cuban ambassador on Tuesday."
    assert [e.event_type for e in _events(text, missing, mode="rules")] == ["SANCTION"]


def test_shipped_type_weights_match_their_recorded_sha256_and_folds() -> None:
    from wirecoder.events.model_data import FOLDS
    from wirecoder.events.type_model import BUILTIN_SHA256

    meta = LinearModel.load(builtin_model_path()).meta
    assert file_sha256(builtin_model_path()) == BUILTIN_SHA256
    assert set(meta["folds"]) <= set(FOLDS)  # trained on development folds of today only


def test_shipped_model_loads_and_predicts_deterministically() -> None:
    path = builtin_model_path()
    hybrid = load_model(None)
    assert path.stat().st_size < 5_000_000
    assert hybrid.model.labels[0] != "" and "NONE" in hybrid.model.labels
    assert 0.0 < hybrid.add_threshold <= 1.01 and 0.0 < hybrid.drop_threshold <= 1.01
    assert load_model(None, "filter").drop_threshold <= 1.0  # the default mode drops
    assert hybrid.model.meta["command"].startswith("python scripts/train_event_model.py")
    again = LinearModel.load(path)
    feats = ["lemma=attack", "pos=VERB", "party=nsubj", "party=dobj", "lex_verb=ASSAULT",
             "rule_trigger=ASSAULT", "rule_event=ASSAULT", "rule_kept=True"]
    assert again.predict(feats) == hybrid.model.predict(feats)
    assert hybrid.model.predict(feats)[0] == "ASSAULT"
    assert hybrid.model.predict(["lemma=table", "pos=NOUN", "lex=none", "party=none",
                                 "rule_trigger=None", "rule_event=None"])[0] == "NONE"
    assert len(file_sha256(path)) == 64


@pytest.mark.parametrize("mode", ["rules", "filter", "hybrid"])
def test_both_modes_code_a_plain_attack(mode: str) -> None:
    events = _events("Russian forces attacked Ukrainian positions near Kharkiv on Monday.",
                     None, mode=mode)
    assert "ASSAULT" in [e.event_type for e in events]


def _training_script():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "scripts" / "train_event_model.py"
    spec = importlib.util.spec_from_file_location("train_event_model", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_inner_threshold_folds_can_be_merged_into_fewer_groups() -> None:
    pytest.importorskip("sklearn")
    groups = _training_script().inner_groups
    folds = ["a", "b", "c", "d", "e"]
    assert groups(folds, 0) == [{"a"}, {"b"}, {"c"}, {"d"}, {"e"}]
    assert groups(folds, 2) == [{"a", "c", "e"}, {"b", "d"}]
    assert groups(folds, 9) == [{f} for f in folds]


@pytest.mark.slow
def test_training_script_reproduces_its_weights_on_a_tiny_subset(tmp_path, monkeypatch) -> None:
    pytest.importorskip("sklearn")
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    script = _training_script()
    shas = []
    out = tmp_path / "m.json.gz"
    for _ in range(2):  # the same command twice: the same bytes
        assert script.main(["--folds", "dev3,dev4-11", "--limit", "2", "--out", str(out)]) == 0
        shas.append(file_sha256(out))
    assert shas[0] == shas[1]
    model = LinearModel.load(out)
    assert "NONE" in model.labels
    assert model.meta["folds"] == ["dev3", "dev4-11"] and model.meta["limit"] == 2
    assert 0 < model.meta["add_threshold"] <= 1.01


def test_features_see_other_events_complements_and_rule_arguments() -> None:
    """Round 9 features: the sentence's other rule events, the lexicon's categories of the
    governing word and of a clausal complement, and whether the rule event's roles resolve."""
    from wirecoder.events.model_data import parse_passages, rule_pass
    from wirecoder.events.type_model import candidate_features

    text = "Chile vowed to expel the Peruvian envoy, and it condemned the raid."
    passage = parse_passages([("t", {"id": "t1", "text": text, "published": PUBLISHED})])[0]
    lexicon = load_lexicon(())
    triggers, events, index = rule_pass(passage, lexicon)
    feats = {tok.text: set(f) for tok, f in candidate_features(
        passage.doc, lexicon, index, passage.results["quotes"], triggers, events)}
    assert {"comp_lex_verb=COERCE", "comp_lex_verb=SANCTION"} <= feats["vowed"]
    assert "head_lex_verb=AGREE" in feats["expel"]  # governed by "vow"
    assert {"sent_events=1", "sent_event=ACCUSE"} <= feats["vowed"]
    assert "sent_event=THREATEN" in feats["condemned"]
    assert "rule_args=actor:True|recipient:True" in feats["vowed"]
    assert "rule_args=actor:True|recipient:False" in feats["condemned"]
    assert not any(f.startswith("rule_args") for f in feats["raid"])
