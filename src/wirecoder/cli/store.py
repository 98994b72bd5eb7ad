"""Corpus-store commands (ingest, events, dyad, quotes, quantities, search, stats, export)."""

from __future__ import annotations

from .app import app  # noqa: F401 - commands register on this app
