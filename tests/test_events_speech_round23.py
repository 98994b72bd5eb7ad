"""Charges and refusals told indirectly, round 23 (issue 9 §1, §4, §5; recall).

Round 22's judgement and the open golds miss charges worded as a naming whose label is an
adjective or participle after "as" that the parse hangs on "as" as a modifier or a clause
("described the raids as pointless"), and refusals told as a cooperative act a party says
it will not do ("said it would not pay", "will not participate"). docs/events.md, "Charges
as namings and refusals as negated futures, round 23".

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # an adjective or participle after "as" that the parse hangs on "as"
    "Norway's prime minister described the Icelandic whaling quotas as needless.",
    'Norway\'s prime minister described the Icelandic quotas as "badly designed."',
    "The Chilean envoy characterized the Peruvian border closure as pointless.",
])
def test_naming_with_adjectival_label_after_as_is_a_charge(text: str) -> None:
    assert "ACCUSE" in _types(text)


@pytest.mark.parametrize("text", [
    # an approving or neutral label after "as" is no charge
    "Ghana's president described the accord with Togo as historic.",
    "Norway's prime minister described the Icelandic quotas as a surprise.",
    # a quoted label in a free relative: the source's wording of a neutral thing
    'Kenya closed the crossing for what an official termed "routine maintenance."',
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


# --- review fixes (rfspeech23): sentences written for these tests ---


def _events(text: str) -> list:
    return list(wirecoder.analyze(text, published=PUBLISHED).events)


@pytest.mark.parametrize("text", [
    "Namibia said it would not pay for the new dam on the border with Botswana.",
    "Senegal's president told Gambia he would not comply.",
    "Botswana said Namibia would not attend, a spokesman added.",
])
def test_refusal_said_now_carries_no_flags(text: str) -> None:
    refusals = [e for e in _events(text) if e.event_type == "REJECT"]
    assert refusals
    assert not any(e.hypothetical or e.future or e.negated for e in refusals)


@pytest.mark.parametrize("text", [
    # a counterfactual perfect is no refusal
    "Namibia would not have paid for the dam without Botswana's loan, officials said.",
    "Senegal said it would not have participated in the Gambian vote anyway.",
])
def test_counterfactual_cooperation_is_no_refusal(text: str) -> None:
    assert "REJECT" not in _types(text)


@pytest.mark.parametrize("text", [
    "The Senegalese government said it will not participate in talks with Mauritania.",
    "Botswana said it would not participate in the summit with Namibia.",
])
def test_refused_participation_is_not_also_a_meeting(text: str) -> None:
    types = _types(text)
    assert "REJECT" in types
    assert "CONSULT" not in types


def test_negated_label_after_as_is_no_charge() -> None:
    assert "ACCUSE" not in _types(
        "Kenya described the Ugandan fishing ban as not pointless.")
