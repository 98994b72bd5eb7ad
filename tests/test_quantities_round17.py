"""Round 17 of issue 10: unit forms found by the coverage audit (``scripts/unit_audit.py``).

The audit puts news unit spellings in every number form (digits, scales, ranges,
hyphenated adjectives, rates) inside sentences written for it; no gold text is used.
Classes fixed here:

* a suspended-hyphen range of a unit that carries a scale ("a 2- to 4-megaton yield"):
  the low end takes the scale too;
* an abbreviation's period before the period of a rate ("lbs. a day", "bbl./d");
* units pint's registry lacks: the dunam and the feddan (land), "Mcf", "bbls", "mbd",
  megalitres and gigalitres ("GL", "ML" only in a unit context), "/y" as a year, ℃ / ℉.

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("Analysts in Veridia put the test device at a 2- to 4-megaton yield.",
     "2- to 4-megaton", 2e6, 4e6, "metric_ton"),
    ("Ruritanian engineers fitted a 3- or 6-kiloton charge to the dam's old spillway.",
     "3- or 6-kiloton", 3e3, 6e3, "metric_ton"),
])
def test_a_suspended_range_of_a_scaled_unit_scales_both_ends(text, span, low, high, unit):
    q = quantity(text, span)
    assert (q.value, q.value_high, q.unit) == (low, high, unit)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Freedonian hatcheries now feed the trout 480 lbs. a day through the winter.",
     "480 lbs. a day", "pound/day"),
    ("The old Osk well still pumps 35 bbl./d of heavy crude.", "35 bbl./d", "barrel/day"),
    ("Veridian rangers counted the glacier's creep at 0.4 mi. per year since 1990.",
     "0.4 mi. per year", "mile/year"),
    ("Hill growers north of Osk spread 70 lbs. per acre of lime.", "70 lbs. per acre",
     "pound/acre"),
])
def test_an_abbreviation_period_before_a_rate_keeps_the_rate(text, span, unit):
    assert quantity(text, span).unit == unit


def test_a_new_sentence_after_an_abbreviation_is_no_rate() -> None:
    found = quantities_by_text("Each Osk bakery burns 60 lbs. of flour daily and 9 lbs. daily "
                               "of rye.")
    assert found["9 lbs"].unit == "pound", list(found)  # round 18: "daily" is no rate
    found = quantities_by_text("The Ruritanian boxer dropped 12 lbs. A day later he fought.")
    assert found["12 lbs"].unit == "pound", list(found)
    found = quantities_by_text("The calf weighed 90 lbs. a day earlier, the Osk vet said.")
    assert found["90 lbs"].unit == "pound", list(found)


@pytest.mark.parametrize(("text", "span", "value", "unit", "normalized"), [
    ("Settlers in the valley fenced off 350 dunams of Freedonian olive groves.",
     "350 dunams", 350.0, "dunam", 0.35),
    ("A court in Osk returned 1,200 dunums to the villagers.", "1,200 dunums", 1200.0,
     "dunam", 1.2),
    ("Veridia's delta lost 40,000 feddans of cropland to salt.", "40,000 feddans", 40000.0,
     "feddan", 168.0332),
])
def test_land_measures_pint_lacks(text, span, value, unit, normalized):
    q = quantity(text, span)
    assert (q.value, q.unit, q.normalized_unit) == (value, unit, "square_kilometer")
    assert q.normalized_value == pytest.approx(normalized)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Freedonian gas wells yielded 2,400 Mcf in March.", "2,400 Mcf", 2.4e6, "cubic_foot"),
    ("Ruritania's tanks at Osk held 80,000 bbls of diesel.", "80,000 bbls", 8e4, "barrel"),
    ("The cartel cut Veridia's quota to 1.2 mbd for the winter.", "1.2 mbd", 1.2e6,
     "barrel/day"),
    ("The Osk basin irrigators drew 320 GL of river water last season.", "320 GL", 320.0,
     "gigaliter"),
    ("Dam releases of 45 ML, officials in Veridia said, would reach the wetlands.", "45 ML",
     45.0, "megaliter"),
    ("A new pipeline from Freedonia carries 14 bcm/y to the coast.", "14 bcm/y", 1.4e10,
     "cubic_meter/year"),
    ("In the Ruritanian capital the mercury climbed to 41℃ by noon.", "41℃", 41.0,
     "celsius"),
])
def test_spellings_the_registry_lacks(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


def test_gl_and_ml_are_no_units_outside_a_unit_context() -> None:
    found = quantities_by_text("Veridian farmers may buy 75 GL, and the league has 3 ML "
                               "pitchers from Osk.")
    assert found["75 GL"].unit == "gigaliter", list(found)
    found = quantities_by_text("Freedonia fielded 3 ML pitchers and 2 GL coaches in Osk.")
    assert not any(q.unit in {"megaliter", "gigaliter"} for q in found.values()), list(found)


def test_an_abbreviation_period_inside_a_range() -> None:
    found = quantities_by_text("Relief sacks of 25 lbs. to 50 lbs. reached the Osk camps.")
    q = found["25 lbs. to 50 lbs"]
    assert (q.value, q.value_high, q.unit) == (25.0, 50.0, "pound")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Terraced plots above Osk gave 6.5 tonnes of barley a hectare this spring.",
     "6.5 tonnes of barley a hectare", "metric_ton/hectare"),
    ("Veridian orchards drew 900 gallons an acre from the canal.", "900 gallons an acre",
     "gallon/acre"),
    ("Freedonian relief staff handed out 3 kilograms a head at the depot.",
     "3 kilograms a head", "kilogram/person"),
])
def test_a_rate_base_after_a(text, span, unit):
    assert quantity(text, span).unit == unit
