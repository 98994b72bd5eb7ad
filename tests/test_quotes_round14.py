"""Quote speakers round 14 (issue 10): pronoun speakers whose antecedent the lists miss.

Classes: a person whose given name the gender lists lack takes the gender of the next
sentence's first personal pronoun when that person is the only one named in their own
sentence and its subject (so "he" later skips her for the man named after her), and a
his/her after a second person's name tells that person's gender only when nobody is named
before them in the sentence ("X spoke and Y came to hear her speech"); a name
the recognizer tagged as an organisation is a person's when a copula gives it a person's
role ("X is the director of ...", "X is a farmer"), so a later he/she can stand for it; a
lone name the recognizer missed, set off by a comma after a described speaker ("says the
ferryman's wife, X."), is the speaker's name, for the quotation and a later she; a
"who" clause on a description apposed to a name ("President X, a former colonel who said")
is the named person's; an opening participle the parser read as an adjective ("Waving
flags, the strikers ...") does not hide the subject from a later "they".

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


def test_her_after_a_second_person_may_be_the_first_ones(nlp):
    # "her speech" after the farmer's name is the governor's, not his: it tells no gender
    # for him, and the governor is a woman by the next sentence of her first mention
    text = ("Nguyen Thi Lan visited the flooded district on Monday. The veteran governor cut "
            "short her holiday to go there.\n"
            "Nguyen Thi Lan spoke in the town square and farmer Tran Van Duc came to hear her "
            "speech. He says the river rose three metres overnight.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Tran Van Duc"


def test_untagged_given_name_apposed_to_a_described_speaker(nlp):
    # the recognizer leaves the lone given name after the description untagged (or mislabels
    # it); the quotation and the later "she" are hers, not the description's
    text = ("“Nobody in this village sleeps at night,” explains Dario's grandmother, Ilona. "
            "Since the floods, she says, the well water has turned brown.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["Ilona", "Ilona"]


def test_relative_clause_on_a_description_apposed_to_a_name(nlp):
    # "who" hangs on the description, and the description on the named person
    text = ("The envoy met Freedonian President Albek, a former army colonel who, when he came "
            "to power, said he would end the border dispute.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Albek"
    text = ("Delegates cheered Governor Ilse Varga, a retired surgeon who told them the hospital "
            "would reopen in May.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Ilse Varga"


def test_opening_participle_does_not_hide_the_group_for_they(nlp):
    # the parser makes "flags" the subject and the strikers its apposition
    text = ("Waving flags, the strikers, most of them dock workers, marched past the Freedonian "
            "parliament on Tuesday. They say the new port law will cost thousands of jobs.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "strikers"
