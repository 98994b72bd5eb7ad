"""A readout's own official and its principal (issue 9, round 20; branch evgov20).

A government readout opens with its own official meeting a counterpart and then names that
official by "he" or a bare title. Five readings, each with a contrast case: the official's
title-led name that the NER tagged as an organisation is the issuer's in a joint meeting;
"He thanked Minister X" after such an opening is the issuer's act towards X even when the
actors stage took "he" for the counterpart; "reaffirmed the strength of the alliance" is
SUPPORT; condolences to "the families of the Ruritanian sailors" keep the nationality the
phrase names (those to "the families of the sailors" still name no recipient); "called
Prime Minister Osk to brief him" is a phone call ("called the rebels to lay down" is not).
Review fixes (fixgov20): the principal only when the nearest earlier person subject is the
issuer's official (not a counterpart, a host, a quoted leader, an official of the other
gender, nor an organisation alone); "called the plan to close X a blunder" is no call;
"affirmed the strength of a claim" is no support; a place kept as recipient is dropped.
Sentences are written for these tests; entities are built by hand (the actors stage is not
run), with the mistakes the actors stage makes on such text.
"""

from __future__ import annotations

from name_table import TEST_DAY
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

STATE = "U.S. Department of State"  # an official publisher: the issuer is USA
NEWS = "Voice of America"

OPENING = ("Secretary of Defense Kara Holm met with Ruritanian Defense Minister Ivo Brand "
           "in Varnholm on Tuesday.")
OFFICIAL = ("Secretary of Defense Kara Holm", None, "ORG")  # the NER's organisation, no country
COUNTERPART = ("Ruritanian Defense Minister Ivo Brand", "RUR", "PERSON")


def _code(nlp, text: str, mentions: list[tuple[str, str | None, str]], source: str,
          coref: dict[str, str] | None = None):
    """Code ``text`` with one entity per (words, country, kind); ``coref``: pronoun -> country."""
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]
    entities = []
    for words, country, kind in mentions:
        at = text.index(words)
        entities.append(Entity(raw_text=words, entity_name=words, country_code=country,
                               kind=kind, start=at, end=at + len(words),
                               sentence=sum(1 for s in starts if s <= at) - 1,
                               resolved_by="pattern"))  # the country from the mention's words
    for word, country in (coref or {}).items():
        at = text.index(f" {word} ") + 1 if f" {word} " in text else text.index(word)
        entities.append(Entity(raw_text=word, entity_name="Ivo Brand", country_code=country,
                               kind="PRONOUN", start=at, end=at + len(word),
                               sentence=sum(1 for s in starts if s <= at) - 1,
                               resolved_by="coref"))
    entities.sort(key=lambda e: e.start)
    return code_events(doc, load_lexicon(), entities, published=TEST_DAY, source=source)


def _sides(events, category: str) -> list[tuple[set[str | None], set[str | None]]]:
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in events if e.event_type == category]


def test_a_title_led_official_in_a_joint_meeting_is_the_issuers(nlp):
    events = _code(nlp, OPENING, [OFFICIAL, COUNTERPART], STATE)
    assert _sides(events, "CONSULT") == [({"USA", "RUR"}, set())]


def test_a_title_led_name_in_a_news_story_stays_unresolved(nlp):
    events = _code(nlp, OPENING, [OFFICIAL, COUNTERPART], NEWS)
    assert _sides(events, "CONSULT") == [({None, "RUR"}, set())]


THANKS = OPENING + (" He thanked Minister Brand for the patrol boats Ruritania lent to the "
                    "coastal mission.")


def test_he_of_a_readout_is_its_principal_towards_the_counterpart(nlp):
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("Ruritania lent", "RUR", "GPE")]
    events = _code(nlp, THANKS, mentions, STATE, coref={"He": "RUR"})
    assert _sides(events, "SUPPORT") == [({"USA"}, {"RUR"})]


def test_he_of_a_news_story_stays_the_actors_stages(nlp):
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("Ruritania lent", "RUR", "GPE")]
    events = _code(nlp, THANKS, mentions, NEWS, coref={"He": "RUR"})
    assert all("USA" not in actor for actor, _ in _sides(events, "SUPPORT"))


def test_he_after_a_foreign_person_in_its_sentence_is_that_person(nlp):
    text = OPENING + " Minister Brand said that he would urge Freedonia to reopen the pass."
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"he": "RUR"})
    assert [actor for actor, _ in _sides(events, "REQUEST")] == [{"RUR"}]


def test_reaffirming_the_strength_of_an_alliance_is_support(nlp):
    text = "The Freedonian minister reaffirmed the strength of the alliance with Ruritania."
    mentions = [("Freedonian", "FRE", "NORP"), ("Ruritania", "RUR", "GPE")]
    assert [actor for actor, _ in _sides(_code(nlp, text, mentions, NEWS), "SUPPORT")] == [
        {"FRE"}]  # the type; the recipient under "of the alliance with" is not reached


def test_affirming_a_ruling_is_no_support(nlp):
    text = "A Freedonian court affirmed the ruling against the Ruritanian shipping firm."
    mentions = [("Freedonian", "FRE", "NORP"), ("Ruritanian", "RUR", "NORP")]
    assert _sides(_code(nlp, text, mentions, NEWS), "SUPPORT") == []


CONDOLENCES = ("We extend our deepest condolences to the families of the Ruritanian sailors "
               "who died in the storm.")


def test_condolences_to_mourners_of_a_named_nationality_keep_it(nlp):
    mentions = [("We", "USA", "PRONOUN"),
                ("the families of the Ruritanian sailors", "RUR", "NOMINAL")]
    assert _sides(_code(nlp, CONDOLENCES, mentions, STATE), "SUPPORT") == [({"USA"}, {"RUR"})]


def test_condolences_to_mourners_of_no_named_nationality_name_no_recipient(nlp):
    text = CONDOLENCES.replace("the Ruritanian sailors", "the sailors")
    mentions = [("We", "USA", "PRONOUN"), ("the families of the sailors", "RUR", "NOMINAL")]
    assert _sides(_code(nlp, text, mentions, STATE), "SUPPORT") == [({"USA"}, set())]


def test_a_call_to_brief_is_a_phone_call(nlp):
    text = ("President Venn called Prime Minister Osk to brief him on the ceasefire talks in "
            "Varnholm.")  # "brief": xcomp of "called" in the parse
    mentions = [("President Venn", "FRE", "PERSON"), ("Prime Minister Osk", "RUR", "PERSON")]
    assert ({"FRE", "RUR"}, set()) in _sides(_code(nlp, text, mentions, NEWS), "CONSULT")


def test_a_call_to_lay_down_arms_is_no_phone_call(nlp):
    text = "President Venn called the Ruritanian rebels to lay down their arms."
    mentions = [("President Venn", "FRE", "PERSON"), ("Ruritanian", "RUR", "NORP")]
    assert _sides(_code(nlp, text, mentions, NEWS), "CONSULT") == []


def test_calling_a_plan_to_do_something_a_blunder_is_no_phone_call(nlp):
    text = "Ruritania called the plan to discuss the consulate a blunder."
    mentions = [("Ruritania", "RUR", "GPE")]  # the parse hangs "discuss" on "called" (xcomp)
    events = _code(nlp, text, mentions, NEWS)
    assert [e for e in events if e.event_text == "called"] == []


def test_calling_a_move_to_brief_the_press_an_insult_is_no_phone_call(nlp):
    text = "The Freedonian ministry called the move to brief the press an insult."
    mentions = [("The Freedonian ministry", "FRE", "ORG")]
    assert _sides(_code(nlp, text, mentions, NEWS), "CONSULT") == []


def test_affirming_the_strength_of_a_claim_is_no_support(nlp):
    text = "The Freedonian tribunal affirmed the strength of Ruritania's claim against Osk."
    mentions = [("Freedonian", "FRE", "NORP"), ("Ruritania", "RUR", "GPE")]
    assert _sides(_code(nlp, text, mentions, STATE), "SUPPORT") == []


def test_affirming_the_strength_of_a_partnership_is_support(nlp):
    text = "The Freedonian minister affirmed the strength of the partnership with Ruritania."
    mentions = [("Freedonian", "FRE", "NORP"), ("Ruritania", "RUR", "GPE")]
    assert [actor for actor, _ in _sides(_code(nlp, text, mentions, NEWS), "SUPPORT")] == [
        {"FRE"}]


BRAND_FIRST = OPENING + " Minister Brand thanked the Secretary for the visit."


def test_he_after_the_counterpart_as_subject_is_the_counterpart(nlp):
    text = BRAND_FIRST + " He vowed to punish Freedonia for the raids."
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("the Secretary", "USA", "NOMINAL"), ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "RUR"})
    assert all("USA" not in actor for actor, _ in _sides(events, "THREATEN"))
    assert _sides(events, "THREATEN")  # the act is still coded, with the actors stage's actor


def test_he_after_a_host_who_received_the_official_is_the_host(nlp):
    text = ("Ruritanian Prime Minister Ivo Brand received Secretary of Defense Kara Holm in "
            "Varnholm. He urged Freedonia to reopen the border crossings.")
    mentions = [("Ruritanian Prime Minister Ivo Brand", "RUR", "PERSON"), OFFICIAL,
                ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "RUR"})
    assert [actor for actor, _ in _sides(events, "REQUEST")] == [{"RUR"}]


def test_he_after_a_quoted_foreign_leader_is_not_the_issuers(nlp):
    text = (OPENING + ' "We will not give up the valley," he said. He condemned Freedonia for '
            "the shelling.")
    mentions = [OFFICIAL, COUNTERPART, ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"he": "RUR", "He": "RUR"})
    assert all("USA" not in actor for actor, _ in _sides(events, "ACCUSE"))


def test_he_after_a_female_official_is_not_hers(nlp):
    text = ("Secretary of State Ellen Holm met with Ruritanian Defense Minister Ivo Brand in "
            "Varnholm on Tuesday. He urged Freedonia to reopen the border crossings.")
    mentions = [("Secretary of State Ellen Holm", "USA", "PERSON"), COUNTERPART,
                ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "RUR"})
    assert [actor for actor, _ in _sides(events, "REQUEST")] == [{"RUR"}]


def test_an_organisation_alone_in_the_opening_names_no_principal(nlp):
    text = ("The U.S. Department of State welcomes the truce in Freedonia. The talks ended on "
            "Monday. He urged the rebels to leave the capital.")
    mentions = [("The U.S. Department of State", "USA", "ORG"), ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "FRE"})
    assert all("USA" not in actor for actor, _ in _sides(events, "REQUEST"))


def test_a_place_is_no_recipient_of_the_principals_thanks(nlp):
    text = OPENING + " He thanked Minister Brand for Ruritania's patrols in Freedonia."
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("Ruritania", "RUR", "GPE"), ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "RUR"})
    assert _sides(events, "SUPPORT") == [({"USA"}, {"RUR"})]


def test_he_after_both_sides_as_subject_is_still_the_principal(nlp):
    text = (OPENING + " The two ministers reviewed the patrols along the coast. He thanked "
            "Minister Brand for the patrol boats Ruritania lent to the coastal mission.")
    mentions = [OFFICIAL, COUNTERPART, ("The two ministers", "RUR", "NOMINAL"),
                ("Minister Brand", "RUR", "PERSON"), ("Ruritania lent", "RUR", "GPE")]
    events = _code(nlp, text, mentions, STATE, coref={"He": "RUR"})
    assert _sides(events, "SUPPORT") == [({"USA"}, {"RUR"})]
