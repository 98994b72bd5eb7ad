"""Quantities of issue 10, round 5: changes written as "raised X to Y", levels whose unit is
left out, falling "ranges", vague plurals of units, conversions in parentheses, price bases
after "/gal", "of which N" and "N minutes after midnight".

Every sentence is written for the test (fictional places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text
from quantity_helpers import quantity as _get


def _values(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(q.text, q.value, q.value_high, q.unit) for q in quantities_by_text(text).values()]


@pytest.mark.parametrize("text", [
    "Norland's barley crop was raised 300,000 tons to 12.5 million tons this month.",
    "Analysts lifted the forecast by 300,000 tons to 12.5 million tons on better rains.",
])
def test_an_increment_and_its_level_are_two_quantities(text):
    found = _values(text)
    assert ("300,000 tons", 300000, None, "metric_ton") in found
    assert ("12.5 million tons", 12.5e6, None, "metric_ton") in found


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Vessland's rye exports are cut 200,000 tons to 4.1 million on weak demand.",
     "4.1 million", 4.1e6, "metric_ton"),
    ("The estimate rose by 15 million bushels to 820 million, the board said.",
     "820 million", 8.2e8, "bushel"),
    ("Output was raised by 40,000 tons to 2.2 million tons and sales by 8 million bushels "
     "to 310 million in the new season.", "310 million", 3.1e8, "bushel"),
])
def test_a_level_without_its_unit_takes_the_increments_unit(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_a_bare_scaled_number_after_a_non_change_keeps_no_borrowed_unit():
    found = _values("Trucks carried 40 tons to 2 million people in the valley.")
    assert all(unit != "metric_ton" or value == 40 for _, value, _, unit in found)


def test_a_shared_unit_range_stays_one_range():
    assert ("3 to 5 feet", 3, 5, "foot") in _values(
        "Forecasters expect the Tamber River to rise 3 to 5 feet by Sunday.")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Sales volatility fell from a peak of 74% in the spring of 2023 to 58% by June.",
     "58%", 58),
    ("Reservoir levels dropped from 90% during 2021 to 62% this autumn.", "62%", 62),
])
def test_a_year_before_to_is_no_range_bound(text, span, value):
    q = _get(text, span)
    assert (q.value, q.value_high) == (value, None)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The new levee guards hundreds of miles of shoreline.", "hundreds of miles", 200, "mile"),
    ("Wildfires blackened thousands of acres near Dorrow.", "thousands of acres", 2000, "acre"),
    ("The freighter lost dozens of tons of cargo.", "dozens of tons", 24, "metric_ton"),
])
def test_vague_plurals_of_a_unit_are_approximate_measures(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit, q.approximate) == (value, unit, True)


@pytest.mark.parametrize(("text", "span", "value", "high", "unit"), [
    ("The crater pool sits about 60–75 m (197–246 ft) below the rim.", "about 60–75 m", 60,
     75, "meter"),
    ("The mast stands 18 m (59 feet) above the deck.", "18 m", 18, None, "meter"),
    ("Hail piled 4 in (10 cm) against the doors.", "4 in", 4, None, "inch"),
])
def test_an_ambiguous_symbol_before_a_conversion_is_a_unit(text, span, value, high, unit):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit) == (value, high, unit)


def test_a_parenthesis_of_another_dimension_does_not_make_in_an_inch():
    found = _values("The mayor won 52 in (13 years) of votes.")
    assert all(unit != "inch" for *_, unit in found)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Diesel averaged $3.71 per gallon, 4 cents/gal below last week.", "4 cents/gal", 0.04,
     "USD/gallon"),
    ("Heavy crude sold at $61/bbl in Corvel.", "$61/bbl", 61, "USD/barrel"),
])
def test_abbreviated_price_bases(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_of_which_counts_the_noun_before():
    q = _get("The agency tracked 22 convoys, of which 9 reached Ostel.", "9")
    assert (q.unit, q.counted) == ("count", "convoy")


@pytest.mark.parametrize("text", [
    "The quake struck at 12:06 a.m. (6 minutes after midnight) near Halver.",
    "Sirens sounded 10 minutes before noon in Rask.",
])
def test_minutes_from_midnight_or_noon_anchor_a_time(text):
    assert not [q for q in quantities_by_text(text).values() if q.unit == "minute"]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Lake Orrin releases about 119 million cu ft per day in spring.",
     "about 119 million cu ft per day", 1.19e8, "cubic_foot/day"),
    ("The cistern under Belmar holds 500 cu m of rainwater.", "500 cu m", 500, "cubic_meter"),
    ("Emissions in Tavia fell to 35 MtCO2 last year.", "35 MtCO2", 3.5e7, "metric_ton"),
    ("The sector emitted 1.1 GtCO2e over the decade.", "1.1 GtCO2e", 1.1e9, "metric_ton"),
    ("The capsule reentered at 7.8 km/s above the ocean.", "7.8 km/s", 7.8,
     "kilometer/second"),
    ("Lake Vell holds 12 cubic kilometres of fresh water.", "12 cubic kilometres", 12,
     "cubic_kilometer"),
])
def test_news_spellings_round_5(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


def test_near_is_a_hedge_of_a_forecast_level():
    q = _get("The Dunmore River should crest near 40 feet on Thursday.", "near 40 feet")
    assert (q.value, q.unit, q.approximate) == (40, "foot", True)


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The blaze near Oska grew to 45,000 acres overnight, or about 70 square miles.",
     "45,000 acres", "about 70 square miles"),
    ("The crater lake of Mount Ferro sank to 90 m (295 ft) below its rim.", "90 m", "295 ft"),
])
def test_a_unit_conversion_measures_what_its_amount_measures(text, first, second):
    found = quantities_by_text(text)
    assert found[first].about is not None
    assert found[second].about == found[first].about


@pytest.mark.parametrize(("text", "first", "second", "units"), [
    ("The typhoon packed winds of up to 200 kilometers (124 miles) per hour near Lusan.",
     "up to 200 kilometers", "124 miles", ("kilometer/hour", "mile/hour")),
    ("The spring at Corra pours out 40 cubic meters (1,413 cubic feet) a day.",
     "40 cubic meters", "1,413 cubic feet", ("cubic_meter/day", "cubic_foot/day")),
])
def test_a_period_after_a_parenthesised_conversion_closes_both_amounts(text, first, second,
                                                                          units):
    found = quantities_by_text(text)
    assert (found[first].unit, found[second].unit) == units
    assert found[first].kind == found[second].kind == "rate"


def test_a_hyphenated_and_a_half_is_read():
    q = _get("The storm dropped one-and-a-half feet of snow on Brill.", "one-and-a-half feet")
    assert (q.value, q.unit) == (1.5, "foot")
