"""Typed, immutable records: the output contract of wirecoder.

Every record that points into an article carries ``start``/``end`` character offsets
into :attr:`Analysis.text` and the index of its ``sentence``, so that any field can be
highlighted in the source. Field names follow PLOVER (``actor``, ``recipient``,
``event_type``, ``mode``, ``context``) so that downstream tools can rely on them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Analysis",
    "Commitment",
    "CommitmentKind",
    "CommitmentStatus",
    "Direction",
    "Entity",
    "Event",
    "FigureOf",
    "ItemError",
    "Part",
    "Quantity",
    "Quote",
    "QuoteKind",
    "Story",
    "StoryWarning",
    "TimeExpression",
    "TimexType",
]

#: TIMEX3 types of a time expression.
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
#: Where a clause points in time, from its tense and cues.
Direction = Literal["past", "present", "future"]
#: How a quotation is given.
QuoteKind = Literal["direct", "partial", "indirect"]
#: A stated pledge, or evidence of (non-)fulfilment.
CommitmentKind = Literal["pledge", "fulfilment"]
#: What a text states about a commitment.
CommitmentStatus = Literal["made", "reaffirmed", "revised", "denied", "fulfilled",
                           "partly_fulfilled", "broken", "planned"]
#: Whose figure a commitment's amount is, judged from who reports it.
FigureOf = Literal["committer", "counterparty", "third_party", "unattributed"]


class Record(BaseModel):
    """Base of all records: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Spanned(Record):
    """A record anchored to a character span of the article text."""

    start: int = Field(ge=0, description="Start character offset into the article text.")
    end: int = Field(ge=0, description="End character offset (exclusive).")
    sentence: int = Field(ge=0, description="Index of the sentence holding the span.")


class Story(Record):
    """One input article, as read from a file, a JSONL record or a feed."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None


class Entity(Spanned):
    """A mention of an actor: state, organization, person or group (PLOVER actor model)."""

    raw_text: str = Field(description="The words of the mention as they stand in the text.")
    entity_name: str = Field(description="Canonical name, e.g. 'Xi Jinping', 'China'.")
    country_code: str | None = Field(
        None, description="ISO 3166 alpha-3, or UNO / EUR / IGO / NGO / MNC / IMG / ISM."
    )
    country_name: str | None = None
    sector_code: str | None = Field(None, description="PLOVER sector: GOV, MIL, BUS, ...")
    other_sector_codes: tuple[str, ...] = ()
    kind: str = Field(description="PERSON, ORG, GPE, NORP, PRONOUN, NOMINAL, ...")
    role: str | None = Field(None, description="Role or title the text gives, e.g. 'analyst'.")
    organization: str | None = Field(None, description="Organization the text ties a person to.")
    is_place: bool = Field(False, description="True when the mention is only a location.")
    resolved_by: str = Field(
        "ner", description="How it was resolved: kb, pattern, ner, coref, context, publisher "
        "(a bare title in a government's own document), user."
    )
    coref_of: int | None = Field(
        None, description="Index (in Analysis.entities) of the mention this one refers back to."
    )
    members: tuple[str, ...] = Field(
        (), description="For kind COMPOUND ('the two leaders'): canonical names of the members."
    )


class TimeExpression(Spanned):
    """A date, time, duration or set, resolved against the publication date."""

    text: str
    type: TimexType
    value: str | None = Field(
        None, description="TIMEX3/ISO value: 2026-02-04, 2026-04, 2025, 2026-W06, P1Y, ..."
    )
    granularity: str | None = Field(None, description="day, week, month, season, year, ...")
    resolved: bool = Field(False, description="True when the value is anchored to a date.")
    anchor: str | None = Field(None, description="'published', or null when unanchored.")
    direction: Direction | None = Field(
        None, description="Tense of the clause, used to pick the past or coming date."
    )
    mod: str | None = Field(None, description="TIMEX3 mod: START, MID, END, APPROX, ...")


class Quote(Spanned):
    """A direct, partial or indirect quotation with its speaker."""

    text: str
    kind: QuoteKind
    cue: str | None = Field(None, description="The reporting verb or phrase: said, told, ...")
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: Entity | None = None


class Quantity(Spanned):
    """A number with its unit and what it measures."""

    text: str
    value: float
    value_high: float | None = Field(None, description="Upper bound of a range.")
    unit: str | None = Field(None, description="Canonical unit id: USD, metric_ton, ...")
    normalized_value: float | None = None
    normalized_unit: str | None = None
    kind: str = Field("count", description="money, mass, volume, rate, count, percent, ...")
    approximate: bool = False
    about: str | None = Field(None, description="What is measured, e.g. 'soybeans'.")
    about_start: int | None = None
    about_end: int | None = None
    committer: Entity | None = Field(None, description="Who commits, buys or sells, if stated.")
    period: str | None = Field(None, description="The period the amount is for, if stated.")
    period_value: str | None = Field(None, description="TIMEX3 value of the period, if resolved.")
    qualifier: str | None = Field(
        None, description="Hedge before the number: 'as much as', 'about', 'at least', ..."
    )
    counted: str | None = Field(None, description="For counts: the noun counted, e.g. 'troops'.")


class Event(Spanned):
    """A PLOVER event: who did what to whom, how, when. ``start``/``end`` span the trigger."""

    id: str
    story_id: str | None = None
    event_type: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    actor: tuple[Entity, ...] = ()
    recipient: tuple[Entity, ...] = ()
    event_text: str = Field(description="The trigger words.")
    text: str = Field(description="The sentence holding the event.")
    date: str | None = None
    date_source: str | None = Field(None, description="'text' or 'published'.")
    location: str | None = None
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    historical: bool = False
    score: float | None = Field(None, description="PLOVER conflict-cooperation score.")
    quad: str | None = None
    cameo_root: str | None = None
    confidence: float = 0.5
    reported_by: Entity | None = None
    why: str | None = Field(None, description="The rule or lexicon entry that coded the event.")


class Part(Record):
    """A piece of a record's sentence: its words and their character offsets."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Commitment(Spanned):
    """A pledge with a number, or a report of how far one was met.

    ``start``/``end`` span the words that state it (the action through the quantity).
    """

    id: str
    story_id: str | None = None
    kind: CommitmentKind = Field(
        description="A stated pledge, or evidence of (non-)fulfilment: kept apart.")
    committer: Entity | None = Field(None, description="Who pledges (buys, sells, gives...).")
    counterparty: Entity | None = Field(None, description="To or from whom, if stated.")
    action: str = Field(description="buy, sell, import, export, invest, provide, deliver, ...")
    action_class: str = Field(description="The action as linked across reports: import = buy.")
    action_part: Part
    object: str | None = Field(None, description="What: soybeans, arms, crude oil, troops.")
    object_class: str | None = Field(None, description="Normalized object, used for linking.")
    object_part: Part | None = None
    quantity: Quantity
    period: TimeExpression | None = Field(None, description="The period the amount is for.")
    deadline: TimeExpression | None = Field(None, description="'by 2027': the date it is due.")
    status_in_text: CommitmentStatus
    cue: Part | None = Field(None, description="The word that decided the status: pledged, ...")
    hedge: str | None = Field(None, description="'as much as', 'up to', 'about', ...")
    conditional: bool = Field(False, description="Stated under a condition (if, unless).")
    reported_by: Entity | None = Field(None, description="Speaker or source of the figure.")
    figure_of: FigureOf = Field(
        "unattributed", description="Whose figure it is, judged from reported_by.")
    why: str = Field(description="The rule that found it.")


class StoryWarning(Record):
    """A non-fatal problem with one article."""

    code: str
    message: str


class ItemError(Record):
    """A per-item failure: the item was skipped, the run went on."""

    id: str | None
    code: str
    message: str
    source: str | None = None


class Analysis(Record):
    """Everything wirecoder extracted from one article."""

    id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    text: str
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()
    commitments: tuple[Commitment, ...] = ()
    warnings: tuple[StoryWarning, ...] = ()
    meta: dict[str, str] = Field(default_factory=dict)
    extensions: dict[str, tuple[Any, ...]] = Field(
        default_factory=dict,
        description="Records of user-registered stages whose `assigns` name is not a field "
                    "of the analysis, by that name.",
    )

    def to_dict(self) -> dict[str, Any]:
        """Return the analysis as plain JSON-compatible data."""
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = None) -> str:
        """Return the analysis as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of :class:`Analysis` (with all nested records)."""
    schema = Analysis.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://wirecoder.invalid/schema/analysis.json"
    return schema
