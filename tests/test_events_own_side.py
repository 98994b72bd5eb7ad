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
