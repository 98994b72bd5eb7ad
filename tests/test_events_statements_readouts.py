"""Government statements and readouts: who "we", "they" and "the leaders" are (issue 9, round 10).

A joint statement's "we" is every government its opening subject names (not the publisher
alone), and the group's own name ("The Quartet denounces") is those governments too; a
place phrase ("in Osterland") names where, not who. A readout that opens with a call or
meeting of two countries reports that talk throughout: "They discussed ..." and "The leaders
reviewed ..." are its parties however far down they stand; a talk in the middle of a story
keeps the short window. Sentences are written for these tests (the joint-statement,
group-name, saddened-by-a-death, expectation, bare-title and quoted-"we" sentences were rewritten
after review in round 10, as the first versions followed development-gold sentences);
entities come from a small name table plus the issuer's first person.
"""

from __future__ import annotations

import re

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

NAMES = {**FICTIONAL_STATES, "Sylvania": ("SYL", "GPE"), "Osterland": ("OST", "GPE"),
         "President Venn": ("FRE", "PERSON"), "Prime Minister Moor": ("RUR", "PERSON"),
         "Quartet": (None, "ORG")}


def _code(nlp, text: str, publisher: str | None = None):
    entities = name_entities(text, NAMES)
    if publisher is not None:  # the actors stage resolves "we"/"our" to the publisher
        entities += [Entity(raw_text=m[0], entity_name="government", country_code=publisher,
                            kind="PRONOUN", start=m.start(), end=m.end(), sentence=0,
                            resolved_by="publisher")
                     for m in re.finditer(r"\b(?:[Ww]e|[Oo]ur)\b", text)]
        entities.sort(key=lambda e: e.start)
    return code_events(nlp(text), load_lexicon(), entities, published=TEST_DAY)


def _actors(events, category: str) -> list[set[str]]:
    return [{a.country_code for a in e.actor} for e in events if e.event_type == category]


JOINT = ("On Thursday the ambassadors of Sylvania, Freedonia and Ruritania in Osterland toured "
         "the silted harbour at Varnholm. Before the winter storms, we urge the port authority of "
         "Osterland to dredge the channel.")


def test_a_joint_statements_we_is_every_issuing_government(nlp):
    assert _actors(_code(nlp, JOINT, "FRE"), "REQUEST") == [{"FRE", "RUR", "SYL"}]


def test_a_single_embassys_we_stays_its_own_government(nlp):
    text = JOINT.replace("the ambassadors of Sylvania, Freedonia and Ruritania",
                         "the ambassador of Freedonia")
    assert _actors(_code(nlp, text, "FRE"), "REQUEST") == [{"FRE"}]


def test_a_joint_statement_the_publisher_is_not_part_of_changes_nothing(nlp):
    assert _actors(_code(nlp, JOINT, "OST"), "REQUEST") == [{"OST"}]


def test_the_groups_own_name_is_its_members(nlp):
    text = ("Meeting in Osterland on Friday, the Quartet partners Ruritania, Sylvania and "
            "Freedonia reviewed the ceasefire along the canal. The Quartet denounces the "
            "seizure of grain barges at Lumen. Our navies will escort the next convoy.")
    events = _code(nlp, text, "SYL")
    assert _actors(events, "ACCUSE") == [{"FRE", "RUR", "SYL"}]


READOUT = ("President Venn spoke today with Prime Minister Moor about the harvest season. "
           "President Venn congratulated Prime Minister Moor on the election result. "
           "He noted the record grain exports of the past year. "
           "The weather service expects a dry summer in the south. "
           "{last}")


def test_they_far_down_a_readout_are_its_parties(nlp):
    events = _code(nlp, READOUT.format(last="They also discussed the fishing quota."))
    assert _actors(events, "CONSULT")[-1] == {"FRE", "RUR"}


def test_the_leaders_of_a_readout_are_its_parties(nlp):
    events = _code(nlp, READOUT.format(last="The leaders also discussed the fishing quota."))
    assert _actors(events, "CONSULT")[-1] == {"FRE", "RUR"}


def test_named_leaders_stay_who_they_are(nlp):
    events = _code(nlp, READOUT.format(
        last="The Osterland leaders also discussed the fishing quota."))
    assert _actors(events, "CONSULT")[-1] == {"OST"}


def test_a_talk_in_the_middle_of_a_story_keeps_the_short_window(nlp):
    text = ("Heavy rain fell on the coast on Monday. Rivers rose in the north. "
            "President Venn spoke with Prime Minister Moor on Tuesday. "
            "Roads were closed in three provinces. Schools stayed shut. "
            "Farmers counted their losses. They discussed the fishing quota.")
    events = _code(nlp, text)
    assert _actors(events, "CONSULT")[-1] != {"FRE", "RUR"}


def _mourning(nlp, text: str, publisher: str | None, mourners: str | None):
    """Code ``text`` with ``mourners`` resolved to Osterland, as the story's context does."""
    entities = name_entities(text, NAMES)
    if mourners is not None:
        start = text.index(mourners)
        entities.append(Entity(raw_text=mourners, entity_name=mourners, country_code="OST",
                               kind="NOMINAL", start=start, end=start + len(mourners),
                               sentence=0, resolved_by="context"))
        entities.sort(key=lambda e: e.start)
    if publisher is not None:
        entities += [Entity(raw_text=m[0], entity_name="government", country_code=publisher,
                            kind="PRONOUN", start=m.start(), end=m.end(), sentence=0,
                            resolved_by="publisher")
                     for m in re.finditer(r"\b(?:[Ww]e|[Oo]ur)\b", text)]
        entities.sort(key=lambda e: e.start)
    events = code_events(nlp(text), load_lexicon(), entities, published=TEST_DAY)
    return [e for e in events if e.event_type == "SUPPORT"]


def test_condolences_to_the_families_in_a_statement_have_no_political_recipient(nlp):
    text = ("We extend our heartfelt condolences to the bereaved families after the mine "
            "collapse in the northern hills.")
    events = _mourning(nlp, text, "FRE", "the bereaved families")
    assert events and all(not e.recipient for e in events)


def test_condolences_to_a_people_keep_it(nlp):
    text = "We extend our heartfelt condolences to the people of Ruritania."
    events = _mourning(nlp, text, "FRE", None)
    assert any("RUR" in {r.country_code for r in e.recipient} for e in events)


def test_condolences_in_a_news_story_keep_the_mourners(nlp):
    text = ("The Freedonian envoy extended his condolences to the bereaved families after "
            "the mine collapse.")
    events = _mourning(nlp, text, None, "the bereaved families")
    assert any("OST" in {r.country_code for r in e.recipient} for e in events)


def test_thoughts_and_prayers_with_a_people_are_support(nlp):
    events = _code(nlp, "Our thoughts and prayers are with the people of Ruritania tonight.",
                   "FRE")
    support = [e for e in events if e.event_type == "SUPPORT"]
    assert support and {r.country_code for r in support[0].recipient} == {"RUR"}


def test_saddened_by_deaths_is_support_without_the_dead_as_recipient(nlp):
    text = ("We were saddened to learn of the death of a Ruritanian mountain guide in an "
            "avalanche above Brennec.")
    events = [e for e in _code(nlp, text, "FRE") if e.event_type == "SUPPORT"]
    assert events and not events[0].recipient


def test_an_official_expectation_of_a_named_party_is_a_request(nlp):
    events = _code(nlp, "As the shoal talks resume, we expect Ruritania to withdraw its patrol "
                        "vessels within a week.", "FRE")
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert requests and {r.country_code for r in requests[0].recipient} == {"RUR"}


def test_a_forecast_is_no_request(nlp):
    events = _code(nlp, "Bankers expect Ruritania to cut interest rates next month.")
    assert "REQUEST" not in [e.event_type for e in events]


def _with_person(nlp, text: str, person: str, publisher: str | None):
    """Code ``text`` with ``person`` as a countryless PERSON mention (a name not in the KB)."""
    start = text.index(person)
    entities = [*name_entities(text, NAMES),
                Entity(raw_text=person, entity_name=person, kind="PERSON", start=start,
                       end=start + len(person), sentence=0)]
    if publisher is not None:
        entities += [Entity(raw_text=m[0], entity_name="government", country_code=publisher,
                            kind="PRONOUN", start=m.start(), end=m.end(), sentence=0,
                            resolved_by="publisher")
                     for m in re.finditer(r"\b(?:[Ww]e|[Oo]ur)\b", text)]
    entities.sort(key=lambda e: e.start)
    return code_events(nlp(text), load_lexicon(), entities, published=TEST_DAY)


OFFICIAL = ("On Wednesday Deputy Envoy Marisol Tench urged Ruritania to let the stranded "
            "cargo ship Aldebaran leave port. Our mission is following the matter.")


def test_a_bare_titled_official_of_a_statement_is_the_issuer(nlp):
    events = _with_person(nlp, OFFICIAL, "Marisol Tench", "FRE")
    assert _actors(events, "REQUEST") == [{"FRE"}]


def test_a_bare_titled_person_in_a_news_story_stays_unresolved(nlp):
    events = _with_person(nlp, OFFICIAL.replace("Our mission is following the matter.",
                                                "Its owners hope to sail soon."),
                          "Marisol Tench", None)
    assert _actors(events, "REQUEST") == [{None}]  # coded, its actor left without a country


QUOTED = ('Asked about the ferry, the deputy spokesman replied that "we applaud Ruritania for '
          'reopening the Varnholm crossing," adding that talks would go on.')


def _quoted_we(nlp, source: str):
    """Code QUOTED with its "we" as a mention the actors stage left without a country."""
    start = QUOTED.index('"we ') + 1
    entities = sorted([*name_entities(QUOTED, NAMES),
                       Entity(raw_text="we", entity_name="we", kind="PRONOUN", start=start,
                              end=start + 2, sentence=0, resolved_by="coref")],
                      key=lambda e: e.start)
    return code_events(nlp(QUOTED), load_lexicon(), entities, published=TEST_DAY,
                       source=source)


def test_a_quoted_we_of_an_official_statement_is_the_issuer(nlp):
    assert _actors(_quoted_we(nlp, "U.S. Department of State"), "SUPPORT") == [{"USA"}]


def test_a_quoted_we_of_a_news_story_is_left_to_the_quote(nlp):
    assert {"USA"} not in _actors(_quoted_we(nlp, "Voice of America"), "SUPPORT")
