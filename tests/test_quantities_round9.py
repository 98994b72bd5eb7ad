"""Round 9 of issue 10: number grammar, shared units over lists, spurious numbers.

Classes from the first reading of the READ half of quantities dev13 and the older dev sets:
hyphenated worded numbers of radio scripts ("four-hundred-twenty-thousand"), a unit written
once after a list of amounts ("decreases of 54 and 47 percent"), clock times and list
markers read as counts ("12 am", "(2)"), one-word agency energy units, scaled decimals.

Every sentence is written for these tests (fictional places, agencies and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity


@pytest.mark.parametrize("text, span, value, unit", [
    ("The Osk quarry has dug up about four-hundred-twenty-thousand metric tons of granite "
     "since 1990.", "about four-hundred-twenty-thousand metric tons", 420000, "metric_ton"),
    ("The choir sang in forty-seven churches across Varnia.",
     "forty-seven churches", 47, "count"),
    ("Voters in Tessaly number roughly three-and-a-half million, the census bureau said.",
     "roughly three-and-a-half million", 3500000, None),
    ("Nearly six-hundred thousand voters signed the Brell petition.",
     "Nearly six-hundred thousand voters", 600000, "person"),
    ("Five hundred and twenty tonnes of seed were handed out in Brell.",
     "Five hundred and twenty tonnes", 520, "metric_ton"),
])
def test_hyphenated_and_long_worded_numbers(text: str, span: str, value: float,
                                            unit: str | None) -> None:
    q = quantity(text, span)
    assert q.value == value and (unit is None or q.unit == unit), (q.value, q.unit)


@pytest.mark.parametrize("text, spans, unit", [
    ("Sales of tea and coffee rose 38 and 22 percent at the Varn market.",
     ("38", "22 percent"), "percent"),
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
    ("Hail hit homes in Zone 4 and 12 percent of the farms near Osk.", "4"),
    # one amount restated in another unit after ", or"
    ("The Pellam chess club lost 3,000, or 12 percent, of its members.", "3,000"),
])
def test_ranges_years_and_money_are_not_lists(text: str, not_listed: str) -> None:
    found = quantities_by_text(text)
    assert not_listed not in found or found[not_listed].unit != "percent"  # type: ignore[attr-defined]


@pytest.mark.parametrize("text, number", [
    ("The Ostra ferry leaves at 6 pm and is back by 11 am on Monday.", "11"),
    ("Applicants must (1) register online, (2) pay the fee and (3) attend an interview.",
     "2"),
])
def test_clock_times_and_list_markers_are_not_counts(text: str, number: str) -> None:
    assert not any(number in t for t in quantities_by_text(text))


@pytest.mark.parametrize("amount, value", [
    ("8.7 trillion", 8.7e12), ("4.1 billion", 4.1e9), ("0.3 million", 3e5),
])
def test_a_decimal_with_a_scale_word_is_exact(amount: str, value: float) -> None:
    from wirecoder.quantities.numbers import parse_amount

    assert parse_amount(amount) == value



def test_agency_one_word_energy_units() -> None:
    found = quantities_by_text("The Osk battery holds 840 megawatthours and the Brenna "
                               "plant made 12 gigawatthours in May.")
    assert found["840 megawatthours"].unit == "megawatt_hour"  # type: ignore[attr-defined]
    assert found["12 gigawatthours"].unit == "gigawatt_hour"  # type: ignore[attr-defined]
