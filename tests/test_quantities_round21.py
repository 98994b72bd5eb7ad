"""Round 21 (issue 10, branch ``qy21``): news units in plain-English writing, found without gold.

* "a few" and "several" with a scale word before a measure unit ("a few hundred meters" =
  300, "several million bushels", approximate), as the guideline writes "several hundred";
  not alone ("several miles", "a few days": dev6 leaves them), never before a counted noun;
* "several hundred meters" is read also when the article holds no "hundreds of" (the vague
  measures had no cue of their own);
* a spoken decimal before a unit word ("two point five inches", "one point one degrees"),
  not "at one point five soldiers";
* "minus" before a worded temperature ("minus ten degrees Celsius");
* "a hundred and fifty kilometers" (not fifty);
* a spoken decimal with a scale is exact ("eight point two million" = 8.2e6);
* a count before a measure adjective ("14.5 million 480-pound bales": the count "14.5
  million" and the mass "480-pound", as the open gold writes them); the run of number tokens
  no longer swallows the adjective's number, which dropped the count;
* "<smaller number> or <measure>" is a range ("one or two inches", "four or five barrels").

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Herders in Osk walk a few hundred metres to the only well.",
     "a few hundred metres", 300.0, "meter"),
    ("The blaze near Bree scorched a few thousand hectares of pine.",
     "a few thousand hectares", 3000.0, "hectare"),
    ("Smugglers hid a few dozen kilograms of gold in the truck.",
     "a few dozen kilograms", 36.0, "kilogram"),
    ("The convoy stopped several thousand feet short of Osk.",
     "several thousand feet", 3000.0, "foot"),
    ("Silos at Bree still hold several million bushels of maize.",
     "several million bushels", 3e6, "bushel"),
])
def test_a_few_and_several_before_a_measure_unit(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit, q.approximate) == (value, unit, True)


def test_several_hundred_needs_no_other_vague_plural_in_the_article():
    q = quantity("The ferry sank several hundred meters from the Osk pier.",
                 "several hundred meters")
    assert (q.value, q.unit) == (300.0, "meter")
    # guards: "a few" / "several" with no measure unit after them stays no measure
    for text in ("A few days later the Osk council met again.",
                 "Several of the miles along the Bree road were paved.",
                 "A few hundred villagers gathered in Osk.",
                 "The surge reached several miles inland near Osk.",
                 "Talks in Bree lasted several days."):
        assert not any(q.unit in {"day", "mile"} for q in quantities_by_text(text).values())


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("Gauges at Bree caught three point two inches of rain.",
     "three point two inches", 3.2, "inch"),
    ("The Osk glacier thinned by one point five metres last year.",
     "one point five metres", 1.5, "meter"),
    ("The lake warmed by about zero point eight degrees Celsius.",
     "about zero point eight degrees Celsius", 0.8, "celsius"),
])
def test_a_spoken_decimal_before_a_unit_word(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)
    # guard: "at one point" is no decimal
    found = quantities_by_text("At one point six guards left the Bree gate.")
    assert "six guards" in found and found["six guards"].value == 6


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("In Osk the night fell to minus twelve degrees Celsius.",
     "minus twelve degrees Celsius", -12.0, "celsius"),
    ("Bree recorded minus twenty-two degrees Fahrenheit on Monday.",
     "minus twenty-two degrees Fahrenheit", -22.0, "fahrenheit"),
])
def test_minus_before_a_worded_temperature(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The new Osk railway runs a hundred and sixty kilometres.",
     "a hundred and sixty kilometres", 160.0, "kilometer"),
    ("Gusts in Bree reached a hundred and ten miles an hour.",
     "a hundred and ten miles an hour", 110.0, "mile/hour"),
])
def test_a_hundred_and_a_group(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


def test_a_spoken_decimal_with_a_scale_is_exact():
    q = quantity("Osk harvested four point one million tonnes of wheat.",
                 "four point one million tonnes")
    assert q.value == 4.1e6


@pytest.mark.parametrize(("text", "span", "value", "adjective"), [
    ("Osk growers expect 3.8 million 480-pound bales this season.",
     "3.8 million", 3.8e6, "480-pound"),
    ("Bree's port moved 640,000 20-foot containers in March.",
     "640,000", 6.4e5, "20-foot"),
])
def test_a_count_before_a_measure_adjective(text, span, value, adjective):
    found = quantities_by_text(text)
    assert adjective in found, list(found)
    assert span in found, list(found)
    assert (found[span].value, found[span].unit) == (value, "count")


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("Forecasters in Osk expect one or two inches of rain tonight.",
     "one or two inches", 1.0, 2.0, "inch"),
    ("Floodwater in Bree rose three or four feet by noon.",
     "three or four feet", 3.0, 4.0, "foot"),
    ("Bree's pumps sold 5 or 6 dollars a gallon in the crisis.",
     "5 or 6 dollars a gallon", 5.0, 6.0, "USD/gallon"),
])
def test_smaller_number_or_a_measure_is_a_range(text, span, low, high, unit):
    found = quantities_by_text(text)
    assert span in found, list(found)
    q = found[span]
    assert (q.value, q.value_high, q.unit) == (low, high, unit)
    assert len(found) == 1, list(found)
    # guard: the end of a list is no range
    listed = quantities_by_text("Wells at Bree are 3, 5 or 8 meters deep.")
    assert sorted(q.value for q in listed.values()) == [3.0, 5.0, 8.0], list(listed)
