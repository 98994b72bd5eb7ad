"""Round 21 review fixes (branch ``fixqy21`` over ``qy21``, issue 10).

* the low end of an "or" range takes the high end's scale word ("2 or 3 million tonnes" is
  2e6 to 3e6; "one or two hundred tonnes" 100 to 200), as the suspended ranges do;
* "at one point" before a duration is the idiom, no spoken decimal ("At one point three
  hours into the talks" is 3 hours), and spoken decimals are not read before time words;
* a spoken decimal before a currency word ("three point five dollars a gallon" is 3.5).

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize(("text", "span", "low", "high"), [
    ("Harvests in Grell may shrink by 2 or 3 million tonnes next season.",
     "2 or 3 million tonnes", 2e6, 3e6),
    ("Four or five million barrels a day went offline after the Orvan strike.",
     "Four or five million barrels a day", 4e6, 5e6),
    ("Orvan silos hold one or two hundred tonnes of barley.",
     "one or two hundred tonnes", 100.0, 200.0),
    ("Flames crossed seven or eight thousand acres north of Grell.",
     "seven or eight thousand acres", 7000.0, 8000.0),
])
def test_the_low_end_of_an_or_range_takes_the_scale_word(text, span, low, high):
    found = quantities_by_text(text)
    assert span in found, list(found)
    q = found[span]
    assert (q.value, q.value_high) == (low, high)


def test_a_bare_or_range_is_not_scaled():
    found = quantities_by_text("Rivers near Grell rose three or four feet overnight.")
    q = found["three or four feet"]
    assert (q.value, q.value_high) == (3.0, 4.0)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("At one point four hours into the summit, the Grell delegate left.", "four hours", 4.0),
    ("At one point six days after the storm, trucks reached Orvan.", "six days", 6.0),
    ("At one point two kilometres of the Grell dyke were under water.", "two kilometres", 2.0),
])
def test_at_one_point_is_no_spoken_decimal(text, span, value):
    found = quantities_by_text(text)
    assert span in found, list(found)
    assert found[span].value == value


def test_a_spoken_decimal_before_a_currency_word():
    found = quantities_by_text("Petrol in Orvan cost four point two dollars a gallon in May.")
    span = "four point two dollars a gallon"
    assert span in found, list(found)
    assert (found[span].value, found[span].unit) == (4.2, "USD/gallon")
    # the spoken decimal before a unit word still reads
    found = quantities_by_text("The Grell reservoir fell by one point five metres.")
    assert found["one point five metres"].value == 1.5


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Grell's thermometers are accurate to plus or minus two degrees Celsius.",
     "two degrees Celsius", 2.0),
    ("The Orvan model is right to plus or minus 3 degrees Celsius.", "3 degrees Celsius", 3.0),
])
def test_plus_or_minus_is_no_negative_sign(text, span, value):
    found = quantities_by_text(text)
    assert span in found, list(found)
    assert found[span].value == value
    # guard: a plain "minus" still reads
    found = quantities_by_text("Grell froze at minus nine degrees Celsius.")
    assert found["minus nine degrees Celsius"].value == -9.0


@pytest.mark.parametrize(("text", "span", "value"), [
    # a bare level after a change (``SCALED_AMOUNT``): its spoken decimal before the scale word
    ("Grell raised its wheat crop by 400,000 tons to eight point two million this year.",
     "eight point two million", 8.2e6),
    # a spoken decimal before a unit word (``_NUM``)
    ("Rain in Orvan reached two point five inches on Sunday.", "two point five inches", 2.5),
])
def test_spoken_decimals_before_a_scale_word_and_before_a_unit_word(text, span, value):
    assert quantity(text, span).value == pytest.approx(value)
