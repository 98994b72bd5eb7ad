"""Word lists that more than one stage reads, and the helper they are written with.

Each stage keeps its own vocabulary in its own lexicon module or data file. A list that two
stages read lives here, so that no stage imports another stage's word lists: the
organisation head words (actors give an unknown organisation its sector; quotes refuse them
as a person's name) and the collective nouns (actors' agreement, quotes' speakers).
"""

from __future__ import annotations

__all__ = ["COLLECTIVE", "ORG_WORDS", "words"]


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


#: Collective nouns that name a body of people ("the police", "the government").
COLLECTIVE = frozenset({"police", "military", "army", "navy", "government", "media",
                        "administration", "authorities", "parliament", "congress", "junta",
                        "cabinet", "opposition", "judiciary", "legislature",
                        "delegation", "ministry", "press", "public"})
#: Organisation head words -> the PLOVER sector they give an unnamed organisation.
ORG_WORDS = {
    "university": "EDU", "college": "EDU", "school": "EDU", "academy": "EDU",
    "institute": "SOC", "foundation": "SOC", "council": "SOC", "center": "SOC", "centre": "SOC",
    "committee": "SOC", "association": "SOC", "union": "LAB", "watch": "SOC", "network": "SOC",
    "bank": "BUS", "group": "BUS", "corp": "BUS", "corp.": "BUS", "inc": "BUS", "inc.": "BUS",
    "ltd": "BUS", "ltd.": "BUS", "co.": "BUS", "company": "BUS", "holdings": "BUS",
    "airlines": "BUS", "motors": "BUS", "energy": "BUS", "technologies": "BUS", "lines": "BUS",
    "express": "BUS", "capital": "BUS", "partners": "BUS", "securities": "BUS",
    "ministry": "GOV", "department": "GOV", "office": "GOV", "agency": "GOV", "commission": "GOV",
    "government": "GOV", "administration": "GOV", "authority": "GOV", "presidency": "GOV",
    "army": "MIL", "forces": "MIL", "force": "MIL", "navy": "MIL", "command": "MIL",
    "guard": "MIL", "guards": "MIL", "corps": "MIL", "brigade": "REB", "brigades": "REB",
    "front": "REB", "movement": "SOC", "police": "COP", "party": "PTY", "court": "JUD",
    "parliament": "LEG", "assembly": "LEG", "senate": "LEG", "congress": "LEG",
    "news": "JRN", "times": "JRN", "post": "JRN", "journal": "JRN", "television": "JRN",
    "tv": "JRN", "radio": "JRN", "daily": "JRN", "herald": "JRN", "tribune": "JRN",
    "service": "JRN", "church": "REL", "hospital": "MED", "clinic": "MED",
}
