"""Shared helpers of the events tests: the roles of the first event of a category."""

from __future__ import annotations

import wirecoder
from wirecoder.settings import Settings

PUBLISHED = "2025-06-02"


def event_roles(text: str, category: str, chooser: str) -> tuple[set[str], set[str]]:
    """Return the actor and recipient country codes of the text's first ``category`` event.

    Args:
        text: The sentence to analyze.
        category: The PLOVER category of the event.
        chooser: The argument chooser (``Settings.argument_chooser``).

    Returns:
        The actor codes and the recipient codes; fails when no such event is coded.
    """
    found = [e for e in wirecoder.analyze(text, published=PUBLISHED,
                                          settings=Settings(argument_chooser=chooser)).events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    event = found[0]
    return ({e.country_code for e in event.actor if e.country_code},
            {e.country_code for e in event.recipient if e.country_code})


def accuse_codes(text: str) -> list[tuple[set[str | None], set[str | None]]]:
    """Return the actor and recipient country codes of every ACCUSE event of ``text``.

    Args:
        text: The sentence to analyze (published on ``PUBLISHED``).

    Returns:
        One (actor codes, recipient codes) pair per ACCUSE event, in the text's order.
    """
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in wirecoder.analyze(text, published=PUBLISHED).events
            if e.event_type == "ACCUSE"]

