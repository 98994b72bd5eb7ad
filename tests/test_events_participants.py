"""Who may take part in an event: a resolved participant by default, no guessed countries,
no self-loops, no datelines or news agencies as actors.

Sentences are written for these tests; they run the whole pipeline (actors stage included),
because these rules are about what the actors stage resolves.
"""

from __future__ import annotations

import wirecoder
from wirecoder.settings import Settings

PUBLISHED = "2025-03-01"


def _events(text: str, **settings):
    analysis = wirecoder.analyze(text, published=PUBLISHED, settings=Settings(**settings))
    return analysis.events


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


def test_event_without_a_resolved_participant_is_left_out_by_default():
    text = "Unknown assailants attacked a warehouse overnight."
    assert _events(text) == ()
    kept = _events(text, actorless_events=True)
    assert [e.event_type for e in kept] == ["ASSAULT"]


def test_event_with_one_resolved_participant_is_kept():
    events = _events("Unknown assailants attacked the Bolivian consulate.")
    assert [(e.event_type, _codes(e.recipient)) for e in events] == [("ASSAULT", {"BOL"})]


def test_event_ids_stay_consecutive_after_filtering():
    events = _events("Masked men looted a shop. Chile recalled its ambassador from Peru.")
    assert [e.id.rsplit("-", 1)[1] for e in events] == [f"e{n}" for n in range(len(events))]
    assert {e.event_type for e in events} == {"SANCTION"}


def test_first_person_inside_a_quote_is_the_speaker():
    events = _events('"We will never accept these demands," Norwegian Foreign Minister '
                     'Espen Barth Eide said.')
    reject = next(e for e in events if e.event_type == "REJECT")
    assert _codes(reject.actor) == {"NOR"}


def test_dateline_is_not_an_actor():
    events = _events("NAIROBI — Police arrested two Ugandan opposition activists on Monday.")
    assert all("NAIROBI" not in a.raw_text for e in events for a in e.actor)


def test_news_agency_is_not_an_actor():
    events = _events("Reuters accused Turkey of blocking its website.")
    assert all(a.country_code != "GBR" and "Reuters" not in a.raw_text
               for e in events for a in e.actor)


def test_definite_remention_of_a_coded_event_is_not_a_new_event():
    text = ("Russian forces attacked the Ukrainian city of Kharkiv on Monday. "
            "The attack by Russian forces drew condemnation from Poland.")
    assaults = [e for e in _events(text) if e.event_type == "ASSAULT"]
    assert [e.event_text for e in assaults] == ["attacked"]


def test_domestic_event_keeps_both_sides():
    events = _events("Kenyan police arrested twelve Kenyan students in Nairobi.")
    arrest = next(e for e in events if e.event_type == "COERCE")
    assert _codes(arrest.actor) == {"KEN"} and _codes(arrest.recipient) == {"KEN"}
