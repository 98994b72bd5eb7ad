"""Round 19 review fixes (issue 10, branch ``fixqy19``): forms the ``qy19`` rules misread.

* the Fahrenheit article rule lends its scale to differences only ("by 9 degrees", "3 degrees
  hotter"), and only after a high reading in a sentence of temperature readings (whole words:
  not "Hotham", "highly"; not "minus 70 degrees");
* "decades-old", "centuries-old", "decades-long" are no bare "decades";
* a number, a modifier and a singular unit of time are no span ("its 2025 full year earnings");
* "a decade after/into/since" is no rate period ("per decade since 1980" stays one);
* upper-case "BGD" is Bangladesh's code, not billion gallons a day;
* "megawatts hours after ..." is megawatts;
* a duration in three parts ("6 hours 52 minutes and 30 seconds") is one duration.

Every sentence is written for these tests (invented places, firms and figures).
"""

from __future__ import annotations

import pytest

import wirecoder
from quantity_helpers import PUB, quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span"), [
    # the high reading's sentence has no reading word ("Hotham" is no "hot")
    ("Welders at the Hotham shipyard bent the keel plate 80 degrees. Temperatures inside "
     "the hangar hovered at 24 degrees.", "24 degrees"),
    # "highly" is no "high"
    ("Storm swells rolled the Brekka trawler 65 degrees, a highly unusual list. Water "
     "temperatures later fell by 4 degrees.", "4 degrees"),
    # a reading below zero is no high reading
    ("Thermometers at the Ullen ice camp read minus 70 degrees on Sunday. Inside the tents "
     "the temperature was 15 degrees warmer.", "15 degrees"),
    # a reading (no difference) keeps no article scale
    ("The Dorrance forecast calls for highs of 97 degrees. The county pool keeps its water "
     "temperature at 27 degrees.", "27 degrees"),
])
def test_no_article_fahrenheit_outside_differences(text, span):
    assert quantity(text, span).unit == "degree"


@pytest.mark.parametrize(("text", "difference", "reading"), [
    ("A heat wave pushed readings in Dorrance to 104 degrees on Tuesday, and forecasters "
     "expect Wednesday to run 3 degrees hotter. The pool water temperature stays near "
     "26 degrees.",
     "3 degrees", "near 26 degrees"),
    ("Thermometers in Ulvik showed 88 degrees at noon. By evening the air had cooled by "
     "9 degrees, and the lake temperature held at 16 degrees.", "9 degrees", "16 degrees"),
])
def test_only_a_difference_takes_the_article_scale(text, difference, reading):
    assert quantity(text, difference).unit == "fahrenheit"
    assert quantity(text, reading).unit == "degree"


@pytest.mark.parametrize("text", [
    "Engineers in Calloway found cracks in decades-old water mains.",
    "Monks at Ferrow keep their scrolls in centuries-old vaults.",
    "The Arven clans are locked in decades-long disputes over grazing.",
])
def test_hyphened_decades_are_no_duration(text):
    assert not [q for q in wirecoder.analyze(text, published=PUB).quantities
                if q.unit == "year"]


def test_bare_decades_are_approximate_with_no_hedge():
    q = quantity("Shepherds have driven flocks over the Tarsk pass for centuries.", "centuries")
    assert (q.value, q.unit, q.approximate, q.qualifier) == (200.0, "year", True, None)


@pytest.mark.parametrize("text", [
    "Marlow Shipping will report its 2025 full year earnings in March.",
    "Ostrow Bank said its 2022 full year loss narrowed sharply.",
    "Fennick Rail posted 3 whole year gains after the merger.",
])
def test_a_year_or_a_singular_unit_after_a_modifier_is_no_span(text):
    assert not [q for q in wirecoder.analyze(text, published=PUB).quantities
                if q.kind == "duration"]


def test_a_plural_unit_after_a_modifier_is_still_a_span():
    text = "Gellby's 2024 full year report covers 300 straight days of reactor work."
    assert [(q.text, q.value, q.unit) for q in wirecoder.analyze(text, published=PUB).quantities
            if q.kind == "duration"] == [("300 straight days", 300.0, "day")]


@pytest.mark.parametrize(("text", "amount", "unit"), [
    ("Output at the Hensel quarry reached 90 tonnes a decade after the war.", 90.0,
     "metric_ton"),
    ("Snow cover in the Lusk hills shrank 4 inches a century since the survey started.", 4.0,
     "inch"),
    ("Silt in the Varro channel built up 2 feet a decade into the dam's life.", 2.0, "foot"),
])
def test_a_decade_after_or_since_is_no_rate_period(text, amount, unit):
    found = [q for q in wirecoder.analyze(text, published=PUB).quantities
             if q.value == amount]
    assert [q.unit for q in found] == [unit]


def test_per_decade_since_a_year_stays_a_rate():
    found = quantities_by_text("Glaciers in the Pell range thinned 1.4 meters per decade since "
                               "1980, and 6 meters a decade after the dam opened.")
    assert found["1.4 meters per decade"].unit == "meter/decade"
    assert found["6 meters"].unit == "meter"


def test_upper_case_bgd_is_no_unit():
    found = quantities_by_text("Tournament rosters list 14 BGD athletes and 9 NPL athletes.")
    assert all(q.unit != "gallon/day" for q in found.values())
    assert quantity("The Marsh Creek works pump close to 0.4 bgd in summer.",
                    "close to 0.4 bgd").unit == "gallon/day"


def test_megawatts_hours_after_an_event_are_megawatts():
    q = quantity("The Karrow grid restored 300 megawatts hours after the blackout began.",
                 "300 megawatts")
    assert q.unit == "megawatt"
    q = quantity("Rooftop panels in Sabel made 40 megawatts hours of power in May.",
                 "40 megawatts hours")
    assert q.unit == "megawatt_hour"


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The Dunhollow ultramarathon winner finished in 6 hours 52 minutes and 30 seconds.",
     "6 hours 52 minutes and 30 seconds", 6.875, "hour"),
    ("Divers spent 2 days 6 hours and 30 minutes freeing the Pellam tug.",
     "2 days 6 hours and 30 minutes", 2 + 6 / 24 + 30 / 1440, "day"),
])
def test_a_duration_in_three_parts_is_one_duration(text, span, value, unit):
    q = quantity(text, span)
    assert (round(q.value, 6), q.unit) == (round(value, 6), unit)
