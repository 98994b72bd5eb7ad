"""Acts named only as the content of a wish, a denied report or a charge (issue 9 §3, round 20).

evprec20 (docs/events.md, "Embedded content, round 20"): what a subject wants to do, what a
denied report says, the later gerunds of a charge's list, a kind of act ("any attack"), a
conditional stance on any act, a thing that "helps" and a promise being kept are not acts
the text reports. A first-person "I want to thank you" is the thanks itself, said now.
Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [t for t, _ in _events(nlp, text)]


@pytest.mark.parametrize(("text", "absent"), [
    # a wish of the subject's own
    ("Ruritanian rebels want to seize the Freedonian port.", "COERCE"),
    ("Freedonian officers who want to overthrow the Ruritanian government met in secret.",
     "COERCE"),
    # a wish about another party, with "hoped" (lemmatized "hop")
    ("Ruritania hoped that Freedonian police would not raid the consulate.", "COERCE"),
    # a report the sentence calls false
    ("Ruritania says reports that its gunners shelled a Freedonian village are false.",
     "ASSAULT"),
    # the later gerunds of a charge's list, hung on the charge verb by the parse
    ("Ruritania accused Freedonia's army of funding and backing the insurgents.", "SUPPORT"),
    ("Freedonia accused Ruritania of mining roads, kidnapping shepherds and burning their "
     "huts.", "ASSAULT"),
    # a kind of act
    ("Ruritania will treat any incursion into its waters by Freedonian ships as hostile.",
     "ASSAULT"),
    # a thing that helps
    ("The Ruritanian envoy said that the truce would help the people of Freedonia.", "AGREE"),
    ("Ruritania expects that the armistice will help Freedonian families.", "AID"),
    # a promise being kept or broken
    ("The Ruritanian minister said Freedonia has broken its promise on fishing quotas.",
     "AGREE"),
    # a first-person wish of a material act is a wish too (only a speech act is performed)
    ("We want to invade Freedonia, the Ruritanian general said.", "ASSAULT"),
])
def test_embedded_content_is_no_event(nlp, text, absent):
    assert absent not in _types(nlp, text), _events(nlp, text)


def test_a_conditional_stance_on_any_act_is_no_second_condemnation(nlp):
    text = ("Freedonia denounced the raid on the Ruritanian port; it would denounce any raid "
            "on civilian shipping.")
    events = _events(nlp, text)
    assert events == [("ACCUSE", "denounced"), ("COERCE", "raid")], events


def test_a_first_person_wish_to_thank_is_the_thanks(nlp):
    text = ('Welcoming the Freedonian minister, the Ruritanian president said: "We want to '
            'thank Freedonia for its help."')
    assert ("SUPPORT", "thank") in _events(nlp, text), _events(nlp, text)
    assert "AGREE" not in _types(nlp, text), _events(nlp, text)


def test_a_denied_report_stays_a_denial_only(nlp):
    # passes on main too (the denial's frame absorbs "bombed"): a guard for the new check
    text = "Ruritania dismissed reports that its pilots had bombed a Freedonian dam."
    assert _events(nlp, text) == [("REJECT", "dismissed")], _events(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Ruritanian rebels seized the Freedonian port.", "COERCE"),
    ("Ruritania does not want to meet Freedonia before the vote.", "REJECT"),
    ("Ruritania said its gunners shelled a Freedonian village.", "ASSAULT"),
    ("Ruritania accused Freedonia of aggression and recalled its ambassador.", "SANCTION"),
    ("Ruritanian forces launched an attack on Freedonian border posts.", "ASSAULT"),
    ("Ruritania helped the Freedonian people after the floods.", "AID"),
    ("Ruritania denounced Freedonia's raid on its fishing port.", "ACCUSE"),
    ("Freedonia kept shelling Ruritanian border posts despite its promises.", "ASSAULT"),
    # review fixes: a tensed verb joined to the wished infinitive is an act of its own
    ("Ruritania wanted to punish Freedonia and expelled its ambassador.", "SANCTION"),
    ("Freedonia wants to buy Ruritanian gas and signed a supply contract on Monday.", "AGREE"),
    # a thing that helped, without a modal: the aid itself
    ("The Freedonian donation helped Ruritanian refugees.", "AID"),
    # a noun object of a wished speech act may name an act that took place
    ("Ruritania wants to condemn the Freedonian attack on its embassy.", "ASSAULT"),
])
def test_acts_the_text_reports_stay(nlp, text, kept):
    assert kept in _types(nlp, text), _events(nlp, text)


def test_a_wish_to_hold_talks_stays_a_planned_meeting(nlp):
    # issue 9 §4: a planned meeting is an AGREE flagged future, a wish to meet included
    text = "Ruritania's foreign minister wants to hold talks with Freedonia."
    events = [(e.event_type, e.future) for e in code_with_names(nlp, text, FICTIONAL_STATES)]
    assert events == [("AGREE", True)], events


def test_a_wished_infinitive_joined_by_a_bare_infinitive_stays_a_wish(nlp):
    text = "Ruritania wants to buy Freedonian tanks and sign a contract for them."
    assert "AGREE" not in _types(nlp, text), _events(nlp, text)
