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


# --- readout vocabulary and partners (sentences written for the test) -------------------

def _coded(text: str, published: str = "2023-06-01") -> list:
    import wirecoder

    return list(wirecoder.analyze(text, published=published).events)


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities or () if e.country_code}


def test_partner_hung_on_the_object_of_discussed_is_a_participant():
    [event] = [e for e in _coded("President Biden discussed the war with Chancellor Scholz.")
               if e.event_type == "CONSULT"]
    assert _codes(event.actor) | _codes(event.recipient) == {"USA", "DEU"}


def test_expressed_appreciation_for_a_state_is_support():
    events = _coded("The Japanese prime minister expressed his appreciation for Australia's "
                     "contributions.")
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and _codes(support[0].actor) == {"JPN"}
    assert _codes(support[0].recipient) == {"AUS"}


def test_recognizing_sacrifices_is_support_but_recognizing_a_bare_word_is_not():
    events = _coded("The Canadian foreign minister recognized the sacrifices of Ukrainian "
                     "soldiers.")
    assert [e.event_type for e in events] == ["SUPPORT"]
    assert not _coded("The Canadian foreign minister recognized the voice on the tape.")


def test_looking_forward_to_working_with_is_an_agreement():
    events = _coded("The Chinese president looks forward to working with Brazil on trade.")
    assert [(e.event_type, e.future) for e in events] == [("AGREE", False)]
    assert "future-COOPERATE->AGREE" in str(events[0].why)


def test_appraised_cooperation_between_states_is_no_event():
    assert not [e for e in _coded("The two ministers stressed the importance of close "
                                   "cooperation between Japan and South Korea.")
                if e.event_type == "COOPERATE"]
    assert [e.event_type for e in _coded("Japan and India began joint exercises on Monday.")
            ] == ["COOPERATE"]


def test_meeting_at_one_partys_premises_is_joint():
    """Guideline decision 17 (round 17): a meeting at one side's office codes both sides."""
    [event] = [e for e in _coded("Secretary of Defense Lloyd J. Austin III met British Defence "
                                 "Secretary Grant Shapps at the Pentagon today.")
               if e.event_type == "CONSULT"]
    assert (_codes(event.actor), _codes(event.recipient)) == ({"GBR", "USA"}, set())


def test_meeting_in_one_partys_city_is_joint():
    [event] = [e for e in _coded("Secretary Austin met Israeli Minister of Defense Yoav Gallant "
                                 "in Tel Aviv.") if e.event_type == "CONSULT"]
    assert (_codes(event.actor), _codes(event.recipient)) == ({"USA", "ISR"}, set())


def test_a_phone_call_codes_both_leaders_as_actors():
    [event] = [e for e in _coded("President Biden called President Zelensky on Tuesday.")
               if e.event_type == "CONSULT"]
    assert _codes(event.actor) == {"USA", "UKR"} and event.mode == "phone"


def test_a_dateline_with_a_state_or_date_before_the_dash_is_no_actor():
    text = ("WASHINGTON, D.C. - The earthquake in Ecuador destroyed homes.\n"
            "ANKARA, March 3, 2023 — Turkish troops shelled Kurdish positions in Syria.")
    import wirecoder

    a = wirecoder.analyze(text, published="2023-03-03")
    assert all(x.raw_text not in {"WASHINGTON", "ANKARA"}
               for e in a.events for x in (*e.actor, *e.recipient))


def test_the_state_after_a_dateline_city_is_no_actor():
    from wirecoder.events.participants import not_actor
    from wirecoder.models import Entity

    text = "SUVA, Fiji – The patrol ship left Suva on Monday after a port visit."
    state = Entity(raw_text="Fiji", entity_name="Fiji", country_code="FJI", kind="GPE",
                   start=6, end=10, sentence=0)
    later = Entity(raw_text="Suva", entity_name="Suva", country_code="FJI", kind="GPE",
                   start=text.index("Suva on"), end=text.index("Suva on") + 4, sentence=0)
    assert not_actor(state, text) and not not_actor(later, text)


def test_a_natural_disaster_that_kills_is_no_assault():
    assert not [e for e in _coded("The earthquake struck Ecuador on Saturday, killing about "
                                  "400 Ecuadorian civilians.") if e.event_type == "ASSAULT"]
    assert [e.event_type for e in _coded("Russian forces struck Kyiv, killing 12 Ukrainian "
                                         "civilians.")].count("ASSAULT") >= 1


def test_the_object_of_an_invasion_is_its_recipient():
    [event] = _coded("Russia's invasion of Ukraine began in 2022.")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"RUS"}, {"UKR"})


def test_a_state_or_political_actor_without_a_country_keeps_its_event():
    """Round-5 recall diagnosis: "military forces", "the government" are political actors."""
    for text, category in [
        ("Government forces shelled a rebel-held town on Sunday, killing nine people.",
         "ASSAULT"),
        ("The government banned all opposition rallies in the capital on Friday.", "COERCE"),
        ("Opposition lawmakers urged voters to boycott the referendum.", "REQUEST"),
    ]:
        events = _events(text)
        assert category in {e.event_type for e in events}, text
        assert not any(_codes(e.actor) - {None} for e in events if e.event_type == category)


def test_unidentified_or_private_actors_without_a_country_stay_out():
    for text in ("Masked gunmen attacked a warehouse on the edge of town.",
                 "Shoppers protested outside the mall over rising prices.",
                 "Unknown assailants set fire to a bus depot overnight."):
        assert _events(text) == (), text


def test_a_named_organization_the_registries_do_not_know_is_a_political_actor():
    """Round-6 recall diagnosis: an insurgent group or committee named by a proper name acts."""
    from wirecoder.events.participants import political_actor
    from wirecoder.models import Entity, Event

    def event(raw: str, kind: str) -> Event:
        actor = Entity(raw_text=raw, entity_name=raw, kind=kind, start=0, end=len(raw),
                       sentence=0)
        return Event(id="t-e0", story_id="t", event_type="THREATEN", actor=(actor,),
                     recipient=(), event_text="threatened", text=f"{raw} threatened.",
                     start=len(raw) + 1, end=len(raw) + 11, sentence=0)

    assert political_actor(event("the Zorvan Liberation Front", "ORG"))
    assert not political_actor(event("the committee", "ORG"))
    assert not political_actor(event("masked gunmen", "NOMINAL"))


def test_a_government_publisher_acts_in_its_own_release_but_an_outlet_does_not():
    from wirecoder.events.participants import not_actor
    from wirecoder.models import Entity

    def entity(raw: str, sector: str | None) -> Entity:
        return Entity(raw_text=raw, entity_name=raw, kind="ORG", sector_code=sector,
                      start=0, end=len(raw), sentence=0)

    text = "The Ministry of Ports of Zorvania delivered grain to Ostrava."
    assert not not_actor(entity("Ministry of Ports of Zorvania", "GOV"), text,
                         "Ministry of Ports of Zorvania")
    assert not_actor(entity("Zorvan Daily Courier", "MED"), text, "Zorvan Daily Courier")
