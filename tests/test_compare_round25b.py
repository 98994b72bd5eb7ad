"""Round 25b of the comparer (issue 11, ro25b): narrated stances and the linker's ground.

A side's long-held stance ("Ruritania has long insisted…") and a decision it weighs
("Ruritania is also considering…", "… is weighing…") are the side's sentences; the
linker's ground features (inert with the shipped weights) say how far apart two matters
are and which words only they carry. Sentences written for these tests (invented states,
rivers and people); hand-built analyses.
"""

from __future__ import annotations

from collections import Counter

import pytest

from compare_helpers import analysis_of, given_claims
from compare_helpers import entity as _ent
from wirecoder.compare import linker as linker_module
from wirecoder.compare.align import anchor_weights, matters_of
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.linker import default_linker, ground_features, weak_link_ground
from wirecoder.compare.sentences import sentence_spans
from wirecoder.compare.sides import sentence_sides
from wirecoder.models import Entity


def _sides(text: str, entities: list[Entity]) -> dict[int, str]:
    analysis = analysis_of(text, entities, [])
    found = sentence_sides(analysis, sentence_spans(text), load_lexicon())
    return {index: side for index, (side, _, _) in found.items()}


def _state(text: str, raw: str, code: str, nth: int = 0) -> Entity:
    return _ent(text, raw, raw, code, kind="GPE", nth=nth)


def test_a_long_held_stance() -> None:
    text = ("Ruritania has long insisted that the Vesna dam harms nobody downstream. "
            "Freedonia wants an inspection.")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE")]
    assert _sides(text, entities)[0] == "RUR"


def test_a_decision_the_side_weighs() -> None:
    text = ("Ruritania is also considering an amnesty for the seized fishing crews. "
            "Freedonia is weighing new tolls on the Vesna canal.")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE")]
    assert _sides(text, entities) == {0: "RUR", 1: "FRE"}


def test_no_side_without_a_side_subject() -> None:
    text = ("Farmers are considering a march on the capital. The river has long been a "
            "source of quarrels.")
    assert _sides(text, []) == {}


def test_a_side_s_farmers_weighing_a_strike_are_not_the_side() -> None:
    text = "Ruritania's farmers are considering a strike over the Vesna dam."
    assert _sides(text, [_state(text, "Ruritania", "RUR")]) == {}


RUR = ("RUR", "Ruritania said the ceasefire on the Vesna river must be respected by every unit.")
BOR = ("BOR", "Borduria said the ceasefire on the Vesna river was a trick.")
KAZ = [("KAZ", "Kazaria said boats on the Vesna river carried its wheat to the coast."),
       ("KAZ", "Kazaria said a new bridge over the river at Tolm was finished."),
       ("KAZ", "Kazaria said tourists visiting the Vesna valley would need no visa.")]


def _pair(sentences: list[tuple[str, str]]) -> tuple[dict[str, float], dict[str, float]]:
    _, claims = given_claims(sentences, whole=True)
    matters = matters_of(claims, anchor_weights(claims))
    carriers = Counter(w for m in matters for w in m.words)
    rur = next(m for m in matters if m.side == "RUR")
    bor = next(m for m in matters if m.side == "BOR")
    return ground_features(rur, bor, carriers), ground_features(rur, bor)


def test_ground_features_distance_and_own_words() -> None:
    near, alone = _pair([RUR, BOR, *KAZ])
    far, _ = _pair([RUR, *KAZ, BOR])
    assert near["distance"] < far["distance"] <= 1.0
    # "ceasefire" only the two carry; "Vesna" and "river" the third state's matters too
    assert near["own_words"] == 0.25 and near["topic_only"] == 0.0
    assert alone["own_words"] > near["own_words"]  # counted on the two matters alone


def test_ground_features_topic_only() -> None:
    rur = ("RUR", "Ruritania said the Vesna river is calm.")
    bor = ("BOR", "Borduria said the Vesna river floods.")
    found, _ = _pair([rur, bor, *KAZ])
    assert found["own_words"] == 0.0 and found["topic_only"] == 1.0


def test_the_shipped_weights_do_not_read_the_ground_features() -> None:
    model = default_linker().model
    assert model is not None
    probe = {"rule": 1.0, "overlap": 0.3}
    base = model.probabilities(probe)
    assert model.probabilities({**probe, "distance": 1.0, "own_words": 1.0,
                                "topic_only": 1.0}) == base
    assert frozenset({"distance", "own_words", "topic_only"}) == linker_module.GROUND_FEATURES


def test_a_rebuttal_grounds_a_weak_link_only_when_switched_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    _, claims = given_claims([RUR, *KAZ, BOR], whole=True)
    matters = matters_of(claims, anchor_weights(claims))
    carriers = Counter(w for m in matters for w in m.words)
    rur = next(m for m in matters if m.side == "RUR")
    bor = next(m for m in matters if m.side == "BOR")
    assert not weak_link_ground(rur, bor, 2, carriers, rebuts=True)  # off by default
    monkeypatch.setattr(linker_module, "WEAK_LINK_REBUTS", True)
    assert weak_link_ground(rur, bor, 2, carriers, rebuts=True)
    assert not weak_link_ground(rur, bor, 2, carriers, rebuts=False)
