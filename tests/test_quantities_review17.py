"""Findings of the round-17 review of the quantities stage, fixed after it.

* The case of the M decides the scale of a barrels-a-day abbreviation: in US energy tables
  a capital "M" is a thousand ("MBD", "Mb/d") and "MM" a million ("MMBD", "MMb/d"); the
  lower-case "mbd" / "mb/d" of news copy is a million.
* "a" / "an" before a person noun makes a per-person rate only when the noun ends the
  phrase: a noun followed by a verb, "of" or a relative clause heads a clause of its own.

Every sentence is written for these tests (invented places, people and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The Osk refinery in Freedonia was rebuilt to run 250 MBD of sour crude.", "250 MBD",
     2.5e5),
    ("Ruritania's newest cracker will process 85 Mb/d once its units are online.",
     "85 Mb/d", 8.5e4),
    ("Veridia's national oil firm pumped 1.4 MMBD in the last quarter.", "1.4 MMBD", 1.4e6),
    ("Freedonian fields lifted 2.1 MMb/d through the spring.", "2.1 MMb/d", 2.1e6),
    ("Ruritania promised the cartel it would trim output by 0.3 mbd.", "0.3 mbd", 3e5),
    ("Veridian exports could reach 1.1 mb/d next year, traders said.", "1.1 mb/d", 1.1e6),
])
def test_the_case_of_the_m_decides_the_scale(text, span, value):
    q = quantity(text, span)
    assert q.unit == "barrel/day"
    assert q.normalized_value == pytest.approx(value)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Customs officers in Veridia seized 40 kilograms a person had hidden under a bus seat.",
     "40 kilograms", "kilogram"),
    ("Police dug up 3 tonnes a resident of the Osk hills had buried behind a barn.",
     "3 tonnes", "metric_ton"),
    ("Inspectors in Freedonia weighed 12 kilograms a household who fled the flood left "
     "behind.", "12 kilograms", "kilogram"),
    ("Ruritanian auditors traced 600 litres an inhabitant siphoned from the depot.",
     "600 litres", "liter"),
])
def test_a_person_noun_heading_a_clause_is_no_rate_base(text, span, unit):
    assert quantity(text, span).unit == unit


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Aid workers in Osk rationed drinking water to 4 litres a person through the drought.",
     "4 litres a person", "liter/person"),
    ("Freedonia's grain board set the ration at 9 kilograms a household, officials said.",
     "9 kilograms a household", "kilogram/household"),
])
def test_a_person_noun_ending_the_phrase_stays_a_rate_base(text, span, unit):
    assert quantity(text, span).unit == unit
