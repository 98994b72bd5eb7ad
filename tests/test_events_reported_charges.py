"""Charges told as reported speech, round 25 (issue 9 §1, §3; recall without spurious events).

"<party> says / claims / asserts that <other party> <did a wrong>" is the reporter's ACCUSE of
the wrongdoer when the content clause's predicate is a wrong by its words: a breach, a failure
to honour, interference, deceit or an incursion (:mod:`wirecoder.events.reported_charges`).
docs/events.md, "Charges told as reported speech, round 25".

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

from events_helpers import accuse_codes


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # a breach of rules the breach entry does not list (no binding object)
    ("Officials in Lima insisted on Friday that Chilean fishing fleets flouted the "
     "seasonal quotas.", "PER", "CHL"),
    # a failure to honour: negated, "failed to", "has yet to"
    ("Kenya claims Uganda has not honored its promises on the shared railway.", "KEN", "UGA"),
    ("The Ghanaian foreign ministry said Togo failed to pay for the electricity it "
     "imported.", "GHA", "TGO"),
    ("Bolivian ministers say Paraguay has yet to fulfil the grain contract.", "BOL", "PRY"),
    # interference and deceit
    ("The Nepalese government says Bhutan is meddling in its tax reform.", "NPL", "BTN"),
    ("Iceland's fisheries minister said Norway lied about the size of its catch.",
     "ISL", "NOR"),
    # an incursion
    ("Benin says Nigerian soldiers crossed the border near a river market on Sunday.",
     "BEN", "NGA"),
    # a foreign firm charged by a state
    ("Officials in Quito asserted that Peruvian shrimp exporters have violated labeling "
     "rules.", "ECU", "PER"),
])
def test_reported_wrong_is_the_reporters_charge(text: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in accuse_codes(text))


@pytest.mark.parametrize("text", [
    # a denial on the other's behalf: the wrong is negated
    "Kenya said Uganda did not meddle in the tax reform.",
    # an honoured promise is no failure
    "Kenya claims Uganda has honored its promises on the shared railway.",
    # a forecast or a condition
    "Kenya said Uganda would meddle in the vote if the railway deal collapsed.",
    # a question
    "Did Kenya say that Uganda lied about the railway?",
    # the reporter's own side
    "Kenya's president said Kenyan officials lied about the railway costs.",
    # refugees crossing a border charge nobody
    "Benin says Nigerian refugees crossed the border near a river market on Sunday.",
    # a witness is no party
    "A Beninese farmer said Nigerian soldiers lied about the market.",
    # a plain report, no wrong by its words
    "Kenya said Uganda opened a new railway station on Tuesday.",
])
def test_no_charge_without_a_reported_wrong_by_another_party(text: str) -> None:
    assert not accuse_codes(text)


# Review rfspeech25: verbs that are a wrong only by their object, their doer or their sense.
@pytest.mark.parametrize("text", [
    # a failure verb with no duty as its object, or "fail to" / "yet to" a getting or arriving
    "Mali said Niger has not kept quiet about the dam.",
    "Mali said Nigerien envoys do not live in Bamako.",
    "Mali said Niger did not observe any fraud in the count.",
    "Mali said Niger has not implemented any new levies this year.",
    "Mali said Niger failed to qualify for the regional cup.",
    "Mali said Niger has yet to receive the grain it bought.",
    # a crossing by no armed body
    "Mali said the Nigerien prime minister crossed the border to open a clinic.",
    "Mali said Nigerien herders' cooperatives crossed the border with permits.",
    # harbouring people who are no armed group
    "Mali said Niger sheltered 8,000 displaced families last year.",
    # "lie" of place, a breach of what binds nobody, a harm to oneself
    "Mali said Niger lies at the heart of the Sahel grain trade.",
    "Mali said Nigerien hackers breached the customs office's servers.",
    "Mali said Niger had undermined its own currency with new taxes.",
])
def test_no_charge_for_a_wrong_only_by_its_word(text: str) -> None:
    assert not accuse_codes(text)


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Mali said Niger did not keep its pledge to reopen the road.", "MLI", "NER"),
    ("Mali said Niger has not respected the tribunal's ruling.", "MLI", "NER"),
    ("Mali said Niger did not live up to its commitments on the river.", "MLI", "NER"),
    ("Mali said Niger failed to stop the smugglers on its side.", "MLI", "NER"),
    ("Mali said Nigerien troops crossed the border near Menaka.", "MLI", "NER"),
    ("Mali said Niger harbours rebels who raid its villages.", "MLI", "NER"),
])
def test_a_duty_an_armed_crossing_or_an_armed_group_harboured_stays_a_charge(
        text: str, actor: str, recipient: str) -> None:
    assert any(actor in a and recipient in r for a, r in accuse_codes(text))
