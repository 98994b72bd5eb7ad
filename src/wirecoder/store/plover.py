"""Deprecated alias of :mod:`wirecoder.codebook`, kept only for old imports.

The PLOVER codebook (quad classes, scores, CAMEO roots) lives in :mod:`wirecoder.codebook`;
import it from there. This module holds no values of its own.
"""

from __future__ import annotations

from ..codebook import (
    CAMEO_ROOT,
    CATEGORY_SCORE,
    QUAD_CODE,
    QUAD_NAMES,
    category_score,
    goldstein,
    quad_code,
)
from ..codebook import record_cameo_root as cameo_root

__all__ = [
    "CAMEO_ROOT",
    "CATEGORY_SCORE",
    "QUAD_CODE",
    "QUAD_NAMES",
    "cameo_root",
    "category_score",
    "goldstein",
    "quad_code",
]
