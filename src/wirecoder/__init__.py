"""wirecoder: offline, source-attributed analysis of international-relations news.

The public API mirrors the command line::

    import wirecoder
    analysis = wirecoder.analyze(text, published="2026-02-04")
    for event in analysis.events:
        print(event.event_type, [a.entity_name for a in event.actor])
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
from .settings import Settings
from .version import __version__

if TYPE_CHECKING:
    from .actors.kb import load_actors
    from .pipeline import analyze, analyze_many
    from .store import Store, open_store

#: Names imported on first use: the analysis ones load spaCy, the store ones SQLAlchemy.
_LAZY = {"analyze": "pipeline", "analyze_many": "pipeline", "load_actors": "actors.kb",
         "Store": "store", "open_store": "store"}


def __getattr__(name: str) -> object:
    """Import spaCy-backed and store names on first use, so ``import wirecoder.store`` is light.

    ``wirecoder.compare`` is the compare package, callable as ``wirecoder.compare(accounts)``.
    """
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    if name == "compare":
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
