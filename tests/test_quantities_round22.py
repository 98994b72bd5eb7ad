"""Round 22 (issue 10, branch ``qy22``): news units of agency reports the pattern pass missed.

* a key-indicator panel: a label line, a line holding only the unit in parentheses, then the
  figure ("(Thousand Gallons)" / "48,210 3.1%"), read with that unit, scale and rate
  (``header_units.find_unit_lines``);
* "MMB" (million barrels, upper case only), "MW-hours" / "kW-hours";
* land by its use between a number and acres or hectares ("3 million farmland acres");
* " -" glued to a percentage with decimals that ends the line signs it ("1,250 -4.5%": no
  range 1,250-4.5); loosely typed ranges in prose stay ranges ("3 -4 inches", review rfqy22);
* a scale-like unit line ("(m)") needs a word of its dimension on the label line (rfqy22).

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity
from wirecoder.quantities.detect import find
from wirecoder.quantities.header_units import find_unit_lines

_PANEL = ("Osk Fuel Board\nMonthly Indicators\nDiesel Deliveries\n(Thousand Gallons)\n"
          "48,210 3.1%\nAverage Pump Price\n($/gallon)\n3.87 -0.4%\nPipeline Throughput\n"
          "(Mcf)\n91,400 2.2%\nGrain Shipped\n(Thousand Tons)\n5,120 -8.0%\n")


def _read(text: str) -> list[tuple[str, float, str]]:
    return [(text[h.start:h.end], h.value, h.unit) for h in find_unit_lines(text)]


def test_unit_line_figures():
    assert _read(_PANEL) == [("48,210", 48_210_000.0, "gallon"),
                             ("3.87", 3.87, "USD/gallon"),
                             ("91,400", 91_400_000.0, "cubic_foot"),
                             ("5,120", 5_120_000.0, "metric_ton")]


@pytest.mark.parametrize("text", [
    "She answered (briefly)\n12 people came to the hall.",  # the parentheses end a sentence line
    "Visitors\n(free entry)\n12 came on Monday.",  # no unit in the parentheses
    "Share of output\n(%)\n45 in May",  # a percentage column is no measure
    "Depth\n(km)\nabout 5 at the ridge",  # no figure starts the line
])
def test_unit_line_refusals(text):
    assert _read(text) == []


def test_unit_line_through_the_stage():
    found = quantities_by_text(_PANEL)
    assert found["48,210"].unit == "gallon"
    assert found["48,210"].value == 48_210_000
    assert found["3.87"].unit == "USD/gallon"
    assert found["-0.4%"].value == -0.4


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("The Osk cavern field holds 112 MMB of sour crude.", "112 MMB", 112e6, "barrel"),
    ("The Bree dam made 40,500 MW-hours in May.", "40,500 MW-hours", 40_500.0,
     "megawatt_hour"),
    ("Each pump used 90 kW-hours in May.", "90 kW-hours", 90.0, "kilowatt_hour"),
    ("Canals reach 3 million farmland acres in the Osk valley.", "3 million farmland acres",
     3e6, "acre"),
    ("Growers reported 80 million harvested hectares of wheat.",
     "80 million harvested hectares", 80e6, "hectare"),
])
def test_agency_units(text, span, value, unit):
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The board said 12 mmb was the code of its form.", "12", None),  # lower case: no barrels
    ("The grid ran at 500 MW hours before the storm hit Osk.", "500 MW", "megawatt"),
    ("Volunteers set 5 planted trees along the road.", "5", None),  # no land unit
])
def test_agency_unit_refusals(text, span, unit):
    hits = {text[h.start:h.end]: h.unit for h in find(text)}
    if unit is None:
        assert not any(u in {"barrel", "acre", "hectare"} for u in hits.values()), hits
    else:
        assert hits.get(span) == unit, hits


@pytest.mark.parametrize(("text", "span", "value", "high"), [
    ("Osk output, tonnes\n1,250 -4.5%\nBree output, tonnes\n", "-4.5%", -4.5, None),
    ("Prices rose 5-10% in Bree.", "5-10%", 5.0, 10.0),
    ("Prices rose 5 - 10% in Bree.", "5 - 10%", 5.0, 10.0),
    ("Snow of 4-to-6 inches fell on Osk.", "4-to-6 inches", 4.0, 6.0),
])
def test_a_glued_minus_signs_the_figure(text, span, value, high):
    hits = {text[h.start:h.end]: (h.value, h.value_high) for h in find(text)}
    assert hits.get(span) == (value, high), hits


@pytest.mark.parametrize(("text", "span", "value", "high"), [
    ("Forecasters in Osk expect 3 -4 inches of snow on Tuesday.", "3 -4 inches", 3.0, 4.0),
    ("The Bree canal would cost $5 -6 billion, its backers said.", "$5 -6 billion", 5e9, 6e9),
    ("Nights of 10 -15 degrees are expected in Osk this week.", "10 -15 degrees", 10.0, 15.0),
    ("Rents in Bree rose 5 -10% last year.", "5 -10%", 5.0, 10.0),
    ("Rents in Bree rose 2.5 -3.5% over the year.", "2.5 -3.5%", 2.5, 3.5),
    ("Osk rents rose 5 -10%\n", "5 -10%", 5.0, 10.0),  # a line's end, but a whole-number change
    ("Feed barley sold at 310 -315 dollars a tonne in Osk.", "310 -315 dollars a tonne", 310.0,
     315.0),
])
def test_a_loosely_typed_range_stays_a_range(text, span, value, high):
    hits = {text[h.start:h.end]: (h.value, h.value_high) for h in find(text)}
    assert hits.get(span) == (value, high), hits


@pytest.mark.parametrize(("text", "expected"), [
    ("Osk Census\nPopulation\n(m)\n67.1 0.4%\n", []),  # millions of people, no metres
    ("Bree Ledger\nRevenue\n(m)\n45.2\n", []),
    ("Cargo handled\n(t)\n400\n", []),
    ("Well depth\n(m)\n1,250\n", [("1,250", 1250.0, "meter")]),
    ("Cargo weight\n(t)\n400\n", [("400", 400.0, "metric_ton")]),
])
def test_a_scale_like_unit_line_needs_its_dimension(text, expected):
    assert _read(text) == expected
