"""Quantities stage: values, units, normalization, about, committer, non-quantities."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.quantities import parse_amount
from wirecoder.quantities.normalize import normalize

PUB = "2026-02-04"


def _quantities(text: str):
    return wirecoder.analyze(text, published=PUB).quantities


def _one(text: str, needle: str):
    found = [q for q in _quantities(text) if needle in q.text]
    assert len(found) == 1, [q.text for q in _quantities(text)]
    return found[0]


@pytest.mark.parametrize(("text", "value"), [
    ("1.5 million", 1.5e6), ("$5bn", 5e9), ("twenty-five", 25), ("half a million", 5e5),
    ("two dozen", 24), ("8.35 billion", 8.35e9), ("400,000", 4e5),
])
def test_parse_amount(text, value):
    assert parse_amount(text.lstrip("$")) == pytest.approx(value)


def test_money_with_hedge_and_worth():
    q = _one("Washington approved weapons sales to Bahrain worth as much as $4.75 billion.", "$")
    assert (q.value, q.unit, q.kind, q.approximate) == (4.75e9, "USD", "money", True)
    assert q.text == "as much as $4.75 billion" and q.qualifier == "as much as"
    assert q.about == "weapons sales"
    assert q.committer is not None and q.committer.country_code == "USA"


def test_money_currency_words_codes_and_ranges():
    qs = _quantities("The EU pledged 5 million euros, USD 3bn and between $5-6 billion.")
    got = [(q.value, q.value_high, q.unit) for q in qs]
    assert (5e6, None, "EUR") in got
    assert (3e9, None, "USD") in got
    assert (5e9, 6e9, "USD") in got


def test_mass_is_metric_tons_unless_short():
    q = _one("Egypt bought 3 million tons of soybeans.", "tons")
    assert (q.unit, q.normalized_unit, q.kind) == ("metric_ton", "metric_ton", "mass")
    assert q.about == "soybeans"
    short = _one("The mine shipped 2,000 short tons of coal.", "tons")
    assert short.unit == "short_ton"
    assert short.normalized_value == pytest.approx(2000 * 0.90718474)


def test_rate_is_one_quantity():
    q = _one("Crude shipments averaged 250,000 barrels a day in the first quarter.", "barrels")
    assert q.text == "250,000 barrels a day"
    assert (q.value, q.unit, q.kind) == (2.5e5, "barrel/day", "rate")
    assert q.normalized_unit == "barrel/day"
    assert "Crude" in q.about and "shipments" in q.about


def test_stockpile_about_from_context():
    text = ("The ministry moved to secure reserves of cobalt, announcing it would "
            "build a $7 billion stockpile.")
    q = _one(text, "$7")
    assert q.value == 7e9 and q.unit == "USD"
    assert q.about == "cobalt stockpile"
    assert text[q.about_start:q.about_end] == "stockpile"


def test_committer_and_period():
    q = _one("Pretoria committed to importing 2 million tons of Brazilian maize for next "
             "season.", "tons")
    assert q.committer is not None and q.committer.raw_text == "Pretoria"
    assert q.period == "next season"


def test_percent_length_area_duration_normalization():
    qs = {q.text: q for q in _quantities(
        "Inflation hit 3.5% after troops moved 300 kilometers across 40 square miles "
        "during a 30-day ceasefire.")}
    assert qs["3.5%"].unit == "percent" and qs["3.5%"].kind == "percent"
    assert qs["300 kilometers"].normalized_value == pytest.approx(300)
    assert qs["40 square miles"].normalized_unit == "square_kilometer"
    assert qs["40 square miles"].normalized_value == pytest.approx(103.6, rel=1e-3)
    assert qs["30-day"].kind == "duration" and qs["30-day"].normalized_value == 30


def test_counts_of_people():
    qs = _quantities("At least 20 people were killed and 35 wounded, and Israel deployed "
                     "3,000 troops.")
    by_value = {q.value: q for q in qs}
    assert by_value[20].unit == "person" and by_value[20].approximate
    assert by_value[20].about == "people killed"
    assert by_value[35].about == "people wounded"
    assert by_value[3000].unit == "person" and by_value[3000].text == "3,000 troops"


def test_vague_plural_count():
    q = _one("The strike injured dozens of civilians.", "dozens")
    assert (q.value, q.unit, q.approximate) == (24, "person", True)


def test_not_quantities():
    text = ("In 2025 the G20 met at 3 p.m. on March 3 for the 43rd time. Article 24 applies. "
            "Call 202-555-0100. The two leaders spoke about type 2 diabetes and F-16 jets. "
            "© 2026 Example Wire Ltd.")
    assert _quantities(text) == ()


def test_money_is_not_a_date():
    qs = _quantities("Tickets cost $11 on Friday.")
    assert [(q.value, q.unit) for q in qs] == [(11, "USD")]


def test_normalize_conventions():
    assert normalize(6, "month", "duration") == (180, "day")
    assert normalize(2, "year", "duration") == (730, "day")
    assert normalize(80, "cubic_meter", "volume")[1] == "liter"
    assert normalize(5, "barrel", "volume") == (5, "barrel")
    assert normalize(5e6, "EUR", "money") == (5e6, "EUR")


def _seed_quantity(seed_analysis, unit: str, value: float):
    """The seed's quantity of ``unit`` and ``value`` (the text is read from ../shared/seed)."""
    found = [q for q in seed_analysis.quantities if q.unit == unit and q.value == value]
    assert len(found) == 1, [(q.text, q.unit, q.value) for q in seed_analysis.quantities]
    return found[0]


def test_seed_headline_quantities(seed_analysis):
    q20 = _seed_quantity(seed_analysis, "metric_ton", 20e6)
    q25 = _seed_quantity(seed_analysis, "metric_ton", 25e6)
    assert q20.about == "soybeans" and q25.about == "soybeans"
    assert q25.committer is not None and q25.committer.raw_text == "China"
    assert q25.period == "next season"
    arms = _seed_quantity(seed_analysis, "USD", 11.15e9)
    assert arms.approximate and arms.about == "arms sales"
    assert arms.committer is not None and arms.committer.raw_text == "Washington"
    oil = _seed_quantity(seed_analysis, "barrel/day", 4e5)
    assert oil.kind == "rate" and "oil" in oil.about
    stock = _seed_quantity(seed_analysis, "USD", 12e9)
    assert stock.about == "rare earths stockpile"


def test_seed_has_no_spurious_numbers(seed_analysis):
    texts = {q.text for q in seed_analysis.quantities}
    assert not any(t in texts for t in ("2026", "two", "zero", "one"))


@pytest.mark.slow
def test_corpus_runs_and_skips_years(voa_stories):
    analyses = list(wirecoder.analyze_many(voa_stories[:30]))
    values = [q for a in analyses for q in a.quantities]
    assert values
    assert not any(q.kind == "count" and 1900 <= q.value <= 2100 and q.text.isdigit()
                   for q in values)
