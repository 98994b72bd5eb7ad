"""A possessive reference to the actor's own side is no recipient of a cooperative act.

Sentences written for these tests (issue 9: never actor = recipient unless the text says so).
"""

from __future__ import annotations

import wirecoder


def _event(text: str, category: str):
    found = [e for e in wirecoder.analyze(text, published="2024-02-01").events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return found[0]


def test_a_pledge_about_his_own_government_has_no_self_recipient():
    event = _event("Chad's President Idriss Deby is pledging his government will not arm "
                   "rebels in neighboring Niger.", "AGREE")
    assert "TCD" not in {e.country_code for e in event.recipient}


def test_a_foreign_recipient_of_the_same_pledge_is_kept():
    event = _event("Kenyan President William Ruto pledged to support Somalia's army against "
                   "the militants.", "AGREE")
    assert {e.country_code for e in event.recipient} == {"SOM"}


def test_our_country_in_a_quote_is_the_speakers_state():
    event = _event("\"Our country will never recognize the breakaway region,\" Georgian "
                   "Prime Minister Irakli Kobakhidze told reporters.", "REJECT")
    assert {e.country_code for e in event.actor} == {"GEO"}


def test_our_friends_in_a_quote_is_not_the_speaker():
    found = [e for e in wirecoder.analyze(
        "\"Our friends will never recognize the vote,\" Latvian Foreign Minister Baiba "
        "Braze said.", published="2024-02-01").events if e.event_type == "REJECT"]
    assert all("LVA" not in {a.country_code for a in e.actor} for e in found)


def test_each_other_is_no_recipient_of_a_reciprocal_act():
    event = _event("Estonia and Russia expelled each other's diplomats in the spring.",
                   "SANCTION")
    assert {e.country_code for e in event.actor} == {"EST", "RUS"}
    assert not event.recipient


def test_each_others_envoys_in_a_nominal_take_the_clause_subjects_as_actors():
    event = _event("Peru and Chile met in Lima after years of expulsions of each other's "
                   "envoys.", "SANCTION")
    assert {e.country_code for e in event.actor} == {"PER", "CHL"}
    assert not event.recipient


def test_us_in_a_quote_is_the_speakers_side():
    event = _event("\"Belarus is threatening us every week,\" Lithuanian President Gitanas "
                   "Nauseda said.", "THREATEN")
    assert {e.country_code for e in event.actor} == {"BLR"}
    assert {e.country_code for e in event.recipient} == {"LTU"}


def test_our_country_as_the_target_in_a_quote_is_the_speakers_state():
    event = _event("\"Eritrea attacked our country without warning,\" Ethiopian Prime "
                   "Minister Abiy Ahmed said.", "ASSAULT")
    assert {e.country_code for e in event.recipient} == {"ETH"}


def test_the_speaker_is_never_the_target_of_his_own_side():
    event = _event("\"Our soldiers attacked us by mistake,\" Chadian army spokesman Azem "
                   "Bermandoa said.", "ASSAULT")
    assert {e.country_code for e in event.actor} == {"TCD"}
    assert not event.recipient
