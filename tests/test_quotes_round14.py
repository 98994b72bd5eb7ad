"""Quote speakers round 14 (issue 10): pronoun speakers whose antecedent the lists miss.

Classes: a person whose given name the gender lists lack takes the gender of the next
sentence's first personal pronoun when that person is the only one named in their own
sentence and its subject (so "he" later skips her for the man named after her), and a
his/her after a second person's name tells that person's gender only when nobody is named
before them in the sentence ("X thanked Y, who had checked her plans"); a name
the recognizer tagged as an organisation is a person's when a copula gives it a person's
role ("X is the chair of ...", "X was a fisherman"), so a later he/she can stand for it; a
lone name the recognizer missed, set off by a comma after a described speaker ("insists the
ferry owner's daughter, X."), is the speaker's name, for the quotation and a later she; a
"who" clause on a description apposed to a name ("Mayor X, a former tram driver who has
promised") is the named person's; an opening participle the parser read as an adjective
("Beating drums, the farmers of ..., a union of ...") does not hide the subject from a later
"they".

Every sentence is written for its test, with invented people and places. After review (fix
branch fixqq11) all seven were rewritten: the first versions followed the shapes of open
gold passages; each rewritten one passes on main and fails on 4716ca6.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_gender_from_next_sentence_skips_a_woman_for_he(nlp):
    text = ("Tavi Ormsund opened a maternity clinic in the port of Velk on Friday. For six years "
            "she had raised money for it from fishermen and shipowners.\n"
            "At the ceremony Tavi Ormsund cut a ribbon held by harbour pilot Jonas Berg. He says "
            "the clinic will spare families a two-day ferry trip.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Jonas Berg"


def test_name_with_a_persons_role_after_a_copula_takes_she(nlp):
    text = ("Querida Anselm is the chair of the Marsk water board. The ministry has ignored her "
            "letters, and she now warns that the spillway could fail in heavy rain.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Querida Anselm"


def test_name_described_as_a_fisherman_takes_he(nlp):
    text = ("For forty years Brannock Ude was a fisherman on Lake Marsk. Now he argues that the "
            "new weir has emptied the lake of carp.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Brannock Ude"


def test_her_after_a_second_person_may_be_the_first_ones(nlp):
    # "her plans" after the stonemason's name are the minister's, not his: they tell no
    # gender for him, and the minister is a woman by the next sentence of her first mention
    text = ("Adaeze Kalloway inaugurated the rebuilt harbour wall at Dunmere on Saturday. Her "
            "ministry paid for most of the work.\n"
            "On the quay, Adaeze Kalloway thanked stonemason Ruvo Keszt, who had checked her "
            "plans stone by stone. He says the wall should hold back even the spring floods.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Ruvo Keszt"


def test_untagged_given_name_apposed_to_a_described_speaker(nlp):
    # the recognizer mislabels the lone given name after the description; the reported
    # clause and the later "she" are hers, not the description's
    text = ("The bridge will never be built, insists the ferry owner's daughter, Rosamund. She "
            "predicts that the council will promise it again before the next election.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["Rosamund", "Rosamund"]


def test_relative_clause_on_a_description_apposed_to_a_name(nlp):
    # "who" hangs on the description, and the description on the named person
    text = ("The jury gave its prize to Mayor Pell Orrin, a former tram driver who has promised "
            "that the trams will be free by 2030.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Pell Orrin"


def test_opening_participle_does_not_hide_the_group_for_they(nlp):
    # the parser makes "drums" the subject and the farmers its apposition
    text = ("Beating drums, the farmers of the Marsk valley, a union of small growers, blocked "
            "the bypass on Thursday. Grain prices have halved since May, they say.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "farmers"
