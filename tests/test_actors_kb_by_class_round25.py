"""Knowledge base by class (round 25): leaders by dated office, national armed groups, parties.

Sentences written for these tests. A leader the base knows by dated office takes his state
on a date in office, his own codes before it; a surname two office holders share in the same
years is left alone; a national armed group or party takes its home state.
"""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.actors.kb import DATA_DIR, compile_kb, fold

#: The comment lines opening this round's blocks in the two files.
_MARKERS = {"people.yaml": "# --- Heads of state and government 2000-2025 by class",
            "organizations.yaml": "# --- National armed groups, rebel movements and major parties"}


def _mention(analysis, raw: str):
    found = [e for e in analysis.entities if e.raw_text == raw]
    assert found, f"no mention {raw!r} in {[e.raw_text for e in analysis.entities]}"
    return found[0]


@pytest.mark.parametrize(("published", "name"), [
    ("2015-06-02", "Idriss Deby"), ("2023-06-02", "Mahamat Idriss Deby")])
def test_a_titled_surname_is_the_holder_on_the_date(published, name):
    a = wirecoder.analyze("President Deby met the visiting delegation in the capital.",
                          published=published)
    deby = _mention(a, "President Deby")
    assert (deby.entity_name, deby.country_code) == (name, "TCD")


def test_a_leader_in_office_and_before_office():
    text = "Prime Minister Morgan Tsvangirai met the donors on Tuesday."
    a = wirecoder.analyze(text, published="2010-03-02")
    pm = _mention(a, "Prime Minister Morgan Tsvangirai")
    assert (pm.country_code, pm.sector_code) == ("ZWE", "GOV")
    b = wirecoder.analyze("Tsvangirai criticised the electoral commission.", published="2005-03-02")
    before = _mention(b, "Tsvangirai")
    assert (before.country_code, before.sector_code) == ("ZWE", "OPP")


def test_a_surname_two_presidents_share_in_the_same_years_is_left_alone():
    a = wirecoder.analyze("President Morales met the visiting delegation in the capital.",
                          published="2017-06-02")
    morales = _mention(a, "President Morales")
    assert (morales.entity_name, morales.country_code) == ("Morales", None)  # main: Evo, BOL


def test_a_frequent_surname_is_no_alias():
    assert compile_kb().lookup("Ortega") == []


@pytest.mark.parametrize(("text", "raw", "country", "sector"), [
    ("The MDC called for a boycott of the runoff.", "MDC", "ZWE", "OPP"),
    ("The LTTE attacked a navy patrol near the coast.", "LTTE", "LKA", "REB"),
    ("Abu Sayyaf released two kidnapped fishermen.", "Abu Sayyaf", "PHL", "REB"),
])
def test_a_national_group_takes_its_home_state(text, raw, country, sector):
    group = _mention(wirecoder.analyze(text, published="2008-05-02"), raw)
    assert (group.country_code, group.sector_code) == (country, sector)


def _block_surfaces(name: str) -> list[str]:
    import yaml

    text = (DATA_DIR / name).read_text(encoding="utf-8")
    block = text[text.index(_MARKERS[name]):]
    entries = yaml.safe_load("actors:\n" + block.split("\n", 1)[1])["actors"]
    return [s for e in entries for s in (e["name"], *e.get("aliases", []))]


@pytest.mark.parametrize("name", sorted(_MARKERS))
def test_every_one_word_surface_of_the_class_blocks_names_one_actor(name):
    kb = compile_kb()
    shared = [s for s in _block_surfaces(name) if len(s.split()) == 1
              and len({a.name for a in kb.lookup(s) if a.form == "name"}) != 1]
    assert not shared, f"one-word surfaces naming several actors: {shared}"
    assert all(len(fold(s)) > 2 for s in _block_surfaces(name) if len(s.split()) == 1)
