"""Worded and hedged number forms: "a couple of days", "a half mile or less", "200+ mph",
"36-thousand pounds", "1 and a half to 2 miles", "yearlong", "a day or two".

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "value", "high", "unit"), [
    ("Strengthening is forecast during the next couple of days.", "couple of days", 2, None,
     "day"),
    ("She finished the course in a couple of hours.", "a couple of hours", 2, None, "hour"),
    ("The meeting lasted half an hour.", "half an hour", 0.5, None, "hour"),
    ("Spotters report visibility of a half mile or less.", "a half mile or less", 0.5, None,
     "mile"),
    ("Gusts of 40 mph or higher are possible.", "40 mph or higher", 40, None, "mile/hour"),
    ("The strongest tornadoes bring winds of 200+ mph.", "200+ mph", 200, None, "mile/hour"),
    ("The helicopter can lift 36-thousand pounds.", "36-thousand pounds", 36000, None, "pound"),
    ("Crews found a 1 and a half to 2-mile-long slick offshore.", "1 and a half to 2-mile",
     1.5, 2, "mile"),
])
def test_worded_and_hedged_amounts(text, span, value, high, unit):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit) == (value, high, unit)


@pytest.mark.parametrize(("text", "span"), [
    ("Strengthening is forecast during the next couple of days.", "couple of days"),
    ("Spotters report visibility of a half mile or less.", "a half mile or less"),
    ("The strongest tornadoes bring winds of 200+ mph.", "200+ mph"),
])
def test_vague_or_open_amounts_are_approximate(text, span):
    assert _get(text, span).approximate


@pytest.mark.parametrize(("text", "span", "high", "unit"), [
    ("The battalion came home from a yearlong deployment.", "yearlong", None, "year"),
    ("THE UNIT IS HOME AFTER ITS YEAR LONG TOUR.", "YEAR LONG", None, "year"),
    ("Talks led to a week-long truce in the north.", "week-long", None, "week"),
    ("The storm will drift west for the next day or two.", "day or two", 2, "day"),
])
def test_worded_single_durations(text, span, high, unit):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit, q.kind) == (1, high, unit, "duration")


def test_a_decade_long_war_is_not_a_duration_quantity():
    from quantity_helpers import quantities_by_text

    assert "decade-long" not in quantities_by_text("The decade-long war ended in a truce.")


def test_accounting_parentheses_before_a_currency_word():
    q = _get("Losses were (3.2) million dollars.", "(3.2) million dollars")
    assert (q.value, q.unit) == (-3.2e6, "USD")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("A 6.1-magnitude earthquake hit the coast.", "6.1-magnitude", 6.1),
    ("A magnitude 5.2 aftershock followed.", "magnitude 5.2", 5.2),
])
def test_magnitude_before_or_after_the_number(text, span, value):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, "magnitude")


@pytest.mark.parametrize(("text", "span", "value", "high", "unit"), [
    # a suspended hyphen: the low amount shares the compound's unit
    ("Crossing the pass takes a grueling one- to two-week trek.", "one- to two-week", 1, 2,
     "week"),
    ("The permit allows 3- or 4-day stays in the reserve.", "3- or 4-day", 3, 4, "day"),
    # a magnitude named before its value
    ("The seismology office put the magnitude at 5.8.", "5.8", 5.8, None, "magnitude"),
    ("The tremor had a magnitude of 4.4, the observatory said.", "4.4", 4.4, None,
     "magnitude"),
    # a bare vague amount with a "who" clause counts people
    ("The shelter is run for thousands who cross the border each month.", "thousands", 2000,
     None, "person"),
])
def test_suspended_ranges_named_magnitudes_and_who_counts(text, span, value, high, unit):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit) == (value, high, unit)


def test_a_two_week_compound_alone_is_no_range():
    q = _get("The two-week trek was hard.", "two-week")
    assert (q.value, q.value_high) == (2, None)
