"""Readout calls and the readout's group, round 23 (issue 9, dyads; branch evgov23).

Sentences written for these tests. Five readings of government readouts, each with a
contrast case:

* "called Minister X to offer his condolences": the small model parses the person called
  as an object predicate (``oprd``), so the epithet entry ("called the raid piracy") won
  over the phone call and then dropped it; the call is a joint CONSULT of both sides.
* "spoke today with Chancellor X of Y to consult": "with" parsed as the mark of a clause
  whose subject is X; X is still the partner of the talk.
* A readout's own official whose country comes only from the publisher: the group subject
  of a later sentence ("The two leaders agreed") gets both sides once the official has it.
* "The two leaders stressed that Y must withdraw": the stated demand is the group's.
* "the president of Djibouti" in a Defense release is Djibouti's, not the publisher's.
"""

from __future__ import annotations

import wirecoder
from name_table import TEST_DAY
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

DEFENSE = "U.S. Department of Defense"  # an official publisher: the issuer is USA
NEWS = "Voice of America"


def _code(nlp, text: str, mentions: list[tuple[str, str | None, str]], source: str):
    """Code ``text`` with one entity per (words, country, kind), the actors stage not run."""
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    entities = []
    for words, country, kind in mentions:
        at = text.index(words)
        entities.append(Entity(raw_text=words, entity_name=words, country_code=country,
                               kind=kind, start=at, end=at + len(words),
                               sentence=sum(1 for s in starts if s <= at) - 1,
                               resolved_by="pattern"))
    entities.sort(key=lambda e: e.start)
    return code_events(doc, load_lexicon(), entities, published=TEST_DAY, source=source)


def _sides(events, category: str) -> list[tuple[set[str | None], set[str | None]]]:
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in events if e.event_type == category]


def test_called_minister_to_offer_condolences_is_a_call(nlp):
    text = ("This morning, Secretary of Defense Kara Holm called Ruritanian Minister of "
            "Defense Ivo Brand to offer her condolences to the Ruritanian people.")
    mentions = [("Secretary of Defense Kara Holm", "USA", "PERSON"),
                ("Ruritanian Minister of Defense Ivo Brand", "RUR", "PERSON")]
    events = _code(nlp, text, mentions, DEFENSE)
    assert _sides(events, "CONSULT") == [({"USA", "RUR"}, set())]


def test_called_a_raid_piracy_or_leaders_to_unite_is_no_call(nlp):
    for text in ("The Ruritanian minister called the raid an act of piracy.",
                 "The Ruritanian minister called the opposition leaders to unite."):
        events = _code(nlp, text, [("The Ruritanian minister", "RUR", "NOMINAL")], NEWS)
        assert not _sides(events, "CONSULT")


def test_spoke_with_a_chancellor_to_consult_is_a_talk(nlp):
    text = ("The President spoke today with Chancellor Ivo Schmidt of Ruritania to consult "
            "about the situation in Freedonia.")  # parsed: "with" the mark, Schmidt a subject
    mentions = [("The President", "USA", "NOMINAL"),
                ("Chancellor Ivo Schmidt", "RUR", "PERSON")]
    events = _code(nlp, text, mentions, DEFENSE)
    assert _sides(events, "CONSULT") == [({"USA", "RUR"}, set())]


def test_spoke_about_a_situation_is_no_talk(nlp):
    text = "The President spoke today about the situation on the Ruritanian border."
    events = _code(nlp, text, [("The President", "USA", "NOMINAL")], DEFENSE)
    assert not _sides(events, "CONSULT")


TALK = ("Secretary of Defense Kara Holm met with Ruritanian Defense Minister Ivo Brand on "
        "the sidelines of the ministerial meeting.")
# the actors stage left the readout's own official without a country (a name it does not
# know): only the publisher gives it one
HOLM = ("Secretary of Defense Kara Holm", None, "PERSON")
BRAND = ("Ruritanian Defense Minister Ivo Brand", "RUR", "PERSON")


def test_the_two_leaders_after_the_officials_country_is_known(nlp):
    text = TALK + " The two leaders agreed to deepen cooperation on coastal patrols."
    events = _code(nlp, text, [HOLM, BRAND, ("The two leaders", None, "NOMINAL")], DEFENSE)
    assert _sides(events, "AGREE") == [({"USA", "RUR"}, set())]


def test_the_two_leaders_of_a_news_story_are_left_alone(nlp):
    text = TALK + " The two leaders agreed to deepen cooperation on coastal patrols."
    events = _code(nlp, text, [HOLM, BRAND, ("The two leaders", None, "NOMINAL")], NEWS)
    assert ({"USA", "RUR"}, set()) not in _sides(events, "AGREE")


DEMAND_TALK = ("The President spoke today with Chancellor Ivo Brand of Ruritania about the "
               "border.")
PARTIES = [("The President", "USA", "NOMINAL"), ("Chancellor Ivo Brand", "RUR", "PERSON"),
           ("Freedonia", "FRE", "GPE")]


def test_the_two_leaders_stressed_that_a_state_must_act_is_their_demand(nlp):
    text = DEMAND_TALK + " The two leaders stressed that Freedonia must withdraw its troops."
    mentions = [*PARTIES, ("The two leaders", "USA", "NOMINAL")]  # one side, as often given
    events = _code(nlp, text, mentions, DEFENSE)
    assert ({"USA", "RUR"}, {"FRE"}) in _sides(events, "REQUEST")


def test_both_parties_should_refrain_is_addressed_to_them(nlp):
    text = DEMAND_TALK + " Both parties should refrain from provocative steps at the border."
    events = _code(nlp, text, [*PARTIES[:2], ("Both parties", None, "NOMINAL")], DEFENSE)
    assert all(actor != {"USA", "RUR"} for actor, _ in _sides(events, "REQUEST"))


def test_the_president_of_a_named_state_is_that_states():
    text = "On Sunday, the Secretary met with the president of Djibouti in his office."
    a = wirecoder.analyze(text, published="2023-06-01", source=DEFENSE)
    president = next(e for e in a.entities if e.raw_text.startswith("the president of"))
    assert president.country_code == "DJI"
    secretary = next(e for e in a.entities if e.raw_text == "the Secretary")
    assert secretary.country_code == "USA"


# Review (rfgov23): shapes next to the call that are no call.


def test_called_a_leader_a_liar_to_discuss_is_a_naming():
    text = ("Hungary called the Ukrainian president a liar to discuss nothing but its own "
            "grievances.")  # an object and its predicate: a naming, whatever follows
    a = wirecoder.analyze(text, published="2023-06-01", source=NEWS)
    assert not [e for e in a.events if e.event_type == "CONSULT"]
    assert [(e.event_type, [r.country_code for r in e.recipient]) for e in a.events] == [
        ("ACCUSE", ["UKR"])]


def test_called_its_envoy_home_to_consult_is_no_call(nlp):
    text = "Freedonia called its ambassador to Ruritania home to consult on the crisis."
    mentions = [("Freedonia", "FRE", "GPE"), ("Ruritania", "RUR", "GPE")]
    events = _code(nlp, text, mentions, NEWS)
    assert not _sides(events, "CONSULT")


def test_with_a_state_to_blame_before_the_verb_is_no_partner(nlp):
    text = "With Freedonia to blame, Ruritania spoke to the United Nations about the raid."
    mentions = [("Freedonia", "FRE", "GPE"), ("Ruritania", "RUR", "GPE"),
                ("the United Nations", "UNO", "ORG")]
    events = _code(nlp, text, mentions, NEWS)
    assert all("FRE" not in actor for actor, _ in _sides(events, "CONSULT"))
