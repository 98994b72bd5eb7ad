"""News and bulletin spellings of units and numbers (issue 10, round 7).

Worded fractions of one unit, dotted and per-hour speed spellings, lengths "linear" along a line,
thousands written with a stray space, readings given as part of a decade ("the upper 80s") or
"below zero" with no degree word, "m" after a water level, price bases per million Btu and per
thousand cubic feet, "double/triple the" as multipliers, and mixed-case unit symbols the table
lacks ("kV") that must never become counts. Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text
from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Fog will cut visibility to one quarter mile near Lake Vorn.", "one quarter mile", 0.25,
     "mile"),
    ("Freezing rain may leave up to one-quarter inch of ice on Harlow roads.",
     "up to one-quarter inch", 0.25, "inch"),
    ("Crews reopened a half-mile section of the Dunmore canal.", "a half-mile", 0.5, "mile"),
    ("The patrol walked three-quarters mile along the fence.", "three-quarters mile", 0.75,
     "mile"),
])
def test_worded_fractions_of_one_unit(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, unit)


def test_a_quarter_of_a_population_stays_a_fraction():
    q = _get("A quarter of the residents of Pellam left.", "A quarter")
    assert q.unit == "fraction"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Gusts of 70 m.p.h. tore roofs off barns in Ostrava County.", "70 m.p.h.", "mile/hour"),
    ("The ferry slowed to 12 km/hr outside the harbour.", "12 km/hr", "kilometer/hour"),
    ("Winds near the pass reached 95 km per hour.", "95 km per hour", "kilometer/hour"),
    ("Contractors rebuilt 2,300 linear feet of seawall at Port Amsel.", "2,300 linear feet",
     "foot"),
    ("The ministry fenced 640 linear metres of the border.", "640 linear metres", "meter"),
])
def test_speed_and_linear_spellings(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Officials counted about 45, 000 returnees at the Tessa crossing.",
     "about 45, 000 returnees", 45000),
    ("The depot holds 12, 000 tons of maize.", "12, 000 tons", 12000),
])
def test_thousands_written_with_a_stray_space(text, span, value):
    assert _get(text, span).value == value


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Highs on Saturday will climb into the upper 80s across the valley.", "the upper 80s",
     87, 89),
    ("Overnight lows in the mid-30s are likely in Grantville.", "the mid-30s", 34, 36),
    ("Afternoon temperatures in the low 100s will stress livestock.", "the low 100s", 100, 103),
    ("Highs in the 70s return by Tuesday.", "the 70s", 70, 79),
])
def test_readings_given_as_part_of_a_decade(text, span, low, high):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit, q.approximate) == (low, high, "fahrenheit", True)


def test_decade_readings_take_the_articles_scale():
    text = "Highs in the low 30s are forecast; the record is 41 degrees Celsius."
    assert _get(text, "the low 30s").unit == "celsius"


@pytest.mark.parametrize("text", [
    "Fashion of the 80s came back in the 1990s.",
    "She was in her 40s when she moved to Ridgeford.",
])
def test_decades_without_a_temperature_word_are_not_readings(text):
    assert not any(q.unit in {"fahrenheit", "celsius"} for q in quantities_by_text(text).values())


def test_below_zero_after_a_temperature_word_is_negative():
    q = _get("Wind chills may reach 25 below zero in Fort Keel.", "25 below zero")
    assert q.value == -25 and q.kind == "other"


def test_below_normal_is_not_a_reading():
    assert not quantities_by_text("Temperatures will run 10 below normal this week.")


@pytest.mark.parametrize(("text", "span"), [
    ("The lake level fell 0.6 m during the dry spell.", "0.6 m"),
    ("The river crest reached 7.2 m at the Brenn gauge.", "7.2 m"),
])
def test_m_after_a_water_level_is_meters(text, span):
    assert _get(text, span).unit == "meter"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Spot gas traded at $3.10 per million British thermal units on Monday.",
     "$3.10 per million British thermal units", "USD/MMBtu"),
    ("Wellhead gas sold for $2.45 per Mcf in the basin.", "$2.45 per Mcf", "USD/Mcf"),
])
def test_gas_price_bases(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Arrivals reached 9,000 this spring, about double the total for 2021.", "about double", 2),
    ("Grain imports were triple the level of 2019.", "triple", 3),
])
def test_double_and_triple_the_amount_are_multipliers(text, span, value):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, "multiplier")


@pytest.mark.parametrize("text", [
    "The firm plans to double the output of its Varna plant by 2030.",
    "He was convicted of a double murder in 2001.",
])
def test_double_as_a_verb_or_adjective_is_no_multiplier(text):
    assert not any(q.unit == "multiplier" for q in quantities_by_text(text).values())


def test_unknown_mixed_case_symbols_are_never_counts():
    found = quantities_by_text("The new line carries 400 kV between Arlen and Moss.")
    assert not any(q.unit == "count" for q in found.values()), list(found)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The patrol aircraft flew 1,200 nm before refuelling.", "1,200 nm", "nautical_mile"),
    ("Current velocity reached 6 ft/s under the Mill Street bridge.", "6 ft/s", "foot/second"),
    ("Max temp 97 F at the Corlin airport.", "97 F", "fahrenheit"),
])
def test_bulletin_symbols(text, span, unit):
    assert _get(text, span).unit == unit


def test_lower_case_nm_without_a_voyage_is_no_unit():
    assert not quantities_by_text("The dye absorbs light at 450 nm.")


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ('Hail up to 2.25" in diameter fell on Pikesville.', 'up to 2.25"', 2.25, "inch"),
    ('Storm total snowfall: 11.5" at the Dorran station.', '11.5"', 11.5, "inch"),
    ("Snow drifts reached about 5' deep near Lennox.", "about 5'", 5, "foot"),
])
def test_inch_and_foot_marks_after_a_measured_word(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, unit)


def test_a_quotation_mark_after_a_number_is_no_inch():
    found = quantities_by_text('The coach told them "give me 10" before the match.')
    assert not any(q.unit == "inch" for q in found.values())


@pytest.mark.parametrize(("text", "span", "about"), [
    ("Flood Stage: 21.0 ft. Forecast crest: 23.4 ft.", "23.4 ft", "Forecast crest"),
    ("Path width /maximum/: 150 yards.", "150 yards", "Path width"),
])
def test_a_bulletin_label_is_what_is_measured(text, span, about):
    assert _get(text, span).about == about


def test_a_saying_verb_before_a_colon_is_no_label():
    assert _get("She said: 8 km is too far to walk.", "8 km").about != "She said"


@pytest.mark.parametrize(("text", "span", "low", "high", "about"), [
    ("Highs 82 to 87. Lows 61 to 66.", "61 to 66", 61, 66, "Lows"),
    ("Heat index values up to 108 this afternoon.", "up to 108", 108, None, "Heat index values"),
])
def test_bare_readings_after_a_forecast_word(text, span, low, high, about):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit, q.about) == (low, high, "fahrenheit", about)


def test_a_range_written_with_inch_marks():
    q = _get('Snow totals of 4-7" are forecast above 3,000 feet.', '4-7"')
    assert (q.value, q.value_high, q.unit) == (4, 7, "inch")


def test_price_per_hundredweight():
    q = _get("Milk prices averaged $21.40 per hundredweight in May.",
             "$21.40 per hundredweight")
    assert q.unit == "USD/hundredweight"


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("WTI averaged $71.20/b in the third quarter.", "$71.20/b", "USD/barrel"),
    ("Sorghum yields are forecast at 68 bu/acre.", "68 bu/acre", "bushel/acre"),
])
def test_report_abbreviations_for_barrels_and_bushels(text, span, unit):
    assert _get(text, span).unit == unit


def test_an_amount_in_a_span_of_time_is_no_rate():
    q = _get("The Kell gauge recorded 1.2 inches of rain in an hour.", "1.2 inches")
    assert q.unit == "inch"
