"""Classes found by the news-story sweep (issue 9, branch ev2news), each with a contrast case.

Election verdicts (an endorsement is SUPPORT, "null and void" a REJECT, "was a sham" an
ACCUSE), victims named by a participle, habitual statements, a conflict's cumulative toll,
the content of a charge, "give in" against "give ... in", and negation that denies an
effect, not the event. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = FICTIONAL_STATES


def _events(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> set[str]:
    return {e.event_type for e in _events(nlp, text)}


def _one(nlp, text: str, category: str):
    found = [e for e in _events(nlp, text) if e.event_type == category]
    assert len(found) == 1, [(e.event_type, e.event_text) for e in _events(nlp, text)]
    return found[0]


# ---------------------------------------------------------------- election verdicts
@pytest.mark.parametrize("text", [
    "Ruritanian observers declared Freedonia's election free and fair.",
    'The Ruritanian mission has declared Freedonia\'s vote as "free and credible."',
    "Ruritania said the Freedonian referendum was credible.",
])
def test_endorsing_an_election_is_support(nlp, text):
    event = _one(nlp, text, "SUPPORT")
    assert {a.country_code for a in event.actor} == {"RUR"}


@pytest.mark.parametrize("text", [
    "Ruritania said the Freedonian threat was credible.",
    "Ruritanian officials called the Freedonian offer fair.",
])
def test_credible_without_an_election_is_no_endorsement(nlp, text):
    assert "SUPPORT" not in _types(nlp, text)


def test_declaring_an_election_void_is_a_rejection(nlp):
    event = _one(nlp, '"This election is null and void," the Freedonian opposition leader '
                      "said.", "REJECT")
    assert {a.country_code for a in event.actor} == {"FRE"}


def test_a_void_argument_is_no_rejection(nlp):
    assert "REJECT" not in _types(nlp, "The Freedonian minister said the space between the "
                                       "two Ruritanian camps was void.")


@pytest.mark.parametrize("text", [
    "Ruritania said the Freedonian vote was a sham.",
    "The Ruritanian opposition called the Freedonian referendum a fraud.",
    "Ruritanian observers described Freedonia's election as unfair.",
])
def test_condemning_a_vote_is_an_accusation(nlp, text):
    assert "ACCUSE" in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian observers said the Freedonian vote was marred by irregularities.",
    "The Ruritanian opposition called the Freedonian election rigged.",
])
def test_saying_a_vote_was_rigged_is_an_allegation(nlp, text):
    event = _one(nlp, text, "ACCUSE")
    assert event.mode == "allege"
    assert {a.country_code for a in event.actor} == {"RUR"}


def test_a_celebration_marred_by_rain_is_no_allegation(nlp):
    assert "ACCUSE" not in _types(nlp, "Ruritania said the Freedonian celebration was marred "
                                       "by rain.")


def test_a_descriptive_predicate_noun_is_no_accusation(nlp):
    assert "ACCUSE" not in _types(nlp, "Ruritania said the Freedonian vote was a success.")


# ---------------------------------------------------------------- victims, habits, tolls
@pytest.mark.parametrize("text", [
    "Ruritanian medics carried the dead and wounded to hospitals.",
    "Witnesses saw Ruritanian medics transporting dead and wounded to a Freedonian clinic.",
    "The injured were taken to a Freedonian hospital by Ruritanian medics.",
])
def test_victims_named_by_a_participle_are_no_attack(nlp, text):
    assert "ASSAULT" not in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian soldiers wounded three Freedonian protesters.",
    "Ruritanian soldiers killed and wounded dozens of Freedonian protesters.",
    "Three Freedonian protesters were wounded by Ruritanian soldiers.",
])
def test_wounding_someone_is_an_attack(nlp, text):
    assert "ASSAULT" in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian and Freedonian soldiers frequently exchange fire across the border.",
    "The Freedonian army often shells Ruritanian villages.",
])
def test_habitual_statements_are_no_acts(nlp, text):
    assert "ASSAULT" not in _types(nlp, text)


def test_a_past_series_of_attacks_is_coded(nlp):
    assert "ASSAULT" in _types(nlp, "The Freedonian army repeatedly shelled Ruritanian "
                                    "villages last year.")


def test_a_habitual_denial_is_still_a_position(nlp):
    assert "REJECT" in _types(nlp, "Ruritania routinely denies arming Freedonian rebels.")


def test_a_conflicts_cumulative_toll_is_no_act(nlp):
    assert "ASSAULT" not in _types(nlp, "The violence in Freedonia has killed more than 1,000 "
                                        "Ruritanians since 2019.")


def test_a_dated_clash_that_killed_soldiers_is_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Clashes with Freedonian troops killed 12 Ruritanian "
                                    "soldiers on Tuesday.")


# ---------------------------------------------------------------- charges and verdicts
@pytest.mark.parametrize("text,absent", [
    ("The Freedonian activist was convicted of inciting violence in an attempt to force the "
     "Ruritanian president from office.", "COERCE"),
    ("The Freedonian colonel was charged with plotting to assassinate the Ruritanian "
     "president.", "ASSAULT"),
])
def test_the_content_of_a_charge_is_not_coded(nlp, text, absent):
    types = _types(nlp, text)
    assert absent not in types
    assert types & {"SANCTION", "ACCUSE"}


def test_an_act_after_a_conviction_is_coded(nlp):
    types = _types(nlp, "The Freedonian activist was convicted on Monday, and Ruritanian troops "
                        "then attacked the Freedonian court.")
    assert {"SANCTION", "ASSAULT"} <= types


def test_jailing_is_an_arrest(nlp):
    event = _one(nlp, "Freedonia condemned the jailing of Ruritanian activists.", "COERCE")
    assert {r.country_code for r in event.recipient} == {"RUR"}


# ---------------------------------------------------------------- particles and negation
def test_give_with_an_adjunct_in_phrase_is_no_concession(nlp):
    assert "CONCEDE" not in _types(nlp, "The Freedonian army gave inflated tolls in its "
                                        "statements about Ruritania.")


def test_giving_in_is_a_concession(nlp):
    assert "CONCEDE" in _types(nlp, "Ruritania gave in to Freedonian pressure.")


def test_a_denied_effect_does_not_negate_the_event(nlp):
    event = _one(nlp, "Ruritania said Freedonia's sanctions were not going to change its "
                      "policy.", "SANCTION")
    assert not event.negated


def test_an_event_that_did_not_take_place_is_negated(nlp):
    event = _one(nlp, "The talks between Ruritania and Freedonia did not take place.",
                 "CONSULT")
    assert event.negated


# ---------------------------------------------------------------- expulsions, trials, strikes
def test_declaring_diplomats_persona_non_grata_is_an_expulsion(nlp):
    event = _one(nlp, "Two Freedonian diplomats were declared persona non grata by Ruritania.",
                 "SANCTION")
    assert event.mode == "expel"


def test_ordering_diplomats_to_leave_is_an_expulsion(nlp):
    event = _one(nlp, "Ruritania ordered two Freedonian diplomats to leave the country within "
                      "72 hours.", "SANCTION")
    assert event.mode == "expel"
    assert {r.country_code for r in event.recipient} == {"FRE"}


def test_ordering_ones_own_troops_out_is_no_expulsion(nlp):
    assert "SANCTION" not in _types(nlp, "Ruritania ordered its troops to leave Freedonia.")


@pytest.mark.parametrize("text", [
    "The Ruritanian opposition leader went on trial Monday on treason charges.",
    "The Ruritanian journalist will stand trial in Freedonia.",
])
def test_the_accused_on_trial_is_the_recipient(nlp, text):
    event = _one(nlp, text, "ACCUSE")
    assert {r.country_code for r in event.recipient} == {"RUR"}
    assert not event.actor


def test_a_court_putting_someone_on_trial_is_the_actor(nlp):
    event = _one(nlp, "The Ruritanian court put the Freedonian journalist on trial.", "ACCUSE")
    assert {a.country_code for a in event.actor} == {"RUR"}


@pytest.mark.parametrize("text", [
    "Freedonian workers went on strike against the Ruritanian company.",
    "Freedonian teachers began a general strike against the Ruritanian-owned firm.",
])
def test_a_labour_strike_is_no_attack(nlp, text):
    types = _types(nlp, text)
    assert "PROTEST" in types and "ASSAULT" not in types


def test_a_military_strike_is_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Ruritania launched a strike on Freedonian positions.")
