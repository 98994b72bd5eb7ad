"""Round 19 (issue 10, branch ``qy19``): unit forms of the opened test18 and the dev sets.

* a decade or a century is the period of a rate ("0.2 inch per decade", "1.5F/century");
* "bgd" is billion gallons a day (beside "mgd");
* the prefixed watt-hours with the plural on the first word ("kilowatts hours"), and a
  compound split by a line-break hyphen ("kilowatt- hours");
* a word between a number and its unit saying which length or span of time ("road miles",
  "consecutive weeks", "flight hours"), never after "a"/"an" ("a long day");
* a difference of bare degrees ("cooler by about 6 degrees") in an article that gives a bare
  reading above 60 in a sentence of temperature readings is Fahrenheit too (review fix: only
  differences, ``tests/test_quantities_round19_review.py``);
* "N hours and M minutes" is one duration in hours;
* a bare "decades" / "centuries" after "for", "in", "over" is 20 / 200 years, approximate.

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

import wirecoder
from quantity_helpers import PUB, quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Tide gauges at Port Osk show the sea rising about 2.9 millimeters per decade.",
     "about 2.9 millimeters per decade", 2.9, "millimeter/decade"),
    ("Bree's lake warmed 0.31°C per decade after 1970, the survey said.",
     "0.31°C per decade", 0.31, "celsius/decade"),
    ("Snowfall on the Osk ridge dropped 4 inches a century, the archive shows.",
     "4 inches a century", 4.0, "inch/century"),
    ("Records show winter temperatures rising 2.2F/century in the Bree basin.",
     "2.2F/century", 2.2, "fahrenheit/century"),
])
def test_a_decade_or_a_century_is_a_rate_period(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit, q.kind) == (value, unit, "rate")


def test_a_decade_ago_is_no_rate_period():
    found = quantities_by_text("The canal carried 40 tons a decade ago; silt now builds up "
                               "3 inches per decade.")
    assert found["3 inches per decade"].unit == "inch/decade"
    assert [q.unit for q in found.values() if q.value == 40.0] == ["metric_ton"]


def test_bgd_is_billion_gallons_a_day():
    q = quantity("The Osk River ran at 3.4 bgd on Monday, its highest flow of the spring.",
                 "3.4 bgd")
    assert (q.value, q.unit) == (3.4e9, "gallon/day")


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The new pumps save close to 70,000 kilowatts hours for the Bree schools.",
     "close to 70,000 kilowatts hours", 70000.0, "kilowatt_hour"),
    ("Its wind farm supplied nine megawatts hours on a calm Sunday.",
     "nine megawatts hours", 9.0, "megawatt_hour"),
    ("The prototype cart stores seven kilowatt- hours in its pack.",
     "seven kilowatt- hours", 7.0, "kilowatt_hour"),
])
def test_irregular_watt_hour_spellings(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Convoys logged 45,000 road miles across the Osk plateau.", "45,000 road miles",
     45000.0, "mile"),
    ("The ferry crew worked 11 consecutive weeks without leave.", "11 consecutive weeks",
     11.0, "week"),
    ("Dock workers at Hallam struck for 2 straight weeks last spring.", "2 straight weeks",
     2.0, "week"),
    ("The Tarvel cannery was rebuilt within eleven short months.", "eleven short months",
     11.0, "month"),
    ("Each Pevrin trainee must log roughly 250 flying hours before a solo exam.",
     "roughly 250 flying hours", 250.0, "hour"),
])
def test_a_modifier_between_number_and_unit(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


def test_a_long_day_is_no_amount():
    found = quantities_by_text("It was a long day for the Osk council after 14 consecutive "
                               "days of hearings.")
    assert [(q.text, q.unit) for q in found.values() if q.unit == "day"] == [
        ("14 consecutive days", "day")]


def test_a_difference_in_a_fahrenheit_article_is_fahrenheit():
    text = ("Thermometers on the Osk quay read 93 degrees by noon. Forecasters say Sunday "
            "will be cooler by about 6 degrees.")
    assert quantity(text, "about 6 degrees").unit == "fahrenheit"
    # no reading above 60: no scale; a hyphened angle is no reading
    low = "Osk's temperature reached 38 degrees; Monday could be 2 degrees warmer."
    assert quantity(low, "2 degrees").unit == "degree"
    angle = "The ferry made a 95-degree turn. Water temperatures were near 18 degrees."
    assert quantity(angle, "near 18 degrees").unit == "degree"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Salvage divers needed 17 hours and 15 minutes to reach the Osk hull.",
     "17 hours and 15 minutes", 17.25),
    ("Power in Bree came back two hours and twelve minutes after the blast.",
     "two hours and twelve minutes", 2.2),
    ("The Osk ferry crossing takes 5 hours 12 minutes in calm seas.",
     "5 hours 12 minutes", 5.2),
])
def test_hours_and_minutes_are_one_duration(text, span, value):
    q = quantity(text, span)
    assert (round(q.value, 6), q.unit) == (value, "hour")


def test_a_compound_duration_in_years_and_months():
    q = quantity("The Osk bridge repairs took 2 years and 6 months.", "2 years and 6 months")
    assert (q.value, q.unit) == (2.5, "year")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The Osk valley had its wettest spring in decades, forecasters said.", "decades", 20.0),
    ("Herders have crossed the Bree pass for centuries.", "centuries", 200.0),
    ("Cod stocks off Corran thinned sharply in recent decades.", "decades", 20.0),
])
def test_bare_decades_after_a_preposition(text, span, value):
    q = quantity(text, span)
    assert (q.value, q.unit, q.approximate) == (value, "year", True)


def test_decades_ago_is_no_duration():
    text = "The Osk mill closed decades ago; the town had milled grain there for decades."
    found = [q for q in wirecoder.analyze(text, published=PUB).quantities
             if q.text == "decades"]
    assert [q.start for q in found] == [text.rindex("decades")]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Pipelines moved 9 billion liters, of which roughly 2.5 billion went to Ardsey.",
     "roughly 2.5 billion", 2.5e9, "liter"),
    ("The Bree dam holds 4.1 billion cubic meters, of which about 0.9 billion were released "
     "in spring.", "about 0.9 billion", 0.9e9, "cubic_meter"),
])
def test_a_bare_part_after_of_which_takes_the_measure_unit(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)
    # money writes its own sign: no part is added after it
    found = quantities_by_text("The Osk fund raised $4 billion, of which 1 billion is spent.")
    assert "1 billion" not in found
