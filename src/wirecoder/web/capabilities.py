"""Optional capabilities built elsewhere: readout comparison and commitments.

The pages ask here whether a capability's package is importable; when it is not (yet),
they say so instead of failing. Adding one is a matter of shipping the package.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType

__all__ = ["optional"]

#: Capability name -> module that provides it.
MODULES = {"compare": "wirecoder.compare", "commitments": "wirecoder.commitments"}


def optional(name: str) -> ModuleType | None:
    """Return the module of capability ``name`` if it is installed, else None."""
    module = MODULES[name]
    if module in sys.modules:
        return sys.modules[module]
    try:
        if importlib.util.find_spec(module) is None:
            return None
        return importlib.import_module(module)
    except (ImportError, ValueError):
        return None
