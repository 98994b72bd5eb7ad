"""Round 14 of issue 10: compound rates, worded amounts and fractions of news units.

Found on the development sets and sentences written in the style of agency and aid reports:

* a rate per thing and per period ("liters per refugee per day", "kilograms per hive per
  week") or a flow with a second period ("cubic meters per second per hour") lost its
  second period: the unit read ``liter/person``;
* a measure with a commodity between unit and period took "a"/"an"/"per" but not
  "each"/"every" ("8,000 tonnes of maize every month" read ``metric_ton``);
* "a hundred <unit>", a fraction of a degree or of one percent, "five- to eight-tenths";
* "ounces" and "oz" are pint's ``ounce`` (the gold's id), only "troy ounces" say troy;
* a number ending one line and a unit word opening the next (a list item "tents, 85" over a
  line "Gallons of fuel: ...") made a spurious quantity;
* a unit of the table after "per" ("Btu per kilowatthour") is the base of a compound unit.

A count with "each"/"every" after it stays a count (the guideline's rule 7: the frequency is
separate).

Every sentence is written for these tests (invented places and figures). After review, the
line-break test (first modelled on a wildfire bulletin's layout) and the degree-fraction
sentence were rewritten with other layouts, wording and numbers, and a test was added for a
vague number of tenths of a degree (no quantity of one degree).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Aid workers in Zenda hand out 15 liters per refugee per day at the border camps.",
     "15 liters per refugee per day", "liter/refugee/day"),
    ("Veridian households used 180 kilograms of rice per person per year until the drought.",
     "180 kilograms of rice per person per year", "kilogram/person/year"),
    ("At its peak the Varn spillway rose by 600 cubic meters per second each hour.",
     "600 cubic meters per second each hour", "cubic_meter/second/hour"),
    # round 18: "each"/"every" + period is a frequency apart (guideline rule 7), no rate
    ("Ruritanian mills ground 8,000 tonnes of maize every month in the dry season.",
     "8,000 tonnes", "metric_ton"),
    ("The Freedonian port loads 2.5 million barrels of crude each week.",
     "2.5 million barrels", "barrel"),
])
def test_a_second_period_makes_a_rate_each_every_do_not(text: str, span: str,
                                                        unit: str) -> None:
    assert quantity(text, span).unit == unit


def test_a_rate_does_not_repeat_its_own_period() -> None:
    found = quantities_by_text("The Osk ferry ran at 12 knots, about 22 kilometers per hour "
                               "per the harbor log.")
    assert found["about 22 kilometers per hour"].unit == "kilometer/hour", list(found)
    # no period after the per-thing: "a season" is not one
    found = quantities_by_text("Farmers near Osk reported 42 bushels per acre a season, and "
                               "3 kilograms per hive per week.")
    assert found["42 bushels per acre"].unit == "bushel/acre", list(found)
    assert found["3 kilograms per hive per week"].unit == "kilogram/hive/week", list(found)
    # a count with "each"/"every" after it stays a count (the guideline: the frequency is
    # separate); only "a"/"per" make a counted rate
    found = quantities_by_text("About 2,300 pilgrims every day reach the Zenda shrine and "
                               "3 kilograms per hive per week are sold.")
    assert found["About 2,300 pilgrims"].unit == "person", list(found)


def test_a_hundred_written_with_an_article_is_an_amount_of_its_unit() -> None:
    found = quantities_by_text("Floodwater spread a hundred kilometers down the Varn valley, "
                               "and A hundred acres of orchards near Osk were lost.")
    assert (found["a hundred kilometers"].value, found["a hundred kilometers"].unit) == (
        100, "kilometer"), list(found)
    assert found["A hundred acres"].unit == "acre", list(found)


def test_ounces_are_pints_ounce_and_only_troy_ounces_say_troy() -> None:
    text = ("The Zenda refinery cast 64,000 ounces of silver into 10 oz bars; platinum sold "
            "at $905 an ounce, and the vault held 2,500 troy ounces.")
    found = quantities_by_text(text)
    assert found["64,000 ounces"].unit == "ounce", list(found)
    assert found["10 oz"].unit == "ounce", list(found)
    assert found["$905 an ounce"].unit == "USD/ounce", list(found)
    assert found["2,500 troy ounces"].unit == "troy_ounce", list(found)


def test_an_amount_and_a_unit_on_two_lines_are_no_quantity() -> None:
    text = ("Stores counted at the Dorna depot:\n- tents, 85\nGallons of diesel left: 1,900 "
            "gallons\n- coils of rope, 12\nMeters of it are frayed.")
    found = quantities_by_text(text)
    assert [q.unit for q in found.values() if q.kind in {"volume", "length"}] == ["gallon"], \
        list(found)
    assert "1,900 gallons" in found


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("By March the Osk reservoir stood two-fifths of a degree Celsius above the Freedonian "
     "record.", "two-fifths of a degree Celsius", 0.4, "celsius"),
    ("Veridia's capital ran eight-tenths of one degree Fahrenheit above its norm.",
     "eight-tenths of one degree Fahrenheit", 0.8, "fahrenheit"),
])
def test_a_fraction_of_a_degree_is_that_part_of_the_degree(text: str, span: str, value: float,
                                                           unit: str) -> None:
    q = quantity(text, span)
    assert (round(q.value, 3), q.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "Buoys off Zenda logged 2024 readings higher by some hundredths of a degree Celsius.",
    "For 31 nights the Varn glacier lost many hundredths of a degree Fahrenheit of its chill.",
])
def test_a_vague_part_of_a_degree_is_no_whole_degree(text: str) -> None:
    found = quantities_by_text(text)
    assert not [q for q in found.values() if q.unit in {"celsius", "fahrenheit"}], list(found)


def test_five_to_eight_tenths_and_sixths_are_fractions() -> None:
    found = quantities_by_text("Seven-tenths of the Osk wells ran dry and five-sixths of "
                               "the herds were moved.")
    assert found["Seven-tenths"].unit == "fraction", list(found)
    assert round(found["Seven-tenths"].value, 3) == 0.7
    assert "five-sixths" in found, list(found)


def test_a_fraction_of_one_percent_is_that_part_of_a_percent() -> None:
    q = quantity("Veridian prices edged up by nine-tenths of one percent over the winter.",
                 "nine-tenths of one percent")
    assert (round(q.value, 3), q.unit) == (0.9, "percent")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Freedonia's gas turbines need 6,900 Btu per kilowatthour at full load.",
     "6,900 Btu per kilowatthour", "british_thermal_unit/kilowatt_hour"),
    ("Veridian office towers used 14 kilowatt-hours per square foot a year by 2031.",
     "14 kilowatt-hours per square foot a year", "kilowatt_hour/square_foot/year"),
    ("The Osk pipeline is tested to 1,440 pounds per square inch each spring.",
     "1,440 pounds per square inch", "pound/square_inch"),
])
def test_a_unit_of_the_table_after_per_is_the_base_of_a_compound_unit(
        text: str, span: str, unit: str) -> None:
    assert quantity(text, span).unit == unit
