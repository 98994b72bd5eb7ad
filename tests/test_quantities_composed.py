"""Quantities composed from neighbours (issue 10, round 3): a fraction of one unit, a
temperature below zero, rates "on every hectare", and "half" as a part of a place.
The unit-recall table's dimensions come from pint for every unit id.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text
from quantity_helpers import quantity as _get
from wirecoder.evaluation.quantities import dimension


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Drifts in the pass were two-thirds of a meter deep.", "two-thirds of a meter", 2 / 3,
     "meter"),
    ("The new ramp climbs for three quarters of a mile.", "three quarters of a mile", 0.75,
     "mile"),
    ("Ice on the pond was three-quarters of an inch thick.", "three-quarters of an inch",
     0.75, "inch"),
    ("Divers stayed down a quarter of an hour.", "a quarter of an hour", 0.25, "hour"),
])
def test_a_fraction_of_one_unit_is_one_quantity(text, span, value, unit):
    q = _get(text, span)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert len(quantities_by_text(text)) == 1


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("At dawn the gauge read 12 degrees below zero Celsius in Tarvik.",
     "12 degrees below zero Celsius", -12, "celsius"),
    ("Overnight lows near Brannock fell to 8 degrees below zero Fahrenheit.",
     "8 degrees below zero Fahrenheit", -8, "fahrenheit"),
    # the bare second reading takes the scale the text wrote for the first
    ("Rime forms at about 10 degrees Celsius below freezing point; hoar frost at about "
     "four degrees below zero.", "about four degrees below zero", -4, "celsius"),
])
def test_below_zero_is_negative(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Growers in Lenmark now harvest 6.2 tons of barley on every hectare.",
     "6.2 tons of barley on every hectare", 6.2, "metric_ton/hectare"),
    ("The mill uses 35 liters of water for each kilogram of paper.",
     "35 liters of water for each kilogram", 35, "liter/kilogram"),
])
def test_rate_links_every_and_each(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit, q.kind) == (value, unit, "rate")


@pytest.mark.parametrize("text", [
    "Flood warnings cover the southern half of Varnia.",
    "Snow closed roads in the upper half of the valley.",
])
def test_half_of_a_place_is_no_quantity(text):
    assert quantities_by_text(text) == {}


@pytest.mark.parametrize(("unit", "dim"), [
    ("square_kilometer", "area"), ("cubic_meter", "volume"), ("megawatt", "power"),
    ("gigawatt", "power"), ("terawatt_hour", "energy"), ("kilometer/hour", "speed"),
    ("metric_ton/hectare", "rate"), ("USD/barrel", "rate"), ("hectare", "area"),
])
def test_unit_recall_dimensions_cover_prefixed_and_compound_units(unit, dim):
    assert dimension(unit) == dim


@pytest.mark.parametrize(("text", "span"), [
    ("Snow depth at the Kessel pass reached 1.5 m overnight.", "1.5 m"),
    ("Waves of 4 m battered the breakwater at Orlen.", "4 m"),
])
def test_m_after_a_length_noun_is_meters(text, span):
    assert _get(text, span).unit == "meter"


def test_m_after_a_currency_stays_money():
    found = quantities_by_text("Depth of the market grew as the fund raised $2.5 m in March.")
    assert all(q.unit != "meter" for q in found.values())
