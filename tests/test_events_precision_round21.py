"""Types read from an act's purpose or its permitted act (issue 9 §3–4, round 21).

evprec21 (docs/events.md, "Type confusions, round 21"): forces sent to help, protect or
rescue people are AID (guideline 12); a call for a march or strike is the organisers'
PROTEST; refusing or barring people from leaving or travelling abroad is COERCE restrict
(guideline 6(b)); rejecting another party's violence or its efforts to undermine a state is
disapproval, ACCUSE (guideline 14); civilians seized by an armed group, and a combatant
"captured by" a party, are abducted (ASSAULT abduct, codebook and guideline 12); drills of
two states named in one hyphenated modifier are joint, COOPERATE (guideline 12). Sentences
are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [t for t, _ in _events(nlp, text)]


@pytest.mark.parametrize(("text", "wanted", "unwanted"), [
    # forces sent for relief or the protection of people
    ("Ruritania dispatched two hundred soldiers to Freedonia to protect displaced "
     "villagers.", "AID", "MOBILIZE"),
    ("Freedonia has deployed a marine unit to rescue Ruritanian sailors held by pirates.",
     "AID", "MOBILIZE"),
    # calls for a protest
    ("Freedonian union leaders called for a general strike on Monday.", "PROTEST", "REQUEST"),
    ("The Ruritanian opposition urged its members to march on the capital.", "PROTEST",
     "REQUEST"),
    # refused exit
    ("Ruritanian police refused to allow the students to leave the city.", "COERCE",
     "REJECT"),
    ("Dozens of Freedonian journalists are barred from leaving the country.", "COERCE",
     "REJECT"),
    # a rejected hostile act
    ("Ruritania firmly rejects Freedonia's efforts to destabilize its southern provinces.",
     "ACCUSE", "REJECT"),
    ("The Freedonian government rejects all acts of violence against Ruritanian pilgrims.",
     "ACCUSE", "REJECT"),
    # civilians seized by an armed group, a combatant in a reduced relative: abductions
    ("Ruritanian gunmen seized six Freedonian engineers near the oil terminal.", "ASSAULT",
     "COERCE"),
    ("Freedonia wants the release of a soldier captured by Ruritanian rebels last year.",
     "ASSAULT", "COERCE"),
    # drills of two states named in one hyphenated modifier are joint (guideline 12)
    ("Veridia condemned the Ruritanian-Freedonian naval drills near its coast.", "COOPERATE",
     "MOBILIZE"),
])
def test_the_complement_decides_the_type(nlp, text, wanted, unwanted):
    types = _types(nlp, text)
    assert wanted in types and unwanted not in types, _events(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    # guarding a building, or helping a party fight, stays a deployment
    ("Ruritania deployed riot police to protect the Freedonian embassy.", ["MOBILIZE"]),
    ("Ruritania mobilized its army to help Freedonia against the insurgents.", ["MOBILIZE"]),
    # (the purpose's "defeat" is coded as its own ASSAULT: a separate matter, not AID)
    ("Ruritania mobilized its army to help Freedonia defeat the insurgents.",
     ["MOBILIZE", "ASSAULT"]),
    ("Freedonia sent two battalions north to repel the insurgents and protect the villagers.",
     ["MOBILIZE"]),
    # a call to end or ignore a protest stays a request
    ("The Ruritanian president called for an end to the strike.", ["REQUEST"]),
    ("Freedonian authorities urged workers to ignore the strike.", ["REQUEST"]),
    # barring entry, and a party's own refusal to leave, stay refusals
    ("Ruritania barred the Freedonian minister from travel to Ruritania.", ["REJECT"]),
    ("The Ruritanian envoy refused to leave Freedonia.", ["REJECT"]),
    # rejecting a proposal or an attempt to make the speaker yield stays REJECT
    ("Ruritania rejected Freedonia's proposal for a joint patrol.", ["REJECT"]),
    ("The Freedonian president rejected all attempts to make him leave office.", ["REJECT"]),
    ("Freedonia rejected any Ruritanian military action against smugglers on its soil.",
     ["REJECT"]),
    # civilians seized by a state, and a town seized, are no abduction
    ("Ruritanian police seized six Freedonian journalists at the airport.", ["COERCE"]),
    ("Ruritanian rebels seized the Freedonian town of Oskar.", ["COERCE"]),
    # one state's drills, or drills of a state's proxies, stay MOBILIZE
    ("Ruritania held military drills near the Freedonian border.", ["MOBILIZE"]),
    ("Ruritanian-backed militias held drills near the Freedonian border.", ["MOBILIZE"]),
])
def test_other_complements_keep_the_type(nlp, text, kept):
    """The exact list of types: a second event of the competing type would fail."""
    assert _types(nlp, text) == kept, _events(nlp, text)


# ------------------------------------------------ review fixes (round 21, revprec21)
@pytest.mark.parametrize("text", [
    "Ruritanian officials called for a strike on Freedonian missile sites.",
    "The Ruritanian opposition called for a military strike against Freedonia.",
    "Ruritanian senators urged the government to strike Freedonia.",
    "Ruritania urged its allies to launch strikes on Freedonia.",
    "The Freedonian president urged the unions to strike a deal with employers.",
    "The Ruritanian commander called on his troops to march on the Freedonian capital.",
])
def test_a_call_for_an_attack_or_a_deal_is_no_protest(nlp, text):
    """The attack sense of "strike", "strike a deal" and forces asked to march stay REQUEST."""
    assert _types(nlp, text) == ["REQUEST"], _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The Ruritanian opposition urged workers to launch a nationwide strike.",
    "Freedonian union leaders called for a general strike on Monday.",
    "The Ruritanian opposition asked workers to strike in protest at the election result.",
])
def test_a_call_for_a_labour_strike_stays_a_protest(nlp, text):
    assert _types(nlp, text) == ["PROTEST"], _events(nlp, text)


def test_a_called_protest_keeps_its_target(nlp):
    found = code_with_names(nlp, "The Ruritanian leader called for a march against Freedonia.",
                            FICTIONAL_STATES)
    assert [(e.event_type, [r.country_code for r in e.recipient]) for e in found] == [
        ("PROTEST", ["FRE"])], found


def test_protecting_a_named_leader_is_aid(nlp):
    """A person's full name is people; a lone name the parser tags PERSON ("Kyiv") is not."""
    assert _types(nlp, "Ruritania sent troops to Freedonia to protect Prime Minister Ana "
                       "Vell.") == ["AID"]


@pytest.mark.parametrize("text", [
    "Ruritania sent troops into Freedonia to protect Ruritanian speakers in the east.",
    "Ruritania deployed more troops to protect the capital.",
    "Ruritania sent warships to protect shipping in the strait.",
    "Ruritania deployed troops to Freedonia to protect the oil fields.",
    "Ruritania sent an aircraft carrier to the gulf to protect its interests.",
    "Ruritania deployed troops to protect its soldiers in northern Freedonia.",
    "Ruritania deployed troops to protect Ruritanian settlers in the occupied valley.",
    "Ruritania sent troops to Freedonia to protect Ruritanian civilians.",
    "Ruritania sent troops to Freedonia to protect its citizens.",
])
def test_protecting_places_things_or_ones_own_stays_a_move(nlp, text):
    """Guideline 12's protection AID is for people, not places, things or the sender's own."""
    assert _types(nlp, text) == ["MOBILIZE"], _events(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    # a rejected plan stays the rejection of a proposal, whatever it plans
    ("Ruritania rejected the Freedonian plan to disrupt the border trade.", ["REJECT"]),
    # a refused release, and leaving a meeting, are no restriction of movement
    ("A Ruritanian court refused to allow the Freedonian activist to leave prison.",
     ["REJECT"]),
    ("Ruritania refused to let the detained Freedonian tourists leave the country.",
     ["REJECT"]),
    ("Ruritania refused to let Freedonian officials leave the meeting early.", ["REJECT"]),
])
def test_rejected_plans_and_refused_releases_stay_reject(nlp, text, kept):
    assert _types(nlp, text) == kept, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian rebels seized two Freedonian teachers near the border.",
    "A Ruritanian militia seized forty hostages.",
])
def test_teachers_or_hostages_seized_by_armed_groups_are_abducted(nlp, text):
    assert _types(nlp, text) == ["ASSAULT"], _events(nlp, text)
