"""Charges told as a naming, round 23 (issue 9 §1, §5; recall).

Round 22's judgement misses charges worded as a naming whose label is the speaker's own
quotation ('called the move "selfish"') or an adjective after "as" that the parse hangs on
"as" as a modifier or a clause ("described the raids as pointless"). docs/events.md,
"Charges told as a naming, round 23".

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # a quoted label of a naming verb: the speaker's own words for another party's act
    'Chile\'s foreign minister on Monday called the Peruvian tariffs "shortsighted."',
    'Ghana\'s president called the Togolese border closure "a slap in the face."',
    'The Kenyan minister described the Ugandan fishing ban as "a blow to neighbourliness."',
    # an adjective after "as" that the parse hangs on "as"
    "Norway's prime minister described the Icelandic whaling quotas as needless.",
    'Norway\'s prime minister described the Icelandic quotas as "badly designed."',
])
def test_naming_with_quoted_or_adjectival_label_is_a_charge(text: str) -> None:
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize("text", [
    # a quoted label of approval or a quoted name is no charge
    'Chile\'s foreign minister called the talks with Peru "constructive" on Monday.',
    'Ghana\'s president described the accord with Togo as "a historic step."',
    'The Kenyan navy called the joint patrol with Uganda "Operation Lake Shield."',
    # a label without quotation marks and without a word of disapproval stays uncoded
    "Norway's prime minister called the Icelandic quotas a surprise.",
])
def test_naming_with_approving_or_plain_label_is_no_charge(text: str) -> None:
    assert "ACCUSE" not in _types(text)


@pytest.mark.parametrize("text", [
    # a cooperative act a party says it will not do is a refusal
    "Peru said it would not pay for the new bridge to Chile.",
    "The Ghanaian government said on Monday that it would not attend.",
    "The Togolese opposition said it will not participate in the Lome dialogue.",
    "Bolivia said it will never comply with the Chilean ultimatum.",
])
def test_negated_future_cooperation_is_a_refusal(text: str) -> None:
    assert "REJECT" in _types(text)


@pytest.mark.parametrize("text", [
    # a past act not done, an act affirmed, or a debt with its object: no refusal
    "Peru did not pay for the new bridge to Chile.",
    "Peru said it would pay for the new bridge to Chile.",
    "Ghana's president has not complied with the court order.",
])
def test_past_or_affirmed_cooperation_is_no_refusal(text: str) -> None:
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize("text", [
    # a quoted label in a free relative: mostly the source's wording of a neutral thing
    'Kenya closed the crossing for what an official termed "routine maintenance."',
])
def test_quoted_label_in_free_relative_is_no_charge(text: str) -> None:
    assert "ACCUSE" not in _types(text)
