"""Round 9 of issue 10: number grammar, shared units, spurious numbers, `about` by syntax.

Classes from the first reading of the READ half of quantities dev13 (and the older dev
sets): hyphenated worded numbers of radio scripts, a unit written once after a list of
amounts or after the second amount of a range, clock times and list markers read as counts,
a dateline read as the subject, a copular "is between" reading.

Every sentence is written for these tests (fictional places, agencies and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize("text, span, value, unit", [
    ("Each month the Corvel agency ships more than four-hundred-twenty-thousand metric tons "
     "of grain.", "more than four-hundred-twenty-thousand metric tons", 420000, "metric_ton"),
    ("Relief reached more than forty-seven villages in the Oskar valley.",
     "more than forty-seven villages", 47, "count"),
    ("The camps shelter some three-and-a-half million displaced people.",
     "some three-and-a-half million", 3500000, "person"),
    ("Nearly six-hundred thousand refugees crossed into Tamberly.",
     "Nearly six-hundred thousand refugees", 600000, "person"),
    ("Five hundred and twenty tonnes of seed were handed out in Brell.",
     "Five hundred and twenty tonnes", 520, "metric_ton"),
])
def test_hyphenated_and_long_worded_numbers(text: str, span: str, value: float,
                                            unit: str) -> None:
    q = quantity(text, span)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize("text, spans, unit", [
    ("Polls in Varn and Sessel showed drops of 38 and 22 percent.", ("38", "22 percent"),
     "percent"),
    ("Forecast highs of 33, 29 and 26 degrees Celsius were posted for three towns.",
     ("33", "29", "26 degrees Celsius"), "celsius"),
    ("The test wells near Ostra are 4, 6 or 9 m deep.", ("4", "6", "9 m"), "meter"),
])
def test_a_unit_written_once_is_shared_by_the_listed_amounts(text: str, spans: tuple[str, ...],
                                                             unit: str) -> None:
    found = quantities_by_text(text)
    assert all(s in found for s in spans), list(found)
    assert {found[s].unit for s in spans} == {unit}  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, not_listed", [
    ("Output rose between 12 and 18 percent at the Halvik plant.", "12"),
    ("In 2021 and 14 percent of the votes went to the Greens.", "2021"),
    ("The fee was $6 and 15 percent of the profit.", "6"),
    # one amount restated in another unit after ", or"
    ("Orchards in Pellam fell by nearly 3,000, or 12 percent, in a decade.", "nearly 3,000"),
])
def test_ranges_years_and_money_are_not_lists(text: str, not_listed: str) -> None:
    found = quantities_by_text(text)
    assert not_listed not in found or found[not_listed].unit != "percent"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, spans", [
    ("The crater pond drops from about 40 m to more than 95 m below the rim.",
     ("about 40 m", "more than 95 m")),
    ("The ledge sits at 65 m or 213 ft below the rim of the Tarnak vent.", ("65 m", "213 ft")),
])
def test_an_ambiguous_symbol_paired_with_a_unit_of_its_dimension(text: str,
                                                                  spans: tuple[str, ...]) -> None:
    found = quantities_by_text(text)
    assert all(s in found and found[s].unit in {"meter", "foot"}  # type: ignore[attr-defined]
               for s in spans), list(found)


def test_a_letter_after_an_amount_is_no_meter_without_a_unit_after_it() -> None:
    found = quantities_by_text("The Halden council voted 3 m to 2 m on the budget plan.")
    assert not any(getattr(q, "unit", None) == "meter" for q in found.values())


@pytest.mark.parametrize("text, number", [
    ("A cold advisory runs from 11 pm tonight until 9 am Sunday in Ostra.", "11"),
    ("Crews sorted the wreckage by (1) hull type, (2) engine type and (3) cargo.", "2"),
])
def test_clock_times_and_list_markers_are_not_counts(text: str, number: str) -> None:
    assert not any(number in t for t in quantities_by_text(text))


def test_a_wind_chill_range_below_zero() -> None:
    q = quantity("Expect wind chills of -25 to -35 across the Pellam hills tonight.",
                 "-25 to -35")
    assert (q.value, q.value_high) == (-35, -25)
    assert "wind chills" in (q.about or "")


def test_agency_one_word_energy_units_and_tilt() -> None:
    found = quantities_by_text("The Osk battery holds 840 megawatthours, and tiltmeters at "
                               "the Brenna summit recorded 2.5 microradians of inflation.")
    assert found["840 megawatthours"].unit == "megawatt_hour"  # type: ignore[attr-defined]
    assert found["2.5 microradians"].unit == "microradian"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, span, word", [
    ("TARNOW, Ore. – Runoff in the Velm basin was 2.1 million acre feet in April.",
     "2.1 million acre feet", "Runoff"),
    ("KESSIN – Snowpack in the Orra range was 41 percent of normal on Monday.",
     "41 percent", "Snowpack"),
])
def test_a_dateline_is_never_what_is_measured(text: str, span: str, word: str) -> None:
    about = quantity(text, span).about or ""
    assert word in about and about.upper() != about, about


def test_a_copular_reading_between_two_values_measures_the_subject() -> None:
    q = quantity("The weekly mean minimum temperature is between 20–30°F.", "between 20–30°F")
    assert "temperature" in (q.about or "")


def test_a_legend_row_takes_the_label_row_above_its_block() -> None:
    text = ("Frost Conditions\nWeekly Mean Minimum (°F)\n<15°F\n"
            "The weekly mean minimum is below 15°F.\n15–25°F\n"
            "The weekly mean minimum is between 15–25°F.\n25–35°F\n")
    rows = [q for q in quantities_by_text(text).values()
            if q.start == text.index("25–35°F")]  # type: ignore[attr-defined]
    assert rows and "Minimum" in (rows[0].about or ""), rows  # type: ignore[attr-defined]


def test_a_row_under_a_line_of_prose_takes_no_label_from_far_above() -> None:
    text = ("Reservoir Report\nThe Orra dam released water for irrigation all week.\n"
            "41,000 acre-feet\n")
    q = quantity(text, "41,000 acre-feet")
    assert "Reservoir" not in (q.about or "")


@pytest.mark.parametrize("text, span", [
    ("Exports reached a record high of 2,114,806 tonnes in 2024.", "2,114,806 tonnes"),
    ("The dinar fell to a record low of 4.31 per dollar.", "4.31 per dollar"),
])
def test_a_record_high_or_low_is_no_forecast_reading(text: str, span: str) -> None:
    q = quantity(text, span)
    assert q.unit not in {"fahrenheit", "celsius"} and q.about not in {"high", "low"}


def test_one_as_an_item_of_a_list_of_counts() -> None:
    text = ("Seven tremors were located under Mount Pessel: four beneath the Orra ridge, "
            "one within the north rift zone, one within the west rift zone, and one "
            "offshore.")
    ones = [q for t, q in quantities_by_text(text).items() if t == "one"]
    assert ones and all(q.value == 1 for q in ones)  # type: ignore[attr-defined]


def test_a_pronoun_one_stays_unread() -> None:
    assert "one" not in quantities_by_text("Two of the Varn envoys left, and one stayed.")


def test_a_noun_after_a_converted_amount_is_what_it_measures() -> None:
    q = quantity("The pool lies in a 90 m (295 ft) diameter shaft near Tarsk.", "90 m")
    assert "diameter" in (q.about or "")


@pytest.mark.parametrize("amount, value", [
    ("8.7 trillion", 8.7e12), ("4.1 billion", 4.1e9), ("0.3 million", 3e5),
])
def test_a_decimal_with_a_scale_word_is_exact(amount: str, value: float) -> None:
    from wirecoder.quantities.numbers import parse_amount

    assert parse_amount(amount) == value
