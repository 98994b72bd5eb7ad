"""Unit spellings of statistics agencies, restated and compared figures, `about` from syntax.

Every sentence is written for these tests (fictional places, firms and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize("text, span, unit, value", [
    ("Gas sold at the Dunmore hub for $4.12 per Mcf in March.", "$4.12 per Mcf", "USD/Mcf",
     4.12),
    ("Spot gas fetched $3.05 per million Btu.", "$3.05 per million Btu", "USD/MMBtu", 3.05),
    ("Delivered coal cost $48.10 per short ton last year.", "$48.10 per short ton",
     "USD/short_ton", 48.1),
    ("Output at the Marden pits averaged 4.3 tons/miner-hour.", "4.3 tons/miner-hour",
     "metric_ton/miner_hour", 4.3),
    ("Fuel oil weighs about 7.1 pounds per gallon.", "about 7.1 pounds per gallon",
     "pound/gallon", 7.1),
    ("The reservoir releases 12 Mgal/d downstream.", "12 Mgal/d", "gallon/day", 12e6),
    ("The county pumped 45 Bgal/day in August.", "45 Bgal/day", "gallon/day", 45e9),
    ("The plant treats 3 MGD of wastewater.", "3 MGD", "gallon/day", 3e6),
    ("Hydro plants in Ostrava made 41.2 BkWh last year.", "41.2 BkWh", "kilowatt_hour",
     41.2e9),
    ("Wheat output is forecast at 820 TMT.", "820 TMT", "metric_ton", 820e3),
    ("Yields reached 11.2 MT/ha near Dorsk.", "11.2 MT/ha", "metric_ton/hectare", 11.2),
    ("Releases were 450 kaf and the lake holds 9.6 MAF.", "9.6 MAF", "acre_foot", 9.6e6),
    ("The reactor at Velm is rated at 1,100 MWe.", "1,100 MWe", "megawatt", 1100),
    ("The well flows at 350 gpm.", "350 gpm", "gallon/minute", 350),
    ("Storage reached 430 MMbbl in May.", "430 MMbbl", "barrel", 430e6),
    ("Stocks held 2,300 Mbbl in May.", "2,300 Mbbl", "barrel", 2.3e6),
    ("Consumption fell to 515 MMst last year.", "515 MMst", "short_ton", 515e6),
])
def test_agency_unit_spellings(text, span, unit, value):
    q = quantity(text, span)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


def test_a_unit_symbol_is_never_a_counted_noun():
    found = quantities_by_text("The tank holds 40,000 gal and the hose 20 gal.")
    assert not any(q.unit == "count" for q in found.values())


def test_viscosity_is_a_unit_never_a_count():
    q = quantity("Viscosities between 2.0-4.5 centistokes were measured.",
                 "between 2.0-4.5 centistokes")
    assert (q.unit, q.kind, q.value_high) == ("centistokes", "other", 4.5)


def test_a_figure_restated_in_parentheses_shares_the_unit():
    found = quantities_by_text("World output reached 1,204,500,000 (1.2 billion) short tons.")
    assert found["1,204,500,000"].unit == found["1.2 billion"].unit == "short_ton"
    assert found["1.2 billion"].value == pytest.approx(1.2e9)


def test_a_parenthesised_figure_that_differs_is_no_restatement():
    found = quantities_by_text("Sales were 7 (5 million) tons.")
    assert "7" not in found or found["7"].unit != "metric_ton"


def test_compared_bare_figures_take_the_unit_they_are_compared_with():
    text = ("Maize output in Zambia is put at 3.1 million metric tons, down 0.4 million from "
            "last month. Planted area is estimated at 2.20 million hectares against 2.05 "
            "million last year.")
    found = quantities_by_text(text)
    assert (found["0.4 million"].unit, found["0.4 million"].value) == ("metric_ton", 4e5)
    assert found["2.05 million"].unit == "hectare"


def test_a_coordinated_amount_shares_the_rate_period():
    text = ("Analysts expect Norway to pump 200,000 barrels a day this year and 150,000 "
            "barrels more in 2027.")
    assert quantity(text, "150,000 barrels").unit == "barrel/day"
    other = quantities_by_text("The mill grinds 40 tons a day and stores 900 tons.")
    assert other["900 tons"].unit == "metric_ton"  # a verb starts another clause


@pytest.mark.parametrize("text, span, about", [
    ("With current Iraqi output at 4.2 million barrels per day, traders expect cuts.",
     "4.2 million barrels per day", "output"),
    ("Boiling temperatures between 300-400 degrees Fahrenheit were logged.",
     "between 300-400 degrees Fahrenheit", "temperatures"),
    ("The price of Arabian light crude fell $3, to a six-month low of $61 a barrel.",
     "$61 a barrel", "price"),
    ("The town has had 80 years of making glass and 12 years of drought.", "80 years",
     "making glass"),
    ("The blaze, which has burned millions of hectares, is still spreading.",
     "millions of hectares", "blaze"),
    ("The death toll from Peru's worst bus crash in 30 years has risen to 41.", "30 years",
     "crash"),
    ("Most of the snow melts in spring. Of this, about 30% runs off into rivers.",
     "about 30%", "runs off into rivers"),
])
def test_about_from_the_syntax_of_the_measured_noun(text, span, about):
    assert about in (quantity(text, span).about or "")


@pytest.mark.parametrize("text, span, value", [
    ("The cyclone swept across Fiji, leaving at least one person dead.",
     "at least one person", 1),
    ("The quake struck Chile, leaving more than 500 dead.", "more than 500", 500),
    ("The storms left several thousand homeless.", "several thousand", 3000),
    ("The gale battered Tonga, leaving two fishermen missing and thousands without water.",
     "thousands", 2000),
    ("Floods have killed several dozen people.", "several dozen people", 36),
    ("Tens of millions of people lack clean water.", "Tens of millions of people", 2e7),
])
def test_people_left_in_a_state_and_vague_amounts(text, span, value):
    q = quantity(text, span)
    assert (q.unit, q.value) == ("person", value)


def test_one_as_a_pronoun_is_still_no_count():
    found = quantities_by_text("It is one of the worst. One man said no.")
    assert not any(q.text.lower().startswith("one") for q in found.values())


def test_vague_durations_but_not_ages():
    found = quantities_by_text("It took hundreds of years to build the wall, which is "
                               "thousands of years old.")
    assert found["hundreds of years"].value == 200
    assert not any("thousands" in t for t in found)


def test_a_stray_space_after_a_hyphen_keeps_the_unit():
    q = quantity("Yields fell in an 8- percent drop.", "8- percent")
    assert (q.unit, q.value) == ("percent", 8)


def test_a_percentage_compared_with_the_figure_before_it_shares_its_about():
    text = "Sorghum output in Velm is estimated at 3.2 million tons, 15 percent below last year."
    assert quantity(text, "15 percent").about == quantity(text, "3.2 million tons").about


def test_a_period_right_after_a_counted_noun_makes_a_rate():
    text = ("The coast gets roughly 15 floods and landslides a year. About 20 typhoons strike "
            "Luzon each year. Rebels held 12 hostages a day after the raid.")
    found = quantities_by_text(text)
    assert found["roughly 15 floods and landslides a year"].unit == "count/year"
    assert found["About 20 typhoons"].unit == "count"  # a frequency apart from the count
    assert found["12 hostages"].unit == "person"


def test_a_written_article_before_an_abbreviation_is_no_amount():
    found = quantities_by_text("A Mw 7.1 quake hit Velm, and they walked a mile.")
    assert not any(q.unit == "megawatt" for q in found.values())
    assert found["a mile"].value == 1
