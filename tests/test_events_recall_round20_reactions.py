"""Recall round 20 (issue 9 §1, §5): reactions stated as feeling, concern or approval.

The open golds miss reactions the parse reads as passives ("X is alarmed by Y", "was
angered after ..."), concern stated with no topic phrase ("expressed grave concern") or
through "note" ("notes with concern the detention of ..."), stated approval ("impressed
by the progress") and regret of another party's act done to people ("regrets the
expulsions") (docs/events.md, "Reactions as feeling, concern and approval, round 20").
The one who feels is the actor; the party whose act is judged, when named, the recipient.

Every sentence is written for these tests. The positive cases fail at the branch point
(98344f53) with both argument choosers, except the first with the learned chooser (it
finds the subject "Japan" there too; the rules chooser does not); the guards pass there and
here. Recipients are compared exactly; where the learned chooser differs from the rules
one the case names both. The review-fix guards (fixnoun20) fail on evnoun20 8d9f8aeb.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from events_helpers import event_roles as _roles
from wirecoder.settings import Settings

CHOOSERS = ("rules", "learned")


def _events(text: str, chooser: str = "learned") -> list[tuple[str, set[str], set[str]]]:
    """(type, actor codes, recipient codes) of every event of ``text``."""
    found = wirecoder.analyze(text, published=PUBLISHED,
                              settings=Settings(argument_chooser=chooser)).events
    return [(e.event_type, {a.country_code for a in e.actor if a.country_code},
             {r.country_code for r in e.recipient if r.country_code}) for e in found]


def _types(text: str, chooser: str = "learned") -> list[str]:
    return [t for t, _, _ in _events(text, chooser)]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor", "recipient", "learned"), [
    # a feeling read as a passive participle: its passive subject judges
    ("Japan is troubled by China's decision to build a runway on the reef.", "ACCUSE",
     {"JPN"}, {"CHN"}, None),
    # the learned chooser names the doer of the "after" clause; the rules name none
    ("Brazil was angered after Argentina raised tariffs on its steel.", "ACCUSE",
     {"BRA"}, set(), {"ARG"}),
    # the parse hangs the subject on the auxiliary: still the judge
    ("The United States is gravely alarmed by the fighting in eastern Chad.", "ACCUSE",
     {"USA"}, set(), None),
    # concern noted, with its object the act disapproved
    ("Sweden noted with concern the detention of three reporters by Belarusian police.",
     "ACCUSE", {"SWE"}, {"BLR"}, None),
    # concern voiced with no topic phrase
    ("After the vote, the Kenyan delegation expressed grave concern and left the hall.",
     "ACCUSE", {"KEN"}, set(), None),
    # a possessive pronoun is the judge's own concern, not another's (review fix)
    ("Austria expressed its grave concern.", "ACCUSE", {"AUT"}, set(), None),
    # concern voiced inside a reporting frame: the reporter is not the one judged (review fix)
    ('"Chile expressed grave concern," the spokesman of Peru said.', "ACCUSE",
     {"CHL"}, set(), None),
    # stated approval
    ("Ghana is impressed by the progress Togo has made on the border accord.", "SUPPORT",
     {"GHA"}, {"TGO"}, None),
    ("Austria is pleased with the decision of Hungary to reopen the border.", "SUPPORT",
     {"AUT"}, {"HUN"}, None),
    # the author named in a relative clause on what is approved (review fix)
    ("Austria was pleased by a statement that was issued yesterday by Hungary.", "SUPPORT",
     {"AUT"}, {"HUN"}, None),
    # regret of another party's act done to people
    ("Portugal regrets the arrest of its citizens by Angolan police.", "ACCUSE", {"PRT"},
     {"AGO"}, None),
])
def test_reactions(text: str, category: str, actor: set[str], recipient: set[str],
                   learned: set[str] | None, chooser: str) -> None:
    found_actor, found_recipient = _roles(text, category, chooser)
    assert found_actor == actor
    want = learned if chooser == "learned" and learned is not None else recipient
    assert found_recipient == want


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "act"), [
    ("Portugal regrets the arrest of its citizens by Angolan police.",
     ("COERCE", {"AGO"}, {"PRT"})),
    ("Norway deplores the arrest of its sailors by Iranian guards.",
     ("COERCE", {"IRN"}, {"NOR"})),
])
def test_judged_act_kept(text: str, act: tuple[str, set[str], set[str]], chooser: str) -> None:
    """Regretting or deploring an act codes the judgement and the act (review fix)."""
    events = _events(text, chooser)
    assert act in events
    assert any(t == "ACCUSE" and r == act[1] for t, _, r in events)


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_no_self_accusation(chooser: str) -> None:
    """An act touching the judge's own side ("its consulate") accuses no one of its state."""
    events = _events("Denmark regrets the closure of its consulate in Tehran.", chooser)
    assert not any(t == "ACCUSE" and "DNK" in r for t, _, r in events)


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize("text", [
    # a shared concern is not a disapproval of its owner (review fix)
    "Chile shares the concern of Peru.",
    "Chile shares Peru's concerns.",
    # approval of no state or organisation of another state (review fix)
    "Austria is pleased with the results of its own election.",
    "Austria was delighted at the birth of the royal baby.",
    "Austria was pleased by the result of the match against Hungary.",
])
def test_review_guards(text: str, chooser: str) -> None:
    types = _types(text, chooser)
    assert "ACCUSE" not in types
    assert "SUPPORT" not in types


@pytest.mark.parametrize("text", [
    # a hedge, not a judgement
    "As far as Finland is concerned, the matter of the fishing quota is closed.",
    # concern for victims is sympathy
    "Canada expressed concern for the families of the miners.",
    # encouraged to act: a request, not approval
    "Kenya was encouraged by Ethiopia to join the talks.",
    # pleased to announce: no approval of anything
    "Norway is pleased to announce a new scholarship programme.",
])
def test_reaction_guards(text: str) -> None:
    types = _types(text)
    assert "ACCUSE" not in types
    assert "SUPPORT" not in types
