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

Every sentence is written for these tests (invented places, agencies and figures).
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
    ("Freedonia's plants can refine 2.2 million barrels per calendar day of crude.",
     "2.2 million barrels per calendar day", 2.2e6, "barrel/day"),
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
    found = quantities_by_text("Some 4,000 AU troops will patrol the Kessin border.")
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
    ("Freedonia's grid served 11,950 kWh per commercial customer last winter.",
     "11,950 kWh per commercial customer", "kilowatt_hour/customer"),
    ("The Osk orbiter's new camera resolves 30 centimeters per pixel.",
     "30 centimeters per pixel", "centimeter/pixel"),
    ("Ruritanian trawlers landed 2.5 tonnes per vessel during the short season.",
     "2.5 tonnes per vessel", "metric_ton/vessel"),
])
def test_a_measure_per_a_counted_thing_is_one_compound_unit(text: str, span: str,
                                                            unit: str) -> None:
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "rate")
    # "per" + a determiner is "according to", no unit
    found = quantities_by_text("The Zenda road runs 48 miles per the 2030 atlas.")
    assert found["48 miles"].unit == "mile", list(found)


@pytest.mark.parametrize("text, span, value, unit", [
    ("Veridia's transport ministry resurfaced 2,300 lane miles in a single year.",
     "2,300 lane miles", 2300, "mile"),
    ("Brell county keeps about 410 road miles open through the winter.",
     "about 410 road miles", 410, "mile"),
    ("A new pump in the Tessaly mill draws seven kilowatt- hours per batch.",
     "seven kilowatt- hours per batch", 7, "kilowatt_hour/batch"),
])
def test_a_unit_after_a_modifier_or_a_broken_hyphen(text: str, span: str, value: float,
                                                    unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


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
