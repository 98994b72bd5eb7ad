"""Time expressions stage: spans, TIMEX3 values, direction, granularity."""

from __future__ import annotations

import datetime as dt

import pytest

import wirecoder
from wirecoder.timex import resolve_text

PUB = dt.date(2026, 2, 4)  # a Wednesday


def _timexes(text: str, published: str | None = "2026-02-04"):
    return {t.text: t for t in wirecoder.analyze(text, published=published).time_expressions}


@pytest.mark.parametrize(("text", "tense", "value", "granularity"), [
    ("last year", None, "2025", "year"),
    ("this year", None, "2026", "year"),
    ("next year", None, "2027", "year"),
    ("last month", None, "2026-01", "month"),
    ("earlier this week", None, "2026-W06", "week"),
    ("last week", None, "2026-W05", "week"),
    ("two years ago", None, "2024", "year"),
    ("three weeks ago", None, "2026-W03", "week"),
    ("January 2025", None, "2025-01", "month"),
    ("Feb. 4, 2025", None, "2025-02-04", "day"),
    ("April", "future", "2026-04", "month"),
    ("April", "past", "2025-04", "month"),
    ("November", "past", "2025-11", "month"),
    ("January", "past", "2026-01", "month"),
    ("Wednesday", "past", "2026-02-04", "day"),
    ("Monday", "past", "2026-02-02", "day"),
    ("Monday", "future", "2026-02-09", "day"),
    ("last Friday", None, "2026-01-30", "day"),
    ("next season", None, "2026-SP", "season"),
    ("the 1990s", None, "199X", "decade"),
    ("the 1800s", None, "18", "century"),
    ("mid-2025", None, "2025", "year"),
])
def test_resolution(text, tense, value, granularity):
    t = resolve_text(text, PUB, tense)
    assert t is not None
    assert (t.value, t.granularity) == (value, granularity)


@pytest.mark.parametrize(("text", "type_", "value"), [
    ("a one-year ceasefire", "DURATION", "P1Y"),
    ("30-day", "DURATION", "P30D"),
    ("the past three years", "DURATION", "P3Y"),
    ("more than a decade", "DURATION", "P10Y"),
    ("hours", "DURATION", "PTXH"),
    ("daily", "SET", "P1D"),
    ("every year", "SET", "P1Y"),
    ("recently", "DATE", "PAST_REF"),
    ("recent months", "DATE", "PAST_REF"),
    ("the coming weeks", "DATE", "FUTURE_REF"),
])
def test_types(text, type_, value):
    t = resolve_text(text.replace("a one-year ceasefire", "one-year"), PUB)
    assert t is not None and (t.type, t.value) == (type_, value)


def test_last_year_is_a_year_not_a_day():
    t = resolve_text("last year", PUB)
    assert t.value == "2025" and t.resolved and t.anchor == "published"


def test_no_publication_date_stays_unresolved():
    for text in ("last year", "Wednesday", "in April", "earlier this week"):
        t = resolve_text(text, None, "past")
        assert t is not None and t.value is None and not t.resolved and t.anchor is None
    absolute = resolve_text("January 2025", None)
    assert absolute.value == "2025-01" and absolute.anchor is None


def test_direction_from_tense_in_text():
    found = _timexes("The ministers reviewed her planned trip in June. Their last meeting in "
                     "October was tense. They will meet Monday and met Tuesday.")
    assert found["June"].value == "2026-06" and found["June"].direction == "future"
    assert found["October"].value == "2025-10"
    assert found["Monday"].value == "2026-02-09"
    assert found["Tuesday"].value == "2026-02-03"


def test_rate_period_is_a_set():
    found = _timexes("Exports averaged 250,000 barrels a day.")
    assert found["a day"].type == "SET" and found["a day"].value == "P1D"


def test_no_publication_date_in_pipeline():
    found = _timexes("Talks collapsed last year.", published=None)
    assert found["last year"].value is None and not found["last year"].resolved


def test_copyright_year_is_skipped():
    assert "2026" not in _timexes("Talks went on.\n© 2026 Example Wire Ltd.")


def test_seed_dates_resolved(seed_analysis):
    seen: dict[str, list[str | None]] = {}
    for t in seed_analysis.time_expressions:
        seen.setdefault(t.text, []).append(t.value)
    assert seen["Wednesday"] == ["2026-02-04", "2026-02-04"]
    assert set(seen["last year"]) == {"2025"}
    assert seen["April"] == ["2026-04", "2026-04"]
    assert seen["November"] == ["2025-11"]
    assert seen["January 2025"] == ["2025-01"]
    assert seen["this year"] == ["2026"]
    assert seen["later this year"] == ["2026"]
    assert seen["earlier this week"] == ["2026-W06"]
    assert seen["October"] == ["2025-10"]
    assert seen["January"] == ["2026-01"]
    assert seen["earlier Wednesday"] == ["2026-02-04"]
    assert seen["one-year"] == ["P1Y"]
    assert seen["a day"] == ["P1D"]
    assert seen["recent months"] == ["PAST_REF"]
    assert seen["next season"] == ["2026-SP"]
    assert all(t.value is not None for t in seed_analysis.time_expressions)


@pytest.mark.slow
def test_corpus_every_weekday_resolved(voa_stories):
    analyses = list(wirecoder.analyze_many(voa_stories[:30]))
    days = [t for a in analyses for t in a.time_expressions if t.text.endswith("day")
            and t.text[:1].isupper() and t.granularity == "day"]
    assert days and all(t.resolved for t in days)
