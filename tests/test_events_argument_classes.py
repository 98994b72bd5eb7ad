"""Argument classes of issue 9: who is the actor and who the recipient.

Each test is a sentence written for it, run through the whole pipeline (the actors stage
resolves the mentions; the event coder picks the actor and the recipient). Names of
countries vary between tests so that no test leans on another's phrasing.
"""

from __future__ import annotations

import wirecoder

PUBLISHED = "2025-03-01"


def _events(text: str):
    return wirecoder.analyze(text, published=PUBLISHED).events


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities if e.country_code}


def _one(text: str, category: str):
    found = [e for e in _events(text) if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return found[0]


# -- coordinated nationality modifiers ---------------------------------------------------

def test_coordinated_adjectives_on_a_subject_give_every_country():
    event = _one("Peruvian and Bolivian police carried out a joint operation on Tuesday.",
                 "COOPERATE")
    assert _codes(event.actor) == {"PER", "BOL"}


def test_coordinated_adjectives_on_a_plain_noun_give_every_country():
    event = _one("Thai and Cambodian troops clashed along the border on Monday.", "ASSAULT")
    assert _codes(event.actor) == {"THA", "KHM"}


def test_coordinated_adjectives_on_a_patient_give_every_recipient():
    event = _one("Beijing imposed tariffs on Spanish and Danish vehicles.", "SANCTION")
    assert _codes(event.recipient) == {"ESP", "DNK"}


def test_single_adjective_stays_one_country():
    event = _one("Nigerian troops clashed with Chadian troops near the border.", "ASSAULT")
    assert _codes(event.actor) == {"NGA", "TCD"}


# -- a meeting in one party's country is joint (guideline decision 17, round 17) ------------

def test_talks_with_a_partner_in_his_capital_stay_joint():
    event = _one("Polish President Andrzej Duda held talks with Lithuanian President Gitanas "
                 "Nauseda in Vilnius on Monday.", "CONSULT")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"POL", "LTU"}, set())


def test_meeting_in_a_third_country_stays_reciprocal():
    event = _one("Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in "
                 "Geneva on Monday.", "CONSULT")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"POL", "LTU"}, set())


def test_joint_subjects_meeting_in_a_capital_stay_reciprocal():
    event = _one("Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda met "
                 "in Vilnius on Monday.", "CONSULT")
    assert _codes(event.actor) == {"POL", "LTU"} and not event.recipient


# -- no guessing: a sea is no country, a place is no participant ---------------------------

def test_a_sea_names_no_country_and_is_no_meeting_partner():
    events = _events("Kenya and Tanzania discussed the security situation in the Red Sea.")
    consult = next(e for e in events if e.event_type == "CONSULT")
    assert _codes(consult.actor) == {"KEN", "TZA"}
    assert all("Red Sea" not in a.raw_text for a in consult.actor)


# -- authors of nominal objects, objects of stated attitudes -------------------------------

def test_author_of_a_proposal_in_a_by_participle_is_the_recipient():
    event = _one("Hamas accepted the proposal put forward by Qatari mediators.", "AGREE")
    assert _codes(event.recipient) == {"QAT"}


def test_concern_over_a_possessors_decision_targets_the_possessor():
    event = _one("Estonian Prime Minister Kristen Michal expressed concern over Hungary's decision "
                 "to block the aid package.", "ACCUSE")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"EST"}, {"HUN"})


def test_concern_about_a_modified_activity_targets_its_agent():
    event = _one("Latvian President Edgars Rinkevics voiced concern about continued Russian "
                 "military activity near the border.", "ACCUSE")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"LVA"}, {"RUS"})


def test_concern_over_events_in_a_place_names_no_target():
    event = _one("Canadian Prime Minister Mark Carney voiced concern over the violence in "
                 "northern Haiti.", "ACCUSE")
    assert not _codes(event.recipient)


def test_praise_for_a_partnership_targets_the_other_partner():
    event = _one("Irish Prime Minister Micheal Martin expressed his appreciation for the "
                 "partnership between Ireland and Ghana.", "SUPPORT")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"IRL"}, {"GHA"})


# -- transfers: the receiver is the "to" phrase; "helped X build" --------------------------

def test_extradited_person_without_country_yields_to_the_receiving_state():
    event = _one("Panama extradited Jorge Ilich Quintero, a former cartel accountant, to "
                 "Spain on Monday.", "COOPERATE")
    assert _codes(event.recipient) == {"ESP"}


def test_handed_over_objects_go_to_the_receiver():
    event = _one("Kyrgyzstan handed over five Kazakh prisoners to Uzbekistan on Friday.",
                 "RETREAT")  # the object names a country too: the receiver still wins
    assert (_codes(event.actor), _codes(event.recipient)) == ({"KGZ"}, {"UZB"})


def test_granted_asylum_to_a_person_makes_him_the_recipient():
    event = _one("Uruguay granted political asylum to former Peruvian president Pedro "
                 "Castillo.", "AID")
    assert _codes(event.recipient) == {"PER"}


def test_helped_x_build_makes_x_the_recipient():
    event = _one("Last year, Japan helped Fiji build a new port.", "AID")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"JPN"}, {"FJI"})


# -- no guessing: an international body sets no scene --------------------------------------

def test_people_helped_by_an_international_body_do_not_take_its_code():
    analysis = wirecoder.analyze("The World Food Programme delivered rations to 40,000 "
                                 "displaced families last month.", published=PUBLISHED)
    families = [e for e in analysis.entities if "families" in e.raw_text]
    assert families and all(e.country_code is None for e in families)
    aid = [e for e in analysis.events if e.event_type == "AID"]
    assert aid and all(not _codes(e.recipient) for e in aid)


def test_a_one_country_sentence_still_gives_its_country():
    analysis = wirecoder.analyze("Gunmen attacked a police post in the town of Kadugli, "
                                 "Sudan, on Sunday.", published=PUBLISHED)
    gunmen = [e for e in analysis.entities if e.raw_text.lower() == "gunmen"]
    assert gunmen and gunmen[0].country_code == "SDN"


# -- partners of "spoke with X to discuss", compound members with accents ------------------

def test_partner_of_a_call_with_a_purpose_infinitive_is_an_actor():
    events = _events("President Emmanuel Macron spoke today with President Lula da Silva of "
                     "Brazil to discuss the climate summit.")
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert len(consult) == 1  # the purpose "to discuss" is not a second meeting
    assert _codes(consult[0].actor) == {"FRA", "BRA"}


def test_the_two_leaders_expand_to_members_whose_names_carry_accents():
    # the call's topics are a back-reference (events/meeting_topics.py, round 18), and the type
    # filter retrained in round 18 on golds that follow GUIDELINE decision 17(b) drops them
    # too: both switched off here to see the group expanded
    events = wirecoder.analyze(
        "President Emmanuel Macron spoke today with President Andrés Manuel López Obrador of "
        "Mexico. Afterwards the two leaders discussed migration.", published=PUBLISHED,
        settings=wirecoder.Settings(meeting_topics=False, event_model="rules")).events
    discussed = [e for e in events if e.event_text == "discussed"]
    assert discussed and _codes(discussed[0].actor) == {"FRA", "MEX"}


def test_north_american_is_a_region_not_the_united_states():
    analysis = wirecoder.analyze("Canada and Mexico reaffirmed their commitment to North "
                                 "American economic integration.", published=PUBLISHED)
    assert all(e.country_code != "USA" for e in analysis.entities)


# -- plural coreference: "they" after "the leaders" -----------------------------------------

def test_they_as_subject_prefers_the_earlier_subject_group_over_a_later_plural_object():
    events = _events("President Emmanuel Macron spoke with Chancellor Olaf Scholz of Germany. "
                     "The leaders discussed ways to protect Ukraine and its people. "
                     "They also discussed energy prices.")
    last = [e for e in events if e.event_type == "CONSULT"][-1]
    assert _codes(last.actor) == {"FRA", "DEU"}


# -- threats: the target inside the that-clause ---------------------------------------------

def test_warning_that_names_its_target_in_the_clause_object():
    event = _one("Venezuelan President Nicolas Maduro warned that his navy would intercept any "
                 "vessel linked to Guyana.", "THREATEN")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"VEN"}, {"GUY"})


def test_warning_that_names_its_target_down_a_chain_of_complements():
    event = _one("Algeria warned on Monday that it would be forced to seize ships belonging "
                 "to Morocco.", "THREATEN")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"DZA"}, {"MAR"})


# -- "they" after "X spoke with Y"; "thanked X for V-ing"; hosting a summit ----------------

def test_they_after_a_call_with_a_partner_is_both_parties():
    events = _events("President Gabriel Boric spoke with President Javier Milei of Argentina "
                     "today. They welcomed the new trade corridor.")
    welcomed = [e for e in events if e.event_text == "welcomed"]
    assert welcomed and _codes(welcomed[0].actor) == {"CHL", "ARG"}


def test_the_judged_object_does_the_act_of_the_for_gerund():
    events = _events("The United Nations condemned Myanmar for sending Rohingya refugees back "
                     "to Bangladesh.")
    sending = [e for e in events if e.event_text.startswith("sending")]
    assert sending and _codes(sending[0].actor) == {"MMR"}


def test_hosting_a_summit_names_no_visitor():
    events = _events("President Donald Trump congratulated President William Ruto for hosting "
                     "the Africa Climate Summit.")
    hosting = [e for e in events if e.event_text == "hosting"]
    assert hosting and (_codes(hosting[0].actor), _codes(hosting[0].recipient)) == ({"KEN"},
                                                                                     set())


def test_a_common_noun_subject_acts_for_the_agent_of_its_participle():
    event = _one("A rescue team deployed by Japan will work with Turkish authorities.", "AGREE")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"JPN"}, {"TUR"})


def test_subject_of_an_object_relative_clause_is_the_author_of_the_object():
    event = _one("Foreign Minister Penny Wong praised the steps Fiji has taken to protect its "
                 "reefs.", "SUPPORT")
    assert (_codes(event.actor), _codes(event.recipient)) == ({"AUS"}, {"FJI"})


def test_subject_of_a_relative_clause_that_has_its_own_object_is_no_author():
    events = _events("The European Union imposed tariffs on Chinese electric vehicles that "
                     "Germany fears could hurt its carmakers.")
    sanction = [e for e in events if e.event_type == "SANCTION"]
    assert sanction and "DEU" not in _codes(sanction[0].recipient)
