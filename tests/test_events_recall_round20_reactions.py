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
here. The recipient is checked as a subset: the learned chooser may name the judged party
of an "after" clause ("angered after Argentina raised tariffs") where the rules name none.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from events_helpers import event_roles as _roles

CHOOSERS = ("rules", "learned")


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    # a feeling read as a passive participle: its passive subject judges
    ("Japan is troubled by China's decision to build a runway on the reef.", "ACCUSE",
     {"JPN"}, {"CHN"}),
    ("Brazil was angered after Argentina raised tariffs on its steel.", "ACCUSE",
     {"BRA"}, set()),
    # the parse hangs the subject on the auxiliary: still the judge
    ("The United States is gravely alarmed by the fighting in eastern Chad.", "ACCUSE",
     {"USA"}, set()),
    # concern noted, with its object the act disapproved
    ("Sweden noted with concern the detention of three reporters by Belarusian police.",
     "ACCUSE", {"SWE"}, {"BLR"}),
    # concern voiced with no topic phrase
    ("After the vote, the Kenyan delegation expressed grave concern and left the hall.",
     "ACCUSE", {"KEN"}, set()),
    # stated approval
    ("Ghana is impressed by the progress Togo has made on the border accord.", "SUPPORT",
     {"GHA"}, {"TGO"}),
    # regret of another party's act done to people
    ("Portugal regrets the arrest of its citizens by Angolan police.", "ACCUSE", {"PRT"},
     {"AGO"}),
])
def test_reactions(text: str, category: str, actor: set[str], recipient: set[str],
                   chooser: str) -> None:
    found_actor, found_recipient = _roles(text, category, chooser)
    assert found_actor == actor
    assert recipient <= found_recipient


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
