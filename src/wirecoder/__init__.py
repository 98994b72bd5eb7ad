"""wirecoder: offline, source-attributed analysis of international-relations news.

The public API mirrors the command line::

    import wirecoder
    analysis = wirecoder.analyze(text, published="2026-02-04")
    for event in analysis.events:
        print(event.event_type, [a.entity_name for a in event.actor])
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("wirecoder")  # the one place: pyproject.toml
except PackageNotFoundError:  # pragma: no cover - running from a source tree, not installed
    __version__ = "0+unknown"

from .actors.kb import load_actors
from .errors import ConfigError, InputError, ModelNotFoundError, StoreError, WirecoderError
from .io import read_paths
from .models import (
    Analysis,
    Entity,
    Event,
    ItemError,
    Quantity,
    Quote,
    Story,
    StoryWarning,
    TimeExpression,
    json_schema,
)
from .pipeline import analyze, analyze_many
from .settings import Settings


def __getattr__(name: str) -> object:
    """Import lazily: ``wirecoder.Store``, ``wirecoder.open_store``, ``wirecoder.compare``."""
    if name in ("Store", "open_store"):
        from . import store

        return getattr(store, name)
    if name == "compare":  # the package is callable: wirecoder.compare(accounts)
        import importlib

        return importlib.import_module(f"{__name__}.compare")
    raise AttributeError(f"module 'wirecoder' has no attribute {name!r}")

__all__ = [
    "Analysis",
    "ConfigError",
    "Entity",
    "Event",
    "InputError",
    "ItemError",
    "ModelNotFoundError",
    "Quantity",
    "Quote",
    "Settings",
    "Store",
    "StoreError",
    "Story",
    "StoryWarning",
    "TimeExpression",
    "WirecoderError",
    "__version__",
    "analyze",
    "analyze_many",
    "json_schema",
    "load_actors",
    "open_store",
    "read_paths",
]
