"""Round 8 of issue 10: unit spellings the table lacked, sterling pounds, both temperature
scales in one article, levels of a unit named as the subject, changes "by N to M", names and
glued letters that are no counts.

Every sentence is written for these tests (fictional places, firms, people and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize("text, span, unit, value", [
    ("Spot cargoes at Port Velm fetched 14 MMBtu less than planned.", "14 MMBtu",
     "british_thermal_unit", 14e6),
    ("The Korsa smelter is rated at 250,000 tpa of aluminium.", "250,000 tpa",
     "metric_ton/year", 250000),
    ("The Orvik field pumps 1.4 mmbpd from its wells.", "1.4 mmbpd", "barrel/day", 1.4e6),
    ("Refiners in Dalsk processed 320 kbd in June.", "320 kbd", "barrel/day", 320e3),
    ("The offshore block produces 45,000 boe/d for its operator.", "45,000 boe/d",
     "barrel_of_oil_equivalent/day", 45000),
    ("Primary energy use in Tessary reached 210 Mtoe last year.", "210 Mtoe",
     "tonne_of_oil_equivalent", 210e6),
    ("The rooftop array near Brell is rated at 40 MWp by its builder.", "40 MWp", "megawatt",
     40),
    ("Each tractor engine delivers 600 horsepower to the wheels.", "600 horsepower",
     "horsepower", 600),
    ("Workers near the Halden reactor received 20 millisieverts last year.",
     "20 millisieverts", "millisievert", 20),
    ("Noise at the Carvel runway reached 95 dB at night.", "95 dB", "decibel", 95),
    ("Rations in the Osk camp were cut to 1,600 kcal a day.", "1,600 kcal a day",
     "kilocalorie/day", 1600),
    ("The carrier Maren Star, of 82,000 deadweight tons, docked at Velm.",
     "82,000 deadweight tons", "metric_ton", 82000),
    ("The Osk barrage released 60,000 cusecs downstream on Monday.", "60,000 cusecs",
     "cubic_foot/second", 60000),
    ("The new hatchback manages 52 mpg on the highway.", "52 mpg", "mile/gallon", 52),
    ("Farmers near Lirra sold 40 quintals of wheat each.", "40 quintals", "kilogram", 4000),
    ("The ferry sailed at 14 kts.", "14 kts", "knot", 14),
    ("The Dunmore club raised 5m euros from its owners.", "5m euros", "EUR", 5e6),
])
def test_round8_unit_spellings(text, span, unit, value):
    q = quantity(text, span)
    assert (q.unit, q.value) == (unit, pytest.approx(value))


@pytest.mark.parametrize("text, span, unit", [
    ("The British rail operator Calder Lines will invest 80 million pounds in new trains.",
     "80 million pounds", "GBP"),
    ("A London auction house paid 4,000 pounds for the Marlow sketch.", "4,000 pounds", "GBP"),
    ("Officers at a London port seized 350 pounds of cocaine from a freighter.", "350 pounds",
     "pound"),
    ("The catfish caught off the Welsh coast weighed 40 pounds.", "40 pounds", "pound"),
    ("A Texas ranch sold 2 million pounds of beef to Orvik.", "2 million pounds", "pound"),
    ("Prices in Cairo rose and 500 Egyptian pounds now buy little.", "500 Egyptian pounds",
     "EGP"),
])
def test_pounds_as_sterling_or_mass(text, span, unit):
    assert quantity(text, span).unit == unit


def test_bare_degrees_take_the_scale_written_before_them_in_the_sentence():
    text = ("Marlow reached 104°F on Monday. In Santa Ilse thermometers showed 41°C, two degrees "
            "short of the record, and Tovik saw 95 Fahrenheit, three degrees above normal.")
    found = quantities_by_text(text)
    assert found["two degrees"].unit == "celsius"
    assert found["three degrees"].unit == "fahrenheit"


def test_coordinated_ages():
    found = quantities_by_text("The three Orlov children, aged 4, 7 and 12, were found safe.")
    assert [(q.text, q.unit) for q in found.values() if q.unit == "year"] == [
        ("4", "year"), ("7", "year"), ("12", "year")]


@pytest.mark.parametrize("text, span, unit, value", [
    ("Acres planted in the Velka basin reached 4.2 million this spring.", "4.2 million", "acre",
     4.2e6),
    ("The number of barrels shipped from Korsa was 120,000 last week.", "120,000", "barrel",
     120000),
])
def test_level_of_a_unit_named_as_subject(text, span, unit, value):
    q = quantity(text, span)
    assert (q.unit, q.value, q.counted) == (unit, pytest.approx(value), None)


def test_change_by_n_to_m_is_two_counts_not_a_range():
    found = quantities_by_text("Applications for visas rose by 1,200 to 15,400 in May.")
    assert {t: (q.value, q.value_high, q.unit) for t, q in found.items()} == {
        "1,200": (1200, None, "count"), "15,400": (15400, None, "count")}


def test_level_nouns_are_never_counted():
    assert quantities_by_text("Prices at the Orvik market rose by 5 to 80 last week.") == {}


@pytest.mark.parametrize("text", [
    "Leaders of the Group of 20 met in Valmora on Friday.",
    "Rumors tied the outbreak in Brell to 5G towers.",
    "The 5m wall near the Carvel docks fell.",
])
def test_names_and_glued_letters_are_no_counts(text):
    assert all(q.unit not in {"count", "person"} for q in quantities_by_text(text).values())


def test_a_named_of_phrase_followed_by_a_noun_still_counts():
    found = quantities_by_text("An Army of 5,000 soldiers gathered at Fort Kell.")
    assert found["5,000 soldiers"].unit == "person"


@pytest.mark.parametrize("text, span, value", [
    ("Lorath's envoys tabled a 12-point plan for the border.", "12-point", 12),
    ("Orvik's rye harvest was almost double 2019 levels.", "almost double", 2),
])
def test_point_plans_and_multipliers_before_a_year(text, span, value):
    assert quantity(text, span).value == value


def test_a_three_point_shot_is_no_count():
    assert "3-point" not in quantities_by_text("Dara Vell hit a 3-point shot to win.")


@pytest.mark.parametrize("text", [
    "Page 2 of 14",
    "Part 1 of 3",
    "Photos of the Orvik flood\n1 of 12\nRescuers reached the village.",
    "He wore size 10 shoes to the Velm hearing.",
    "Round 2 talks begin in Brell on Monday.",
    "The No. 2 official in the Velm ministry resigned.",
])
def test_page_counters_and_identifiers_are_no_counts(text):
    assert all(q.unit not in {"count", "person"} for q in quantities_by_text(text).values())


def test_a_part_of_a_whole_in_a_sentence_still_counts():
    found = quantities_by_text("Two of 9 judges on the Velm court dissented.")
    assert found["9 judges"].unit == "person"


def test_a_person_noun_after_a_model_name_counts_aircraft():
    found = quantities_by_text("The Lorath air force will buy 24 F-16 fighters from Orvik.")
    assert found["24"].unit == "count"
    assert quantities_by_text("Some 300 fighters crossed into Velm.")[
        "Some 300 fighters"].unit == "person"


@pytest.mark.parametrize("text, span", [
    ("The Brell academy trained 40 pilots last year.", "40 pilots"),
    ("Police in Velm detained 12 rioters overnight.", "12 rioters"),
    ("About 200 investors in Orvik lost their savings.", "About 200 investors"),
])
def test_more_person_nouns(text, span):
    assert quantity(text, span).unit == "person"


@pytest.mark.parametrize("text, span, value", [
    ("Deaths among children under five in Arl fell by a third.", "under five", 5),
    ("Pensioners over 70 in Brell can apply for the grant.", "over 70", 70),
])
def test_age_thresholds_after_a_people_noun(text, span, value):
    found = quantities_by_text(text)
    assert (found[span].unit, found[span].value, found[span].approximate) == (
        "year", value, True)


@pytest.mark.parametrize("text, span, unit", [
    ("Children under 5 kilograms were treated at the Osk clinic.", "under 5 kilograms",
     "kilogram"),
    ("Recruits over 6 feet were sent to the Kell unit.", "over 6 feet", "foot"),
])
def test_measures_after_a_people_noun_are_no_ages(text, span, unit):
    assert quantity(text, span).unit == unit
