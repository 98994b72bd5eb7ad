"""Commitments read with the rest of the article: running totals, parts of a whole, parties
the clause leaves unsaid. Sentences are written for the test."""

from __future__ import annotations

import wirecoder
from wirecoder.models import Commitment


def _found(text: str) -> dict[str, Commitment]:
    analysis = wirecoder.analyze(text, published="2026-02-04")
    return {c.quantity.text: c for c in analysis.commitments}


def _code(entity) -> str | None:
    return entity.country_code if entity is not None else None


def test_running_totals_are_fulfilment_unless_they_count_commitments() -> None:
    given = _found("The new package brings total Canadian assistance to Haiti to more than "
                   "$500 million since 2020.")
    total = next(iter(given.values()))
    assert (total.kind, total.status_in_text, total.action) == ("fulfilment", "fulfilled",
                                                                "provide")
    assert (_code(total.committer), _code(total.counterparty)) == ("CAN", "HTI")
    pledged = next(iter(_found("This brings Germany's total commitment to Jordan to "
                               "$2 billion.").values()))
    assert (pledged.kind, pledged.status_in_text) == ("pledge", "reaffirmed")
    since = next(iter(_found("Sweden is the largest donor to Somalia, providing nearly "
                             "$400 million since 2019.").values()))
    assert (since.kind, since.status_in_text, _code(since.counterparty)) == (
        "fulfilment", "fulfilled", "SOM")


def test_parts_of_a_whole_take_its_kind_status_and_parties() -> None:
    found = _found("Norway has pledged $90 million in humanitarian aid to Chad, including "
                   "$60 million for food and $30 million for shelter.")
    assert set(found) == {"$90 million", "$60 million", "$30 million"}
    whole = found["$90 million"]
    for part in ("$60 million", "$30 million"):
        c = found[part]
        assert (c.kind, c.status_in_text, c.action) == (whole.kind, whole.status_in_text,
                                                        "provide")
        assert (_code(c.committer), _code(c.counterparty)) == ("NOR", "TCD")
    nextsentence = _found("The Dutch government announced $80 million in new aid for Yemen. "
                          "This amount includes $50 million from the foreign ministry and "
                          "$30 million from the defense ministry.")
    assert {_code(c.counterparty) for c in nextsentence.values()} == {"YEM"}
    assert len(nextsentence) == 3


def test_a_package_is_not_its_shells() -> None:
    found = _found("Denmark announced a $100 million package for Ukraine, including "
                   "155 mm artillery rounds.")
    assert list(found) == ["$100 million"] or "155 mm" not in found


def test_a_release_speaks_for_its_government() -> None:
    first_person = next(iter(_found(
        "I am authorizing our fifth drawdown of arms for Latvia, of up to $200 million, the "
        "Pentagon said.").values()))
    assert (_code(first_person.committer), _code(first_person.counterparty)) == ("USA", "LVA")
    assert first_person.object_class == "arms"
    unnamed = next(iter(_found("The State Department said the aid would arrive soon. The "
                               "latest package, valued at up to $70 million, includes tents "
                               "and water.").values()))
    assert _code(unnamed.committer) == "USA"


def test_no_voice_when_two_governments_speak() -> None:
    unnamed = next(iter(_found("The Pentagon and the Russian Defense Ministry spoke on Monday. "
                               "The latest package, valued at up to $70 million, includes "
                               "tents and water.").values()))
    assert unnamed.committer is None


def test_the_recipient_of_the_story_fills_a_missing_counterparty() -> None:
    found = _found("The Pentagon announced $300 million in security assistance for Ukraine on "
                   "Monday. Since Russia invaded Ukraine, the U.S. has provided $60 billion in "
                   "security assistance.")
    assert _code(found["$60 billion"].counterparty) == "UKR"  # not Russia, also named there
    assert found["$60 billion"].kind == "fulfilment"


def test_a_state_announcing_its_own_pledge_is_not_a_separate_source() -> None:
    own = next(iter(_found("Today, Norway announced $50 million in humanitarian assistance "
                           "for Chad.").values()))
    assert own.reported_by is None and own.figure_of == "committer"
    person = next(iter(_found("Foreign Minister Jane Roe announced $50 million in "
                              "humanitarian assistance for Chad.").values()))
    assert person.reported_by is not None and "Jane Roe" in person.reported_by.entity_name


def test_a_pledge_referred_to_as_standing_is_reaffirmed() -> None:
    c = next(iter(_found("The shipments are part of Canada's pledge to donate 40 million "
                         "doses by the end of the year.").values()))
    assert (c.kind, c.status_in_text) == ("pledge", "reaffirmed")


def test_a_fulfilment_below_a_pledge_of_the_same_article_is_partial() -> None:
    found = _found("Canada has donated 10 million doses of vaccine to Ghana. Canada promised "
                   "to donate 40 million doses of vaccine to Ghana.")
    assert found["10 million doses"].status_in_text == "partly_fulfilled"
    assert found["40 million doses"].kind == "pledge"
    alone = _found("Canada has donated 10 million doses of vaccine to Ghana.")
    assert alone["10 million doses"].status_in_text == "fulfilled"


def test_a_figure_without_object_takes_the_object_of_the_same_pledge() -> None:
    found = _found("Norway announced $50 million in humanitarian aid for Chad on Monday. Norway "
                   "is the largest donor to Chad, having provided more than $400 million.")
    total = found["more than $400 million"]
    assert total.object_class == found["$50 million"].object_class == "humanitarian aid"
    assert total.kind == "fulfilment"


def test_what_a_part_or_a_measure_is_of_is_the_object() -> None:
    c = next(iter(_found("Canada will deliver the bulk of its first 30 million donated doses "
                         "of measles vaccine through UNICEF.").values()))
    assert c.object is not None and "vaccine" in c.object
    assert c.counterparty is None  # UNICEF is the channel, not the recipient


def test_a_purpose_clause_far_above_names_the_recipient() -> None:
    c = next(iter(_found("Germany is sending a new tranche of military aid to help Moldova "
                         "defend itself against Russian pressure, a package valued at "
                         "$2 billion.").values()))
    assert (_code(c.committer), _code(c.counterparty)) == ("DEU", "MDA")
