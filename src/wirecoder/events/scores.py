"""PLOVER conflict–cooperation scores, quad categories and CAMEO roots.

Scores follow the codebook's table "PLOVER conflict–cooperation scores" (category
defaults and category: mode values). One deviation, documented in ``docs/events.md``:
the table lists the ACCUSE default as ``3``; every ACCUSE mode is negative and ACCUSE is
verbal conflict, so the sign is taken as a typo and ``-3`` is used.

Quads follow the "Quad category" line of each category's section; the summary table at
the end of the codebook puts SANCTION under verbal conflict, the SANCTION section under
material conflict — the section is followed.
"""

from __future__ import annotations

__all__ = ["QUADS", "SCORES", "cameo_root", "quad", "score"]

#: Category default scores and category:mode scores from the codebook.
SCORES: dict[str, float] = {
    "AGREE": 2.5, "CONSULT": 2.5, "CONSULT:visit": 4.0, "CONSULT:third-party": 1.0,
    "CONSULT:multilateral": 4.0, "CONSULT:phone": 1.5,
    "SUPPORT": 5.0, "CONCEDE": 4.5, "COOPERATE": 9.5, "AID": 10.0,
    "RETREAT": 6.5, "RETREAT:withdraw": 8.0, "RETREAT:release": 6.5, "RETREAT:disarm": 10.0,
    "RETREAT:ceasefire": 7.5, "RETREAT:access": 6.5, "RETREAT:resign": 4.5,
    "REQUEST": 0.0, "REQUEST:assist": 0.5, "REQUEST:change": -1.0, "REQUEST:yield": -1.0,
    "REQUEST:meet": 0.0,
    "ACCUSE": -3.0, "ACCUSE:disapprove": -2.0, "ACCUSE:investigate": -3.5,
    "ACCUSE:allege": -3.5,
    "REJECT": -2.0, "REJECT:assist": -1.5, "REJECT:change": -2.0, "REJECT:yield": -2.0,
    "REJECT:meet": -2.0,
    "THREATEN": -3.5, "THREATEN:restrict": -3.0, "THREATEN:arrest": -3.5,
    "THREATEN:relations": -3.5, "THREATEN:expel": -3.5, "THREATEN:territory": -4.0,
    "THREATEN:violence": -3.5,
    "PROTEST": -5.0, "PROTEST:demo": -5.0, "PROTEST:riot": -7.0, "PROTEST:strike": -5.0,
    "PROTEST:hunger": -4.5, "PROTEST:boycott": -4.5, "PROTEST:obstruct": -4.5,
    "SANCTION": -6.0, "SANCTION:convict": -6.0, "SANCTION:expel": -5.5,
    "SANCTION:withdraw": -6.0, "SANCTION:discontinue": -6.0,
    "MOBILIZE": -5.5, "MOBILIZE:troops": -6.5, "MOBILIZE:weapons": -6.5,
    "MOBILIZE:police": -5.5, "MOBILIZE:militia": -6.0,
    "COERCE": -7.0, "COERCE:seize": -7.0, "COERCE:restrict": -7.0, "COERCE:censor": -6.5,
    "COERCE:curfew": -6.5, "COERCE:martial-law": -7.5, "COERCE:arrest": -7.0,
    "COERCE:deport": -7.0, "COERCE:withhold": -7.0, "COERCE:misinformation": -6.5,
    "COERCE:cyber": -7.0,
    "ASSAULT": -9.0, "ASSAULT:abduct": -8.5, "ASSAULT:beat": -7.5, "ASSAULT:torture": -8.5,
    "ASSAULT:sexual": -8.5, "ASSAULT:targeted": -9.5, "ASSAULT:destroy": -8.5,
    "ASSAULT:primitive": -8.0, "ASSAULT:firearms": -9.0, "ASSAULT:explosives": -9.0,
    "ASSAULT:suicide-attack": -9.5, "ASSAULT:aerial": -9.5, "ASSAULT:drone": -9.5,
    "ASSAULT:heavy-weapons": -9.5, "ASSAULT:crowd-control": -7.5,
    "ASSAULT:unconventional": -10.0,
}

#: Quad category of each PLOVER category (from each category's section).
QUADS: dict[str, str] = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), "VERBAL COOPERATION"),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), "MATERIAL COOPERATION"),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), "VERBAL CONFLICT"),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"),
                    "MATERIAL CONFLICT"),
}

_ROOTS = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}
#: Mode-specific CAMEO roots, following CAMEO2PLOVER-2021 read in reverse.
_MODE_ROOTS = {
    "ACCUSE:investigate": "09",
    "ASSAULT:firearms": "19", "ASSAULT:heavy-weapons": "19", "ASSAULT:aerial": "19",
    "ASSAULT:drone": "19", "ASSAULT:unconventional": "20", "ASSAULT:destroy": "17",
    "ASSAULT:crowd-control": "17",
}


def score(category: str, mode: str | None) -> float | None:
    """Return the codebook score for ``category`` and ``mode`` (category default if none)."""
    if mode and f"{category}:{mode}" in SCORES:
        return SCORES[f"{category}:{mode}"]
    return SCORES.get(category)


def quad(category: str) -> str | None:
    """Return the quad category of ``category``."""
    return QUADS.get(category)


def cameo_root(category: str, mode: str | None, context: tuple[str, ...] = ()) -> str | None:
    """Return the two-digit CAMEO root that the CAMEO->PLOVER table maps to this event.

    ASSAULT without a weapon mode maps to 19 (conventional military force) in a military
    context and to 18 otherwise; COERCE seize/restrict in a military context (occupation,
    blockade) maps to 19.
    """
    if mode and f"{category}:{mode}" in _MODE_ROOTS:
        return _MODE_ROOTS[f"{category}:{mode}"]
    if category == "ASSAULT" and not mode and "military" in context:
        return "19"
    if category == "COERCE" and mode in {"seize", "restrict"} and "military" in context:
        return "19"
    return _ROOTS.get(category)
