"""Ranges introduced by "ranging from" are one quantity; a change "from X to Y" stays two.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text as _qs
from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("Rainfall totals ranged from 2 to 4 inches across the county.", "2 to 4 inches", 2, 4,
     "inch"),
    ("Periods of record range from 18 to 72 years.", "18 to 72 years", 18, 72, "year"),
    ("Crowds ranging from 150 to 200 people gathered daily.", "150 to 200 people", 150, 200,
     "person"),
    ("Estimates vary from 3% to 5% this season.", "3% to 5%", 3, 5, "percent"),
])
def test_ranging_from_is_one_range(text, span, low, high, unit):
    q = _get(text, span)
    assert (q.value, q.value_high, q.unit) == (low, high, unit)


def test_a_change_from_to_stays_two_amounts_of_money():
    found = _qs("Prices rose from $5 to $12 in a year.")
    assert [(k, q.unit) for k, q in found.items()] == [("$5", "USD"), ("$12", "USD")]


@pytest.mark.parametrize("text", [
    "He scored 30 in a game last week.",
    "Officials said 4 in every 10 homes flooded.",
])
def test_in_before_an_article_is_not_inches(text):
    assert not any(q.unit == "inch" for q in _qs(text).values())
