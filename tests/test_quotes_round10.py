"""Quote attribution round 10 (issue 10): nested and layered speakers, described pronoun speakers.

A report of someone else's report keeps the inner speaker ("Ruritanian radio said a ranger had
told reporters X" -> the ranger); a voice verb inside another's report speaks its own
quotation ("said a soldier had yelled, '...'" -> the soldier); a pronoun whose antecedent is a
description the knowledge base names is named by the description when the story never gives
the name.

The sentences are made up for these tests (invented places, bodies and people). After review in
round 10, the sentences that followed development-gold sentences were rewritten with other
shapes, names and numbers (see docs/quotes.md).
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_an_agency_relaying_a_named_source_gives_the_inner_speaker(nlp):
    text = ("A gas pipeline burst outside Marlo on Sunday. Kestrian state television said on "
            "Monday that a fire chief had told reporters the leak was sealed before dawn.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the leak was sealed before dawn"
    assert speaker(quote) == "fire chief"
    # a report after the first clause relays nothing: the first clause stays its speaker's
    text = ("Governor Ilse Marrow said the bridge would reopen on Friday, but an engineer on the "
            "site said the repairs would take another week.")
    first = _quotes(nlp, text, "indirect")[0]
    assert first.text.startswith("the bridge would reopen")
    assert speaker(first) == "Ilse Marrow"


def test_a_correspondent_relaying_officials_gives_the_officials(nlp):
    text = ("A local newspaper, the Pellmar Gazette, reported on Friday that nurses at Dunmere "
            'hospital were saying the wards were "one bad night from collapse."')
    (indirect,) = _quotes(nlp, text, "indirect")
    assert indirect.text.startswith("the wards were")
    assert speaker(indirect) == "nurses"


def test_a_voice_verb_inside_a_report_speaks_its_own_quotation(nlp):
    text = ('A shopkeeper in Dorvik said a soldier had yelled, "Get inside and lock the door," '
            "moments before the blast.")
    (direct,) = _quotes(nlp, text, "direct")
    assert direct.cue == "yelled"
    assert speaker(direct) == "soldier"
    # a verb that only mentions a response, with the quoted words as its manner, is no voice
    text = ('Governor Ilse Marrow said the province would respond to the cuts "with patience" '
            "and would not close any school.")
    (partial,) = _quotes(nlp, text, "partial")
    assert speaker(partial) == "Ilse Marrow"


def test_a_pronoun_for_a_described_leader_keeps_the_description(nlp):
    text = ("Ghana's president told lawmakers on Tuesday that the rail line to Kumasi would be "
            'finished by 2028. "The worst of the delays are behind us," he said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Ghana's president"
    # a leader the story names keeps the name
    text = ("Ghana's president, Kwame Osei-Tutu, told lawmakers on Tuesday that the rail line to "
            'Kumasi would be finished by 2028. "The worst of the delays are behind us," he said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Kwame Osei-Tutu"


def test_in_her_words_names_the_speaker_of_the_quotation(nlp):
    text = ("The pilots' union at Harlow Docks is chaired by Katarina Holm. She rejected the "
            "port's pay offer last week. In her words, \"a raise that small insults every pilot "
            'on the river."')
    direct = _quotes(nlp, text, "direct")
    assert [(q.cue, speaker(q)) for q in direct] == [("In her words", "Katarina Holm")]


def test_in_his_words_inside_a_sentence_is_its_subjects(nlp):
    text = ('The harbour master, Piet Armand, described the new quay on Thursday as, in his words '
            '"a gift to the smugglers."')
    (partial,) = _quotes(nlp, text, "partial")
    assert (partial.cue, speaker(partial)) == ("in his words", "Piet Armand")


def test_a_titled_subject_the_model_read_as_an_organisation_is_a_person(nlp):
    text = ("Sanja Horvat said the audit was accurate. Interior Minister Ivo Brand rejected it on "
            'Tuesday. "The numbers are wrong," he said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Ivo Brand"
    # a surname whose given name the story wrote as a man's cannot be "she"
    text = ('Lena Kost, an analyst at Varro Capital, expects more cuts. "Prices will fall," Kost '
            'said. Brokers were calmer. "The market has priced it in," said Peter Bramm of '
            'Hollen Bank. Bramm said buyers were returning. "We see demand in Asia," she said.')
    direct = _quotes(nlp, text, "direct")
    assert speaker(direct[-1]) == "Lena Kost"


def test_a_possessive_after_another_named_person_tells_not_the_subjects_gender(nlp):
    # "Tomas Rada" is read as a parliament by the knowledge base; spaCy still sees a person,
    # so "his" may be his and says nothing of Greta Lind.
    text = ('Chancellor Greta Lind thanked President Tomas Rada for his support. "Tervia has been '
            'a true friend," she said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Greta Lind"


def test_a_pronoun_speaker_is_named_as_the_story_names_him(nlp):
    # the knowledge base's name carries a suffix ("Jr.") the story never writes
    text = ("General Charles Q. Brown toured the air base at Ramstein on Thursday. "
            '"These crews have flown every night since June," he said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Charles Q. Brown"


def test_a_pronoun_speaker_named_before_a_run_of_background_sentences(nlp):
    text = ("Interior Minister Ivo Brand visited the border post at Kelm on Monday. The post was "
            "attacked twice last month. Smugglers use the river crossing at night. The army sent "
            "two more companies in March. Local farmers have complained about the curfew. "
            '"We will keep the curfew until the summer," he said.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Ivo Brand"


def test_a_trade_noun_with_nobody_named_before_is_the_pronouns_antecedent(nlp):
    text = ('The poet\'s collection, "Salt Roads," was pulled from shops in March. "You can burn '
            'paper, but not memory," she told a radio station.')
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "poet"
    # after a named person the trade noun names that person again: the pronoun takes the name
    text = ('Maria Velde, a Tervian photographer, thanked her colleagues on Friday. "I am tired '
            'but free," she said. The photographer, whose flood pictures were widely shared, '
            'had spent two months in custody. She said "the cell was never dark."')
    partial = _quotes(nlp, text, "partial")
    assert [speaker(q) for q in partial] == ["Maria Velde"]
