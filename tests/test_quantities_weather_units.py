"""Units of weather bulletins and all-capitals scripts: knots, millibars, inches of mercury.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text as _qs
from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "unit", "kind"), [
    ("Winds are forecast to increase to 45 kt by Tuesday.", "45 kt", "knot", "rate"),
    ("The intensity is held at 50 kt for this advisory.", "50 kt", "knot", "rate"),
    ("THE STORM HAS WINDS OF 60 KT.", "60 KT", "knot", "rate"),
    ("FORECAST MAX WINDS 12H 35 KTS 40 MPH", "35 KTS", "knot", "rate"),
    ("The pressure dropped to 950 mb as the hurricane deepened.", "950 mb", "millibar", "other"),
    ("The central pressure is 987 millibars.", "987 millibars", "millibar", "other"),
    ("MINIMUM CENTRAL PRESSURE...994 MB", "994 MB", "millibar", "other"),
    ("THE CENTER WAS ABOUT 420 MI SOUTH OF BERMUDA.", "ABOUT 420 MI", "mile", "length"),
    ("THE CONVOY MOVED 35 KM EAST.", "35 KM", "kilometer", "length"),
])
def test_weather_and_capitals_units(text, span, unit, kind):
    q = _get(text, span)
    assert (q.unit, q.kind) == (unit, kind)


def test_knots_are_not_kilotonnes_and_kilotonnes_stay():
    assert _get("Gusts reached 70 kt overnight.", "70 kt").value == 70
    blast = _get("The test yielded 15 kt of TNT equivalent.", "15 kt")
    assert (blast.unit, blast.value) == ("metric_ton", 15000)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The low is moving east at 10 to 15 kt.", "10 to 15 kt", "knot"),
    ("The frigate was steaming at 18 kt.", "18 kt", "knot"),
    ("The storm has winds of 60 kt, and a mine near its track makes 300 kt of copper.",
     "300 kt", "metric_ton"),
    ("The storm has winds of 60 kt, and the smelter makes 300 kt a year.", "300 kt a year",
     "metric_ton/year"),
])
def test_kt_by_context(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize(("text", "span"), [
    ("The central pressure is 987 mb (29.15 inches).", "29.15 inches"),
    ("MINIMUM CENTRAL PRESSURE...971 MB...28.67 INCHES", "28.67 INCHES"),
    ("The barometric pressure fell to 29.10 inches of mercury.", "29.10 inches"),
])
def test_inches_of_mercury_after_a_pressure(text, span):
    assert _get(text, span).unit == "inch_Hg"


def test_rain_inches_stay_inches():
    assert _get("The storm dropped 3 inches of rain on the city.", "3 inches").unit == "inch"


@pytest.mark.parametrize(("text", "span"), [
    ("The file is 40 MB and downloads fast.", "40"),
    ("The tanker was 12 NM from the port.", "12"),
    ("Lowercase mixed text writes 9 MI only in error.", "9"),
])
def test_upper_case_or_unknown_symbols_are_never_counts(text, span):
    found = _qs(text)
    assert not any(k.startswith(span) for k in found), found


def test_minutes_are_durations():
    q = _get("The download took 3 minutes on the old line.", "3 minutes")
    assert (q.unit, q.kind) == ("minute", "duration")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Temperatures hovered around 35 C in Delhi.", "around 35 C", "celsius"),
    ("Highs reach 95 F. in Phoenix on Sunday.", "95 F", "fahrenheit"),
])
def test_bare_scale_letters_after_a_temperature_word(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize("text", [
    "Temperatures rose as the air force bought 35 F-16s.",
    "Highs and lows: the league placed 4 C teams in the final.",
])
def test_scale_letters_elsewhere_are_no_temperatures(text):
    assert not any(q.unit in {"celsius", "fahrenheit"} for q in _qs(text).values())


def test_the_next_cells_unit_is_not_what_a_value_measures():
    q = _get("FORECAST MAX WINDS\n12H 35 KT 40 MPH\n24H 30 KT 35 MPH", "35 KT")
    assert q.about is None or q.about.upper() != "MPH"
