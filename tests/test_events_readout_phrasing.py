"""Readout phrasing (issue 9, round 21; branch evgov21).

Four readings of government readouts, each with a contrast case: the possessive pronoun of
an expressing verb ("expressed his appreciation") is its subject, not the last person
named; "committed to deepen" is the phrasal "commit to" like "committed to deepening"; a
short lead-in line ("... provided the following readout:") does not count among the
opening sentences where the readout's own official and its talk are looked for; "the two
leaders" given one side's country by the actors stage are both sides of the opening talk.
Sentences are written for these tests; entities are built by hand (the actors stage is not
run), with the mistakes the actors stage makes on such text.
"""

from __future__ import annotations

from name_table import TEST_DAY
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

DEFENSE = "U.S. Department of Defense"  # an official publisher: the issuer is USA
NEWS = "Voice of America"

OPENING = ("Secretary of Defense Kara Holm met with Ruritanian Defense Minister Ivo Brand "
           "in Varnholm on Tuesday.")
OFFICIAL = ("Secretary of Defense Kara Holm", "USA", "PERSON")
COUNTERPART = ("Ruritanian Defense Minister Ivo Brand", "RUR", "PERSON")


def _code(nlp, text: str, mentions: list[tuple[str, str | None, str]], source: str,
          coref: dict[str, str] | None = None, antecedent: dict[str, str] | None = None):
    """Code ``text`` with one entity per (words, country, kind); ``coref``: word -> country.

    ``antecedent``: pronoun -> the words of the mention the actors stage linked it to.
    """
    doc = nlp(text)
    starts = [s.start_char for s in doc.sents]

    def entity(words: str, at: int, country: str | None, kind: str, how: str) -> Entity:
        return Entity(raw_text=words, entity_name=words, country_code=country, kind=kind,
                      start=at, end=at + len(words),
                      sentence=sum(1 for s in starts if s <= at) - 1, resolved_by=how)

    entities = [entity(w, text.index(w), c, k, "pattern") for w, c, k in mentions]
    for word, country in (coref or {}).items():
        at = text.index(f" {word} ") + 1
        entities.append(entity(word, at, country, "PRONOUN", "coref"))
    entities.sort(key=lambda e: e.start)
    for word, words in (antecedent or {}).items():
        n = next(i for i, e in enumerate(entities) if e.raw_text == word)
        entities[n] = entities[n].model_copy(update={"coref_of": next(
            i for i, e in enumerate(entities) if e.raw_text == words)})
    return code_events(doc, load_lexicon(), entities, published=TEST_DAY, source=source)


def _sides(events, category: str) -> list[tuple[set[str | None], set[str | None]]]:
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in events if e.event_type == category]


APPRECIATION = OPENING + (" The Secretary expressed his appreciation to the minister for "
                          "the patrol boats lent to the coastal mission.")


def test_his_appreciation_is_the_subjects_own(nlp):
    mentions = [OFFICIAL, COUNTERPART, ("The Secretary", "USA", "NOMINAL"),
                ("the minister", "RUR", "NOMINAL")]
    events = _code(nlp, APPRECIATION, mentions, DEFENSE, coref={"his": "RUR"})
    assert _sides(events, "SUPPORT") == [({"USA"}, {"RUR"})]


def test_the_counterparts_appreciation_stays_his(nlp):
    text = OPENING + (" Minister Brand expressed his appreciation to the Secretary for the "
                      "patrol boats lent to the coastal mission.")
    mentions = [OFFICIAL, COUNTERPART, ("Minister Brand", "RUR", "PERSON"),
                ("the Secretary", "USA", "NOMINAL")]
    events = _code(nlp, text, mentions, DEFENSE, coref={"his": "RUR"})
    assert _sides(events, "SUPPORT") == [({"RUR"}, {"USA"})]


def test_committed_to_and_an_infinitive_is_a_commitment(nlp):
    text = "Ruritania and Freedonia committed to deepen their cooperation on coastal patrols."
    mentions = [("Ruritania", "RUR", "GPE"), ("Freedonia", "FRE", "GPE")]
    assert _sides(_code(nlp, text, mentions, NEWS), "AGREE") == [({"RUR", "FRE"}, set())]


def test_committing_abuses_to_frighten_villagers_is_no_commitment(nlp):
    text = "Ruritanian militias committed abuses to frighten villagers near the border."
    mentions = [("Ruritanian militias", "RUR", "NOMINAL")]
    assert _sides(_code(nlp, text, mentions, NEWS), "AGREE") == []


LEAD_IN = ("Pentagon Spokesman Capt. Rhea Doyle provided the following readout:\n"
           "Heavy snow fell in Varnholm on Tuesday morning. ")  # the official comes third
THANKS = (" The two leaders discussed coastal security. He thanked Minister Brand for the "
          "patrol boats Ruritania lent to the coastal mission.")
THANK_MENTIONS = [("Rhea Doyle", None, "PERSON"), OFFICIAL, COUNTERPART,
                  ("Minister Brand", "RUR", "PERSON"), ("Ruritania lent", "RUR", "GPE")]


def test_a_lead_in_line_does_not_hide_the_readouts_principal(nlp):
    events = _code(nlp, LEAD_IN + OPENING + THANKS, THANK_MENTIONS, DEFENSE,
                   coref={"He": "RUR"})
    assert _sides(events, "SUPPORT") == [({"USA"}, {"RUR"})]


def test_without_a_lead_in_the_third_sentence_is_not_the_opening(nlp):
    text = LEAD_IN.split("\n")[1] + "Fog closed the port on Monday. " + OPENING + THANKS
    events = _code(nlp, text, THANK_MENTIONS[1:], DEFENSE, coref={"He": "RUR"})
    assert _sides(events, "SUPPORT") == [({"RUR"}, {"RUR"})]  # the actors stage's reading


def test_a_lead_in_line_licenses_nothing_in_a_news_story(nlp):
    events = _code(nlp, LEAD_IN + OPENING + THANKS, THANK_MENTIONS, NEWS,
                   coref={"He": "RUR"})
    assert all("USA" not in actor for actor, _ in _sides(events, "SUPPORT"))


def test_the_two_leaders_given_one_side_are_both_sides(nlp):
    text = OPENING + " The two leaders agreed to meet again in the spring."
    mentions = [OFFICIAL, COUNTERPART, ("The two leaders", "USA", "NOMINAL")]
    assert _sides(_code(nlp, text, mentions, DEFENSE), "AGREE") == [({"USA", "RUR"}, set())]


def test_the_secretary_alone_stays_one_side(nlp):
    text = OPENING + " The Secretary agreed to return to Varnholm in the spring."
    mentions = [OFFICIAL, COUNTERPART, ("The Secretary", "USA", "NOMINAL")]
    assert _sides(_code(nlp, text, mentions, DEFENSE), "AGREE") == [({"USA"}, set())]


def test_the_two_leaders_of_a_news_story_keep_the_actors_stages_side(nlp):
    text = OPENING + " The two leaders agreed to meet again in the spring."
    mentions = [OFFICIAL, COUNTERPART, ("The two leaders", "USA", "NOMINAL")]
    assert _sides(_code(nlp, text, mentions, NEWS), "AGREE") == [({"USA"}, set())]


# Review fixes (fixgov21): a bare "they" keeps the one-side reading the actors stage gave it
# when it points back to one side's people named after the talk, not to a party of the talk.

def test_they_of_one_sides_officials_stay_one_side(nlp):
    text = OPENING + " U.S. officials said they expelled two Freedonian diplomats last week."
    mentions = [OFFICIAL, COUNTERPART, ("U.S. officials", "USA", "NOMINAL"),
                ("Freedonian diplomats", "FRE", "NOMINAL")]
    events = _code(nlp, text, mentions, DEFENSE, coref={"they": "USA"},
                   antecedent={"they": "U.S. officials"})
    sides = [(actor, recipient) for actor, recipient in _sides(events, "SANCTION")
             + _sides(events, "EXPEL") if "FRE" in recipient]
    assert sides and all(actor == {"USA"} for actor, _ in sides)


def test_they_after_a_briefing_by_one_side_stays_one_side(nlp):
    text = OPENING + (" Secretary Holm and Ambassador Lea Vey later briefed reporters. They "
                      "condemned the missile tests of Freedonia.")
    mentions = [OFFICIAL, COUNTERPART, ("Secretary Holm and Ambassador Lea Vey", "USA", "PERSON"),
                ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, DEFENSE, coref={"They": "USA"},
                   antecedent={"They": "Secretary Holm and Ambassador Lea Vey"})
    assert _sides(events, "ACCUSE") == [({"USA"}, {"FRE"})]


def test_they_linked_to_the_counterpart_are_both_sides(nlp):
    text = OPENING + " They condemned the missile tests of Freedonia."
    mentions = [OFFICIAL, COUNTERPART, ("Freedonia", "FRE", "GPE")]
    events = _code(nlp, text, mentions, DEFENSE, coref={"They": "RUR"},
                   antecedent={"They": COUNTERPART[0]})
    assert _sides(events, "ACCUSE") == [({"USA", "RUR"}, {"FRE"})]
