"""Round 15 of issue 10: news-unit forms found by sweeping text, not by reading one miss.

* a figure compared with a rate of its sentence, written in the rate's numerator unit
  only ("an orchard average of 30 kilograms per tree, up 4 kilograms on last season"), is
  a change of that rate, in the rate's unit; a total in the same unit is not;
* a participle between "per" and the base unit ("per harvested acre") keeps the rate;
* a unit restated as a symbol in parentheses before the period ("(GWh) per year");
* an abbreviation's period before the slash ("bu./acre");
* "N-plus" before a unit is at least N ("70-plus mph");
* the long-scale "thousand million" is a billion;
* vague money per period ("millions of euros a year") is a rate;
* a part of a whole measured in a unit ("1,950 of those hectares") takes the unit;
* "cubic" before a length symbol ("85 cubic km");
* a bulletin's capitals line after a prose line reads its upper-case symbols ("40 MI");
* a table whose last column names its unit in the header line ("Peak gust (km/h)") gives
  each row's last figure that unit.

Every sentence is written for these tests (invented places and figures).
"""

from __future__ import annotations

from quantity_helpers import quantities_by_text


def test_a_figure_compared_with_a_rate_takes_the_rate_unit() -> None:
    found = quantities_by_text(
        "Orchards in Zenda should average 31 kilograms per tree in 2026, 2.5 kilograms more "
        "than last season and up 4 kilograms on the decade's mean.")
    assert found["31 kilograms per tree"].unit == "kilogram/tree", list(found)
    assert found["2.5 kilograms"].unit == "kilogram/tree", list(found)
    assert found["4 kilograms"].unit == "kilogram/tree", list(found)
    # a total in the numerator unit, far larger than the rate, stays a total
    found = quantities_by_text(
        "Freedonian growers harvested 58 bushels per acre, up 3 bushels from 2024, and the "
        "state crop rose to 640 million bushels, up 35 million bushels from 2024.")
    assert found["3 bushels"].unit == "bushel/acre", list(found)
    assert found["640 million bushels"].unit == "bushel", list(found)
    assert found["35 million bushels"].unit == "bushel", list(found)


def test_a_participle_after_per_keeps_the_rate() -> None:
    found = quantities_by_text(
        "Rice paddies across Veridia returned 6.8 tonnes per planted hectare last year.")
    assert found["6.8 tonnes per planted hectare"].unit == "metric_ton/hectare", list(found)
    found = quantities_by_text(
        "Zenda wheat should yield 64.5 bu./acre, down 1.5 bu. from the June survey.")
    assert found["64.5 bu./acre"].unit == "bushel/acre", list(found)
    assert found["1.5 bu"].unit == "bushel/acre", list(found)


def test_a_symbol_in_parentheses_before_the_period() -> None:
    found = quantities_by_text(
        "Once finished, the Osk wind farms are to deliver roughly 3,900 gigawatt hours (GWh) "
        "per year to the Ruritanian grid.")
    span = "roughly 3,900 gigawatt hours (GWh) per year"
    assert found[span].unit == "gigawatt_hour/year", list(found)


def test_thousand_million_is_a_billion() -> None:
    found = quantities_by_text(
        "The Veridian treasury will borrow six thousand million euros over two years.")
    q = found["six thousand million euros"]
    assert (q.value, q.unit) == (6e9, "EUR"), list(found)


def test_vague_money_per_period_is_a_rate() -> None:
    found = quantities_by_text(
        "Ruritania loses hundreds of millions of dollars a year to fuel smuggling, officials "
        "in Zenda say.")
    rates = [q for q in found.values() if q.unit == "USD/year"]
    assert rates, list(found)


def test_unit_in_a_table_header_goes_to_each_row() -> None:
    text = ("Storm categories of the Freedonian weather office\n"
            "Category Peak gust (km/h)\n"
            "A 90 - 119\n"
            "B 120 - 159\n"
            "C Over 160\n"
            "A survey team assigns the category after each storm.\n")
    found = quantities_by_text(text)
    assert found["120 - 159"].unit == "kilometer/hour", list(found)
    assert (found["Over 160"].value, found["Over 160"].unit) == (160, "kilometer/hour")
    # one row under such a header is no table
    text = ("Measured at the Osk gauge (mm)\n"
            "Station 4 12\n"
            "The gauge was moved in March.\n")
    found = quantities_by_text(text)
    assert not any(q.unit == "millimeter" for q in found.values()), list(found)


def test_n_plus_before_a_unit_is_at_least_n() -> None:
    found = quantities_by_text(
        "Forecasters in Osk warned of 70-plus mph gusts along the Freedonian coast.")
    q = found["70-plus mph"]
    assert (q.value, q.unit, q.qualifier) == (70, "mile/hour", "or more"), list(found)


def test_a_part_of_a_whole_takes_the_whole_unit() -> None:
    found = quantities_by_text(
        "Veridia put 6,400 hectares up for auction, and bidders had taken 2,150 of those "
        "hectares when the sale closed; surveyors mapped 9 of the 25 miles of new fence.")
    assert found["2,150"].unit == "hectare", list(found)
    assert found["9"].unit == "mile", list(found)


def test_cubic_before_a_length_symbol() -> None:
    found = quantities_by_text(
        "Since 1990 the Osk ice cap has shed 85 cubic km of ice and its outlet lake holds "
        "0.4 cubic mi of meltwater.")
    assert found["85 cubic km"].unit == "cubic_kilometer", list(found)
    assert found["0.4 cubic mi"].unit == "cubic_mile", list(found)


def test_a_capitals_line_after_a_prose_line_reads_its_symbols() -> None:
    text = ("Tropical Storm Ilsa drifted slowly toward the Veridian islands overnight.\n"
            "POSITION...14.2N 151.7E\n"
            "NEAR 40 MI...65 KM SSE OF PORT OSK\n")
    found = quantities_by_text(text)
    assert found["NEAR 40 MI"].unit == "mile", list(found)
