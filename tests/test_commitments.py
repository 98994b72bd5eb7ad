"""Commitments stage: pledges with numbers, their parties, status and source.

Sentences are written for the test; the seed story is read from ../shared/seed/.
"""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.models import Commitment


def _commitments(text: str) -> tuple[Commitment, ...]:
    return wirecoder.analyze(text, published="2026-02-04").commitments


def _one(text: str) -> Commitment:
    found = _commitments(text)
    assert len(found) == 1, [c.why for c in found]
    return found[0]


def _code(entity) -> str | None:
    return entity.country_code if entity is not None else None


def test_pledged_aid_has_committer_counterparty_object_and_deadline() -> None:
    text = "Norway pledged $300 million in humanitarian aid to Sudan by the end of the year."
    c = _one(text)
    assert (c.kind, c.status_in_text, c.action) == ("pledge", "made", "provide")
    assert (_code(c.committer), _code(c.counterparty)) == ("NOR", "SDN")
    assert c.quantity.normalized_value == pytest.approx(3e8)
    assert c.object is not None and "aid" in c.object
    assert c.deadline is not None and c.deadline.text.endswith("year")
    assert text[c.action_part.start:c.action_part.end] == c.action_part.text
    assert text[c.cue.start:c.cue.end] == "pledged"


def test_import_is_linked_as_buy_and_nationality_of_goods_is_the_counterparty() -> None:
    c = _one("Egypt agreed to import 3 million tons of Russian wheat next year.")
    assert (c.action, c.action_class, c.object_class) == ("import", "buy", "wheat")
    assert (_code(c.committer), _code(c.counterparty)) == ("EGY", "RUS")
    assert c.period is not None and c.period.text == "next year"


def test_seller_keeps_the_figure_of_an_arms_sale() -> None:
    c = _one("Washington approved as much as $2.5 billion of arms sales to Poland on Monday.")
    assert (c.action, _code(c.committer), _code(c.counterparty)) == ("sell", "USA", "POL")
    assert c.hedge == "as much as" and c.object_class == "arms"


def test_a_past_purchase_is_fulfilment_evidence_not_a_pledge() -> None:
    found = _commitments("Turkey bought 4 million barrels of Iraqi crude in March, "
                         "short of the 6 million barrels it promised.")
    by_value = {c.quantity.value: c for c in found}
    assert by_value[4e6].kind == "fulfilment"
    assert by_value[4e6].status_in_text == "partly_fulfilled"
    assert by_value[6e6].kind == "pledge" and by_value[6e6].status_in_text == "made"


def test_denial_reaffirmation_revision_and_plans() -> None:
    denied = _one("Ankara denied that it had agreed to buy $5 billion of Russian gas.")
    assert denied.status_in_text == "denied"
    assert _one("Brazil reaffirmed its commitment to buy $20 billion of Chinese machinery "
                "by 2028.").status_in_text == "reaffirmed"
    assert _one("Germany raised its pledge to $4 billion, the finance ministry said."
                ).status_in_text == "revised"
    assert _one("Vietnam plans to import 2 million tons of Indian rice."
                ).status_in_text == "planned"


def test_a_condition_and_a_change_amount() -> None:
    lend = _one("If parliament agrees, Japan will lend $1 billion to Kenya.")
    assert lend.conditional and (lend.action, _code(lend.counterparty)) == ("lend", "KEN")
    cut = _one("Kuwait said it will cut oil production by 200,000 barrels a day.")
    assert (cut.action, cut.status_in_text, _code(cut.committer)) == ("cut", "made", "KWT")
    assert cut.figure_of == "committer"


def test_numbers_that_are_not_commitments_give_none() -> None:
    assert _commitments("Officials said 300 people were killed in the fighting.") == ()
    assert _commitments("The city has a population of 2 million people.") == ()
    assert _commitments("Inflation rose 3 percent in May.") == ()


def test_seed_soybean_pledges_belong_to_china_and_arms_to_the_usa(seed_analysis) -> None:
    soy = [c for c in seed_analysis.commitments if c.object_class == "soybean"]
    assert {c.quantity.normalized_value for c in soy} == {2e7, 2.5e7}
    for c in soy:
        assert (_code(c.committer), _code(c.counterparty), c.action_class) == ("CHN", "USA",
                                                                                "buy")
        assert c.reported_by is not None and c.reported_by.entity_name == "Donald Trump"
        assert c.period is not None
    arms = [c for c in seed_analysis.commitments if c.object_class == "arms"]
    assert arms and all(_code(c.committer) == "USA" for c in arms)
    assert all(_code(c.committer) != "CHN" for c in arms)
    assert all(_code(c.counterparty) == "TWN" for c in arms)


def test_every_part_points_at_its_words(seed_analysis) -> None:
    text = seed_analysis.text
    for c in seed_analysis.commitments:
        assert text[c.quantity.start:c.quantity.end] == c.quantity.text
        assert text[c.action_part.start:c.action_part.end] == c.action_part.text
        if c.object_part is not None:
            assert text[c.object_part.start:c.object_part.end] == c.object_part.text
        assert c.start <= c.quantity.start and c.quantity.end <= c.end


def test_a_possible_sale_approved_for_a_price_is_a_planned_sale() -> None:
    c = _one("The State Department has made a determination approving a possible Foreign "
             "Military Sale to the Government of Norway of radar systems for an estimated "
             "cost of $3 billion.")
    assert (c.action, c.kind, c.status_in_text) == ("sell", "pledge", "planned")
    assert (_code(c.committer), _code(c.counterparty)) == ("USA", "NOR")
    sold = _one("Norway approved the sale of two frigates to Chile for $900 million.")
    assert (sold.action, sold.status_in_text) == ("sell", "made")


def test_the_head_of_what_is_measured_names_the_act() -> None:
    c = _one("The producers agreed to extend their output cut of 1.2 million barrels per day "
             "until June.")
    assert (c.action, c.status_in_text) == ("cut", "made")
