"""The installed wirecoder version, read once from the package metadata (pyproject.toml).

Modules that need the version import it from here, not from the package root, so that no
module depends on ``wirecoder/__init__.py`` (which re-exports the public API).
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

__all__ = ["__version__"]

try:
    __version__ = version("wirecoder")  # the one place: pyproject.toml
except PackageNotFoundError:  # pragma: no cover - running from a source tree, not installed
    __version__ = "0+unknown"
