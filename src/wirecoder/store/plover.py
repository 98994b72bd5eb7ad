"""PLOVER vocabulary the store needs: quad classes, default scores, CAMEO roots.

Sources: the PLOVER manual (quad-category chapters, score table) and the
CAMEO->PLOVER table of 2021 (``shared/plover``). Values are written out here, not read
from those files at run time, so that the store works from an installed wheel.
"""

from __future__ import annotations

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

#: Quad class of each PLOVER category, numbered as in PLOVER's ``quad_code`` and GDELT's
#: ``QuadClass``: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict. SANCTION follows the manual's chapters (material conflict); the
#: manual's summary table lists it once under verbal conflict.
QUAD_CODE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

QUAD_NAMES: dict[int, str] = {
    1: "VERBAL_COOPERATION",
    2: "MATERIAL_COOPERATION",
    3: "VERBAL_CONFLICT",
    4: "MATERIAL_CONFLICT",
}

#: Category-level PLOVER conflict-cooperation scores (manual, score table). ACCUSE is
#: printed as 3 there; its modes score -2 to -3.5, so the sign is taken to be lost: -3.
CATEGORY_SCORE: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "SUPPORT": 5.0, "CONCEDE": 4.5,
    "COOPERATE": 9.5, "AID": 10.0, "RETREAT": 6.5,
    "REQUEST": 0.0, "ACCUSE": -3.0, "REJECT": -2.0, "THREATEN": -3.5,
    "PROTEST": -5.0, "SANCTION": -6.0, "MOBILIZE": -5.5, "COERCE": -7.0, "ASSAULT": -9.0,
}  # fmt: skip

#: CAMEO root code of each PLOVER category: the two-digit root holding most of the CAMEO
#: codes that the CAMEO2PLOVER-2021 table maps to the category (CONCEDE and RETREAT
#: share 08; ACCUSE is mostly 11, partly 09; ASSAULT mostly 18, partly 19/20).
CAMEO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}  # fmt: skip


def quad_code(event_type: str, quad: str | None = None) -> int | None:
    """Return the quad class 1-4 of an event, from its ``quad`` label or its category.

    Args:
        event_type: The PLOVER category, e.g. ``"REQUEST"``.
        quad: The event's own quad label ("VERBAL_CONFLICT", "V-Conf.", "3", ...), if any.

    """
    if quad:
        label = quad.strip().upper()
        if label in {"1", "2", "3", "4"}:
            return int(label)
        verbal = label.startswith("V")
        material = label.startswith("M")
        if verbal or material:
            coop = "COOP" in label
            if coop or "CONF" in label:
                return (1 if verbal else 2) if coop else (3 if verbal else 4)
    return QUAD_CODE.get(event_type.upper())


def category_score(event_type: str) -> float | None:
    """Return the category-level PLOVER score of ``event_type``, or None if unknown."""
    return CATEGORY_SCORE.get(event_type.upper())


def cameo_root(event_type: str, given: str | None = None) -> str | None:
    """Return the two-digit CAMEO root: the event's own ``given`` value, else the map's."""
    if given:
        digits = "".join(ch for ch in given if ch.isdigit())
        return digits[:2].zfill(2) if digits else given
    return CAMEO_ROOT.get(event_type.upper())


def goldstein(score: float | None) -> float | None:
    """Return a Goldstein-like value: the PLOVER score clipped to [-10, 10], one decimal.

    PLOVER scores were built from, and share the range of, the Goldstein scale.
    """
    if score is None:
        return None
    return round(max(-10.0, min(10.0, float(score))), 1)
