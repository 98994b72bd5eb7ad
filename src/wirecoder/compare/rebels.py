"""Non-state parties in a story: rebels and armed groups speak for themselves, not a state."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from ..models import Entity
from .names import ARMED_GROUP, short_name

__all__ = ["ARMED_NAME", "REBEL_NOUN", "UNNAMED_REBELS", "armed_by_name", "armed_group",
           "nonstate_party",
           "rebel_appositions", "rebels_speaking"]

# Non-state parties named by a group noun: "the rebels", "rebel delegates", "insurgents"; and
# armed groups' own names ("the Sudan Liberation Army", "the Revolutionary Front").
REBEL_NOUN = re.compile(r"(?i)\b(?:rebel|insurgen|guerr?ill|maoist)\w*")
ARMED_NAME = re.compile(r"\b(?:Liberation|Revolutionary|Resistance|Rebel|Insurgent|Mujahideen)\b")
# An armed group's own name also needs an armed head noun, and no political body's head
# (after review, round 14): "the Ruritanian Liberation Front" is armed, "the Freedonia
# Liberation Organization" and "the Revolutionary Workers' Party" are political bodies.
ARMED_HEAD = re.compile(r"\b(?:Fronts?|Army|Armies|Tigers|Forces|Brigades?|Militias?|"
                        r"Guerr?illas|Fighters|Battalions?|Legion|Commandos?|Mujahideen)\b")
POLITICAL_HEAD = re.compile(r"(?i)\b(?:Part(?:y|ies)|Organi[sz]ations?|Congress|Council|"
                            r"Union|League|Government|Authority)\b")
UNNAMED_REBELS = "REB"  # the side of rebels a story does not name (one side per story)
# A news outlet the entity stages may tie a rebel speaker to ("rebel leader X told VOA /
# Reuters"): the outlet he spoke to is never his group (round 14).
NEWS_OUTLET = re.compile(
    r"(?i)\b(?:Voice of America|VOA|Reuters|Associated Press|AP|Agence France[- ]Presse|AFP|"
    r"BBC|Al Jazeera|CNN|Xinhua|news(?:paper)?|radio|television|TV|wire service)\b")


def nonstate_party(entity: Entity) -> bool:
    """Whether a mention speaks for rebels, never for the state they fight.

    "Sudanese rebels", "members of the rebel X movement" and "the spokesman for the Y
    Liberation Army" are resolved to the country they fight in; their side is the group's.

    Args:
        entity: A mention of the story.

    Returns:
        True when the mention's role, words or organisation name rebels or an armed group.
    """
    described = " ".join(filter(None, (entity.role, entity.raw_text)))
    return bool(REBEL_NOUN.search(described) or (
        entity.organization and ARMED_NAME.search(entity.organization)) or (
        armed_by_name(entity)))


def armed_by_name(entity: Entity) -> bool:
    """Whether an organization's own name says it is armed ("the X Liberation Tigers").

    Round 14: the entity stages give such a group, named without an organization tie, the
    country it fights in. A state's forces the knowledge base knows ("People's Liberation
    Army", sector ``MIL`` resolved from the KB) stay their state's. After review: the name
    needs an armed head noun (``ARMED_HEAD``: Front, Army, Tigers, Forces …) and no political
    body's (``POLITICAL_HEAD``: Party, Organization …), so a liberation organization or a
    revolutionary party keeps its country's side.
    """
    name = entity.entity_name or ""
    return (entity.kind == "ORG" and not entity.organization
            and bool(ARMED_NAME.search(name) and ARMED_HEAD.search(name))
            and not POLITICAL_HEAD.search(name)
            and not (entity.resolved_by == "kb" and entity.sector_code in {"MIL", "GOV"}))


def armed_group(entity: Entity) -> str | None:
    """The side of an armed group's mention: the group's name, never its country.

    "BLA militants" and "the separatist group" speak for the Baloch Liberation Army, not for
    Pakistan; a mention without a group name ("militants") speaks for no known side.

    Args:
        entity: A mention of the story.

    Returns:
        The armed group's name, or None when the mention names no group.
    """
    if entity.organization and NEWS_OUTLET.search(entity.organization):
        # "rebel leader X told VOA": the outlet is no group, and a person is no group's name
        return None if entity.kind == "PERSON" else _named_group(entity)
    if entity.organization and (entity.sector_code == ARMED_GROUP
                                or ARMED_NAME.search(entity.organization)):
        return entity.organization
    return _named_group(entity)


def _named_group(entity: Entity) -> str | None:
    """The group a mention names by itself ("the Veloria Liberation Front"), if any."""
    name = entity.entity_name or ""
    if REBEL_NOUN.search(entity.raw_text) and entity.sector_code != ARMED_GROUP:
        return None  # "An Ethiopian rebel group": unnamed
    if entity.kind == "NOMINAL" and entity.role and entity.role.lower() in name.lower():
        return None  # "Pakistan militants": a description, not a group's name
    return name if name[:1].isupper() or name.startswith("al-") else None


REBELS_SUBJECT = re.compile(  # "the rebels", "rebel delegates", "insurgent leaders"
    r"(?i)\b(?:the\s+)?(?-i:[A-Z][\w-]*\s+)?(?:rebels?|insurgents?|guerr?illas?|Maoists)"
    r"(?:\s+(?:delegates|delegation|leaders|commanders|negotiators|representatives|"
    r"spokes(?:man|woman|person)))?\b")
CLAUSE_START = re.compile(  # what may stand before the subject: nothing, a comma, "but"
    r"(?i)(?:^|,|\b(?:but|while|whereas|yet))\s*$")


def rebels_speaking(text: str, spans: list[tuple[int, int]], taken: set[int],
                    reporting: re.Pattern[str],
                    subject_position: Callable[[str, int, int], bool]) -> list[int]:
    """The sentences (not in ``taken``) whose reporting verb's subject is unnamed rebels.

    The entity stages often give "rebel delegates asked…" or "the rebels said…" no mention
    at all; such a subject speaks for the one armed group the story names, else for the
    story's unnamed rebels (``UNNAMED_REBELS``), never for the state they fight.

    Args:
        text: The story's text.
        spans: Character spans of the story's sentences.
        taken: Indexes of sentences whose speaker is already known.
        reporting: Pattern of a reporting verb right after the subject.
        subject_position: Whether the words between a sentence start and an offset leave
            the offset at a subject's place (text, sentence start, offset).

    Returns:
        Indexes of the sentences whose speaker is unnamed rebels, in order.
    """
    found = []
    for index, (start, end) in enumerate(spans):
        if index in taken:
            continue
        for match in REBELS_SUBJECT.finditer(text, start, end):
            if (subject_position(text, start, match.start())
                    and CLAUSE_START.search(text[start:match.start()])
                    and reporting.match(text, match.end(), end)):
                found.append(index)
                break
    return found


def rebel_appositions(entities: list[Entity], text: str,
                      side_of: Callable[[Entity], str | None]) -> dict[str, str]:
    """Names in apposition to a rebel description speak for the rebels, not for the country.

    "The spokesman for the X Liberation Army, Jon Doe, says…": the resolver gives Jon Doe the
    country the group fights in; the description before the name says whose spokesman he is
    (``side_of`` gives the description's side).

    Args:
        entities: The story's mentions.
        text: The story's text.
        side_of: The side a rebel description speaks for, or None.

    Returns:
        Person names (and their short forms) mapped to the rebel side they speak for.
    """
    found: dict[str, str] = {}
    ordered = sorted(entities, key=lambda e: e.start)
    for before, person in pairwise(ordered):
        if (person.kind == "PERSON" and person.entity_name and nonstate_party(before)
                and text[before.end:person.start] == ", "
                and (side := side_of(before))):
            found[person.entity_name] = side
    for entity in ordered:  # "Mr. Doe" after "Jon Doe", whatever country it was given
        short = short_name(entity) if entity.kind == "PERSON" else None
        fulls = {name for name in found if short and short in name.lower().split()[1:]}
        if short and len({found[name] for name in fulls}) == 1:
            found[entity.entity_name] = found[next(iter(fulls))]
    return found
