"""Quantities round 2: units from pint's registry, number forms, compound and rate units.

Every sentence is written for the test.
"""

from __future__ import annotations

import json

import pytest

import wirecoder
from quantity_helpers import PUB
from quantity_helpers import quantities_by_text as _qs
from quantity_helpers import quantity as _get
from wirecoder.quantities.build_units import OUTPUT
from wirecoder.quantities.registry import symbol_fits, unit_table

# -- units from the registry, symbols in context --------------------------------------


@pytest.mark.parametrize(("text", "span", "unit", "kind"), [
    ("The caravan walked 1,300 mi to the border.", "1,300 mi", "mile", "length"),
    ("Flames consumed 72 sq mi of pine forest.", "72 sq mi", "square_mile", "area"),
    ("The mill grinds 650 tons/day of cane.", "650 tons/day", "metric_ton/day", "rate"),
    ("The dam produced 11.2 TWh last year.", "11.2 TWh", "terawatt_hour", "other"),
    ("Peak demand reached 52 GW in July.", "52 GW", "gigawatt", "other"),
    ("Wholesale power cost 130 MWh in the auction model.", "130 MWh", "megawatt_hour", "other"),
    ("Exports through the pipeline fell to 8.4 bcm.", "8.4 bcm", "cubic_meter", "volume"),
    ("The cartel pumped 27.5 mb/d in March.", "27.5 mb/d", "barrel/day", "rate"),
    ("The park spans 1,850 km² of wetland.", "1,850 km²", "square_kilometer", "area"),
    ("Locusts damaged 40,000 hectares of sorghum.", "40,000 hectares", "hectare", "area"),
    ("Thermometers showed 109°F in Yuma.", "109°F", "fahrenheit", "other"),
    ("The probe descended 4,000 fathoms.", "4,000 fathoms", "fathom", "length"),
    ("The cargo held 300 kilotonnes of ore.", "300 kilotonnes", "metric_ton", "mass"),
])
def test_registry_units(text, span, unit, kind):
    q = _get(text, span)
    assert (q.unit, q.kind) == (unit, kind)


def test_unit_scale_words_apply():
    assert _get("The cartel pumped 27.5 mb/d in March.", "27.5 mb/d").value == 27.5e6
    assert _get("The cargo held 300 kilotonnes of ore.", "300 kilotonnes").value == 300e3


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Up to 5 in of rain fell overnight.", "Up to 5 in", "inch"),
    ("The barrier is 6 m high.", "6 m", "meter"),
    ("Output rose to 3.1 million t.", "3.1 million t", "metric_ton"),
    ("Each tanker carries 9,000 gal of fuel.", "9,000 gal", "gallon"),
    ("Each family gets 15 L of water a day.", "15 L of water a day", "liter/day"),
])
def test_ambiguous_symbols_in_a_unit_context(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize("text", [
    "The measure passed with 61 in favor.",
    "Polls open at 7 am and close at 8 pm.",
    "The firm signed a $40m deal.",
])
def test_ambiguous_symbols_outside_a_unit_context(text):
    units = {q.unit for q in wirecoder.analyze(text, published=PUB).quantities}
    assert not units & {"inch", "meter", "attometer", "picometer"}


def test_symbol_context_helper():
    text = "The wall is 8 m high and the contract is worth $8m."
    assert symbol_fits(text, text.index("8 m"), text.index("8 m") + 3, "m")
    assert not symbol_fits("Officials counted 52 in favor.", 18, 23, "in")


def test_unknown_unit_is_never_a_count():
    qs = wirecoder.analyze("The convoy drove 12,000 mi across the Sahel.", published=PUB)
    assert all(q.unit != "count" for q in qs.quantities)
    assert any(q.unit == "mile" for q in qs.quantities)


# -- numbers -------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("GDP shrank by −0.8% in the spring.", "−0.8%", -0.8, "percent"),
    ("Nights fell to minus 12 degrees Celsius.", "minus 12 degrees Celsius", -12, "celsius"),
    ("Net result: $(3.7) million for the quarter.", "$(3.7) million", -3.7e6, "USD"),
    ("The tunnel is 4 1/2 miles long.", "4 1/2 miles", 4.5, "mile"),
    ("Rates rose ¾ percentage point.", "¾ percentage point", 0.75, "percentage_point"),
    ("The judge gave them two and a half years to pay.", "two and a half years", 2.5, "year"),
    ("The company is valued at $2.9T.", "$2.9T", 2.9e12, "USD"),
    ("The petition gathered 7.5k signatures.", "7.5k signatures", 7500, "count"),
    ("The runway is 3 500 metres long.", "3 500 metres", 3500, "meter"),
    ("The comet passed 1.2 × 10^8 km from the sun.", "1.2 × 10^8 km", 1.2e8, "kilometer"),
    ("Every household received a gallon of cooking oil.", "a gallon", 1, "gallon"),
    ("Oil traded at minus $4.10 a barrel.", "minus $4.10 a barrel", -4.10, "USD/barrel"),
])
def test_number_forms(text, span, value, unit):
    q = _get(text, span)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_a_gallon_as_a_price_base_is_not_a_quantity():
    found = _qs("A gallon of milk now costs $4.80 in Ohio.")
    assert list(found) == ["$4.80"]


def test_shared_unit_range():
    q = _get("Between 12 and 18 km of track were damaged.", "Between 12 and 18 km")
    assert (q.value, q.value_high, q.unit) == (12, 18, "kilometer")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The heat index in Miami reached 101 degrees.", "101 degrees", "fahrenheit"),
    ("It was 4 degrees at dawn, and the forecast says 2 degrees Celsius by noon.",
     "4 degrees", "celsius"),
    ("The tanker turned 45 degrees to port.", "45 degrees", "degree"),
])
def test_bare_degrees_are_decided_by_context(text, span, unit):
    assert _get(text, span).unit == unit


# -- compound and rate units, what is measured -----------------------------------------


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("Use averages 920 kWh per capita.", "920 kWh per capita", "kilowatt_hour/person"),
    ("Maize yields reached 3.4 tonnes per hectare.", "3.4 tonnes per hectare",
     "metric_ton/hectare"),
    ("WTI closed at $64.20 per barrel.", "$64.20 per barrel", "USD/barrel"),
    ("The plant emits 90 tons a day of sulfur dioxide.", "90 tons a day", "metric_ton/day"),
    ("Retail power costs 0.31 euros per kWh.", "0.31 euros per kWh", "EUR/kilowatt_hour"),
    ("The river discharged 3,200 cubic meters per second.", "3,200 cubic meters per second",
     "cubic_meter/second"),
])
def test_compound_and_rate_units(text, span, unit):
    q = _get(text, span)
    assert (q.unit, q.kind) == (unit, "rate")


def test_about_covers_the_composed_phrase():
    q = _get("Libya pumped 1.1 million barrels of crude a day in May.",
             "1.1 million barrels of crude a day")
    assert q.about == "barrels of crude a day"
    killed = _get("At least 19 people were killed in the landslide.", "At least 19 people")
    assert killed.about == "people killed"


# -- the unit table ----------------------------------------------------------------------


def test_unit_table_is_the_committed_pint_build():
    data = json.loads(OUTPUT.read_text(encoding="utf-8"))
    assert data["source"].startswith("pint ")
    table = unit_table()
    assert table.names["nautical miles"][0] == "nautical_mile"
    assert table.symbols["km²"][0] == "square_kilometer"
    assert "am" not in table.symbols and "pm" not in table.symbols


@pytest.mark.slow
def test_unit_table_matches_a_fresh_build_from_pint():
    from wirecoder.quantities.build_units import build

    assert build() == json.loads(OUTPUT.read_text(encoding="utf-8"))


def test_registry_units_are_normalized_with_pint_factors():
    q = _get("Up to 5 in of rain fell overnight.", "Up to 5 in")
    assert (q.normalized_value, q.normalized_unit) == (pytest.approx(5 * 2.54e-5), "kilometer")
    fathoms = _get("The probe descended 4,000 fathoms.", "4,000 fathoms")
    assert fathoms.normalized_unit == "kilometer" and fathoms.normalized_value == pytest.approx(
        7.3152, rel=1e-3)


def test_a_from_to_range_with_one_unit_is_analyzed_without_error():
    import wirecoder

    for text in ("Rainfall amounts ranged from 1 to 2 inches with locally higher amounts.",
                 "Snow from 1 to 2 inches fell overnight."):
        a = wirecoder.analyze(text, published="2013-04-17")  # used to fail (W013)
        assert a.quantities and {q.unit for q in a.quantities} == {"inch"}, text


def test_a_number_after_an_ellipsis_is_no_decimal_fraction():
    import wirecoder

    a = wirecoder.analyze("Maximum sustained winds are near 105 MPH...165 KM/H with higher "
                          "gusts. Rain of .5 inches fell.", published="2012-08-28")
    assert [(q.value, q.unit) for q in a.quantities] == [
        (105.0, "mile/hour"), (165.0, "kilometer/hour"), (0.5, "inch")]


@pytest.mark.parametrize(("text", "span", "unit", "value"), [
    ("The camp covers 5 sq. km of desert.", "5 sq. km", "square_kilometer", 5),
    ("The bomb yielded 500 kilotons.", "500 kilotons", "metric_ton", 500e3),
    ("Scientists warned of about 3.6 degrees F of warming.", "about 3.6 degrees F",
     "fahrenheit", 3.6),
    ("Oil traded at $70/barrel on Monday.", "$70/barrel", "USD/barrel", 70),
    ("Power cost €85/MWh in the spot market.", "€85/MWh", "EUR/megawatt_hour", 85),
])
def test_news_spellings_round_3(text, span, unit, value):
    q = _get(text, span)
    assert (q.unit, q.value) == (unit, value)


def test_si_prefixed_units_the_table_lacks_are_never_counts():
    found = _qs("The signal took 300 nanoseconds to arrive.")
    assert not any(q.unit == "count" for q in found.values()), found


@pytest.mark.parametrize(("text", "span", "unit", "value"), [
    ("Wheat production is forecast at 110 MMT this season.", "110 MMT", "metric_ton", 110e6),
    ("Corn yields reached 177 bushels per acre.", "177 bushels per acre", "bushel/acre", 177),
    ("Natural gas output rose to 103 Bcf/d in March.", "103 Bcf/d", "cubic_foot/day", 103e9),
    ("Proved reserves stand at 625 Tcf.", "625 Tcf", "cubic_foot", 625e12),
    ("The river peaked at about 45,000 cfs.", "about 45,000 cfs", "cubic_foot/second", 45000),
    ("Streamflow rose to 12,000 ft3/s on Tuesday.", "12,000 ft3/s", "cubic_foot/second", 12000),
    ("Outflow reached 300 m³/s downstream.", "300 m³/s", "cubic_meter/second", 300),
    ("Homes paid 16 cents per kilowatthour.", "16 cents per kilowatthour", "USD/kilowatt_hour",
     0.16),
    ("Total energy use was 94 quadrillion Btu.", "94 quadrillion Btu", "british_thermal_unit",
     94e15),
    ("Visibility dropped below 1/4 mile in fog.", "1/4 mile", "mile", 0.25),
])
def test_energy_farm_and_streamflow_units(text, span, unit, value):
    q = _get(text, span)
    assert (q.unit, q.value) == (unit, value)


def test_bushels_normalize_to_liters():
    q = _get("Farmers stored 4.2 million bushels of corn.", "4.2 million bushels")
    assert q.normalized_unit == "liter" and q.normalized_value == pytest.approx(4.2e6 * 35.2391)
