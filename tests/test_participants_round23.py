"""Participants round 23 (issue 9 §1–2, dyad F1).

1. A denial told in a relative clause on the charge ("…, a charge Peru denies", "…, a move
   Peru denies") takes as its recipient the party that made the charge: the possessor of the
   charge noun or the subject of the nearest verb of saying or charging above it. Nothing is
   filled when no such verb makes the charge.
2. A group that condemns or praises something is not given the country of what it judges
   ("Human rights groups have long denounced Chile's prison system"): the judged object and
   the places in it set no scene for the judge. A place that is not in the judged object still
   does ("Human rights groups in Chile"). A named body whose own head says something is not
   given the state it speaks of ("The Caribbean Bank ... said it plans to grant Haiti ...").
3. A US-only office at the start of a person's mention ("Secretary of Defense X", "Assistant
   Secretary of State X") is the holder's own evidence of the United States, also when the
   recognizer tags the title and name ORG; the British "Secretary of State for Defence X" is
   not, nor a plain "Secretary of Defense / of State" in a text that names the Philippines,
   Mexico or the Holy See, nor "Secretary of Defense X of <Name>" (review round 23).

Every sentence is written for these tests.
"""

from __future__ import annotations

from wirecoder import analyze


def _events(text: str, category: str) -> list[tuple[set[str], set[str]]]:
    return [({a.country_code for a in e.actor if a.country_code},
             {r.country_code for r in e.recipient if r.country_code})
            for e in analyze(text).events if e.event_type == category]


def test_denied_charge_recipient_is_the_accuser() -> None:
    found = _events("Chile accuses Peru of arming smugglers on the border, a charge Peru denies.",
                    "REJECT")
    assert ({"PER"}, {"CHL"}) in found


def test_denied_move_recipient_is_who_reported_it() -> None:
    found = _events("Chile says Peru is massing troops on the border, a move Peru denies.",
                    "REJECT")
    assert ({"PER"}, {"CHL"}) in found


def test_denial_of_a_third_party_s_plan_is_not_the_reporter_s() -> None:
    # review round 23: the plan is Peru's; the walk stops at Peru's "made", not at "said".
    found = _events("Chile said Peru made a proposal, a plan Bolivia rejected.", "REJECT")
    assert found
    assert all("CHL" not in recipient for _, recipient in found)


def test_denial_without_a_charging_verb_stays_without_recipient() -> None:
    found = _events("Peru's army is massing troops on the border, a move Peru denies.", "REJECT")
    assert found
    assert all(not recipient for _, recipient in found)


def test_judge_does_not_take_the_judged_state() -> None:
    found = _events("Rights campaigners condemned Chile's treatment of migrant workers.", "ACCUSE")
    assert found
    assert all("CHL" not in actor for actor, _ in found)


def test_judge_keeps_its_own_place() -> None:
    found = _events("Human rights groups in Chile have denounced the prison system.", "ACCUSE")
    assert any("CHL" in actor for actor, _ in found)


def test_named_body_is_not_given_the_state_it_speaks_of() -> None:
    found = _events("The Nordic Bank for Trade and Development said it would finance "
                    "Ecuador's new power grid.", "AGREE")
    assert found
    assert all("ECU" not in actor for actor, _ in found)


def _codes(text: str, words: str) -> set[str | None]:
    return {e.country_code for e in analyze(text).entities if words in e.raw_text}


def test_us_office_gives_the_united_states() -> None:
    text = "Secretary of Defense Dana Whitfield met Ukrainian President Petro Poroshenko in Kyiv."
    assert _codes(text, "Whitfield") == {"USA"}


def test_us_assistant_secretary_of_state() -> None:
    text = "Assistant Secretary of State Mira Castellane met Kenyan opposition leaders in Nairobi."
    assert _codes(text, "Castellane") == {"USA"}


def test_british_secretary_of_state_for_is_not_american() -> None:
    text = "Secretary of State for Defence Alan Morrow met Ukrainian officials in Kyiv."
    assert "USA" not in _codes(text, "Morrow")


def test_vatican_secretary_of_state_is_not_american() -> None:
    # review round 23: the Holy See writes the same plain title.
    text = "The Vatican said Secretary of State Marco Bellini would meet Ukrainian officials."
    assert "USA" not in _codes(text, "Bellini")


def test_philippine_secretary_of_defense_is_not_american() -> None:
    text = ("The Philippine Department of National Defense said Secretary of Defense Ramon "
            "Delacruz condemned China.")
    assert "USA" not in _codes(text, "Delacruz")


def test_secretary_of_a_named_state_is_not_american() -> None:
    text = "Secretary of Defense Tomas Vell of Ruritania met Chilean President Ana Soto."
    assert "USA" not in _codes(text, "Vell")


def test_counterpart_takes_the_state_it_comes_from() -> None:
    text = "Chilean Defense Minister Ana Soto met with her counterpart from Peru in Lima."
    assert _codes(text, "counterpart") == {"PER"}


def test_counterparts_of_two_states_are_left_alone() -> None:
    text = "Secretary of Defense Dana Whitfield met his counterparts from Chile and Peru in Lima."
    assert "CHL" not in _codes(text, "counterparts")


def test_domestic_protesters_judging_their_state_keep_it() -> None:
    found = _events("Protesters denounced Chile's new constitution on Sunday.", "ACCUSE")
    assert any("CHL" in actor for actor, _ in found)
