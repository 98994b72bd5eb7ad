"""Sides carried over to speakers whose own side is unknown (helpers of ``sides.story_sides``).

A speaker the story names without a side ("the ministry said", "he added", "officials said")
takes the side its name had before, the story's home country for unnamed officials, the
side of the nearest earlier speaker whose name holds its head noun ("the ministry" after
"Ruritania's foreign ministry"), the armed group last heard for a description of an armed
group, else the side of the sentence before. An indefinite description ("a Western
diplomatic source") is someone new and continues nothing. A government official of unknown
country never carries on an armed group's or an opposition party's side: he speaks for the
one government the story names, else for no side (round 13).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Entity
from .names import ARMED_GROUP, name_like

if TYPE_CHECKING:
    from .sides import Speakers

__all__ = ["continue_pending", "known_speaker"]

STATE_OFFICIAL = "GOV"  # sector of a government official (minister, negotiator, spokesman)
#: An unnamed holder of a state office, with no country: "an army spokesman", "a foreign
#: ministry official", "a government source" (round 14). He speaks for the one government
#: the story names; in a story naming two governments he stays without a side.
STATE_OFFICE = re.compile(
    r"(?i)(?:an?|the|one)\s+(?:(?:senior|top|local|provincial|regional|federal|national|"
    r"high-ranking|official)\s+)*(?:government|army|military|defen[cs]e|foreign|interior|"
    r"information|police|security|ministry|presidential|state)(?:\s+ministry)?\s+"
    r"(?:spokes(?:man|woman|person)|officials?|officers?|sources?|aides?|representatives?)")


def continue_pending(pending: dict[int, Entity], speakers: Speakers,
                     found: dict[int, tuple[str, str | None, str]],
                     commentary: dict[int, int]) -> None:
    """A quote by a speaker of unknown side: by name, else the side of the sentence before.

    Unnamed officials without a country ("border sources said", "officials said") speak
    for the story's home country (the country its places are mostly in). A government
    official (sector ``GOV``) after a sentence of an armed group or an opposition party
    speaks for the one government the story names ("the <country> government"), else for
    no side: the minister who rejects the rebels' charge is not the rebels' voice.

    Args:
        pending: Sentence index -> its speaker of unknown side.
        speakers: The story's speakers (learns each side given here).
        found: Sentence index -> (side, speaker name, how); updated in place.
        commentary: Sentences spoken by a commentator (never given a side).
    """
    for index in sorted(pending):
        if index in found or index in commentary:
            continue
        speaker = pending[index]
        side = speakers.by_name(speaker)
        how = "name"
        if side is None and speakers.lexicon.unnamed.fullmatch(speaker.raw_text.strip()):
            side, how = speakers.home, "home"
        if (side is None and speakers.government and not speaker.country_code
                and STATE_OFFICE.fullmatch(speaker.raw_text.strip())):
            side, how = speakers.government, "government office"  # "an army spokesman"
        if side is None and speaker.kind not in {"PERSON", "PRONOUN"} and known_speaker(speaker):
            side, how = _described_before(speaker, index, found), "description"
        if side is None and speaker.sector_code == ARMED_GROUP and known_speaker(speaker):
            side, how = _group_before(index, found, speakers), "group"
        if (side is None and speaker.sector_code == STATE_OFFICIAL and index - 1 in found
                and _nonstate(found[index - 1][0], speakers)):
            side, how = speakers.government, "government"  # never the armed group's voice
        elif side is None and index - 1 in found and known_speaker(speaker):
            side, how = found[index - 1][0], "continued"
        if side:
            found[index] = (side, speaker.entity_name, how)
            speakers.learn(speaker.entity_name, side)


def _nonstate(side: str, speakers: Speakers) -> bool:
    """Whether ``side`` fights or opposes a state: an armed group or an opposition party.

    An organization of states (the U.N., the G7) is not such a side: its members' ministers
    speak for it ("The foreign ministers also reaffirmed…").
    """
    return side in speakers.armed or side in speakers.opposition or side == ARMED_GROUP


DESCRIBED_LOOKBACK = 8  # sentences searched back for the speaker "the ministry" refers to


def _group_before(index: int, found: dict[int, tuple[str, str | None, str]],
                  speakers: Speakers) -> str | None:
    """The armed group that spoke last before sentence ``index``, if one did.

    "The insurgent movement accuses the government of…" after the Veloria Liberation Front
    claimed the attack: a definite description of an armed group is the group last named
    as a speaker.
    """
    for back in range(index - 1, -1, -1):
        if back in found and found[back][0] in speakers.armed:
            return found[back][0]
    return None


def _described_before(speaker: Entity, index: int,
                      found: dict[int, tuple[str, str | None, str]]) -> str | None:
    """The side of the nearest earlier speaker whose name holds the description's head noun.

    "The ministry said…" paragraphs after "Ruritania's foreign ministry said…" continues that
    ministry's side, though other speakers came between.
    """
    words = speaker.raw_text.lower().split()
    return _described_before_head(words[-1] if words else "", index, found)


def _described_before_head(head: str, index: int,
                           found: dict[int, tuple[str, str | None, str]]) -> str | None:
    """The side of the nearest earlier speaker whose name holds ``head``."""
    if len(head) < 4:
        return None
    for back in range(index - 1, max(index - DESCRIBED_LOOKBACK, -1), -1):
        if back in found and head in (found[back][1] or "").lower().split():
            return found[back][0]
    return None


def known_speaker(speaker: Entity) -> bool:
    """Whether ``speaker`` was mentioned before: a name, a pronoun, a definite description.

    A definite description is "the official", "its envoy"; an indefinite one ("a source
    close to the talks") is someone new.

    Args:
        speaker: The speaker's mention.

    Returns:
        True for a name, a pronoun or a definite or possessive description.
    """
    if speaker.kind in {"PERSON", "PRONOUN"} or name_like(speaker):
        return True  # a name ("Dario Venn", even when recognized as an ORG) or a pronoun
    return speaker.raw_text.lower().startswith(("the ", "his ", "her ", "their ", "its "))
