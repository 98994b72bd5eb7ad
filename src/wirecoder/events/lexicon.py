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
from typing import Any

from ..codebook import CATEGORIES, CONTEXTS, MODES
from ..errors import ConfigError
from ..yamlfile import load_yaml

__all__ = [
    "Entry",
    "Lexicon",
    "NounPattern",
    "VerbPattern",
    "builtin_path",
    "compile_lexicon",
    "load_lexicon",
]

_ENTRY_KEYS = frozenset({
    "id", "category", "mode", "context", "verbs", "nouns", "frame", "light", "reciprocal",
    "swap", "when", "requires", "excludes", "actor_preps", "recipient_preps", "confidence",
    "note", "needs_content", "adjectives",
})
_CONDITION_KEYS = frozenset({"prep", "object", "modifier", "dep", "subject", "head"})
_TOP_KEYS = frozenset({"version", "entries", "contexts", "mode_cues"})
_WHEN = ("any", "negated", "affirmed", "irrealis")


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
    when: str = "any"
    requires: Condition = field(default_factory=Condition)
    excludes: Condition = field(default_factory=Condition)
    actor_preps: tuple[str, ...] = ("by",)
    recipient_preps: tuple[str, ...] = ()
    confidence: float = 0.75
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


def builtin_path() -> Path:
    """Return the path of the built-in lexicon file."""
    return Path(str(resources.files("wirecoder") / "data" / "events" / "lexicon.yaml"))


def _fail(source: str, line: int, entry: str | None, problem: str, fix: str) -> ConfigError:
    where = f"{source}:{line}" + (f" (entry {entry!r})" if entry else "")
    return ConfigError("C002", detail=f"Event lexicon {where}: {problem}. Fix: {fix}.")


def _read(path: Path) -> dict[str, Any]:
    if not path.exists():
        raise ConfigError("C002",
                          detail=f"Event lexicon {path} not found. Fix: pass an existing file.")
    data = load_yaml(path, "Event lexicon")
    if not isinstance(data, dict):
        raise _fail(str(path), 1, None, "the file is not a mapping",
                    "start with 'entries:' (see docs/events.md)")
    unknown = sorted(set(data) - _TOP_KEYS - {"__line__"})
    if unknown:
        raise _fail(str(path), data["__line__"], None, f"unknown top-level keys {unknown}",
                    f"use only {sorted(_TOP_KEYS)}")
    return data


def _words(value: Any, source: str, line: int, entry: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(source, line, entry, f"'{key}' must be a list of non-empty strings",
                    f"write {key}: [word, other word] and quote on/off/yes/no")
    return tuple(" ".join(v.lower().split()) for v in value)


def _condition(value: Any, source: str, line: int, entry: str, key: str) -> Condition:
    if value is None:
        return Condition()
    if not isinstance(value, dict):
        raise _fail(source, line, entry, f"'{key}' must be a mapping",
                    f"write {key}: {{object: [...]}}")
    unknown = sorted(set(value) - _CONDITION_KEYS - {"__line__"})
    if unknown:
        raise _fail(source, value.get("__line__", line), entry,
                    f"unknown keys {unknown} in '{key}'", f"use {sorted(_CONDITION_KEYS)}")
    parts = {k: frozenset(_words(value.get(k), source, line, entry, f"{key}.{k}"))
             for k in _CONDITION_KEYS}
    return Condition(**parts)


def _check_entry_basics(raw: dict[str, Any], source: str) -> tuple[str, int, str]:
    line = raw.get("__line__", 0)
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise _fail(source, line, None, "an entry has no 'id'", "give every entry a unique id")
    unknown = sorted(set(raw) - _ENTRY_KEYS - {"__line__"})
    if unknown:
        raise _fail(source, line, entry_id, f"unknown keys {unknown}",
                    f"use only {sorted(_ENTRY_KEYS)}")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise _fail(source, line, entry_id, f"unknown category {category!r}",
                    f"use one of {', '.join(CATEGORIES)}")
    return entry_id, line, category


def _parse_entry(raw: Any, source: str) -> Entry:
    if not isinstance(raw, dict):
        raise _fail(source, 0, None, f"entry {raw!r} is not a mapping",
                    "write each entry as '- id: ...' with keys below it")
    entry_id, line, category = _check_entry_basics(raw, source)
    mode = raw.get("mode")
    if mode is not None and mode not in MODES[category]:
        allowed = ", ".join(MODES[category]) or "none"
        raise _fail(source, line, entry_id, f"mode {mode!r} is not a {category} mode",
                    f"use one of: {allowed}")
    context = _words(raw.get("context"), source, line, entry_id, "context")
    bad = [c for c in context if c not in CONTEXTS]
    if bad:
        raise _fail(source, line, entry_id, f"unknown context {bad}",
                    "use a context from the codebook's general contexts table")
    verbs = _words(raw.get("verbs"), source, line, entry_id, "verbs")
    nouns = _words(raw.get("nouns"), source, line, entry_id, "nouns")
    adjectives = _words(raw.get("adjectives"), source, line, entry_id, "adjectives")
    if not verbs and not nouns and not adjectives:
        raise _fail(source, line, entry_id, "no 'verbs', 'nouns' or 'adjectives'",
                    "list at least one trigger")
    when = raw.get("when", "any")
    if when not in _WHEN:
        raise _fail(source, line, entry_id, f"'when' is {when!r}", f"use one of {_WHEN}")
    confidence = raw.get("confidence", 0.75)
    if not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        raise _fail(source, line, entry_id, "'confidence' must be a number in [0, 1]",
                    "write e.g. confidence: 0.7")
    flags = {}
    for key in ("frame", "light", "reciprocal", "swap", "needs_content"):
        flags[key] = raw.get(key, False)
        if not isinstance(flags[key], bool):
            raise _fail(source, line, entry_id, f"'{key}' must be true or false",
                        f"write {key}: true")
    return Entry(
        id=entry_id, category=category, mode=mode, context=context,
        verbs=tuple(_verb_pattern(v) for v in verbs),
        nouns=tuple(_noun_pattern(n) for n in nouns), adjectives=adjectives,
        when=when, confidence=float(confidence), source=source, line=line,
        requires=_condition(raw.get("requires"), source, line, entry_id, "requires"),
        excludes=_condition(raw.get("excludes"), source, line, entry_id, "excludes"),
        actor_preps=_words(raw.get("actor_preps", ["by"]), source, line, entry_id, "actor_preps"),
        recipient_preps=_words(raw.get("recipient_preps"), source, line, entry_id,
                               "recipient_preps"),
        **flags,
    )


def _verb_pattern(text: str) -> VerbPattern:
    first, *rest = text.split()
    return VerbPattern(lemma=first, particles=tuple(rest))


def _noun_pattern(text: str) -> NounPattern:
    *mods, head = text.split()
    return NounPattern(head=head, modifiers=tuple(mods))


def _parse_contexts(raw: Any, source: str) -> dict[str, tuple[str, ...]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _fail(source, 0, None, "'contexts' must be a mapping", "write context: [cue, ...]")
    out = {}
    for name, cues in raw.items():
        if name == "__line__":
            continue
        if name not in CONTEXTS:
            raise _fail(source, raw["__line__"], None, f"unknown context {name!r} in 'contexts'",
                        "use a context from the codebook's general contexts table")
        out[name] = _words(cues, source, raw["__line__"], f"contexts.{name}", "cues")
    return out


def _parse_mode_cues(raw: Any, source: str) -> dict[str, dict[str, tuple[str, ...]]]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise _fail(source, 0, None, "'mode_cues' must be a mapping",
                    "write CATEGORY: {mode: [cue, ...]}")
    out: dict[str, dict[str, tuple[str, ...]]] = {}
    for category, modes in raw.items():
        if category == "__line__":
            continue
        line = raw["__line__"]
        if category not in CATEGORIES or not isinstance(modes, dict):
            raise _fail(source, line, None, f"bad mode_cues category {category!r}",
                        "use a PLOVER category mapping modes to cue lists")
        for mode, cues in modes.items():
            if mode == "__line__":
                continue
            if mode not in MODES[category]:
                raise _fail(source, modes["__line__"], f"mode_cues.{category}",
                            f"mode {mode!r} is not a {category} mode",
                            f"use one of: {', '.join(MODES[category])}")
            words = _words(cues, source, modes["__line__"], f"mode_cues.{category}", mode)
            out.setdefault(category, {})[mode] = words
    return out


def _parse_file(path: Path) -> tuple[list[Entry], dict, dict]:
    data = _read(path)
    source = str(path)
    raw_entries = data.get("entries") or []
    if not isinstance(raw_entries, list):
        raise _fail(source, data["__line__"], None, "'entries' must be a list",
                    "write entries: followed by '- id: ...' items")
    entries = [_parse_entry(raw, source) for raw in raw_entries]
    return (entries, _parse_contexts(data.get("contexts"), source),
            _parse_mode_cues(data.get("mode_cues"), source))


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


def extra_paths(settings: Any = None) -> tuple[Path, ...]:
    """Return the user lexicon files named in ``settings.event_lexicons``."""
    return tuple(Path(p) for p in getattr(settings, "event_lexicons", ()) or ())


@functools.lru_cache(maxsize=8)
def _cached(paths: tuple[Path, ...]) -> Lexicon:
    return compile_lexicon(paths)


def load_lexicon(extra: Iterable[str | Path] = ()) -> Lexicon:
    """Return the compiled built-in lexicon extended by ``extra`` files (cached per path list).

    Raises:
        ConfigError: for a malformed or missing lexicon file.

    """
    paths = (builtin_path(), *(Path(p).resolve() for p in extra))
    return _cached(paths)
