"""The commitments stage's vocabulary, read once from ``data/commitments/vocabulary.yaml``."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import TypeAdapter

from ..models import CommitmentStatus
from ..yamlfile import load_yaml

__all__ = ["Vocabulary", "vocabulary"]


@dataclass(frozen=True)
class Vocabulary:
    """Word classes of the stage (lemmas, lower case).

    Attributes:
        actions: lemma -> action ("purchase" -> "buy", "sales" -> "sell").
        action_classes: action -> the class used to link reports ("import" -> "buy").
        cues: lemma -> status the word states ("pledge" -> "made", "plan" -> "planned").
        pledge_nouns: nouns that name a pledge ("raised its pledge to ...").
        partial_markers: words that make a fulfilment figure partial ("only").
        reporting: reporting verbs whose subject is the figure's source.
        levels: verbs reporting the level a transaction noun reached ("purchases reached").
        self_cued: transaction nouns that are an announced commitment by themselves.
        tentative: modifiers that make a transaction noun a plan ("a possible sale").
        totals: nouns naming a running total ("brings the total to").
        tallies: verbs whose "to $X" is a running total ("brings the contribution to").
        object_synonyms: transaction nouns that are what is given -> their object class.
        object_qualifiers: modifiers kept in an object class ("security" aid).
        kinds: quantity kinds that can be committed.
    """

    actions: dict[str, str]
    action_classes: dict[str, str]
    cues: dict[str, CommitmentStatus]
    pledge_nouns: frozenset[str]
    partial_markers: frozenset[str]
    reporting: frozenset[str]
    levels: frozenset[str]
    self_cued: frozenset[str]
    tentative: frozenset[str]
    totals: frozenset[str]
    tallies: frozenset[str]
    object_synonyms: dict[str, str]
    object_qualifiers: frozenset[str]
    kinds: frozenset[str]


def _invert(groups: dict[str, list[str]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for name, words in groups.items():
        for word in words:
            out.setdefault(str(word).lower(), name)
    return out


_STATUSES = TypeAdapter(dict[str, CommitmentStatus])


@functools.lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Return the stage's vocabulary (loaded once per process)."""
    source = Path(str(resources.files("wirecoder") / "data" / "commitments" / "vocabulary.yaml"))
    data = load_yaml(source, "Commitments vocabulary", lines=False)
    return Vocabulary(
        actions=_invert(data["actions"]),
        action_classes={str(k): str(v) for k, v in data["action_classes"].items()},
        cues=_STATUSES.validate_python(_invert(data["cues"])),
        pledge_nouns=frozenset(data["pledge_nouns"]),
        partial_markers=frozenset(data["partial_markers"]),
        reporting=frozenset(data["reporting"]),
        levels=frozenset(data["levels"]),
        self_cued=frozenset(data["self_cued"]),
        tentative=frozenset(data["tentative"]),
        totals=frozenset(data["totals"]),
        tallies=frozenset(data["tallies"]),
        object_synonyms=_invert(data["object_synonyms"]),
        object_qualifiers=frozenset(data["object_qualifiers"]),
        kinds=frozenset(data["kinds"]),
    )
