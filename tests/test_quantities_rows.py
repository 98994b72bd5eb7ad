"""Statistics rows and fact lists: what a figure in a row measures, rows that count.

Sentences and rows written for these tests (fictional places and figures).
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text, quantity
from wirecoder.quantities.rows import rows

FACT_SHEET = (
    "Figures are for 2031 unless noted.\n"
    "Brine output (lakes and wells) 41,250 tons/day\n"
    "Salt exports 2,350,100 short tons\n"
    "Share of output by region\n"
    "Northern basin 61.2%\n"
    "Coastal flats 1,200 acres 38.8%\n"
    "Largest works Pellan Salt Cooperative\n"
    "880 short tons, 12% of total output\n"
    "Number of licensed salt mines 214\n"
    "Total registered miners 3,905\n"
    "Report revised (final) 1\n"
)


def test_rows_are_lines_that_do_not_end_like_sentences():
    text = "The field produced more oil this year.\nCrude output 1,250 b/d\n"
    found = [text[r.start:r.end] for r in rows(text)]
    assert found == ["Crude output 1,250 b/d"]


@pytest.mark.parametrize("span, label", [
    ("41,250 tons/day", "Brine output (lakes and wells)"),
    ("2,350,100 short tons", "Salt exports"),
    ("61.2%", "Northern basin"),
    ("1,200 acres", "Coastal flats"),
    ("38.8%", "Coastal flats"),  # a second figure of the row shares its label
    ("880 short tons", "Largest works Pellan Salt Cooperative"),  # the label row above
])
def test_a_figure_in_a_row_measures_the_row_label(span, label):
    assert quantity(FACT_SHEET, span).about == label


def test_an_of_phrase_after_the_figure_wins_over_the_label():
    assert "output" in quantity(FACT_SHEET, "12%").about


def test_the_left_side_of_a_conversion_row_is_what_it_measures():
    text = "Useful conversions:\n- 1 bcm = 35.3 bcf\n"
    assert quantity(text, "35.3 bcf").about == "1 bcm"


def test_counting_rows_are_counts_of_their_plural_noun():
    found = quantities_by_text(FACT_SHEET)
    works, miners = found["214"], found["3,905"]
    assert (works.unit, works.counted) == ("count", "mine")
    assert miners.unit == "person"


def test_a_footnote_digit_and_a_year_end_no_count_row():
    found = quantities_by_text(FACT_SHEET + "Founded 1998\n")
    assert "1" not in found and "1998" not in found


def test_a_line_holding_a_clause_is_no_row():
    text = "Storm summary\n- Wind gusts were 60 mph at the Kessel pier\n"
    assert [text[r.start:r.end] for r in rows(text)] == ["Storm summary"]
    assert quantity(text, "60 mph").about != "Storm summary"


def test_a_figure_first_row_with_its_own_words_keeps_them():
    text = "Fire season highlights\n- 2.3 million acres burned across Oregon\n"
    assert quantity(text, "2.3 million acres").about != "Fire season highlights"


def test_sentences_keep_the_parse_about():
    text = "Officials in Varno said brine output reached 41,250 tons a day."
    assert quantity(text, "41,250 tons a day").about != "Officials in Varno said brine output"
