"""Time expressions stage: coordinated spans, anaphora, clock + day, direction, holidays."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.timex import resolve_text
from wirecoder.timex.date_rules import holiday_date


def _tx(text: str, published: str) -> dict[str, object]:
    return {t.text: t for t in wirecoder.analyze(text, published=published).time_expressions}


def _get(text: str, published: str, span: str):
    found = _tx(text, published)
    assert span in found, {k: v.value for k, v in found.items()}
    return found[span]


def test_coordinated_dates_are_split():
    found = _tx("The mine was closed between 2009 and 2013, and again in May and June.",
                "2025-03-14")
    assert found["2009"].value == "2009" and found["2013"].value == "2013"
    assert found["May"].value == "2024-05" and found["June"].value == "2024-06"
    days = _tx("The summit will run March 18-20 in Lima.", "2025-03-14")
    assert days["March 18"].value == "2025-03-18" and days["20"].value == "2025-03-20"


def test_anaphoric_dates_follow_the_narrated_date():
    found = _tx("Floods hit the valley in 2019. The year before, a drought had ruined crops.",
                "2025-03-14")
    assert found["The year before"].value == "2018"
    day = _tx("The minister resigned on June 3, 2024, and the cabinet met the day after.",
              "2025-03-14")
    assert day["the day after"].value == "2024-06-04"


def test_clock_time_joined_to_a_day():
    found = _tx("Polls will close at 8 p.m. Sunday, officials said.", "2025-03-14")
    clock = next(v for k, v in found.items() if "8 p.m." in k)
    assert (clock.type, clock.value) == ("TIME", "2025-03-16T20:00")
    late = resolve_text("midnight tonight", None)
    assert late is not None and late.type == "TIME"


@pytest.mark.parametrize(("text", "published", "span", "value"), [
    ("The vote is expected in October, the commission said.", "2025-06-10", "October",
     "2025-10"),
    ("Officials say there will be no relief before the rainy season in November.",
     "2025-03-14", "November", "2025-11"),
    ("The tariffs were delayed until April 2.", "2025-03-09", "April 2", "2025-04-02"),
    ("The strike was planned Tuesday and began at dawn.", "2025-03-14", "Tuesday",
     "2025-03-11"),
    ("Talks have stalled since May.", "2019-12-18", "May", "2019-05"),
])
def test_direction_of_months_and_weekdays(text, published, span, value):
    assert _get(text, published, span).value == value


@pytest.mark.parametrize(("text", "published", "span", "value", "granularity"), [
    ("Fifteen years ago this month, the bridge fell.", "2025-03-14",
     "Fifteen years ago this month", "2010-03", "month"),
    ("Two years from now, the plant will open.", "2025-03-14", "Two years from now", "2027",
     "year"),
    ("The court will rule the week of April 7.", "2025-03-14", "the week of April 7",
     "2025-W15", "week"),
    ("The pilgrims arrived in the spring of 2022.", "2025-03-14", "the spring of 2022",
     "2022-SP", "season"),
    ("Fighting eased over the weekend.", "2025-06-02", "the weekend", "2025-W22-WE", "week"),
    ("Markets swung wildly last week.", "2025-03-09", "last week", "2025-W10", "week"),
    ("Prices have risen since January this year.", "2025-03-14", "January this year",
     "2025-01", "month"),
])
def test_relative_forms(text, published, span, value, granularity):
    found = _get(text, published, span)
    assert (found.value, found.granularity) == (value, granularity)


@pytest.mark.parametrize(("text", "value", "mod"), [
    ("no more than 48 hours", "PT48H", "EQUAL_OR_LESS"),
    ("barely 12 hours", "PT12H", "APPROX"),
    ("at least 15 years", "P15Y", "EQUAL_OR_MORE"),
    ("more than a century", "P100Y", "MORE_THAN"),
    ("Fourteen years", "P14Y", None),
])
def test_hedged_durations(text, value, mod):
    found = resolve_text(text, None)
    assert found is not None and (found.type, found.value, found.mod) == ("DURATION", value, mod)


@pytest.mark.parametrize(("text", "value"), [
    ("every six months", "P6M"), ("twice a week", "P1W"), ("twice a year", "P1Y"),
])
def test_sets(text, value):
    found = resolve_text(text, None)
    assert found is not None and (found.type, found.value) == ("SET", value)


def test_vague_offsets_are_durations():
    found = _tx("Days later, a second blast shook the city.", "2025-03-14")
    item = next(v for k, v in found.items() if k.startswith("Days"))
    assert (item.type, item.value) == ("DURATION", "PXD")


def test_holidays_resolve_to_dates():
    assert holiday_date("thanksgiving", 2025).isoformat() == "2025-11-27"
    found = resolve_text("Christmas", None)
    assert found is not None and found.value is None
    said = _tx("Shops reopened after Christmas, the mayor said.", "2025-01-10")
    assert said["Christmas"].value == "2024-12-25"
    plan = _tx("The family will gather on New Year's Day.", "2025-12-20")
    assert plan["New Year's Day"].value == "2026-01-01"


def test_fractional_offsets_from_now_stay_vague():
    import datetime as dt

    from wirecoder.timex import resolve_text

    assert resolve_text("three weeks from now", dt.date(2025, 3, 14)).value == "2025-W14"
    assert resolve_text("in 1.5 weeks", dt.date(2025, 3, 14)).value == "FUTURE_REF"
    assert resolve_text("in two weeks", dt.date(2025, 3, 14)).value == "2025-W13"
