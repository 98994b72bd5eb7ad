"""Quantities stage: rule classes added for far/implied counts, fractions, ages, tallies."""

from __future__ import annotations

import subprocess
import sys

import pytest

from quantity_helpers import quantities_by_text as _qs
from quantity_helpers import quantity as _get
from wirecoder.quantities.normalize import FACTORS, KINDS, TARGETS, pint_factor


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The storm forced 3,000 residents from their homes, and 450 of them are still in shelters.",
     "450", 450, "person"),
    ("Rebels freed 12 hostages on Monday but kept 30 others in the hills.", "30 others", 30,
     "person"),
    ("The army carried out 212 raids this year, compared with 97 in the same period last year.",
     "97", 97, "count"),
    ("The number of registered voters rose from 1.2 million to more than 1.5 million.",
     "more than 1.5 million", 1.5e6, "person"),
])
def test_counts_with_far_or_implied_noun(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit, q.kind) == (value, unit, "count")


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Nearly half of the country's wheat comes from the north.", "Nearly half", 0.5, "fraction"),
    ("Exports fell by two-thirds after the ban.", "two-thirds", 2 / 3, "fraction"),
    ("One in four adults in the region smokes daily.", "One in four", 0.25, "fraction"),
    ("Prices rose almost sevenfold in a decade.", "almost sevenfold", 7, "multiplier"),
    ("The new reactor produces 12 times the output of the old one.", "12 times", 12,
     "multiplier"),
    ("The ship carried more than twice its rated load.", "more than twice", 2, "multiplier"),
])
def test_fractions_and_multipliers(text, span, value, unit):
    q = _get(text, span)
    assert q.unit == unit and q.value == pytest.approx(value)
    if unit == "fraction":
        assert (q.normalized_unit, q.kind) == ("percent", "percent")
        assert q.normalized_value == pytest.approx(value * 100)


def test_ordinal_a_third_is_not_a_fraction():
    assert not any(q.unit == "fraction" for q in _qs("A third inquiry will start soon.").values())


def test_appositive_and_threshold_ages():
    qs = _qs("Farmer Tomas Ribeiro, 58, said children under the age of 16 cannot work there.")
    assert (qs["58"].value, qs["58"].unit, qs["58"].kind) == (58, "year", "other")
    assert qs["16"].unit == "year" and "age" in (qs["58"].about or "")
    decade = _get("The suspect, a woman in her 30s, was arrested.", "in her 30s")
    assert (decade.value, decade.value_high) == (30, 39)


def test_vote_tally_gives_two_counts():
    qs = _qs("The assembly approved the budget by a vote of 61-39 on Friday.")
    assert (qs["61"].value, qs["39"].value, qs["61"].unit) == (61, 39, "count")


def test_change_is_two_quantities_and_range_is_one():
    qs = _qs("Wages rose from $310 to $355 a month, while inflation ran 4% to 6%.")
    assert qs["$310"].value == 310 and qs["$355 a month"].unit == "USD/month"
    assert (qs["4% to 6%"].value, qs["4% to 6%"].value_high) == (4, 6)
    people = _get("Between 40 and 60 people were rescued.", "Between 40 and 60 people")
    assert (people.value, people.value_high, people.unit) == (40, 60, "person")


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The central bank let the peso slide to 19.4 per dollar.", "19.4 per dollar", 19.4,
     "MXN/USD"),
    ("The ministry budgeted Rs 850 billion for roads.", "Rs 850 billion", 850e9, "PKR"),
    ("The state spent 2.5 lakh crore rupees on power.", "2.5 lakh crore rupees", 2.5e12, "INR"),
    ("Bread went up 20 cents last week.", "20 cents", 0.2, "USD"),
    ("Gasoline sold for $3.10 a gallon.", "$3.10 a gallon", 3.10, "USD/gallon"),
    ("The blaze destroyed a 12-story tower.", "12-story", 12, "count"),
    ("A magnitude 5.9 quake hit the coast.", "magnitude 5.9", 5.9, "magnitude"),
    ("Storms caused billions of dollars in damage.", "billions of dollars", 2e9, "USD"),
])
def test_unit_first_and_money_forms(text, span, value, unit):
    q = _get(text, span)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_durations_with_hedges_and_after():
    qs = _qs("The talks lasted less than a day, and the deal expires 90 days after signing.")
    assert qs["less than a day"].value == 1 and qs["90 days"].normalized_value == 90
    decade = _get("The region saw more than a decade of drought.", "more than a decade")
    assert (decade.value, decade.unit, decade.normalized_value) == (10, "year", 3650)


def test_people_nouns_and_point_changes():
    qs = _qs("Some 300 lawmakers voted. Support stood at 41 percent, six points lower than in May.")
    assert qs["Some 300 lawmakers"].unit == "person"
    assert qs["six points"].unit == "percentage_point"


@pytest.mark.parametrize(("text", "absent"), [
    ("Residents of Zone 4 were told to dial 112 at once.", "112"),
    ("It is one of two firms bidding.", "two"),
    ("A dozen eggs costs $4 now.", "dozen eggs"),
    ("Stocks fell to zero interest.", "zero"),
])
def test_not_quantities(text, absent):
    assert absent not in _qs(text)


@pytest.mark.parametrize(("text", "about"), [
    ("Inflation of 9% hurt savers across the country.", "Inflation"),
    ("GDP grew 3% last year.", "GDP"),
    ("Unemployment rose to 7.1% in May.", "Unemployment"),
])
def test_about_from_of_complement_and_change_verbs(text, about):
    q = next(iter(_qs(text).values()))
    assert about in (q.about or "")


def test_factor_table_matches_pint():
    for unit, factor in FACTORS.items():
        assert factor == pytest.approx(pint_factor(unit, TARGETS[KINDS[unit]]), rel=1e-9)


def test_common_conversions_do_not_load_pint():
    code = ("import sys\nfrom wirecoder.quantities.normalize import normalize\n"
            "assert normalize(2.0, 'kilogram', 'mass') == (0.002, 'metric_ton')\n"
            "assert normalize(50.0, 'basis_point', 'percent') == (0.5, 'percentage_point')\n"
            "assert normalize(3.0, 'mile', 'length')[1] == 'kilometer'\n"
            "print('pint' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "False"
