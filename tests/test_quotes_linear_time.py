"""The quotes stage's speaker search stays linear in the length of a story (round 23).

A long story of many titled people who speak by name, by description ("the senator said")
and by pronoun: the quotes stage's CPU time per character must stay flat when the story
grows four times (a search read from the story's start for every description shows as a
factor near 2 here). Bounded by a ratio, like ``tests/test_robust_limits.py``, never by
seconds. The text is written for this test.
"""

from __future__ import annotations

import time

import pytest

import wirecoder
from wirecoder.io import make_story
from wirecoder.nlp import load_nlp
from wirecoder.pipeline import prepare
from wirecoder.stages import StageContext

NAMES = ["Anna Varga", "Ivo Brand", "Lena Kovac", "Marek Dorn", "Sara Pell", "Tomas Reyes",
         "Nadia Holm", "Peter Lund"]
TITLES = ["Senator", "Foreign Minister", "President", "army spokesman", "Governor", "reporter"]
SETTINGS = wirecoder.Settings(max_chars=1_000_000, stages=("entities", "quotes"))


def _story(paragraphs: int) -> str:
    out = []
    for i in range(paragraphs):
        first, second = NAMES[i % 8], NAMES[(i + 3) % 8]
        title, other = TITLES[i % 6], TITLES[(i + 1) % 6]
        pronoun = "she" if i % 2 else "he"
        out.append(
            f"{title} {first} arrived in the capital on Monday. Officials met for hours. "
            f'A crowd gathered outside. "We are worried," the {title.split()[-1].lower()} '
            f"said. {other} {second} spoke next. The {other.split()[-1].lower()} said the "
            f'vote was not fair. "It is hard," {pronoun} added. The ministry said it would '
            "respond.\n\n")
    return "".join(out)


def _quotes_seconds_per_char(text: str) -> float:
    doc = load_nlp()(text)
    story = make_story({"id": "long", "text": text})
    stages = prepare(SETTINGS)
    best = float("inf")
    for _ in range(3):
        results: dict = {}
        for stage in stages:
            began = time.process_time()
            results[stage.name] = tuple(stage.func(doc, StageContext(story, SETTINGS, results)))
            if stage.name == "quotes":
                best = min(best, time.process_time() - began)
    assert len(results["quotes"]) >= paragraphs_of(text)  # the speakers were searched
    return best / len(text)


def paragraphs_of(text: str) -> int:
    """The number of paragraphs of a generated story (two quotes each)."""
    return text.count("\n\n")


@pytest.mark.slow
def test_quotes_time_per_character_stays_flat_on_a_long_story():
    small, large = _story(40), _story(160)
    floor = 1e-6  # 1 µs per character: below this, timer noise dominates
    ratio = _quotes_seconds_per_char(large) / max(_quotes_seconds_per_char(small), floor)
    assert ratio < 1.4, f"quotes: time per character grew {ratio:.2f}x for 4x the text"
