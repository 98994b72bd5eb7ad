"""Query filters given by a person, checked and resolved once for the CLI and the API.

* ``--actor`` / ``--recipient`` / dyad parties: a code in any case (``chn``) or a name the
  actors knowledge base knows (``china``, ``Beijing``, ``Chinese``) becomes the code; any
  other text matches stored entity names, case-insensitively.
* ``--type``, ``--kind``, ``--unit``: unknown values are errors (S005) that suggest the
  nearest valid value ("did you mean").
* ``--since`` / ``--until``: ``YYYY-MM-DD``, an ISO datetime or ``YYYY-MM``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

from ..codebook import QUAD_CODE
from ..daterange import DATE_FORMS, parse_day
from ..models import QuoteKind
from .config import store_error

__all__ = ["QUOTE_KINDS", "Party", "choice", "day", "event_type", "party",
           "quantity_vocabulary"]

#: The quote kinds of the data model (``models.QuoteKind``), in its order.
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
_COUNTRY_KINDS = {"GPE", "NORP"}


@dataclass(frozen=True)
class Party:
    """A resolved party: a code to match ``event_actors.code``, and the text as given."""

    code: str | None
    text: str


@functools.lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], frozenset[str]]:
    """Return (casefolded country name/alias/demonym/capital -> code, known codes)."""
    from ..actors.kb import compile_kb, fold

    kb = compile_kb()
    names: dict[str, set[str]] = {}
    for surface, actors in kb.surfaces.items():
        codes = {a.country for a in actors if a.kind in _COUNTRY_KINDS and a.country}
        if codes:
            names.setdefault(fold(surface).casefold(), set()).update(codes)
    unique = {name: next(iter(codes)) for name, codes in names.items() if len(codes) == 1}
    return unique, frozenset(kb.countries)


def party(text: str) -> Party:
    """Resolve a party given by a person: ``chn``, ``CHN``, ``China``, ``china`` -> CHN.

    Text that is neither a known code nor a known country name keeps ``code`` None and
    matches stored entity names (``Xi Jinping``) or codes, case-insensitively.
    """
    from ..actors.kb import fold

    given = text.strip()
    names, codes = _country_names()
    if given.upper() in codes:
        return Party(given.upper(), given)
    return Party(names.get(fold(given).casefold()), given)


def choice(value: str | None, option: str, choices: Iterable[str], *,
           upper: bool = False, aliases: dict[str, str] | None = None) -> str | None:
    """Return ``value`` if it is one of ``choices`` (case-insensitive), else raise S005.

    ``aliases`` maps other names (casefolded) to a choice: "dollars" -> ``USD``; they are
    accepted and searched for the "did you mean" too.

    Raises:
        StoreError: S005 with a "did you mean" and the valid values.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise store_error("S005", value=str(value)[:60], option=option,
                          fix=f"give text, not a {type(value).__name__}.")
    valid = sorted(set(choices))
    if not valid:  # nothing stored yet: any value simply matches nothing
        return value
    folded = {**{a: c for a, c in (aliases or {}).items() if c in valid},
              **{c.casefold(): c for c in valid}}
    if value.casefold() in folded:
        found = folded[value.casefold()]
        return found.upper() if upper else found
    near = difflib.get_close_matches(value.casefold(), list(folded), n=1, cutoff=0.5)
    hint = f"did you mean {folded[near[0]]}? " if near else ""
    shown = ", ".join(valid[:40]) + (", ..." if len(valid) > 40 else "")
    raise store_error("S005", value=value, option=option, fix=f"{hint}Use one of: {shown}.")


#: Quantity kinds the quantities stage writes besides the kinds of its unit table.
_QUANTITY_KINDS = frozenset({"money", "count", "percent", "rate", "other"})


@functools.lru_cache(maxsize=1)
def quantity_vocabulary() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    """Return (canonical unit ids, kinds, unit names -> ids) of the quantities stage.

    ``--unit`` and ``--kind`` are checked against these and the stored values, so an
    unknown value is an error with a "did you mean" even before anything is stored; a
    unit's written name ("dollars", "tonnes") stands for its id.
    """
    from ..quantities.lexicon import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, UNITS

    names = {**{k.casefold(): v for k, v in CURRENCY_WORDS.items()},
             **{form.casefold(): unit for form, (unit, _) in UNITS.items()}}
    units = set(names.values()) | set(CURRENCY_CODES) | set(CURRENCY_SYMBOLS.values())
    kinds = {kind for _, kind in UNITS.values()} | _QUANTITY_KINDS
    return frozenset(units), frozenset(kinds), names


def rate_unit(value: str | None) -> str | None:
    """Return the rate unit ``value`` ("USD/barrel", "count/year") in its stored spelling.

    The quantities stage composes rate units from a known unit or kind over a known unit;
    such a value is accepted when every part is known, and None is returned otherwise (the
    caller then checks the value as a plain unit).
    """
    if not value or "/" not in value:
        return None
    units, kinds, names = quantity_vocabulary()
    spelled = {u.casefold(): u for u in (*units, *kinds)}
    parts = []
    for part in value.split("/"):
        key = part.strip().casefold()
        known = spelled.get(key) or names.get(key)
        if not known:
            return None
        parts.append(known)
    return "/".join(parts)


def event_type(value: str | None) -> str | None:
    """Return the PLOVER category ``value`` (any case), or raise S005 with a suggestion."""
    return choice(value, "--type", QUAD_CODE, upper=True)


def day(value: str | dt.date | None, option: str, *, end: bool = False) -> dt.date | None:
    """Return the day of a ``--since`` (or, with ``end``, ``--until``) value.

    Raises:
        StoreError: S005 naming the accepted forms.
    """
    if value is not None and not isinstance(value, str | dt.date):
        raise store_error("S005", value=str(value)[:60], option=option,
                          fix=f"use {DATE_FORMS}.")
    try:
        return parse_day(value, end=end)
    except ValueError:
        raise store_error("S005", value=value, option=option,
                          fix=f"use {DATE_FORMS}.") from None
