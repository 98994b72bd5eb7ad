"""Round 19 review of ro19 (fixro19): no-comment, correspondent and contrast rules made safe.

A no-comment phrase deletes a sentence only when it is the sentence's whole clause; a name
before "reports" is a correspondent only with a correspondent's mark and never an office or a
body; a sentence opening by contrast is linked to the other side's sentence before it only
when the two share some ground. Sentences written for these tests (invented states, places
and people); claims are built with the sides given, so only the comparer's own rules decide.
"""

from __future__ import annotations

import pytest

from compare_helpers import given_claims
from wirecoder.compare.align import CONTRAST_OPENING, align
from wirecoder.compare.background import not_a_point, reporter_lead
from wirecoder.compare.claims import no_comment
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.linker import RULES


def _claimed(sentences: list[tuple[str, str]]) -> list[str]:
    """The texts of the claims built for ``[(side, sentence), ...]``."""
    return [claim.text for claim in given_claims(sentences)[1]]


@pytest.mark.parametrize("sentence", [
    # a statement before the phrase: a reporting verb, a coordinated verb
    "Marovia's port authority said it had seized two grain barges for smuggling but would not "
    "elaborate.",
    "Tessaly's navy said it would move three frigates to the Ostel strait but did not specify "
    "when.",
    "The port authority seized two grain barges and would not say where they were anchored.",
    # a statement after it: the reason given
    "Marovian customs chief Ilse Dorn declined to say when the barges would be freed because "
    "the smuggling inquiry had not ended.",
])
def test_a_no_comment_phrase_inside_a_statement_keeps_the_sentence(sentence: str) -> None:
    assert not no_comment(sentence, load_lexicon())
    assert _claimed([("MAR", sentence)]) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Asked about the seizure, a spokesman for the port authority would not elaborate.",
    "Dorn told journalists on Tuesday she would not disclose the barges' cargo.",
    "The Tessalian navy did not specify how many frigates had sailed.",
])
def test_a_no_comment_that_is_the_whole_clause_is_still_no_claim(sentence: str) -> None:
    # Guards: the speaker (an opening phrase, a reporting frame) and the phrase alone.
    assert no_comment(sentence, load_lexicon())
    assert _claimed([("MAR", sentence)]) == []


@pytest.mark.parametrize("sentence", [
    "Marovia's Interior Ministry reports that four patrol boats are missing.",
    "President Ilse Dorn reports that the strait is open again.",
    "Harbour Radio reports 30 sailors were rescued.",
    "Jon Avery reports that the strait is open again.",
    "Mira Santos reports from Kellin, according to harbour police, that nine crew drowned.",
    "Mira Santos reports from Kellin, citing coast guard officers, that nine crew drowned.",
])
def test_a_side_or_an_unmarked_name_that_reports_is_no_lead_in(sentence: str) -> None:
    assert not reporter_lead(sentence) and not not_a_point(sentence)
    assert _claimed([("MAR", sentence)]) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Correspondent Jon Avery reports the ferry left the harbour empty.",
    "Mira Santos reports from Kellin the storm flattened the pier.",
    "From Ostel, VOA's Mira Santos reports the barges sailed at dawn.",
])
def test_a_marked_correspondents_lead_in_is_still_no_point(sentence: str) -> None:
    # Guards: a correspondent's mark ("Correspondent", "reports from", "VOA's").
    assert reporter_lead(sentence)
    assert _claimed([("MAR", sentence)]) == []


def _linked(sentences: list[tuple[str, str]]) -> list[set[str]]:
    """The sides of each point of two or more sides (rules linker, within one story)."""
    points = align(given_claims(sentences, whole=True)[1], within=True, linker=RULES)
    return [set(p.sides) for p in points if len(p.sides) > 1]


def test_a_contrast_opening_with_no_shared_ground_links_nothing() -> None:
    assert _linked([
        ("MAR", "Marovia's farm ministry said wheat planting would begin in the lowlands in "
                "March."),
        ("TES", "But Tessaly's rail agency said the new line to Ostel would open in June."),
    ]) == []


def test_a_sides_next_step_in_its_own_argument_answers_nothing() -> None:
    # "But" continues the envoy's own argument; the other side's sentence between shares
    # nothing with it.
    assert _linked([
        ("MAR", "Marovia's envoy Piet Lorne said the grain talks in Kellin had gone well."),
        ("TES", "Tessaly's army said bandits looted a fuel depot outside Ostel overnight."),
        ("MAR", "But Lorne said a pact on barge tolls was still months away."),
    ]) == []


def test_a_contrast_opening_with_shared_ground_still_links() -> None:
    # Guard: the contrast answers a sentence on the same matter ("barge tolls").
    assert _linked([
        ("MAR", "Marovia's envoy Piet Lorne said the barge tolls would be halved in May."),
        ("TES", "However, Tessaly's transport office said the barge tolls would stay as they "
                "are."),
    ]) == [{"MAR", "TES"}]


@pytest.mark.parametrize(("sentence", "opens"), [
    ("Yet another tanker ran aground near Ostel on Friday, the coast guard said.", False),
    ("However long the inquiry lasts, the navy will keep its patrols.", False),
    ("However much the tolls rise, the barges will sail.", False),
    ("but the port authority said the pier was safe.", True),
    ("Yet, the port authority said the pier was safe.", True),
    ("However the port authority said the pier was safe.", True),
    ("However, the port authority said the pier was safe.", True),
])
def test_what_opens_a_sentence_by_contrast(sentence: str, opens: bool) -> None:
    assert bool(CONTRAST_OPENING.match(sentence)) is opens
