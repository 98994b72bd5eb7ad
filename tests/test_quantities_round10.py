"""Round 10 of issue 10: news units in shapes the development sets lacked.

Classes found with stress sentences written by dimension (temperature, rates, prices,
distances) and with the misses of quantities dev13: a degree sign set apart from its scale
("47.8° Fahrenheit") or with none ("highs near 45°"), negative readings with no unit after a
temperature word ("wind chills from -12 to -20"), a yearly adverb after an inserted commodity
("12 tons of carbon dioxide yearly"), price bases taken from the unit table ("$1.20 per
therm", "$700 per acre-foot"), worded fractions of a scale ("a quarter-million tons") and the
metre symbol at the far end of a span ("from 18 m to nearly 27 m").

Every sentence is written for these tests (fictional places, agencies and figures). After
review, the sentences that had followed development-gold sentences (a degree sign before
"Fahrenheit" above a long-term mean, wind chills, a worded half-million distance, metre
spans and an "m or ft" conversion, a whole rate "of output", a vessel's length and tonnage,
two datelines and degrees above a mean) were replaced by sentences of other shapes, places
and numbers.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize("text, span, value, unit", [
    ("Zenda's met bureau logged 47.8° Fahrenheit as the February average.",
     "47.8° Fahrenheit", 47.8, "fahrenheit"),
    ("Ruritania's autumn finished about 4° Fahrenheit warmer than the 30-year norm.",
     "about 4° Fahrenheit", 4, "fahrenheit"),
    ("The pond at Osk warmed to 18.5° C by noon.", "18.5° C", 18.5, "celsius"),
    ("Afternoon highs near 41° Celsius baked the Tessaly plain.",
     "near 41° Celsius", 41, "celsius"),
    ("Forecast readings between 28° and 31° C were posted for the Varn coast.",
     "between 28° and 31° C", 28, "celsius"),
])
def test_degree_sign_apart_from_its_scale(text: str, span: str, value: float,
                                          unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit, q.kind) == (value, unit, "other")


def test_a_bare_degree_sign_is_a_degree_never_a_count() -> None:
    q = quantity("The Osk ski jump's ramp is tilted 35° to the ground.", "35°")
    assert (q.value, q.unit) == (35, "degree")


@pytest.mark.parametrize("text, reading", [
    ("The research buoy Kelda at 41.2° N, 12.7° W logged 17.5° C water.", "17.5° C"),
    ("At the Brell beacon, 48°12' north, the air read 9° Celsius.", "9° Celsius"),
])
def test_positions_with_a_degree_sign_are_no_quantities(text: str, reading: str) -> None:
    found = quantities_by_text(text)
    assert found[reading].unit == "celsius", list(found)
    assert [q.text for q in found.values()] == [reading]


@pytest.mark.parametrize("text, span, value, high", [
    ("Overnight, wind chills from -12 to -20 will settle over the Zenda ridge.",
     "-12 to -20", -20, -12),
    ("Overnight lows fell to minus 12 in Varn Falls.", "minus 12", -12, None),
    ("Readings at the Osk station dropped to -18 C overnight.", "-18 C", -18, None),
])
def test_negative_readings_after_a_temperature_word(text: str, span: str, value: float,
                                                    high: float | None) -> None:
    q = quantity(text, span)
    assert (q.value, q.value_high) == (value, high)
    assert q.unit in {"degree", "celsius"}


def test_a_negative_number_without_a_temperature_word_is_no_reading() -> None:
    found = quantities_by_text("Lows fell to minus 8 in Brell. The Varn confidence index "
                               "fell to -4 in June.")
    assert found["minus 8"].value == -8, list(found)
    assert "-4" not in found


@pytest.mark.parametrize("text, span, unit", [
    ("A Brell cement kiln releases about 40,000 tons of carbon dioxide yearly.",
     "about 40,000 tons", "metric_ton"),
    ("The Osk smelter emits 2 million tonnes of CO2 annually.",
     "2 million tonnes", "metric_ton"),
])
def test_a_yearly_adverb_after_an_inserted_commodity_makes_no_rate(text: str, span: str,
                                                                   unit: str) -> None:
    # round 18: the guideline's rule 7 ("400 licenses annually": only the count) and the
    # later gold sets reverse round 10's rate; "a year" / "per year" still make one
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "mass")


@pytest.mark.parametrize("text, span, unit", [
    ("Households in Varn pay $1.35 per therm this winter.", "$1.35 per therm", "USD/therm"),
    ("Irrigation water in the Osk valley sells for $640 per acre-foot.",
     "$640 per acre-foot", "USD/acre_foot"),
    ("Crushed stone costs the Brell county $28 per cubic yard.",
     "$28 per cubic yard", "USD/cubic_yard"),
    ("Drivers on the Tessaly turnpike pay $0.40 per mile.", "$0.40 per mile", "USD/mile"),
])
def test_price_bases_from_the_unit_table(text: str, span: str, unit: str) -> None:
    q = quantity(text, span)
    assert (q.unit, q.kind) == (unit, "rate")


@pytest.mark.parametrize("text, span, value, unit", [
    ("Zenda's couriers have driven a half-million kilometers since the depot opened.",
     "a half-million kilometers", 500000, "kilometer"),
    ("The agency stored a quarter-million tons of Brell grain.", "a quarter-million tons",
     250000, "metric_ton"),
])
def test_worded_fractions_of_a_scale(text: str, span: str, value: float, unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, span", [
    ("The wreck lies anywhere from 18 m to nearly 27 m down, divers in Quillon said.",
     "nearly 27 m"),
    ("The new mast is 52 m or 171 ft tall, Quillon officials said.", "52 m"),
])
def test_metre_symbol_at_the_far_end_of_a_span_or_before_a_conversion(text: str,
                                                                      span: str) -> None:
    assert quantity(text, span).unit == "meter"


def test_million_before_a_currency_word_is_no_metre() -> None:
    found = quantities_by_text("Divers say the wreck lies anywhere from 18 m to nearly 27 m "
                               "down; the salvage fund went from 2 m to 3 m dollars.")
    assert found["nearly 27 m"].unit == "meter", list(found)
    assert not any(q.unit == "meter" and q.value in (2, 3) for q in found.values())


def test_a_worded_foot_in_a_rate_is_a_measure() -> None:
    q = quantity("The Varn river is rising about a foot per hour.", "about a foot per hour")
    assert (q.value, q.unit, q.kind) == (1, "foot/hour", "rate")


@pytest.mark.parametrize("text, span, unit, about", [
    ("The Osk field holds 3 billion barrels of oil equivalent.",
     "3 billion barrels of oil equivalent", "barrel_of_oil_equivalent", "Osk field"),
    ("Brell's output rose to 1.1 million barrels of oil equivalent per day.",
     "1.1 million barrels of oil equivalent per day", "barrel_of_oil_equivalent/day", "output"),
    ("Varnia consumed 120 million tonnes of oil equivalent last year.",
     "120 million tonnes of oil equivalent", "tonne_of_oil_equivalent", "Varnia"),
])
def test_oil_equivalent_units_written_out(text: str, span: str, unit: str, about: str) -> None:
    q = quantity(text, span)
    assert q.unit == unit and q.about is not None and about in q.about, (q.unit, q.about)


@pytest.mark.parametrize("text, span, about", [
    ("Freedonian exporters shipped 265,000 barrels per day of naphtha in March.",
     "265,000 barrels per day", "naphtha"),
    ("The Varn pipeline, idle since May, carried 40,000 barrels a day of diluted bitumen "
     "before the leak.", "40,000 barrels a day", "diluted bitumen"),
])
def test_the_of_noun_after_a_whole_rate_is_what_flows(text: str, span: str,
                                                      about: str) -> None:
    assert quantity(text, span).about == about


def test_the_clause_subject_is_the_last_resort_for_about() -> None:
    text = "The ferry, renamed last spring, now measures 96 meters and displaces 4,300 tons."
    assert quantity(text, "4,300 tons").about == "ferry"


def test_a_physical_measure_after_to_on_a_noun_measures_that_noun() -> None:
    text = "Sustained winds of 30 to 40 mph with gusts to 55 mph are expected in Osk."
    assert quantity(text, "55 mph").about == "gusts"


def test_price_per_dozen() -> None:
    q = quantity("Brell egg prices rose to $3.95 per dozen.", "$3.95 per dozen")
    assert (q.unit, q.kind) == ("USD/dozen", "rate")


def test_zetta_prefixed_energy_from_pint() -> None:
    q = quantity("The Varn sea's heat content rose by 12 zettajoules.", "12 zettajoules")
    assert (q.unit, q.kind) == ("zettajoule", "other")


@pytest.mark.parametrize("text, values", [
    ("The Osk reservoirs hold 1.4, 0.9 and 0.6 million acre-feet.",
     {"1.4": 1.4e6, "0.9": 9e5}),
    ("Brell pipelines carry 35, 20 and 15 bcm of gas a year.", {"35": 3.5e10, "20": 2e10}),
])
def test_a_list_shares_the_scale_of_its_last_amount(text: str,
                                                    values: dict[str, float]) -> None:
    found = quantities_by_text(text)
    for span, value in values.items():
        assert found[span].value == pytest.approx(value), (span, found[span].value)


@pytest.mark.parametrize("text, span, unit", [
    ("Delegates in Osk agreed to cap warming at 1.8C above pre-industrial levels.", "1.8C",
     "celsius"),
    ("Readings of up to 44C (111F) are forecast in Varn.", "up to 44C", "celsius"),
    ("Brell sweltered at 41.3 C (106.3 F) on Friday.", "41.3 C", "celsius"),
    ("Brell sweltered at 41.3 C (106.3 F) on Friday.", "106.3 F", "fahrenheit"),
])
def test_scale_letters_before_a_comparison_or_a_conversion(text: str, span: str,
                                                           unit: str) -> None:
    assert quantity(text, span).unit == unit


def test_a_conversion_takes_the_label_its_amount_gets_last() -> None:
    found = quantities_by_text("Readings of up to 44C (111F) are forecast in Varn.")
    assert found["111F"].about == found["up to 44C"].about == "Readings"


@pytest.mark.parametrize("text, span, value, high", [
    ("Expect lows of 24 to 29 across the Varn valley tonight.", "24 to 29", 24, 29),
    ("Heat index values up to 112 are expected in Osk.", "up to 112", 112, None),
    ("The Brell forecast: sunny, with a high of 91 on Tuesday.", "91", 91, None),
])
def test_bare_forecast_readings(text: str, span: str, value: float,
                                high: float | None) -> None:
    q = quantity(text, span)
    assert (q.value, q.value_high, q.unit) == (value, high, "fahrenheit")


def test_a_high_of_a_share_price_is_no_temperature() -> None:
    found = quantities_by_text("Varn Mining shares hit a high of 121 on Tuesday. Expect "
                               "lows of 24 to 29 across Osk tonight.")
    assert found["24 to 29"].unit == "fahrenheit", list(found)
    assert not any(q.unit in {"fahrenheit", "celsius", "degree"} and q.value == 121
                   for q in found.values())


@pytest.mark.parametrize("text, span, about", [
    ("STRELSAU, Ore. – Snowmelt feeding the upper Dremel had totaled 880,000 acre feet by "
     "May 1, forecasters said.", "880,000 acre feet", "Snowmelt"),
    ("PORTVALE – Lake Vessemer stood at 1,043 feet on Monday, nine feet below last spring.",
     "1,043 feet", "Lake Vessemer"),
])
def test_a_datelines_place_is_never_what_is_measured(text: str, span: str,
                                                      about: str) -> None:
    assert quantity(text, span).about == about


@pytest.mark.parametrize("text, span, value, high", [
    ("A 3-to-5-inch snowfall is forecast for the Osk hills.", "3-to-5-inch", 3, 5),
    ("Brell will add two 800-to-1,200-megawatt units.", "800-to-1,200-megawatt", 800, 1200),
])
def test_hyphenated_to_ranges_before_a_unit(text: str, span: str, value: float,
                                            high: float) -> None:
    q = quantity(text, span)
    assert (q.value, q.value_high) == (value, high)


def test_degrees_take_the_scale_written_as_a_letter_after_degrees() -> None:
    text = "Zenda averaged 47.3 degrees F in March, about 2.6 degrees warmer than normal."
    assert quantity(text, "about 2.6 degrees").unit == "fahrenheit"
