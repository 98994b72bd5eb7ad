"""Quote speakers round 14 (issue 10): pronoun speakers whose antecedent the lists miss.

Classes: a person whose given name the gender lists lack takes the gender of the next
sentence's first personal pronoun when that person is the only one named in their own
sentence and its subject (so "he" later skips her for the man named after her); a name
the recognizer tagged as an organisation is a person's when a copula gives it a person's
role ("X is the director of ...", "X is a farmer"), so a later he/she can stand for it.

Every sentence is written for its test, with invented people and places.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_gender_from_next_sentence_skips_a_woman_for_he(nlp):
    text = ("Kim Soo-ah chaired the summit in Osk. The former judge has led the commission "
            "since her election in 2019.\n"
            "Kim Soo-ah answered questions in Korean and mechanic Peter Holm waited to greet "
            "her. He says the factory will close in June.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Peter Holm"


def test_name_with_a_persons_role_after_a_copula_takes_she(nlp):
    text = ("Ilse Varga is the director of the Freedonian Red Crescent. From her office in "
            "the capital, she told reporter Tomas Brill how the agency was coping. Later, she "
            "added, \"we are running out of tents.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Ilse Varga"


def test_name_described_as_a_farmer_takes_he(nlp):
    text = "Bako Limm is a farmer from the hills above Osk. He says the dam will flood his village."
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Bako Limm"
