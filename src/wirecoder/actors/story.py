"""Where a story happens: a country for domestic parties that its sentence leaves open.

Police, protesters, residents, civilians, lawmakers, the opposition, rebels and security
forces act where they live. When their sentence names no country that sets its scene
(``context.py``), they take the country where the **story** happens -- only when the
story's location evidence points to one country:

* the **dateline** ("NAIROBI, Kenya —", "ALEPPO —"): where the reporter files from;
* the **places** the story names with a country of their own ("in Aleppo", "the town of
  Jermuk", "in eastern Congo"), each counted once per mention;
* **domestic bodies** named with their own country ("Kenyan police", "Venezuela's
  opposition", "Thai villagers"): they too act at home.

One country must hold at least two thirds of that evidence ("Juba", "Bor" and one
"Addis Ababa" for the venue of talks: South Sudan); a story whose places are split
("in Kuwait" three times, "Yemen" twice) or that names none decides nothing, unless places
and the story's own-country actors counted together give one country two thirds (a trip
abroad in a story about one state's president, ministers and police; round 11). Security
forces, troops, police, rebels and gunmen -- armed parties -- also need that no **other**
state's government, army or police acts in the story: in a story about two warring states
(or two states accusing each other of backing rebels) they stay unresolved. Civilians,
protesters, lawmakers and the opposition need that no other state's army or police is
there; a foreign government commenting on the story does not move them. A state's
foreign ministry, embassy or envoys are no evidence of where the story happens, nor are
international bodies, media, companies and transnational armed groups.

The result is marked ``resolved_by: "story"``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from ..textutil import parsed_text
from .kb import fold
from .match import place_country
from .syntax import NONSTATE

__all__ = ["SceneMention", "StoryScene", "domestic_party", "foreign_facing", "story_scene"]

#: Sectors of parties that act where they live (PLOVER codes).
DOMESTIC_SECTORS = frozenset({"CVL", "COP", "LEG", "OPP"})
#: Head words of other parties that act at home: national rebels (not "militants",
#: "jihadists" or "fighters", who are often transnational groups coded IMG) and unnamed
#: attackers.
DOMESTIC_HEADS = frozenset({"rebels", "rebel", "insurgents", "insurgent", "separatists",
                            "separatist", "guerrillas", "guerrilla", "gunmen", "gunman"})
#: Modifiers that make a government nominal a domestic party ("local officials").
LOCAL_WORDS = frozenset({"local", "municipal", "provincial", "district", "village", "tribal",
                         "opposition", "city", "county"})
#: Heads of civilian nominals that do not live where the story happens.
VISITORS = frozenset({"tourists", "tourist", "hostages", "hostage", "fans", "consumers",
                      "foreigners", "expatriates", "passengers", "pilgrims"})
#: Heads of a state's armed forces and police: they need a story with one state only.
#: ("the army", "the military" are definite descriptions: an antecedent resolves them.)
FORCE_HEADS = frozenset({"forces", "troops", "soldiers", "soldier", "police", "policemen",
                         "servicemen", "personnel", "officers", "gendarmes"})
#: Sectors of a state's own bodies: a second country among them puts two states in play.
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Sectors of a state's armed bodies: a second country among them is present on the ground.
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"})
#: Sectors of mentions whose country is no evidence of where a story happens.
NO_EVIDENCE = frozenset({"JRN", "BUS", "SOC", "EDU", "MED", "REL"})
#: Words of bodies that speak or serve abroad.
FOREIGN_WORDS = ("foreign", "embassy", "ambassador", "envoy", "diplomat", "state department",
                 "external affairs", "secretary of state", "consul", "delegation")
#: Share of the location evidence that one country must hold.
SHARE = 2 / 3
#: Mentions of one country's actors that set a story without places there (and no other
#: country's actor may be named).
ACTOR_EVIDENCE = 2
#: Sectors of the actors that set a story without places: a state's bodies, its leaders
#: and domestic parties.
ACTOR_SECTORS = STATE_SECTORS | DOMESTIC_SECTORS | frozenset({"ELI", "REB", "PTY"})

#: A dateline: "NAIROBI, Kenya —", "ALEPPO, Syria (VOA) -", "GOMA —".
_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z.'’ -]{1,40}?)\s*(?:,\s*(?P<state>[A-Z][A-Za-z. ]{1,40}?))?\s*"
    r"(?:\([^)]{1,40}\)\s*)?(?:—|–|--|-)\s")


class SceneMention(Protocol):
    """What the scene and context rules read of a mention (``resolve.Mention`` has it)."""

    start: int
    end: int
    kind: str
    country: str | None
    sector: str | None
    is_place: bool
    resolved_by: str
    extra: dict[str, object]


class StoryScene:
    """The location evidence of one document (built once, read for each open mention)."""

    def __init__(self, places: Counter[str], states: set[str], armed: set[str],
                 spots: Counter[str] | None = None, parties: set[str] | None = None,
                 actors: Counter[str] | None = None) -> None:
        self.places = places
        self.states = states
        self.armed = armed
        self.spots = spots if spots is not None else Counter()  # dateline and places only
        #: Countries of every state actor named with its own country (GPE names, state
        #: bodies, envoys): who else acts in the story.
        self.parties = parties if parties is not None else set(states)
        #: Mentions per country of the story's own-country actors (states, their bodies,
        #: leaders, domestic parties): where a story without places happens.
        self.actors: Counter[str] = actors if actors is not None else Counter()

    def country(self) -> str | None:
        """Return the one country that the location evidence points to, if any.

        A story that names no place and has no dateline is set where its state actors
        are when they all belong to one country, named at least twice ("the Malawian
        cabinet ... the Malawian finance minister ... the police": Malawi).
        """
        total = sum(self.places.values())
        if not total:
            if len(self.actors) == 1 and sum(self.actors.values()) >= ACTOR_EVIDENCE:
                return next(iter(self.actors))
            return None
        code, count = self.places.most_common(1)[0]
        if count >= SHARE * total:
            return code
        return self._with_actors()

    def _with_actors(self) -> str | None:
        """Return the country that places and own-country actors together point to, if any.

        Places split between two countries (a visit abroad, a venue of talks, a refugee
        camp across the border) leave the story open; the state actors and domestic bodies
        the story names with their own country break the tie when one country holds two
        thirds of both counted together ("<country>'s president", "<country>'s police",
        "in <capital>", "a visit to London": the first country).
        """
        both = self.places + self.actors
        total = sum(both.values())
        code, count = both.most_common(1)[0]
        return code if count >= SHARE * total else None

    def country_for(self, doc: Doc, m: SceneMention) -> str | None:
        """Return the story's country for the domestic party ``m``, or None."""
        code = self.country()
        if code is None:
            return None
        head = _head(doc, m)
        armed = head in FORCE_HEADS or head in DOMESTIC_HEADS
        if (self.states if armed else self.armed) - {code}:
            return None  # "troops", "rebels" in a story about two states
        return code


    def state_body_country(self, m: SceneMention, antecedents: set[str]) -> str | None:
        """Return the story's country for a generic state body ("the military", "authorities").

        The story's country when its state bodies were named before (one of several breaks
        the tie when two places or the dateline and a place put the story there: "Afghan
        officials ... the military" in a story set in Pakistan), or when
        none was and no other state's bodies act in the story; a military also needs that no
        other state's armed bodies do. Else None.
        """
        code = self.country()
        if code is None or (antecedents and code not in antecedents):
            return None
        if len(antecedents) > 1 and self.spots[code] < 2:
            return None  # a tie is broken by places (or a dateline), not by the bodies named
        if not antecedents and self.states - {code}:
            return None
        if m.sector in ARMED_SECTORS and self.armed - {code}:
            return None  # "the military" in a story about two states' armies
        return code


    def official_country(self) -> str | None:
        """Return the story's country for a titled person the text gives no country.

        "Prime Minister <name>", "opposition leader <name>", "Attorney General <name>": a
        holder the knowledge base does not know, in a story that happens in one country
        where no other state acts (no other state is named as an actor, nor its bodies or
        envoys): the office is that country's. Else None — a story with a second state
        may be about that state's officials.
        """
        code = self.country()
        if code is None or self.parties - {code}:
            return None
        return code


def _head(doc: Doc, m: SceneMention) -> str:
    return doc[m.end - 1].lower_


def domestic_party(doc: Doc, m: SceneMention) -> bool:
    """Return True for a nominal of a party that acts where it lives ("police", "residents").

    Args:
        doc: The parsed document.
        m: A mention with no country of its own.

    Returns:
        True for police, civilians, protesters, lawmakers, the opposition, national rebels,
        gunmen and security forces (not visitors, hostages or militants of unknown kind).
    """
    if m.kind != "NOMINAL" or m.extra.get("no_context") or m.extra.get("office"):
        return False
    head = _head(doc, m)
    if head in VISITORS:
        return False
    if m.sector in DOMESTIC_SECTORS or head in DOMESTIC_HEADS:
        return True
    if m.sector == "GOV" and any(t.lower_ in LOCAL_WORDS for t in doc[m.start:m.end - 1]):
        return True  # "local authorities", "provincial officials", "opposition delegations"
    return m.sector == "MIL" and head in FORCE_HEADS


def _own(m: SceneMention) -> bool:
    """Return True for a mention whose country is its own evidence."""
    return (bool(m.country) and m.country not in NONSTATE and m.resolved_by not in {
        "context", "coref", "story"} and not m.extra.get("modifier")
        and not m.extra.get("origin") and m.sector not in NO_EVIDENCE)


def foreign_facing(m: object) -> bool:
    """Return True for a foreign ministry, embassy, envoy or delegation (by name or role)."""
    text = f"{getattr(m, 'name', '')} {getattr(m, 'role', '') or ''}".lower()
    return any(w in text for w in FOREIGN_WORDS)


def dateline_country(doc: Doc) -> str | None:
    """Return the country of the story's dateline ("NAIROBI, Kenya —" -> KEN), if any."""
    found = _DATELINE.match(parsed_text(doc)[:120])
    if found is None:
        return None
    state = found.group("state")
    if state:
        code = place_country(state.strip())
        if code:
            return code
    city = fold(found.group("city")).strip().title()
    return place_country(city)


def story_scene(doc: Doc, mentions: Sequence[SceneMention]) -> StoryScene:
    """Collect the location evidence of ``doc`` from its dateline and mentions.

    Args:
        doc: The parsed document.
        mentions: The actor mentions (their countries from their own evidence count).

    Returns:
        The story's scene: a count of location evidence per country and the set of
        countries whose state bodies act in the story.
    """
    places: Counter[str] = Counter()
    spots: Counter[str] = Counter()
    states: set[str] = set()
    armed: set[str] = set()
    parties: set[str] = set()
    actors: Counter[str] = Counter()
    dateline = dateline_country(doc)
    if dateline:
        places[dateline] += 1
        spots[dateline] += 1
    for m in mentions:
        if not _own(m):
            continue
        code = str(m.country)
        if m.is_place:
            places[code] += 1
            spots[code] += 1
        elif m.kind == "NOMINAL" and m.sector in DOMESTIC_SECTORS:
            places[code] += 1  # "Kenyan police", "Thai villagers"
        if not m.is_place and (m.kind == "GPE" or m.sector in STATE_SECTORS):
            parties.add(code)
        abroad = bool(m.extra.get("us_office"))  # a US secretary acts abroad (round 23)
        if not m.is_place and (m.kind == "GPE" or m.sector in ACTOR_SECTORS) and not abroad:
            actors[code] += 1
        if not m.is_place and m.sector in STATE_SECTORS and not (foreign_facing(m) or abroad):
            states.add(code)
            if m.sector in ARMED_SECTORS:
                armed.add(code)
    return StoryScene(places, states, armed, spots, parties, actors)
