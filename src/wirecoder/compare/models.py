"""Records of a readout comparison: accounts, claims, points and the comparison itself.

Every record that points into an account carries character offsets into that account's
text (``Account.text``; in within-article mode every account shares the story's text).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["RELATIONS", "Account", "AccountRef", "Claim", "Comparison", "Mode", "Point",
           "Relation"]

#: Separate accounts of one event, or the sides within one article.
Mode = Literal["accounts", "within"]
Relation = Literal["shared", "only_in_one", "contradiction", "different_framing"]
RELATIONS: tuple[str, ...] = ("shared", "only_in_one", "contradiction", "different_framing")


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Account(_Record):
    """One input account of an event: a readout, a statement, or a story."""

    id: str
    text: str
    published: dt.date | None = None
    side: str | None = Field(None, description="The party whose account it is (e.g. 'USA').")
    title: str | None = None
    url: str | None = None
    source: str | None = Field(None, description="Author or publisher, e.g. 'White House'.")


class AccountRef(_Record):
    """An account as listed in a comparison: id, side and how the side was found."""

    id: str
    side: str
    side_from: str = Field(description="'given', 'source', 'speaker', 'attribution' or 'none'.")
    title: str | None = None
    url: str | None = None
    sentences: int = Field(0, description="Sentences of the account that state its side's view.")


class Claim(_Record):
    """One sentence of an account, read as a claim of that account's side."""

    id: str
    account: str
    side: str
    start: int
    end: int
    text: str
    speaker: str | None = None
    anchors: tuple[str, ...] = ()
    topics_named: int = Field(
        0, description="Distinct places in the sentence that name a topic anchor (a list when 3+).")
    event_types: tuple[str, ...] = ()
    participants: tuple[str, ...] = Field((), description="Country codes / names of actors.")
    quantities: tuple[tuple[str, float], ...] = Field(
        (), description="(what is measured, normalized value) pairs.")
    bounds: tuple[str, ...] = Field((), description=(
        "How each of ``quantities`` is stated: 'exact', 'lower' (a lower bound or an "
        "increment: 'at least two', 'two more'), 'upper' ('up to two') or 'about'."))
    negated: bool = False
    denial: bool = Field(False, description="Rejects or denies a proposition.")
    modal: bool = False
    demand: bool = Field(False, description="Demands or urges something ('urge X to', 'must').")
    exclusive: bool = Field(False, description="States an exclusive scope ('only trade').")
    proposal: bool = Field(False, description="Proposes or offers something ('proposed talks').")
    answers: bool = Field(False, description=(
        "A denial that refers back to another side's claim ('rejected the allegations')."))
    answers_to: tuple[str, ...] = Field((), description=(
        "Sides the referring denial names as the claim's author ('Pakistan's allegation')."))
    reciprocal: bool = Field(False, description=(
        "The sentence reports the sides accusing each other ('blaming one another')."))
    answered: bool = Field(False, description=(
        "One side's clause of a sentence whose other clause answers it ('X charged…, and Y "
        "replied…'): sharing that sentence does not make two sides' statements one."))
    replies: bool = Field(False, description=(
        "Reports its side answering another side ('responded, saying', 'countered')."))
    withholds: bool = Field(False, description=(
        "Withholds judgment on the matter ('it is too early to blame anyone')."))
    course: int = Field(0, description=(
        "+1: vows to go on with an action ('will persist in its attacks'); -1: wants it "
        "stopped or scaled down ('the opportunity to scale down their attacks'); 0: neither."))
    tone: tuple[str, ...] = ()
    tone_polarity: int = Field(0, description="Positive minus negative tone words.")
    records: tuple[str, ...] = Field((), description="Ids of events, quotes, quantities used.")
    quotes: tuple[str, ...] = Field(
        (), description="Ids of the quotes that cover the sentence (a quote may span several).")
    heads: tuple[tuple[int, int], ...] = Field((), description=(
        "[start, end] in ``text`` of the trigger words of the claim's events (for its label)."))
    anchor_spans: tuple[tuple[str, int, int], ...] = Field((), description=(
        "(anchor, start, end) in ``text`` of every topic-anchor match (for its label)."))


class Point(_Record):
    """One matter and how the sides' accounts treat it."""

    topic: str
    relation: Relation
    in_: tuple[str, ...] = Field(alias="in", description="Ids of the accounts that state it.")
    sides: tuple[str, ...] = ()
    evidence: dict[str, tuple[tuple[int, int], ...]] = Field(
        description="Per account id: [start, end] of each sentence stating the point.")
    claims: tuple[str, ...] = ()
    records: tuple[str, ...] = ()
    why: str = Field(description="The rule that decided the relation.")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Comparison(_Record):
    """The comparison of one group of accounts of one event."""

    group: str | None = None
    mode: Mode = "accounts"
    accounts: tuple[AccountRef, ...]
    points: tuple[Point, ...] = ()
    initiator: str | None = Field(None, description="Who initiated the contact, if stated.")
    initiator_evidence: dict[str, tuple[int, int]] | None = None
    tone: dict[str, tuple[str, ...]] = Field(default_factory=dict,
                                             description="Tone words per side.")
    topics: dict[str, tuple[str, ...]] = Field(default_factory=dict,
                                               description="Topic anchors raised per side.")
    texts: dict[str, str] = Field(default_factory=dict,
                                  description="Account id -> text (for rendering).")

    def to_dict(self, texts: bool = False) -> dict[str, Any]:
        """Return JSON-compatible data (the account texts only when ``texts``)."""
        data = self.model_dump(mode="json", by_alias=True)
        if not texts:
            data.pop("texts")
        return data

    def to_json(self, indent: int | None = None, texts: bool = False) -> str:
        """Return the comparison as a JSON string."""
        return json.dumps(self.to_dict(texts=texts), ensure_ascii=False, indent=indent)

    def relation_counts(self) -> dict[str, int]:
        """Return how many points have each relation."""
        counts = dict.fromkeys(RELATIONS, 0)
        for point in self.points:
            counts[point.relation] += 1
        return counts
