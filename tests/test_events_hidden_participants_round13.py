"""Participants the parse hides, round 13 (issue 9): evidence inside the sentence itself.

* **Instruments as subjects**: a weapon, craft or unit that acts ("drones struck",
  "warships blockaded") acts for its owner, named by the instrument phrase itself -- a
  possessor ("Ruritania's drones"), an "of" phrase ("warships of the Freedonian navy"), or
  the state a launching participle names ("a missile fired from Freedonia"). An instrument
  phrase that names no owner gives no actor.
* **A dateline the parse makes a second subject** ("ZENDA, Ruritania - Freedonian troops
  shelled ...") no longer hides the clause's real subject.
* **Plural descriptions of two states with adjectives** ("the two small republics",
  "the oil-rich neighbours") refer to the two states the text just named, as "the two
  countries" already did -- but never a phrase that picks some states out of a wider set
  ("the other countries", "the larger nations", "the nations around the lake").

Sentences written for these tests (the document, missile and republics tests were
rewritten after review, as their first versions followed development sentences). The
instrument tests use invented states through the test name table (no actors stage); the
plural descriptions need the actors stage and its knowledge base, so they name real states
in invented situations.
"""

from __future__ import annotations

import wirecoder
from name_table import FICTIONAL_STATES, code_with_names

PUBLISHED = "2025-06-11"


def _only(nlp, text: str, category: str):
    events = [e for e in code_with_names(nlp, text, FICTIONAL_STATES) if e.event_type == category]
    assert len(events) == 1, events
    return events[0]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def test_a_possessor_owns_the_drones_that_struck(nlp):
    event = _only(nlp, "Late on Saturday Ruritania's drones struck an oil terminal on the "
                       "coast.", "ASSAULT")
    assert _codes(event.actor) == {"RUR"}


def test_the_owner_of_a_weapon_in_a_compound_possessor(nlp):
    event = _only(nlp, "The Freedonian army's tanks crossed the frontier before dawn.",
                  "MOBILIZE")
    assert _codes(event.actor) == {"FRE"}


def test_warships_of_a_navy_blockade_for_its_state(nlp):
    event = _only(nlp, "For nine days warships of the Ruritanian navy have blockaded the "
                       "harbour.", "COERCE")
    assert _codes(event.actor) == {"RUR"}


def test_missiles_launched_from_a_state_are_that_state_s_act_not_from_a_place(nlp):
    event = _only(nlp, "Two cruise missiles launched from Ruritania destroyed a bridge over "
                       "the river.", "ASSAULT")
    assert _codes(event.actor) == {"RUR"}
    forest = code_with_names(nlp, "Mortar rounds launched from a pine forest wrecked the "
                                  "clinic's roof.", FICTIONAL_STATES)
    assert not any(_codes(e.actor) for e in forest)  # a place with no state: no actor


def test_two_republics_with_adjectives_are_the_two_states_named_before():
    text = ("Moldova and Georgia quarrelled over wine tariffs for a decade, but on Wednesday "
            "the two small republics pledged to scrap them.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.event_type == "AGREE")
    assert _codes(event.actor) == {"MDA", "GEO"}
    three = ("Chile, Peru and Bolivia met about the river in May. The two Andean neighbours "
             "later signed a water accord.")  # three states before it: no pair
    assert all(e.kind != "COMPOUND" for e in wirecoder.analyze(
        three, published=PUBLISHED).entities)


def test_neighbours_with_a_hyphenated_adjective_need_no_number():
    text = ("Guyana and Suriname ended a quarrel over a fishing zone in March. The "
            "oil-rich neighbours signed a maritime accord on Friday.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.text.startswith("The oil-rich"))
    assert _codes(event.actor) == {"GUY", "SUR"}


def test_the_countries_alone_refer_to_the_two_states_just_named():
    text = ("Estonia and Latvia settled a dispute over fishing rights in 2023. On Monday the "
            "countries agreed to build a joint power line.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.event_type == "AGREE" and "power line" in e.text)
    assert _codes(event.actor) == {"EST", "LVA"}


def test_a_report_its_publisher_issued_speaks_for_the_publisher(nlp):
    event = _only(nlp, "The Freedonian cabinet has published a report which accuses "
                       "Ruritania of dumping cheap grain.", "ACCUSE")
    assert _codes(event.actor) == {"FRE"}
    assert _codes(event.recipient) == {"RUR"}
    dismissed = code_with_names(nlp, "Ruritania dismissed a report which accuses Freedonia "
                                     "of hoarding fertiliser.", FICTIONAL_STATES)
    assert not any("RUR" in _codes(e.actor) for e in dismissed if e.event_type == "ACCUSE")


def test_a_dateline_parsed_as_a_second_subject_does_not_hide_the_actor(nlp):
    event = _only(nlp, "ZENDA, Ruritania - Freedonian troops shelled two villages near the "
                       "border overnight.", "ASSAULT")
    assert _codes(event.actor) == {"FRE"}


def _compounds(text: str) -> list:
    return [e for e in wirecoder.analyze(text, published=PUBLISHED).entities
            if e.kind == "COMPOUND"]


def test_the_other_or_remaining_countries_are_not_the_pair():
    # "other" / "remaining" pick states beyond the two just named: no compound of the pair.
    assert not _compounds("While Austria and Hungary endorsed the rail plan, the other "
                          "countries voiced doubts about its cost.")
    text = ("Norway and Iceland reached a deal on herring quotas last week. The remaining "
            "nations refused to sign it.")
    assert not _compounds(text)
    assert not any(_codes(e.actor) == {"NOR", "ISL"}
                   for e in wirecoder.analyze(text, published=PUBLISHED).events
                   if e.event_type == "REJECT")


def test_a_comparative_before_the_head_is_not_read_over():
    text = ("Belgium and Luxembourg renewed their customs union in March. The larger "
            "countries accused Paris of stalling.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.event_type == "ACCUSE")
    assert not _codes(event.actor) & {"BEL", "LUX"}


def test_bare_countries_with_a_post_modifier_name_a_wider_set():
    for text in ("Argentina and Uruguay ended their dispute over a pulp mill. The countries "
                 "that border the reservoir asked for a joint study.",
                 "Kenya and Tanzania quarrelled over the lake for years. The nations around "
                 "the lake demanded a commission."):
        assert not _compounds(text), text
