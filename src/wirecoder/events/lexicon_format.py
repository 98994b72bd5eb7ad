"""The event lexicon file format (``--lexicon``, built-in ``data/events/lexicon.yaml``).

Pydantic models of a lexicon file; see ``docs/events.md`` for the format.
:func:`read_lexicon_file` validates a file through :func:`wirecoder.yamlmodels.read_model`:
a malformed file raises :class:`~wirecoder.errors.ConfigError` (C002) naming the file,
the line, the entry, the problem and the fix.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, ClassVar

from pydantic import BeforeValidator, Field, model_validator

from ..codebook import CATEGORIES, CONTEXTS, MODES
from ..yamlmodels import FileModel, invalid, mapping_of, read_model, strict_list

__all__ = ["DEFAULT_CONFIDENCE", "UNLISTED_ACT_CONFIDENCE", "WHEN", "ConditionModel",
           "EntryModel", "LexiconFileModel", "read_lexicon_file"]

#: When an entry applies: always, only negated, only affirmed, only irrealis (threats).
WHEN = ("any", "negated", "affirmed", "irrealis")

#: Confidence of an event coded by a lexicon entry that sets no ``confidence``.
DEFAULT_CONFIDENCE = 0.75

#: Confidence of an event coded without a lexicon trigger, from the sentence's shape alone:
#: a stated demand ("X must <act>") whose act no entry lists
#: (:func:`wirecoder.events.reported_acts.stated_demands`). Below :data:`DEFAULT_CONFIDENCE`
#: because no entry vouches for the act.
UNLISTED_ACT_CONFIDENCE = 0.5
_DOC = "docs/events.md"


def _words(value: Any) -> tuple[str, ...]:
    """Return a word list, lower case and single-spaced (one word: a list of one)."""
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise invalid("'{field}' must be a list of non-empty strings",
                      "write {field}: [word, other word] and quote on/off/yes/no")
    return tuple(" ".join(v.lower().split()) for v in value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise invalid("'{field}' must be true or false", "write {field}: true")
    return value


def _confidence(value: Any) -> float:
    if not isinstance(value, int | float) or not 0 <= value <= 1:
        raise invalid("'confidence' must be a number in [0, 1]", "write e.g. confidence: 0.7")
    return float(value)


#: Which recipient an entry needs (``needs_recipient``): any named party other than the
#: actor, or one of another state than the actor's.
NEEDS_RECIPIENT = ("", "party", "foreign")


def _needs(value: Any) -> str:
    if value is True or value is False:
        return "party" if value else ""
    if value not in NEEDS_RECIPIENT:
        raise invalid(f"'needs_recipient' is {value!r}", "write true, false or foreign")
    return str(value)


def _when(value: Any) -> str:
    if value not in WHEN:
        raise invalid(f"'when' is {value!r}", f"use one of {WHEN}")
    return str(value)


def _category(value: Any) -> str:
    if value not in CATEGORIES:
        raise invalid(f"unknown category {value!r}", f"use one of {', '.join(CATEGORIES)}")
    return str(value)


def _contexts_named(value: Any) -> tuple[str, ...]:
    words = _words(value)
    bad = [c for c in words if c not in CONTEXTS]
    if bad:
        raise invalid(f"unknown context {bad}",
                      "use a context from the codebook's general contexts table")
    return words


Words = Annotated[tuple[str, ...], BeforeValidator(_words)]
WordSet = Annotated[frozenset[str], BeforeValidator(lambda v: frozenset(_words(v)))]
Flag = Annotated[bool, BeforeValidator(_flag)]


class ConditionModel(FileModel):
    """Constraints on a trigger's dependents (``requires`` / ``excludes``)."""

    what = "a condition"
    shape = "write requires: {object: [...]}"

    prep: WordSet = frozenset()
    object: WordSet = frozenset()
    modifier: WordSet = frozenset()
    dep: WordSet = frozenset()
    subject: WordSet = frozenset()
    head: WordSet = frozenset()


class EntryModel(FileModel):
    """One lexicon entry: trigger words and how to code the event they evoke."""

    what = "an entry"
    shape = "write each entry as '- id: ...' with keys below it"
    fixes: ClassVar[dict[str, str]] = {"id": "give every entry a unique id"}

    id: str
    category: Annotated[str, BeforeValidator(_category)]
    mode: str | None = None
    context: Annotated[tuple[str, ...], BeforeValidator(_contexts_named)] = ()
    verbs: Words = ()
    nouns: Words = ()
    adjectives: Words = ()
    when: Annotated[str, BeforeValidator(_when)] = "any"
    confidence: Annotated[float, BeforeValidator(_confidence)] = DEFAULT_CONFIDENCE
    frame: Flag = False
    light: Flag = False
    reciprocal: Flag = False
    swap: Flag = False
    needs_content: Flag = False
    needs_recipient: Annotated[str, BeforeValidator(_needs)] = ""
    ruled_recipient: Flag = False
    requires: Annotated[ConditionModel, BeforeValidator(lambda v: {} if v is None else v)
                        ] = Field(default_factory=ConditionModel)
    excludes: Annotated[ConditionModel, BeforeValidator(lambda v: {} if v is None else v)
                        ] = Field(default_factory=ConditionModel)
    actor_preps: Words = ("by",)
    recipient_preps: Words = ()
    note: Any = None

    @model_validator(mode="before")
    @classmethod
    def _has_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and "id" in data and (
                not isinstance(data["id"], str) or not data["id"].strip()):
            raise invalid("an entry has no 'id'", "give every entry a unique id")
        return data

    @model_validator(mode="after")
    def _coded(self) -> EntryModel:
        if self.mode is not None and self.mode not in MODES[self.category]:
            allowed = ", ".join(MODES[self.category]) or "none"
            raise invalid(f"mode {self.mode!r} is not a {self.category} mode",
                          f"use one of: {allowed}")
        if not self.verbs and not self.nouns and not self.adjectives:
            raise invalid("no 'verbs', 'nouns' or 'adjectives'", "list at least one trigger")
        return self


def _contexts(value: Any) -> dict[str, tuple[str, ...]]:
    out = {}
    for name, cues in mapping_of("write context: [cue, ...]")(value).items():
        if name not in CONTEXTS:
            raise invalid(f"unknown context {name!r} in 'contexts'",
                          "use a context from the codebook's general contexts table")
        out[name] = _words(cues)
    return out


def _mode_cues(value: Any) -> dict[str, dict[str, tuple[str, ...]]]:
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for category, modes in mapping_of("write CATEGORY: {mode: [cue, ...]}")(value).items():
        if category not in CATEGORIES or not isinstance(modes, dict):
            raise invalid(f"bad mode_cues category {category!r}",
                          "use a PLOVER category mapping modes to cue lists")
        for mode, cues in mapping_of("write mode: [cue, ...]")(modes).items():
            if mode not in MODES[category]:
                raise invalid(f"mode {mode!r} is not a {category} mode",
                              f"use one of: {', '.join(MODES[category])}")
            out.setdefault(category, {})[mode] = _words(cues)
    return out


class LexiconFileModel(FileModel):
    """A lexicon file: entries, context cues and mode cues."""

    what = "the file"
    shape = "start with 'entries:' (see docs/events.md)"

    version: Any = None
    entries: Annotated[tuple[EntryModel, ...], BeforeValidator(
        strict_list("write entries: followed by '- id: ...' items"))] = ()
    contexts: Annotated[dict[str, tuple[str, ...]], BeforeValidator(_contexts)
                        ] = Field(default_factory=dict)
    mode_cues: Annotated[dict[str, dict[str, tuple[str, ...]]], BeforeValidator(_mode_cues)
                         ] = Field(default_factory=dict)


def read_lexicon_file(path: Path) -> LexiconFileModel:
    """Read and validate the lexicon file ``path``.

    Raises:
        ConfigError: C002 naming the file, the line, the entry, the problem and the fix.
    """
    return read_model(LexiconFileModel, path, "Event lexicon", doc=_DOC, entry_key="id")
