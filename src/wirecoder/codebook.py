"""The PLOVER codebook in one place: categories, modes, contexts, scores, quads, CAMEO roots.

Also the PLOVER actor codes: sectors and non-state actor codes.

Every part of wirecoder that needs a PLOVER fact reads it from here: the event coder
(validating the lexicon, scoring events), the corpus store (rows, filters, exports, dyad
timelines) and the web app. The module imports nothing but the standard library, so a
server or a query can use it without loading spaCy.

Sources: the PLOVER codebook (category sections, mode tables, the table "General
contexts", the table "PLOVER conflict–cooperation scores") and the CAMEO->PLOVER table
of 2021 (``shared/plover``). Values are written out here, not read from those files at
run time, so that the package works from an installed wheel.

Two readings of the codebook, documented in ``docs/events.md``:

* the score table lists the ACCUSE default as ``3``; every ACCUSE mode is negative and
  ACCUSE is verbal conflict, so the sign is taken as a typo and ``-3`` is used;
* the summary table at the end of the codebook puts SANCTION under verbal conflict, the
  SANCTION section under material conflict — the section is followed.
"""

from __future__ import annotations

__all__ = [
    "CAMEO_ROOT",
    "CATEGORIES",
    "CATEGORY_SCORE",
    "CONTEXTS",
    "MODES",
    "NONSTATE",
    "QUADS",
    "QUAD_CODE",
    "QUAD_NAMES",
    "SCORES",
    "SECTORS",
    "cameo_root",
    "category_score",
    "goldstein",
    "quad",
    "quad_code",
    "record_cameo_root",
    "score",
]

#: PLOVER actor codes that stand in a country code's place: UN, EU, other IGOs, NGOs,
#: multinational corporations, transnational militarized groups, social movements.
NONSTATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM"})
#: PLOVER actor sector codes (government, military, ..., and the societal sectors).
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})

#: The 16 PLOVER event categories, in the codebook's order.
CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

_SHARED = ("assist", "change", "yield", "meet")
#: Modes per category, from the codebook's mode tables.
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (), "SUPPORT": (), "CONCEDE": (), "COOPERATE": (), "AID": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": _SHARED, "REJECT": _SHARED,
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport",
               "withhold", "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive",
                "firearms", "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons",
                "crowd-control", "unconventional"),
}  # fmt: skip

#: General contexts of the codebook (table "General contexts").
CONTEXTS: frozenset[str] = frozenset({
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender",
    "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
    "health", "asylum", "migration", "disasters", "natural_resource", "environment",
    "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
})  # fmt: skip

#: Quad class of each category, numbered as in PLOVER's ``quad_code`` and GDELT's
#: ``QuadClass``: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
#: 4 material conflict (from the "Quad category" line of each category's section).
QUAD_CODE: dict[str, int] = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip

#: Name of each quad class, as the store and the web app write it.
QUAD_NAMES: dict[int, str] = {
    1: "VERBAL_COOPERATION",
    2: "MATERIAL_COOPERATION",
    3: "VERBAL_CONFLICT",
    4: "MATERIAL_CONFLICT",
}

#: Quad label of each category as an event record carries it ("VERBAL COOPERATION").
QUADS: dict[str, str] = {
    category: QUAD_NAMES[code].replace("_", " ") for category, code in QUAD_CODE.items()
}

#: Category default scores and category:mode scores from the codebook's score table.
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
}  # fmt: skip

#: Category-level scores (the category defaults of :data:`SCORES`).
CATEGORY_SCORE: dict[str, float] = {category: SCORES[category] for category in CATEGORIES}

#: CAMEO root code of each category: the two-digit root holding most of the CAMEO codes
#: that the CAMEO2PLOVER-2021 table maps to the category (CONCEDE and RETREAT share 08;
#: ACCUSE is mostly 11, partly 09; ASSAULT mostly 18, partly 19/20).
CAMEO_ROOT: dict[str, str] = {
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
    "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
    "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
    "ASSAULT": "18",
}  # fmt: skip

#: Mode-specific CAMEO roots, following CAMEO2PLOVER-2021 read in reverse.
_MODE_ROOTS: dict[str, str] = {
    "ACCUSE:investigate": "09",
    "ASSAULT:firearms": "19", "ASSAULT:heavy-weapons": "19", "ASSAULT:aerial": "19",
    "ASSAULT:drone": "19", "ASSAULT:unconventional": "20", "ASSAULT:destroy": "17",
    "ASSAULT:crowd-control": "17",
}  # fmt: skip


def score(category: str, mode: str | None = None) -> float | None:
    """Return the codebook score of ``category`` and ``mode`` (the category default if none).

    Args:
        category: A PLOVER category, e.g. ``"CONSULT"`` (case-insensitive).
        mode: One of the category's modes, e.g. ``"visit"``, or None.

    Returns:
        The score, or None for an unknown category.
    """
    category = category.upper()
    if mode and f"{category}:{mode}" in SCORES:
        return SCORES[f"{category}:{mode}"]
    return SCORES.get(category)


def category_score(event_type: str) -> float | None:
    """Return the category-level score of ``event_type``, or None if unknown."""
    return CATEGORY_SCORE.get(event_type.upper())


def quad(category: str) -> str | None:
    """Return the quad label of ``category`` as an event carries it ("VERBAL CONFLICT")."""
    return QUADS.get(category.upper())


def quad_code(event_type: str, label: str | None = None) -> int | None:
    """Return the quad class 1-4 of an event, from its own quad ``label`` or its category.

    Args:
        event_type: The PLOVER category, e.g. ``"REQUEST"``.
        label: The event's own quad label ("VERBAL_CONFLICT", "V-Conf.", "3", ...), if any.

    Returns:
        The quad class, or None when neither the label nor the category is known.
    """
    if label:
        text = label.strip().upper()
        if text in {"1", "2", "3", "4"}:
            return int(text)
        verbal = text.startswith("V")
        material = text.startswith("M")
        if verbal or material:
            coop = "COOP" in text
            if coop or "CONF" in text:
                return (1 if verbal else 2) if coop else (3 if verbal else 4)
    return QUAD_CODE.get(event_type.upper())


def cameo_root(category: str, mode: str | None = None,
               context: tuple[str, ...] = ()) -> str | None:
    """Return the two-digit CAMEO root that the CAMEO->PLOVER table maps to an event.

    ASSAULT without a weapon mode maps to 19 (conventional military force) in a military
    context and to 18 otherwise; COERCE seize/restrict in a military context (occupation,
    blockade) maps to 19.

    Args:
        category: The PLOVER category (case-insensitive).
        mode: The event's mode, if any.
        context: The event's general contexts.

    Returns:
        The root, or None for an unknown category.
    """
    category = category.upper()
    if mode and f"{category}:{mode}" in _MODE_ROOTS:
        return _MODE_ROOTS[f"{category}:{mode}"]
    if category == "ASSAULT" and not mode and "military" in context:
        return "19"
    if category == "COERCE" and mode in {"seize", "restrict"} and "military" in context:
        return "19"
    return CAMEO_ROOT.get(category)


def record_cameo_root(event_type: str, given: str | None = None) -> str | None:
    """Return the two-digit CAMEO root of a stored event: its own ``given`` value, else the map's.

    Args:
        event_type: The PLOVER category.
        given: The root or CAMEO code the record carries ("190", "19", ...), if any.

    Returns:
        The first two digits of ``given`` (zero-padded), ``given`` itself when it has no
        digits, else the category's root.
    """
    if given:
        digits = "".join(ch for ch in given if ch.isdigit())
        return digits[:2].zfill(2) if digits else given
    return CAMEO_ROOT.get(event_type.upper())


def goldstein(value: float | None) -> float | None:
    """Return a Goldstein-like value: the PLOVER score clipped to [-10, 10], one decimal.

    PLOVER scores were built from, and share the range of, the Goldstein scale.
    """
    if value is None:
        return None
    return round(max(-10.0, min(10.0, float(value))), 1)
