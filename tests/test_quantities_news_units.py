"""Quantities round 6 (issue 10): unit spellings and forms of wire news.

Hyphenated rate compounds, price bases and densities, capacities, concentrations,
temperature letters read from the words after them, magnitudes on the Richter scale,
vague plurals of multi-word units, "a foot of rain". Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text as _qs
from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The firm operates a 150,000-barrel-per-day refinery near the delta.",
     "150,000-barrel-per-day", 150000, "barrel/day"),
    ("A 300,000-barrel-a-day pipeline crosses the steppe.", "300,000-barrel-a-day", 300000,
     "barrel/day"),
    ("Platinum traded at $960 per troy ounce on Friday.", "$960 per troy ounce", 960,
     "USD/troy_ounce"),
    ("Fine dust peaked at 240 micrograms per cubic meter in the capital.",
     "240 micrograms per cubic meter", 240, "microgram/cubic_meter"),
    ("The terminal will ship 7.5 mtpa of liquefied gas.", "7.5 mtpa", 7.5e6, "metric_ton/year"),
    ("Carbon dioxide at the station averaged 423 parts per million.", "423 parts per million",
     423, "ppm"),
    ("Inland, the thermometer showed 44C while the coast saw 38C.", "44C", 44, "celsius"),
    ("Tucson logged 117F, its hottest day on record.", "117F", 117, "fahrenheit"),
    ("The tremor measured 6.4 on the Richter scale.", "6.4 on the Richter scale", 6.4,
     "magnitude"),
    ("An M6.9 quake rattled the islands overnight.", "M6.9", 6.9, "magnitude"),
    ("Wildfires have scorched thousands of square kilometers of taiga.",
     "thousands of square kilometers", 2000, "square_kilometer"),
    ("The park spans 4,000 sq. miles of desert.", "4,000 sq. miles", 4000, "square_mile"),
    ("The front could drop up to a foot of snow on the passes.", "up to a foot", 1, "foot"),
    ("The mill crushes 80 tonnes/hour of cane.", "80 tonnes/hour", 80, "metric_ton/hour"),
    ("The refinery takes 900 tons/d of crude.", "900 tons/d", 900, "metric_ton/day"),
    ("The new clinic covers 750 square meters.", "750 square meters", 750, "square_meter"),
    ("The rebels withdrew 12kms from the town.", "12kms", 12, "kilometer"),
    ("Divers searched several hundred meters of the reef.", "several hundred meters", 300,
     "meter"),
    ("The patrol walked a kilometer and a half to the ridge.", "a kilometer and a half", 1.5,
     "kilometer"),
    ("Shipments reached 2.7m barrels a day in June.", "2.7m barrels a day", 2.7e6,
     "barrel/day"),
    ("The silo took in 35k tonnes of maize.", "35k tonnes", 35000, "metric_ton"),
])
def test_news_unit_forms(text, span, value, unit):
    q = _get(text, span)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", [
    "Rangers on a foot patrol found 3 snares near the river.",
    "A foot soldier carried 25 kilograms of gear.",
])
def test_a_foot_that_is_no_length(text):
    assert not any(q.unit == "foot" for q in _qs(text).values())


def test_temperature_letters_need_a_temperature_context():
    found = _qs("Grade 5 C students scored 40 C marks in the test.")
    assert not any(q.unit == "celsius" for q in found.values())


@pytest.mark.parametrize(("text", "span", "unit"), [
    # a currency name several countries share takes the country the text names
    ("Pakistan raised fuel prices again, and the rupee traded near 290 to the dollar.",
     "near 290 to the dollar", "PKR/USD"),
    ("Argentina devalued again. The peso's official rate was 1,020 per dollar.",
     "1,020 per dollar", "ARS/USD"),
    ("Ugandan police seized goods worth 3 million shillings.", "3 million shillings", "UGX"),
    ("India's cabinet set aside Rs 1.9 trillion for railways.", "Rs 1.9 trillion", "INR"),
    # a nationality written with the name wins over a country named elsewhere
    ("Uganda fined the trader 40,000 Kenyan shillings.", "40,000 Kenyan shillings", "KES"),
    # no country named: the word table's default
    ("The rupee fell to 84 per dollar.", "84 per dollar", "INR/USD"),
])
def test_shared_currency_names(text, span, unit):
    assert _get(text, span).unit == unit
