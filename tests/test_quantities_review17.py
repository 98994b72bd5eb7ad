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
])
def test_the_case_of_the_m_decides_the_scale(text, span, value):
    q = quantity(text, span)
    assert q.unit == "barrel/day"
    assert q.normalized_value == pytest.approx(value)


def test_double_m_and_lower_case_m_stay_a_million_beside_a_thousand() -> None:
    found = quantities_by_text("Freedonian fields lifted 2.1 MMb/d through the spring, and "
                               "the Osk refinery ran 90 MBD of it.")
    assert found["2.1 MMb/d"].normalized_value == pytest.approx(2.1e6), list(found)
    assert found["90 MBD"].normalized_value == pytest.approx(9e4), list(found)
    for text, span, value in [
        ("Ruritania promised the cartel it would trim output by 0.3 mbd.", "0.3 mbd", 3e5),
        ("Veridian exports could reach 1.1 mb/d next year, traders said.", "1.1 mb/d", 1.1e6),
    ]:
        assert quantity(text, span).normalized_value == pytest.approx(value)


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


def test_a_person_noun_ending_the_phrase_stays_a_rate_base_beside_a_clause() -> None:
    found = quantities_by_text(
        "Aid workers in Osk rationed water to 4 litres a person, while Freedonian guards "
        "found 25 kilograms a deserter had stashed in a well.")
    assert found["4 litres a person"].unit == "liter/person", list(found)
    assert found["25 kilograms"].unit == "kilogram", list(found)
    found = quantities_by_text(
        "Veridia's grain board set the ration at 9 kilograms a household; 30 kilograms a "
        "household of six had hoarded were returned.")
    assert found["9 kilograms a household"].unit == "kilogram/household", list(found)
    assert found["30 kilograms"].unit == "kilogram", list(found)
