"""The stage interface: each pipeline stage is a pure function ``(Doc, StageContext) -> tuple``.

Stages register themselves with :func:`register_stage`, declaring the name of the
records they produce, the names of earlier outputs they need (``requires``) and the
:class:`~wirecoder.models.Analysis` field their records fill (``assigns``; by default the
stage's name), in the spirit of spaCy's component factories. The pipeline checks the
order once, at start-up, and builds each analysis from the registry: a stage that assigns
a name that is not an ``Analysis`` field has its records under ``Analysis.extensions``.
Built-in stages (:data:`~wirecoder.settings.BUILTIN_STAGES`) are imported on first use.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .errors import ConfigError
from .models import Story
from .settings import BUILTIN_STAGES, Settings

__all__ = ["Stage", "StageContext", "check_order", "get_stage", "register_stage", "registered"]


@dataclass(frozen=True)
class StageContext:
    """What a stage may read besides the parsed document."""

    story: Story
    settings: Settings
    results: Mapping[str, tuple[Any, ...]] = field(default_factory=dict)

    def get(self, name: str) -> tuple[Any, ...]:
        """Return the records an earlier stage produced under ``name`` (empty if none)."""
        return self.results.get(name, ())


StageFunc = Callable[[Doc, StageContext], tuple[Any, ...]]


@dataclass(frozen=True)
class Stage:
    """A registered stage: what it produces, what it needs, what it fills, and the function."""

    name: str
    func: StageFunc
    requires: tuple[str, ...] = ()
    assigns: str = ""

    @property
    def field(self) -> str:
        """The :class:`~wirecoder.models.Analysis` field (or extension name) it fills."""
        return self.assigns or self.name


_REGISTRY: dict[str, Stage] = {}


def register_stage(
    name: str, requires: tuple[str, ...] = (), assigns: str | None = None
) -> Callable[[StageFunc], StageFunc]:
    """Register the decorated function as the stage producing ``name``.

    Args:
        name: The name later stages use in ``requires`` and ``Settings.stages`` lists.
        requires: Names of the stages whose records this one reads (from the context).
        assigns: The ``Analysis`` field the records fill; by default ``name``. A name that
            is not an ``Analysis`` field puts the records under ``Analysis.extensions``.

    Returns:
        A decorator that registers the function and returns it unchanged.
    """

    def decorate(func: StageFunc) -> StageFunc:
        _REGISTRY[name] = Stage(name=name, func=func, requires=requires, assigns=assigns or name)
        return func

    return decorate


def registered() -> dict[str, Stage]:
    """Return a copy of the registry (name -> stage)."""
    return dict(_REGISTRY)


def get_stage(name: str) -> Stage:
    """Return the stage registered as ``name``.

    Raises:
        ConfigError: if no stage has that name.
    """
    if name not in _REGISTRY and name in BUILTIN_STAGES:
        importlib.import_module(BUILTIN_STAGES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted({*_REGISTRY, *BUILTIN_STAGES}))
        raise ConfigError("C003",
                          detail=f"Unknown stage {name!r}. Fix: use one of {known}.") from None


def check_order(names: tuple[str, ...]) -> tuple[Stage, ...]:
    """Return the stages for ``names``, checking each one's needs come before it.

    Raises:
        ConfigError: if a stage needs an output that no earlier stage produces.
    """
    done: set[str] = set()
    stages = []
    for name in names:
        stage = get_stage(name)
        missing = [r for r in stage.requires if r not in done]
        if missing:
            raise ConfigError(
                "C003",
                detail=f"Stage {name!r} needs {missing} first. Fix: reorder or add those stages.",
            )
        done.add(name)
        stages.append(stage)
    return tuple(stages)
