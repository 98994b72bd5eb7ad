"""spaCy model loading: lazy, once per process, pinned pipeline preferred."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

from .errors import ModelNotFoundError
from .settings import DEFAULT_MODEL, FALLBACK_MODELS

__all__ = ["load_nlp", "model_id", "resolve_model_name"]


def resolve_model_name(name: str | None = None) -> str:
    """Return the pipeline to load: ``name``, else the official model, else its PyPI twin.

    Raises:
        ModelNotFoundError: when no candidate pipeline is installed.
    """
    candidates = (name,) if name else (DEFAULT_MODEL, *FALLBACK_MODELS)
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None or _is_path(candidate):
            return candidate
    raise ModelNotFoundError(name=name or DEFAULT_MODEL)


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).joinpath("meta.json").exists()


@functools.lru_cache(maxsize=4)
def load_nlp(name: str | None = None) -> Language:
    """Load (once per process) and return the spaCy pipeline ``name``."""
    resolved = resolve_model_name(name)
    try:
        return spacy.load(resolved)
    except OSError as exc:  # pragma: no cover - broken installs only
        raise ModelNotFoundError(name=resolved) from exc


def model_id(nlp: Language) -> str:
    """Return ``name-version`` of a loaded pipeline, as stored with each analysis."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
