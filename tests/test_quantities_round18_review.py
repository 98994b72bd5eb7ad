"""Round 18 review of ``qymiss18`` (issue 10): readings the round-18 rules got wrong.

* a scale written right after a decade wins over the "50 or more is Fahrenheit" rule;
* a foot mark that closes a single-quoted label ("'Article 5'") is no length;
* the parallel-clause rule ("5 percent in January, and 3 in February") does not fire when a
  verb follows the second place (the bare figure is a subject);
* an amount with its own frequency ("200,000 tons every month") shares no rate's period;
* "MHA" (an acronym) is no million hectares, "MVA" before a noun of people no power unit;
* "N times a month's rainfall" is a multiplier, no count per period;
* "per official count" is a source, no per-noun;
* "two thousand and twelve deaths" is one count (2,012), not 2,000 and 12.

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Afternoon readings at the Bree oasis hit the upper 50s °C twice in June.",
     "the upper 50s °C", 57.0, 59.0),
    ("Thermometers in Osk's salt flats crept into the low 50s Celsius by noon.",
     "the low 50s Celsius", 50.0, 53.0),
    ("Bree outlook, Thursday: highs low 50s C, wind from the south.", "low 50s C", 50.0,
     53.0),
])
def test_a_scale_written_after_a_decade_wins(text, span, low, high):
    q = quantity(text, span)
    assert (q.value, q.value_high, q.unit) == (low, high, "celsius")


def test_a_decade_with_no_scale_after_it_keeps_the_fahrenheit_rule():
    q = quantity("Visitors to Osk should expect highs in the upper 80s this week.",
                 "the upper 80s")
    assert q.unit == "fahrenheit"


@pytest.mark.parametrize("text", [
    "Marchers singing 'Clause 9' met water cannon outside the Osk court.",
    "Bree's 'Zone 3' snow shelter opened early.",
    "The 'Gate 7' water tower stood empty.",
])
def test_a_foot_mark_closing_a_quoted_label_is_no_length(text):
    assert not any(q.unit == "foot" for q in quantities_by_text(text).values())


def test_a_foot_mark_after_a_measured_word_still_counts():
    text = "After the storm, waves of 14' battered the Bree pier."
    q = quantity(text, "14'")
    assert (q.value, q.unit) == (14.0, "foot")


@pytest.mark.parametrize(("text", "figure"), [
    ("The mayor took 61 percent in Osk, and 7 in Bree backed her rival.", "7"),
    ("Ice grew 20 cm in Osk, and 9 in Bree have since fallen through it.", "9"),
])
def test_a_bare_figure_followed_by_a_verb_is_no_parallel_measure(text, figure):
    found = quantities_by_text(text)
    assert figure not in found or found[figure].unit not in {"percent", "centimeter"}


def test_a_bare_figure_ending_its_clause_still_takes_the_unit():
    q = quantity("Rents climbed 8 percent in March, and 4 in April.", "4")
    assert q.unit == "percent"


def test_an_amount_with_its_own_frequency_shares_no_period():
    text = ("Bree imports 2 million tonnes of coal a year and 150,000 tonnes every month "
            "from Osk.")
    found = quantities_by_text(text)
    assert found["2 million tonnes of coal a year"].unit == "metric_ton/year"
    assert found["150,000 tonnes"].unit == "metric_ton"


def test_an_amount_without_a_frequency_still_shares_the_period():
    text = "Osk sells 4 million tonnes a month this year and 5 million tonnes more in 2031."
    assert quantity(text, "5 million tonnes").unit == "metric_ton/month"


@pytest.mark.parametrize(("text", "unit"), [
    ("The Osk MHA sent 40 MHA inspectors to the flooded district.", "hectare"),
    ("About 250 MVA workers marched to the Bree ministry.", "megavolt_ampere"),
])
def test_an_acronym_after_a_number_is_no_unit(text, unit):
    assert not any(q.unit == unit for q in quantities_by_text(text).values())


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Bree farmers planted 1.3 Mha of maize.", "1.3 Mha", 1.3e6, "hectare"),
    ("The Osk grid added three 220 MVA transformers.", "220 MVA", 220.0, "megavolt_ampere"),
])
def test_the_units_themselves_are_still_read(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text", [
    "The flood brought six times a month's rain to Osk in two days.",
    "The Bree villa cost eleven times a year's wages for a teacher.",
])
def test_times_a_possessive_period_is_no_count_rate(text):
    assert not any(q.unit and q.unit.startswith("count/")
                   for q in quantities_by_text(text).values())


def test_per_official_count_is_a_source_not_a_per_noun():
    q = quantity("The lake fell 3 meters per official count last summer.", "3 meters")
    assert q.unit == "meter"


def test_and_inside_a_worded_number_makes_one_count():
    text = "Officials in Osk recorded three thousand and forty deaths over the winter."
    q = quantity(text, "three thousand and forty deaths")
    assert q.value == 3040.0


def test_a_worded_year_shape_before_a_counted_noun_is_a_count():
    text = "The Bree registry lists two thousand and nineteen deaths from the fever."
    q = quantity(text, "two thousand and nineteen deaths")
    assert q.value == 2019.0
