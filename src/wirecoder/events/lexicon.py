"""Event lexicon: loading, validation and compilation of the YAML trigger dictionaries.

The built-in lexicon lives in ``wirecoder/data/events/lexicon.yaml``; users can add
files of the same format (see ``docs/events.md``). Every problem is reported as a
:class:`~wirecoder.errors.ConfigError` naming the file, the line and the entry id.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from ..cache import cached
from ..errors import ConfigError
from ..settings import Settings
from ..yamlfile import yaml_error
from .lexicon_format import DEFAULT_CONFIDENCE, ConditionModel, EntryModel, read_lexicon_file

__all__ = [
    "Entry",
    "Lexicon",
    "NounPattern",
    "VerbPattern",
    "builtin_path",
    "compile_lexicon",
    "epithets_path",
    "extra_paths",
    "load_lexicon",
]

@dataclass(frozen=True)
class VerbPattern:
    """A verb lemma with the particles or prepositions that must follow it."""

    lemma: str
    particles: tuple[str, ...] = ()


@dataclass(frozen=True)
class NounPattern:
    """A noun head lemma with the modifier words that must precede it."""

    head: str
    modifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Condition:
    """Constraints on a trigger's dependents (for ``requires`` / ``excludes``)."""

    prep: frozenset[str] = frozenset()
    object: frozenset[str] = frozenset()
    modifier: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()
    subject: frozenset[str] = frozenset()
    head: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.prep or self.object or self.modifier or self.dep or self.subject
                    or self.head)


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: trigger words and how to code the event they evoke."""

    id: str
    category: str
    mode: str | None = None
    context: tuple[str, ...] = ()
    verbs: tuple[VerbPattern, ...] = ()
    nouns: tuple[NounPattern, ...] = ()
    adjectives: tuple[str, ...] = ()
    frame: bool = False
    light: bool = False
    reciprocal: bool = False
    swap: bool = False
    needs_content: bool = False
    needs_recipient: str = ""
    ruled_recipient: bool = False
    when: str = "any"
    requires: Condition = field(default_factory=Condition)
    excludes: Condition = field(default_factory=Condition)
    actor_preps: tuple[str, ...] = ("by",)
    recipient_preps: tuple[str, ...] = ()
    confidence: float = DEFAULT_CONFIDENCE
    source: str = ""
    line: int = 0


@dataclass(frozen=True)
class Lexicon:
    """A compiled lexicon: trigger indexes plus context and mode cues."""

    entries: tuple[Entry, ...]
    verb_index: dict[str, tuple[tuple[VerbPattern, Entry], ...]]
    noun_index: dict[str, tuple[tuple[NounPattern, Entry], ...]]
    context_words: dict[str, tuple[str, ...]]
    context_phrases: tuple[tuple[str, str], ...]
    mode_cues: dict[str, tuple[tuple[str, frozenset[str], tuple[str, ...]], ...]]
    adj_index: dict[str, tuple[Entry, ...]] = field(default_factory=dict)


@functools.cache
def builtin_path() -> Path:
    """Return the path of the built-in lexicon file (found once per process)."""
    return Path(str(resources.files("wirecoder") / "data" / "events" / "lexicon.yaml"))


@functools.cache
def epithets_path() -> Path:
    """Return the path of the lexicon of disapproving namings (``Settings.epithet_namings``)."""
    return Path(str(resources.files("wirecoder") / "data" / "events" / "epithets.yaml"))


def _resolved(path: Path) -> Path:
    """Return ``path.resolve()``, an absolute path's once per process.

    The events stage asks for the same files for every story, and each ``resolve`` reads
    the link of every directory on the path.
    """
    return _resolved_absolute(path) if path.is_absolute() else path.resolve()


@functools.lru_cache(maxsize=64)
def _resolved_absolute(path: Path) -> Path:
    return path.resolve()


def _fail(source: str, line: int, entry: str | None, problem: str, fix: str) -> ConfigError:
    return yaml_error("Event lexicon", source, line, problem, fix, entry=entry)


def _parse_file(path: Path) -> tuple[list[Entry], dict, dict]:
    if not path.exists():
        raise ConfigError("C002",
                          detail=f"Event lexicon {path} not found. Fix: pass an existing file.")
    data = read_lexicon_file(path)
    source = str(path)
    entries = [_entry(raw, source) for raw in data.entries]
    return entries, data.contexts, data.mode_cues


def _entry(raw: EntryModel, source: str) -> Entry:
    return Entry(
        id=raw.id, category=raw.category, mode=raw.mode, context=raw.context,
        verbs=tuple(_verb_pattern(v) for v in raw.verbs),
        nouns=tuple(_noun_pattern(n) for n in raw.nouns), adjectives=raw.adjectives,
        when=raw.when, confidence=raw.confidence, source=source, line=raw.line,
        requires=_condition(raw.requires), excludes=_condition(raw.excludes),
        actor_preps=raw.actor_preps, recipient_preps=raw.recipient_preps, frame=raw.frame,
        light=raw.light, reciprocal=raw.reciprocal, swap=raw.swap,
        needs_content=raw.needs_content, needs_recipient=raw.needs_recipient,
        ruled_recipient=raw.ruled_recipient,
    )


def _condition(raw: ConditionModel) -> Condition:
    return Condition(prep=raw.prep, object=raw.object, modifier=raw.modifier, dep=raw.dep,
                     subject=raw.subject, head=raw.head)


def _verb_pattern(text: str) -> VerbPattern:
    first, *rest = text.split()
    return VerbPattern(lemma=first, particles=tuple(rest))


def _noun_pattern(text: str) -> NounPattern:
    *mods, head = text.split()
    return NounPattern(head=head, modifiers=tuple(mods))


def compile_lexicon(paths: Iterable[Path]) -> Lexicon:
    """Load, validate and index the lexicon files ``paths`` (later files extend earlier ones).

    Raises:
        ConfigError: naming the file, line and entry of the first problem found.

    """
    entries: list[Entry] = []
    contexts: dict[str, list[str]] = {}
    cues: dict[str, dict[str, list[str]]] = {}
    seen: dict[str, Entry] = {}
    for path in paths:
        new, ctx, mode_cues = _parse_file(Path(path))
        for entry in new:
            if entry.id in seen:
                first = seen[entry.id]
                raise _fail(entry.source, entry.line, entry.id,
                            f"duplicate id (first at {first.source}:{first.line})",
                            "give the entry a new id")
            seen[entry.id] = entry
        entries.extend(new)
        for name, words in ctx.items():
            contexts.setdefault(name, []).extend(words)
        for category, modes in mode_cues.items():
            for mode, words in modes.items():
                cues.setdefault(category, {}).setdefault(mode, []).extend(words)
    return _index(entries, contexts, cues)


def _index(entries: list[Entry], contexts: dict[str, list[str]],
           cues: dict[str, dict[str, list[str]]]) -> Lexicon:
    verbs: dict[str, list[tuple[VerbPattern, Entry]]] = {}
    nouns: dict[str, list[tuple[NounPattern, Entry]]] = {}
    adjectives: dict[str, list[Entry]] = {}
    for entry in entries:
        for adj in entry.adjectives:
            adjectives.setdefault(adj, []).append(entry)
        for verb in entry.verbs:
            verbs.setdefault(verb.lemma, []).append((verb, entry))
        for noun in entry.nouns:
            nouns.setdefault(noun.head, []).append((noun, entry))
    words = {name: tuple(w for w in ws if " " not in w) for name, ws in contexts.items()}
    phrases = tuple((w, name) for name, ws in contexts.items() for w in ws if " " in w)
    mode_cues = {
        category: tuple((mode, frozenset(w for w in ws if " " not in w),
                         tuple(w for w in ws if " " in w)) for mode, ws in modes.items())
        for category, modes in cues.items()
    }
    return Lexicon(
        entries=tuple(entries),
        verb_index={k: tuple(v) for k, v in verbs.items()},
        noun_index={k: tuple(v) for k, v in nouns.items()},
        context_words=words, context_phrases=phrases, mode_cues=mode_cues,
        adj_index={k: tuple(v) for k, v in adjectives.items()},
    )


def extra_paths(settings: Settings | None = None) -> tuple[Path, ...]:
    """Return the lexicon files a run adds to the built-in one.

    Every events caller loads ``load_lexicon(extra_paths(settings))``: the lexicon the
    ``events`` stage runs with.

    Args:
        settings: The run's :class:`~wirecoder.settings.Settings` (None: the defaults, read
            from ``Settings`` itself).

    Returns:
        The package's lexicon of disapproving namings when ``settings.epithet_namings`` is on
        (the default; recall round 18), then the user files of ``settings.event_lexicons``.
    """
    run = settings if settings is not None else Settings()
    user = tuple(Path(p) for p in run.event_lexicons)
    if not run.epithet_namings:
        return user
    own = _resolved(epithets_path())
    return (own, *(p for p in user if _resolved(p) != own))  # named again: loaded once


@functools.lru_cache(maxsize=8)
def _cached(paths: tuple[Path, ...]) -> Lexicon:
    if paths == (builtin_path(),):  # the package's own file only: read from the disk cache
        return cached("event-lexicon", _builtin_sources(), lambda: compile_lexicon(paths))
    if paths == (builtin_path(), _resolved(epithets_path())):  # the package's two files
        return cached("event-lexicon-namings", [*_builtin_sources(), epithets_path()],
                      lambda: compile_lexicon(paths))
    return compile_lexicon(paths)


def _builtin_sources() -> list[Path]:
    """The built-in lexicon and the modules that compile it (the disk cache's key)."""
    package = Path(__file__).resolve().parent.parent
    return [builtin_path(), Path(__file__).resolve(), package / "events" / "lexicon_format.py",
            package / "codebook.py", package / "yamlmodels.py", package / "yamlfile.py"]


def load_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """Return the compiled built-in lexicon extended by ``extra`` files (cached per path list).

    Raises:
        ConfigError: for a malformed or missing lexicon file.

    """
    paths = (builtin_path(), *(_resolved(Path(p)) for p in extra))
    return _cached(paths)
