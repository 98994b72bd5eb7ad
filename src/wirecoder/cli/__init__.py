"""The ``wirecoder`` command line: a thin skin over the public Python API."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
