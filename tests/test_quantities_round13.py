"""Round 13 of issue 10: news units in forms no development set held.

Found by sweeping the VOA corpus and sentences written in the style of agency pages
(water, energy, farm and space reports) for a number followed by a unit-like word where the
stage gave no physical unit, a count, or a wrong dimension:

* a credit line ("X contributed to this report.") in a story written as one unbroken
  paragraph hid every quantity of the story (18 of the 89 VOA stories);
* agency symbols the table lacked: "acre-ft", "mi²", "ft²", "yd³", "cu. yd.", "AU", "MMcfd",
  "b/cd", concentrations "mg/L", "µg/L", "ng/L" (pint's mass per volume);
* "barrels per calendar day";
* a count per unit of area is a density ("people per square mile").

Every sentence is written for these tests (invented places, agencies and figures). After
review (fixqy14) the sentences whose shape or number run followed a development sentence
("barrels per calendar day", the "per" nouns, a broken "kilowatt- hours", "road miles",
"AU troops") were replaced by sentences of other shapes, and the rules built on one
development phrase ("residential" before the "per" noun, "road miles", "kilowatt- hours")
were removed with their tests.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


def test_a_credit_line_in_an_unbroken_story_hides_only_its_own_sentence() -> None:
    body = ("Ruritanian engineers said the new Osk causeway runs 14 kilometers across the "
            "salt flats and carries 3,200 tonnes of freight a day. " * 3)
    text = body + "Tomas Vell of the Zenda bureau contributed to this report. Call 555 0100."
    found = quantities_by_text(text)
    assert any(q.unit == "kilometer" and q.value == 14 for q in found.values()), list(found)
    assert any(q.unit == "metric_ton/day" for q in found.values()), list(found)
    # a short line holding the marker is still skipped whole
    short = ("The Varn dam holds 40 million cubic meters.\n"
             "Copyright 2031 Freedonia Wire, 12 bureaus worldwide\n")
    assert [q.unit for q in quantities_by_text(short).values()] == ["cubic_meter"]


@pytest.mark.parametrize("text, span, value, unit", [
    ("Growers along the Dremel canal were allotted 61,500 acre-ft this summer.",
     "61,500 acre-ft", 61500, "acre_foot"),
    ("Carryover storage behind Brell Dam sank below 2.4 million ac-ft.",
     "2.4 million ac-ft", 2.4e6, "acre_foot"),
    ("Veridia's northern refuge stretches across 3,870 mi² of tundra.",
     "3,870 mi²", 3870, "square_mile"),
    ("The Tessaly depot offers 96,000 ft² of cold storage.", "96,000 ft²", 96000, "square_foot"),
    ("Barges will haul away 7,200 yd³ of dredged silt.", "7,200 yd³", 7200, "cubic_yard"),
    ("Contractors placed roughly 18,000 cu. yd. of riprap below the spillway.",
     "roughly 18,000 cu. yd.", 18000, "cubic_yard"),
    ("At perihelion the Kessin comet will come within 0.42 AU, mission planners said.",
     "0.42 AU", 0.42, "astronomical_unit"),
    ("The Osk gas processing train handled 740 MMcfd during the cold snap.",
     "740 MMcfd", 7.4e8, "cubic_foot/day"),
    ("Zenda's coastal refinery is rated at 185,000 b/cd after the upgrade.",
     "185,000 b/cd", 185000, "barrel/day"),
    ("Output at the Harl refinery averaged 317,500 barrels per stream day over the quarter.",
     "317,500 barrels per stream day", 317500, "barrel/day"),
])
def test_agency_unit_symbols_from_the_pint_table(text: str, span: str, value: float,
                                                 unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, span, unit", [
    ("Samples from the Varn wells held 14 mg/L of nitrate.", "14 mg/L", "milligram/liter"),
    ("Lead in the Brell school taps measured 9 µg/L last spring.", "9 µg/L",
     "microgram/liter"),
    ("Ruritania's new rule caps the solvent at 8 ng/L in tap water.", "8 ng/L",
     "nanogram/liter"),
])
def test_concentrations_are_mass_per_volume(text: str, span: str, unit: str) -> None:
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "rate")


def test_au_is_an_astronomical_unit_only_as_a_measure() -> None:
    assert quantity("The probe coasted 1.7 AU from the Veridian sun.", "1.7 AU").unit == \
        "astronomical_unit"
    assert quantity("Cameras on the Halden spacecraft switch on once it is 2.3 AU out.",
                    "2.3 AU").unit == "astronomical_unit"


@pytest.mark.parametrize("text", [
    "Commanders said 1,200 AU, most of them Freedonian, would stay in Varn until March.",
    "Kessin's governor asked that 400 AU away from the capital be recalled.",
])
def test_au_with_no_astronomy_word_is_the_african_union(text: str) -> None:
    found = quantities_by_text(text)
    assert all(q.unit != "astronomical_unit" for q in found.values()), list(found)


@pytest.mark.parametrize("text, span, unit", [
    ("Census takers counted 212 residents per square mile in the Osk valley.",
     "212 residents per square mile", "person/square_mile"),
    ("The Tessaly delta supports nearly 640 people per km², officials wrote.",
     "nearly 640 people per km²", "person/square_kilometer"),
])
def test_people_per_unit_of_area_are_a_density(text: str, span: str, unit: str) -> None:
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "rate")
    # a count per a number of people is no density
    found = quantities_by_text("Veridia has 3 nurses per 1,000 residents.")
    assert found["3 nurses"].unit == "person", list(found)


@pytest.mark.parametrize("text, span, unit", [
    ("Each Kestrel-class ferry burns 3,400 liters per crossing when the lake is rough.",
     "3,400 liters per crossing", "liter/crossing"),
    ("On the Harrow site the drilling crew logged 1,850 feet per shift, a company record.",
     "1,850 feet per shift", "foot/shift"),
    ("Under the new quota, growers near Quelm may spread no more than 45 kilograms per plot.",
     "no more than 45 kilograms per plot", "kilogram/plot"),
])
def test_a_measure_per_a_counted_thing_is_one_compound_unit(text: str, span: str,
                                                            unit: str) -> None:
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "rate")
    # "per" + a determiner is "according to", no unit
    found = quantities_by_text("The Zenda road runs 48 miles per the 2030 atlas.")
    assert found["48 miles"].unit == "mile", list(found)


@pytest.mark.parametrize("text, span, unit", [
    ("Rebel columns advanced 30 kilometers per commanders in Talvi, though nobody could "
     "confirm it.", "30 kilometers", "kilometer"),
    ("The ash plume rose 13.5 kilometers per radar readings from the Vesk observatory.",
     "13.5 kilometers", "kilometer"),
    ("The Osk pipeline will carry gas 420 kilometers per company maps, twice the old route.",
     "420 kilometers", "kilometer"),
])
def test_per_before_a_plural_or_a_noun_phrase_is_no_compound_unit(text: str, span: str,
                                                                 unit: str) -> None:
    # a plural, or a noun before another noun, after "per" is a source ("according to")
    # or a longer phrase, not the counted thing of a rate
    q = quantity(text, span)
    assert q.unit == unit


def test_a_length_after_a_modifier() -> None:
    q = quantity("Veridia's transport ministry resurfaced 2,300 lane miles in a single year.",
                 "2,300 lane miles")
    assert (q.value, q.unit) == (2300, "mile")


def test_a_photo_credit_in_an_unbroken_story_skips_its_caption_only() -> None:
    text = ("Harbor officials in Varn expect the widened quay to open in the "
            "spring after two years of dredging and a long dispute with the fishing unions over "
            "berths. Dockers stack timber beside a 90-meter gantry crane at the Varn quay. "
            "Photographer: Wenna Marrow/Ruritania Daily The port authority expects the new berths "
            "to take ships drawing 16 meters of water, up from 11 meters today, once the channel "
            "is deepened.")
    found = quantities_by_text(text)
    assert "16 meters" in found and "11 meters" in found, list(found)
    assert all(q.value != 90 for q in found.values()), list(found)


@pytest.mark.parametrize("text, span, value, unit", [
    ("Veridia's marsh park protects roughly 86 square km of reed beds.",
     "roughly 86 square km", 86, "square_kilometer"),
    ("Agency analysts now project Ruritanian maize exports at 3.7 million MT.",
     "3.7 million MT", 3.7e6, "metric_ton"),
    ("Freedonia bought 62,000 MT of barley from Zenda in May.", "62,000 MT", 62000,
     "metric_ton"),
    ("Spillway releases at Osk peaked near 1,140 m3/sec on Sunday.",
     "near 1,140 m3/sec", 1140, "cubic_meter/second"),
    ("Tessaly's gas cooperative delivered 9.8 million Dth over the heating season.",
     "9.8 million Dth", 9.8e6, "decatherm"),
    ("The Brell plant's boiler burned 2,600 dekatherms a week.",
     "2,600 dekatherms a week", 2600, "decatherm/week"),
])
def test_more_agency_unit_spellings(text: str, span: str, value: float, unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)
    # the postal code of a state is no metric ton
    found = quantities_by_text("A delegate from MT cast 14 votes for the bill.")
    assert all(q.unit != "metric_ton" for q in found.values()), list(found)
