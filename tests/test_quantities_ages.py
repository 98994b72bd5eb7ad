"""Ages written as hyphenated number words ("a twenty-five-year-old") are read whole.

Found in round 16 by the speed helper: the optional second word of the age pattern bound to the
last number word of the alternation only, so the compound was read as its last part.
"""

from __future__ import annotations

import pytest

import wirecoder


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("A twenty-five-year-old farmer from Ruritania was detained on Monday.",
     "twenty-five-year-old", 25.0),
    ("Freedonian police said a sixty-two-year-old driver was hurt.", "sixty-two-year-old", 62.0),
    ("The thirty-year-old envoy of Veridia resigned.", "thirty-year-old", 30.0),
    ("A 19-year-old student was arrested in the capital.", "19-year-old", 19.0),
])
def test_a_hyphenated_age_is_read_whole(sentence: str, span: str, value: float) -> None:
    ages = [(q.text, q.value) for q in wirecoder.analyze(sentence).quantities]
    assert ages == [(span, value)]
