"""Review fixes to round 25's knowledge base by class (rfkb25).

Sentences written for these tests: a date that is also an armed group's alias, an acronym
another body uses, a party name several states share, a square named like a party, and
leaders whose later offices the round left out.
"""

from __future__ import annotations

import pytest

import wirecoder


def _codes(text: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    analysis = wirecoder.analyze(text, published=published)
    return {e.raw_text: (e.country_code, e.sector_code) for e in analysis.entities}


@pytest.mark.parametrize(("text", "word"), [
    ("Police said the fire broke out on 17 November near the harbour.", "17 November"),
    ("AUC Chairperson Moussa Faki Mahamat condemned the coup in Gabon.", "AUC"),
    ("Thousands camped in Nahda Square in Giza overnight.", "Nahda"),
])
def test_a_date_an_acronym_or_a_square_is_no_armed_group_or_party(text, word):
    found = _codes(text, "2016-11-20")
    assert all(sector not in {"REB", "PRM", "PTY"} for raw, (_, sector) in found.items()
               if word in raw), found


@pytest.mark.parametrize(("text", "raw", "country"), [
    ("Morocco's Justice and Development Party conceded the vote.",
     "Morocco's Justice and Development Party", "MAR"),
    ("Sudan's Democratic Unionist Party walked out of the talks.",
     "Sudan's Democratic Unionist Party", "SDN"),
])
def test_a_party_name_several_states_share_keeps_the_named_state(text, raw, country):
    assert _codes(text, "2021-09-10")[raw][0] == country


@pytest.mark.parametrize(("text", "raw", "published", "codes"), [
    ("Bemba, the defence minister, inspected troops in Bunia.", "Bemba", "2023-10-05",
     ("COD", "GOV")),
    ("Prime Minister Trovoada flew to Luanda for the summit.", "Prime Minister Trovoada",
     "2016-03-01", ("STP", "GOV")),
    ("Senate Chairman Tokayev received the Turkish delegation.", "Senate Chairman Tokayev",
     "2016-03-01", ("KAZ", "LEG")),
    ("Amorim, the presidential adviser, flew to Kyiv on Monday.", "Amorim", "2023-05-01",
     ("BRA", "GOV")),
])
def test_a_later_office_the_round_left_out_is_dated(text, raw, published, codes):
    assert _codes(text, published)[raw] == codes
