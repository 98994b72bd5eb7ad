"""The learned decision whether two sides' matters are one point (or each side's own).

The relation of a point is decided in two steps: first whether a matter of one side has a
counterpart in another side's account at all (no counterpart: ``only_in_one``), then how the
two treat it (``shared``, ``different_framing``, ``contradiction``; rules in ``relations.py``).
On every sealed set the first step was the one that failed: the hand-tuned link rules both
missed counterparts and tied unrelated matters (which turns a one-sided point into
``shared`` and steals the sentences of the real counterpart).

The first step here is a logistic regression over the signals the rules use — shared topic
anchors, participants, quantities, event types, word overlap (all words and the words few
of the group's matters carry), a shared rare phrase, a denial facing an accusation, the
distance between the two matters in the story — and the rules' own decision as one feature.
It is trained on every development group of ``data/gold/readouts`` (``link_training.py``;
``python -m wirecoder.compare.link_training``) and ships as a small JSON weight file read
with :class:`wirecoder.learned.LinearModel` (numpy only).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..learned import LinearModel
from .claims import content_words

if TYPE_CHECKING:
    from .align import Matter

__all__ = ["LINK_MODEL", "RULES", "Linker", "Signals", "default_linker", "ground_features",
           "link_features", "shared_ground", "weak_link_ground"]

#: The shipped weights of the linker.
LINK_MODEL = Path(__file__).resolve().parent.parent / "data" / "compare" / "link_model.json.gz"
#: The label of a linked pair in the model.
LINKED = "link"
#: Least probability of a rules' link that ``mutual_rules`` keeps below the threshold (round
#: 15). Measured over dev … dev14, the rules' links between mutual best counterparts that the
#: model put below 0.5 joined two sides' statements of one gold point 31 times in 103; most of
#: the rest turned two one-sided points into one divergent or shared point, which costs both.
MUTUAL_FLOOR = 0.3
#: Round 24: the "who answers whom" features (``answer_features``) the linker reads (a model
#: ignores a feature it was not trained on; ``scripts/readouts_loso.py --answer-features``
#: trains without some of them).
ANSWER_FEATURES: frozenset[str] = frozenset(
    {"answers_next", "addresses", "shared_words", "same_value"})
ANSWER_GAP = 2  # sentences after the other side's claim in which an answer counts
#: Round 25 (ro25): a rules' link below the model's threshold (``mutual_rules``) needs its two
#: matters at most this many sentences apart, a shared event type, or ``WEAK_LINK_WORDS``
#: content words (stemmed) only the two carry (``weak_link_ground``); None: no such test.
#: Both chosen leave-one-set-out over dev … dev24 (``scripts/readouts_loso.py --only weak``).
MUTUAL_GAP: int | None = 2
WEAK_LINK_WORDS = 3
#: Round 25b (ro25b): the "ground" features (``ground_features``) the linker reads: how far
#: apart the two matters are (graded), how many content words only the two carry, and
#: whether every word they share is one the story's other matters use too. A model ignores
#: a feature it was not trained on; ``scripts/readouts_loso.py --ground-features`` trains
#: without some of them.
GROUND_FEATURES: frozenset[str] = frozenset({"distance", "own_words", "topic_only"})
FAR_SENTENCES = 10  # the distance at which ``distance`` reaches 1
#: Round 25b (tried): a weak link also stands when one matter denies the other's accusation
#: or takes the opposite course (``Signals.rebuts``), however far apart ("X rejected the
#: allegation that…" four sentences after the accusation). Off: see docs/compare.md.
WEAK_LINK_REBUTS = False


@dataclass(frozen=True)
class Signals:
    """What the alignment rules computed for a pair of two sides' matters."""

    base: float  # anchors + participants + quantity + 3 × overlap + rebuttal + phrase
    score: float  # base + the unique-anchor bonus
    overlap: float  # word overlap (Jaccard) of the two matters
    rebuts: bool  # a denial facing the other side's accusation, or an opposite course
    phrase: bool  # a two-word phrase only these two matters of the group use
    unique_anchor: bool  # a rare topic anchor only these two matters carry
    one_sentence: bool  # both sides hold one sentence of the story
    same_matter: bool  # a shared anchor, participant, measured quantity or event type
    same_anchor: bool  # a shared topic anchor
    anchor: float = 0.0  # summed weight of the shared topic anchors (rare ones weigh 1)
    named_phrase: bool = False  # every phrase only the two share is a name ("Port Vela")


@dataclass(frozen=True)
class Linker:
    """A link model and the probability at which it links two matters.

    ``model`` None means: decide by the rules. With ``veto``, a pair links when the rules
    link it and the model's probability reaches the threshold (the model only removes
    links); otherwise when the probability reaches the threshold, or — with
    ``mutual_rules`` — when the rules link it, each of the two matters is the other's
    best-scoring counterpart and the probability reaches ``mutual_floor`` (round 15), or —
    with ``anchored`` — when the rules link it and the two carry a topic anchor no other
    matter of the group carries (a pair both the rules and the topic anchors support,
    however far apart its wording).
    """

    model: LinearModel | None
    threshold: float = 0.5
    veto: bool = False  # keep the rules' links, minus those the model finds unlikely
    mutual_rules: bool = False  # also link the rules' links between mutual best counterparts
    anchored: bool = False  # also link the rules' links that share a rare anchor only they carry
    mutual_floor: float = MUTUAL_FLOOR  # least probability of a rules' link ``mutual_rules`` keeps
    mutual_least: float = 1.0  # least probability of a pair each of whose matters is the
    # other's most probable counterpart (one-to-one by probability; 1.0: off)
    mutual_gap: int | None = MUTUAL_GAP  # round 25: a ``mutual_rules`` link needs its matters
    # at most this many sentences apart, or other ground (``weak_link_ground``; None: off)

    def probability(self, features: dict[str, float]) -> float:
        """Probability that the two matters of ``features`` are one point."""
        if self.model is None:
            raise ValueError("a rule linker has no probabilities")
        return self.model.probabilities(features)[LINKED]


#: Link by the hand-written rules (the behaviour before round 8).
RULES = Linker(model=None)


@lru_cache(maxsize=1)
def default_linker() -> Linker:
    """The shipped linker, or the rules when its weight file is absent."""
    if not LINK_MODEL.exists():
        return RULES
    model = LinearModel.load(LINK_MODEL)
    return Linker(model=model, threshold=float(model.meta.get("threshold", 0.5)),
                  veto=bool(model.meta.get("veto", False)),
                  mutual_rules=bool(model.meta.get("mutual_rules", False)),
                  anchored=bool(model.meta.get("anchored", False)))


def _sentence(claim_id: str) -> int:
    return int(claim_id.rsplit(":s", 1)[1])


def shared_ground(a: Matter, b: Matter) -> tuple[set[str], set[str], set[str]]:
    """Return what two sides' matters share: people, quantity keys and event types.

    People are the participants of either side's claims other than the two sides.
    """
    people = {p for c in a.claims for p in c.participants} & {
        p for c in b.claims for p in c.participants} - {a.side, b.side}
    keys = {k for c in a.claims for k, _ in c.quantities if k} & {
        k for c in b.claims for k, _ in c.quantities if k}
    types = {t for c in a.claims for t in c.event_types} & {
        t for c in b.claims for t in c.event_types}
    return people, keys, types


def link_features(a: Matter, b: Matter, signals: Signals, rare_overlap: float,
                  rule: bool, rank: float, anchor_rank: float = 0.0,
                  carriers: Counter[str] | None = None) -> dict[str, float]:
    """Return the features of a pair of two sides' matters (values in [0, 1]).

    ``rank``: 1 when each matter is the other's best-scoring counterpart, 0.5 when one is;
    ``anchor_rank`` the same by the weight of the shared topic anchors alone (0 when none
    is shared), a ranking that does not depend on the two matters' wording; ``carriers``:
    how many of the story's matters carry each word (``ground_features``; None: the two
    matters alone).
    """
    people, keys, types = shared_ground(a, b)
    distance = min(abs(_sentence(x.id) - _sentence(y.id)) for x in a.claims for y in b.claims)
    best = max(_jaccard(content_words(x.text), content_words(y.text))
               for x in a.claims for y in b.claims)
    claims = [*a.claims, *b.claims]
    return {
        "anchor_weight": min(signals.anchor, 2.0) / 2.0,
        "anchor_mutual": float(anchor_rank == 1.0),
        "rule": float(rule),
        "mutual_best": float(rank == 1.0),
        "one_best": float(rank == 0.5),
        "one_sentence": float(signals.one_sentence),
        "score": min(signals.score, 5.0) / 5.0,
        "overlap": signals.overlap,
        "rare_overlap": rare_overlap,
        "best_sentence_overlap": best,
        "rebuts": float(signals.rebuts),
        "phrase": float(signals.phrase),
        "unique_anchor": float(signals.unique_anchor),
        "same_anchor": float(signals.same_anchor),
        "anchors": min(len(a.anchors & b.anchors), 3) / 3,
        "people": float(bool(people)),
        "quantity": float(bool(keys)),
        "event_type": float(bool(types)),
        "adjacent": float(distance <= 1),
        "near": float(distance <= 3),
        "far": float(distance > 8),
        "denial": float(any(c.denial or c.answers for c in claims)),
        "demands": float(any(c.demand for c in a.claims) and any(c.demand for c in b.claims)),
        "size": min(len(claims), 6) / 6,
        **{k: v for k, v in answer_features(a, b).items() if k in ANSWER_FEATURES},
        **{k: v for k, v in ground_features(a, b, carriers).items() if k in GROUND_FEATURES},
    }


def ground_features(a: Matter, b: Matter, carriers: Counter[str] | None = None
                    ) -> dict[str, float]:
    """What ties two sides' matters beyond the story's topic (round 25b).

    ``distance``: sentences between the two matters' nearest claims, graded up to
    ``FAR_SENTENCES``; ``own_words``: content words (stemmed) only the two matters carry,
    up to four; ``topic_only``: they share words, but every one of them is carried by a
    third matter too (the story's topic, not this exchange). ``carriers`` counts, per word,
    the story's matters that carry it (None: the two matters alone).
    """
    distance = min(abs(_sentence(x.id) - _sentence(y.id)) for x in a.claims for y in b.claims)
    shared = a.words & b.words
    count = carriers if carriers is not None else Counter([*a.words, *b.words])
    own = sum(1 for w in shared if count[w] <= 2)
    return {"distance": min(distance, FAR_SENTENCES) / FAR_SENTENCES,
            "own_words": min(own, 4) / 4,
            "topic_only": float(bool(shared) and own == 0)}


def answer_features(a: Matter, b: Matter) -> dict[str, float]:
    """Signals that one side's matter answers the other's (round 24, off by default).

    ``answers_next``: the later matter holds a denial, reply, referring denial or negation
    at most ``ANSWER_GAP`` sentences after a claim of the earlier one ("X said the talks
    failed. Y denied it"); ``addresses``: each matter names the other's side among its
    participants; ``shared_words``: the number of content words (stemmed) the two share, up
    to four (a count, unlike the overlap, does not shrink with a long sentence);
    ``same_value``: a normalized quantity (number, date) both state.
    """
    first_a = min(_sentence(c.id) for c in a.claims)
    first_b = min(_sentence(c.id) for c in b.claims)
    early, late = (a, b) if first_a <= first_b else (b, a)
    answers = any(
        0 < _sentence(y.id) - _sentence(x.id) <= ANSWER_GAP
        and (y.denial or y.answers or y.replies or y.negated)
        for x in early.claims for y in late.claims)
    addresses = any(b.side in c.participants for c in a.claims) and any(
        a.side in c.participants for c in b.claims)
    values = {round(v, 3) for c in a.claims for _, v in c.quantities} & {
        round(v, 3) for c in b.claims for _, v in c.quantities}
    return {"answers_next": float(answers), "addresses": float(addresses),
            "shared_words": min(len(a.words & b.words), 4) / 4,
            "same_value": float(bool(values))}


def weak_link_ground(a: Matter, b: Matter, gap: int, carriers: Counter[str],
                     rebuts: bool = False) -> bool:
    """Whether a link the model finds unlikely may stand on the rules' word (round 25).

    A rules' link between mutual best counterparts that the model puts below its threshold
    (``Linker.mutual_rules``) joined two sides' statements of one gold point about half the
    time over dev … dev24. The wrong ones join statements several sentences apart that share
    the story's topic and a word or two every other matter uses too; the right ones answer
    each other within a sentence or two, share an event type, or share words no other
    matter of the story uses. So the two matters must be at most ``gap`` sentences apart,
    share an event type, or share ``WEAK_LINK_WORDS`` content words (stemmed) that only
    they carry (``carriers``: how many of the story's matters carry each word). With
    ``WEAK_LINK_REBUTS``, ``rebuts`` (a denial facing the other's accusation) is ground too.
    """
    distance = min(abs(_sentence(x.id) - _sentence(y.id)) for x in a.claims for y in b.claims)
    _people, _keys, types = shared_ground(a, b)
    own = sum(1 for w in a.words & b.words if carriers[w] <= 2)
    return (distance <= gap or bool(types) or own >= WEAK_LINK_WORDS
            or (WEAK_LINK_REBUTS and rebuts))


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0
