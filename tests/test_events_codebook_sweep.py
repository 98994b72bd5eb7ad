"""Codebook sweep of round 6 and the argument mechanisms of the recall round (issue 9, evrec).

Classes the PLOVER codebook and the CAMEO->PLOVER table name that had no vocabulary (one
lexicon entry each, docs/events.md "Codebook sweep, round 6"), with contrast cases; the
parties of a talk named again by "they" / "the two leaders"; counting heads ("hundreds of
X"); the object of a verb of permission read from a "to" infinitive. Sentences are written
for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _coded(nlp, text: str) -> list[tuple[str, set, set]]:
    return [(e.event_type, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [c[0] for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "kind"), [
    ("The Ruritanian army placed its troops along the border on high alert.", "MOBILIZE"),
    ("Ruritania lent Freedonia $2 billion last year.", "AID"),
    ("Ruritania deposited $3 billion in the central bank of Freedonia.", "AID"),
    ("Ruritania contributed $5 million to Freedonia for reconstruction.", "AID"),
    ("The Ruritanian bank extended a loan to Freedonia.", "AID"),
    ("The Ruritanian minister defended Freedonia's decision to build the dam.", "SUPPORT"),
    ("The Ruritanian president credited Freedonia for its role in the talks.", "SUPPORT"),
    ("Ruritania paid tribute to the late Freedonian president.", "SUPPORT"),
    ("Ruritania and Freedonia initialled a trade agreement on Friday.", "SUPPORT"),
    ("Ruritanian officials ignored a court summons from a Freedonian judge.", "REJECT"),
    ("Ruritania ignored appeals from Freedonia to reopen the border.", "REJECT"),
    ("The Ruritanian parliament repealed the decree that restricted Freedonian traders.",
     "CONCEDE"),
    ("Ruritania yielded to Freedonian pressure and closed the camps.", "CONCEDE"),
    ("Ruritanian instructors trained Freedonian soldiers near the capital.", "COOPERATE"),
    ("Ruritanian forces used Freedonian villagers as human shields.", "ASSAULT"),
    ("Ruritania launched an operation against Freedonian rebels in the forest.", "ASSAULT"),
    ("Ruritania sent 500 peacekeepers to Freedonia last month.", "AID"),
])
def test_codebook_classes_have_vocabulary(nlp, text, kind):
    assert kind in _types(nlp, text), (text, _coded(nlp, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritanian police defended the city against looters.", "SUPPORT"),
    ("Ruritanian students ignored the rain and kept walking.", "REJECT"),
    ("The Ruritanian coach trained the national football team.", "COOPERATE"),
    ("Ruritania placed an order for Freedonian grain.", "MOBILIZE"),
    ("Ruritanian farmers took out a loan from a local bank.", "AID"),
    ("Ruritanian police launched an operation to find the missing girl.", "ASSAULT"),
    ("Ruritanian soldiers began a rescue operation against the clock.", "ASSAULT"),
    ("Ruritanian and Freedonian police ran a joint operation against a smuggling gang.",
     "ASSAULT"),
])
def test_the_same_words_in_other_senses_stay_out(nlp, text, kind):
    assert kind not in _types(nlp, text), (text, _coded(nlp, text))


def test_the_lender_acts_and_the_borrower_receives(nlp):
    coded = _coded(nlp, "Ruritania lent Freedonia $2 billion last year.")
    assert ("AID", {"RUR"}, {"FRE"}) in coded


def test_a_refused_concession_is_a_rejection(nlp):
    text = "The Ruritanian president said he will not succumb to pressure from Freedonia."
    assert "REJECT" in _types(nlp, text)
    assert "CONCEDE" not in _types(nlp, text)


def test_they_after_a_talk_are_its_parties(nlp):
    text = ("The Ruritanian president spoke with the Freedonian prime minister on Tuesday. "
            "They discussed the drought and agreed to share water data. "
            "The two leaders also reviewed trade.")
    coded = _coded(nlp, text)
    assert len(coded) >= 3
    assert all(c[1] == {"RUR", "FRE"} for c in coded), coded


def test_they_with_no_talk_before_stays_without_actor(nlp):
    coded = _coded(nlp, "Ruritanian police arrested twenty smugglers. They discussed the case "
                        "with reporters.")
    assert not [c for c in coded if c[0] == "CONSULT" and c[1]], coded


def test_a_counting_head_names_its_group(nlp):
    coded = _coded(nlp, "Thousands of Ruritanian students marched through the capital.")
    assert ("PROTEST", {"RUR"}, set()) in coded


def test_what_is_allowed_to_enter_is_the_object_of_allow(nlp):
    coded = _coded(nlp, "Ruritania allowed a U.N. convoy to enter the besieged town.")
    assert [c for c in coded if c[0] == "RETREAT" and c[1] == {"RUR"}], coded
    assert not [c for c in _coded(nlp, "Ruritania allowed its citizens to vote abroad.")
                if c[0] == "RETREAT"]


@pytest.mark.parametrize(("text", "lemma", "subject"), [
    ("USAID provided $100,000 for critical supplies.", "provide", "USAID"),
    ("UNICEF delivered tents to the flooded villages.", "deliver", "UNICEF"),
])
def test_a_name_the_parse_misattached_is_read_back_as_subject(nlp, text, lemma, subject):
    from wirecoder.events.subjects import subject_of

    doc = nlp(text)
    verb = next(t for t in doc if t.lemma_ == lemma)
    subj = subject_of(verb)
    assert subj is not None and subj.text == subject, [(t.text, t.dep_) for t in doc]



@pytest.mark.parametrize(("text", "kind", "not_kind"), [
    ("Ruritanian protesters stormed the parliament building.", "PROTEST", "ASSAULT"),
    ("Angry Ruritanian protesters set fire to the ruling party's office.", "PROTEST",
     "ASSAULT"),
    ("Ruritanian troops stormed the rebel camp at dawn.", "ASSAULT", "PROTEST"),
    ("The Ruritanian foreign ministry protested the landing of Freedonian activists.",
     "ACCUSE", "PROTEST"),
    ("Ruritanian students protested the new tuition fees.", "PROTEST", "ACCUSE"),
    ("Ruritania is pressuring Freedonia to close the border.", "REQUEST", "COERCE"),
    ("Ruritania is pressuring Freedonia.", "COERCE", "REQUEST"),
    ("A jailed Ruritanian activist has refused food for ten days.", "PROTEST", None),
])
def test_who_acts_or_what_follows_chooses_the_category(nlp, text, kind, not_kind):
    kinds = _types(nlp, text)
    assert kind in kinds, (text, kinds)
    assert not_kind not in kinds, (text, kinds)


def test_a_name_before_a_progressive_verb_is_its_subject(nlp):
    from wirecoder.events.subjects import subject_of

    doc = nlp("USAID is also providing $50,000 for emergency shelter.")
    verb = next(t for t in doc if t.lemma_ == "provide")
    subj = subject_of(verb)
    assert subj is not None and subj.text == "USAID", [(t.text, t.dep_) for t in doc]


_WITH_UN = {**FICTIONAL_STATES, "U.N.": ("UNO", "ORG")}


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("Officials welcomed the announcement that Ruritania had agreed to a truce.", "AGREE",
     {"RUR"}),
    ("Ruritania's U.N. mission opposed the Freedonian plan.", "ACCUSE", {"RUR"}),
    ("Observers praised Freedonia's role in mediating the truce.", "CONSULT", {"FRE"}),
    ("The Ruritanian minister issued a statement condemning the raid.", "ACCUSE", {"RUR"}),
])
def test_actors_the_clause_structure_names(nlp, text, kind, actor):
    coded = [({a.country_code for a in e.actor}, e.event_type)
             for e in code_with_names(nlp, text, _WITH_UN)]
    assert (actor, kind) in coded, (text, coded)
