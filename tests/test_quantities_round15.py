"""Round 15 of issue 10: news-unit forms found by sweeping text, not by reading one miss.

* a figure compared with a rate of its sentence, written in the rate's numerator unit
  only ("140 kilograms per shift, 12 kilograms below the quota"), is a change of that
  rate, in the rate's unit; a total in the same unit, or the object of a verb that takes
  totals ("sold 260 kilograms more"), is not;
* a participle between "per" and the base unit ("per displaced resident") keeps the rate,
  and a period after it ("per day") too;
* a unit restated as a symbol in parentheses before the period ("(MWh) a month");
* an abbreviation's period before the slash ("bu./acre");
* "N-plus" before a unit is at least N ("70-plus mph");
* the long-scale "thousand million" is a billion;
* vague money per period ("millions of euros a year") is a rate;
* a part of a whole measured in a unit ("1,950 of those hectares") takes the unit;
* "cubic" before a length symbol ("85 cubic km");
* a bulletin's capitals line after a prose line reads its upper-case symbols ("40 MI");
* a table whose last column names its unit in the header line ("Peak gust (km/h)") gives
  each row's last figure that unit, unless the unit is a scale-like symbol ("(m)") and the
  header names no dimension of it ("Population (m)" is millions).

Every sentence is written for these tests (invented places and figures). After the round's
review the rate, participle, symbol, money, table and cubic sentences were rewritten in other
settings and shapes, away from the development gold they had followed.
"""

from __future__ import annotations

from quantity_helpers import quantities_by_text


def test_a_figure_compared_with_a_rate_takes_the_rate_unit() -> None:
    found = quantities_by_text(
        "Across the Zenda pans the crews raked 140 kilograms per shift, 12 kilograms below "
        "the 2019 quota, and the pans sold 260 kilograms more than planned.")
    assert found["140 kilograms per shift"].unit == "kilogram/shift", list(found)
    assert found["12 kilograms"].unit == "kilogram/shift", list(found)
    # the object of a verb that takes totals stays a total
    assert found["260 kilograms"].unit == "kilogram", list(found)
    found = quantities_by_text(
        "Dairy herds on the Osk plain gave 27 litres per cow, and the co-op shipped 30 litres "
        "more than in March to Freedonia.")
    assert found["30 litres"].unit == "liter", list(found)
    # a total in the numerator unit, far larger than the rate, stays a total
    found = quantities_by_text(
        "Freedonian vineyards picked 7.5 tonnes per hectare, 0.8 tonnes below the ten-year "
        "norm, while the region's cellars took in 52,000 tonnes, up 4,000 tonnes from the norm.")
    assert found["0.8 tonnes"].unit == "metric_ton/hectare", list(found)
    assert found["52,000 tonnes"].unit == "metric_ton", list(found)
    assert found["4,000 tonnes"].unit == "metric_ton", list(found)


def test_a_participle_after_per_keeps_the_rate() -> None:
    found = quantities_by_text(
        "Relief agencies in Freedonia aim for 15 litres per displaced resident per day at the "
        "border camps.")
    span = "15 litres per displaced resident per day"
    assert found[span].unit == "liter/person/day", list(found)
    found = quantities_by_text("Before the frost, oat growers around Osk counted 88 bu./acre.")
    assert found["88 bu./acre"].unit == "bushel/acre", list(found)


def test_a_symbol_in_parentheses_before_the_period() -> None:
    found = quantities_by_text(
        "When refitted, the turbines of the Osk dam should add about 75 megawatt hours (MWh) "
        "a month.")
    span = "about 75 megawatt hours (MWh) a month"
    assert found[span].unit == "megawatt_hour/month", list(found)


def test_thousand_million_is_a_billion() -> None:
    found = quantities_by_text(
        "The Veridian treasury will borrow six thousand million euros over two years.")
    q = found["six thousand million euros"]
    assert (q.value, q.unit) == (6e9, "EUR"), list(found)


def test_vague_money_per_period_is_a_rate() -> None:
    found = quantities_by_text(
        "Zenda's ports handle billions of euros a year in transit fees, a Ruritanian "
        "auditor said.")
    rates = [q for q in found.values() if q.unit == "EUR/year"]
    assert rates, list(found)
    # round 18: "each year" is a frequency apart (guideline rule 7): the amount alone
    found = quantities_by_text("Zenda's ports handle billions of euros each year in fees.")
    assert [q.unit for q in found.values()] == ["EUR"], list(found)


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
    # "(m)" over a count is millions, not metres; over a depth it is metres
    text = ("Provinces of Ruritania, Population (m)\n"
            "North Osk 4.2\n"
            "Zenda Vale 1.7\n"
            "The census office revised both figures.\n")
    found = quantities_by_text(text)
    assert not any(q.unit == "meter" for q in found.values()), list(found)
    found = quantities_by_text("Shafts of the Zenda mine, Depth (m)\nEast 410\nWest 385\n")
    assert found["410"].unit == "meter", list(found)


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
        "Engineers expect the new Veridian reservoir to store 2.7 cubic km, while a basin "
        "upstream will hold 0.15 cubic mi.")
    assert found["2.7 cubic km"].unit == "cubic_kilometer", list(found)
    assert found["0.15 cubic mi"].unit == "cubic_mile", list(found)


def test_a_capitals_line_after_a_prose_line_reads_its_symbols() -> None:
    text = ("Tropical Storm Ilsa drifted slowly toward the Veridian islands overnight.\n"
            "POSITION...14.2N 151.7E\n"
            "NEAR 40 MI...65 KM SSE OF PORT OSK\n")
    found = quantities_by_text(text)
    assert found["NEAR 40 MI"].unit == "mile", list(found)
