"""Quote speakers round 15 (issue 10): pronoun speakers on new text.

Classes: a definite description ("the navy spokesman", "the Peruvian leader", "the senator")
names again the right earlier person, so a later he/she does too — the description's
qualifiers must fit the person's title, a nationality picks one of two speakers, "leader"
stands for a head of state or government of that nationality, and the story's only holder of
a title is named again even when the title stood beyond the title window; an opening "For
..." phrase is the topic a later "they" goes on about; a gendered noun that brings a person
in ("a woman who runs ...", "the governor's wife") is a she or he of that gender; an unnamed
speaker who gives their own name ("introduced himself as X") speaks as X.

Every story is written for its test, with invented people and places; each test fails on
main e14fc92. After review (fixqq12) the root-noun story was rewritten (its first version
followed a development sentence's shape) and one test per self-naming form was added.
"""

from __future__ import annotations

import pytest

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _last(nlp, text: str) -> str:
    return speaker(_quotes(nlp, text)[-1])


#: Stories where a description or a pronoun names again a person spoken of earlier: the last
#: two quotes are that person's (a qualifier that must fit, a nationality that picks one of
#: two speakers, "the <nationality> leader", the story's only senator beyond the title window).
_SAME_PERSON = [
    pytest.param(
        ("A collision near the Velk lighthouse sank two trawlers on Sunday, navy spokesman "
         "Karol Dunst said. Fisheries ministry spokesman Pieter Hals blamed fog for the "
         "accident. The navy spokesman told a briefing that divers had reached both wrecks. "
         "No crew members are missing, he added."),
        "Karol Dunst", id="qualifier_keeps_the_navy_spokesman_apart_from_the_ministrys"),
    pytest.param(
        ("Peruvian envoy Otto Brenn argued on Monday that the talks had failed. Chilean envoy "
         "Tomas Kessel said his government would keep the border shut. Speaking later, the "
         "Peruvian diplomat told reporters that he had asked for a second round. Trucks "
         "would wait at the crossing, he said."),
        "Otto Brenn", id="nationality_picks_one_of_two_speakers"),
    pytest.param(
        ("Peruvian President Tomas Ferro flew to Lima on Monday. Chilean Foreign Minister "
         "Anna Kessel said the summit would go ahead. Ferro later criticised the Chilean "
         "trade rules in a radio interview. A Lima newspaper said the talks had stalled. The "
         "Peruvian leader said that the border would stay open. Lorries will keep crossing, "
         "he said."),
        "Tomas Ferro", id="the_nationality_leader_is_its_head_of_state"),
    pytest.param(
        ("Senator Ilse Marovic landed in Velgrad on Tuesday for a four-day tour. "
         "Crowds waited at the airport. The city had repainted its tram stops. Banners hung "
         "over the main square. Schools closed for the afternoon. A brass band played. Marovic "
         "met students at the university in the afternoon. She then toured a steel plant on "
         "the river. Over dinner with Mayor Jonas Pell, the senator told guests that she "
         "wanted a rail link to the coast. The line would carry freight within five years, "
         "she said."),
        "Ilse Marovic", id="the_storys_only_senator_beyond_the_title_window"),
]


@pytest.mark.parametrize(("text", "person"), _SAME_PERSON)
def test_the_last_two_quotes_are_the_person_named_again(nlp, text: str, person: str):
    assert [speaker(q) for q in _quotes(nlp, text)[-2:]] == [person, person]


def test_opening_for_phrase_is_the_topic_of_a_later_they(nlp):
    text = ("The ferry company cancelled all sailings to the islands on Friday. For the "
            "islanders who commute to the mainland, the cancellation means a week of lost "
            "wages. Waiting at the empty pier in the rain, they say nobody warned them.")
    assert _last(nlp, text) == "islanders"


def test_a_woman_brought_in_by_an_indefinite_subject_is_a_later_she(nlp):
    text = ("A woman who runs a bakery near the border crossing was stopped by guards on "
            "Monday. She said the guards had searched her van for two hours.")
    assert _last(nlp, text) == "woman"


def test_the_governors_wife_is_a_later_she(nlp):
    text = ("Governor Ivo Marek opened the new bridge at Velk on Sunday. The governor's wife "
            "cut the ribbon with their two grandchildren. She said the bridge would cut the "
            "drive to the hospital by an hour.")
    assert _last(nlp, text) == "governor's wife"


def test_speaker_who_gives_his_own_name_speaks_as_it(nlp):
    text = ("A farmer waved down our car on the road to Velk. He introduced himself as Bohdan "
            "Reis and told us that soldiers had taken his tractor.")
    assert _last(nlp, text) == "Bohdan Reis"


def test_opening_participle_read_as_the_subject_gives_way_to_the_nurses(nlp):
    text = ("Students filled the streets of Velk on Sunday. Singing, \"Bread for all,\" the "
            "nurses, most of them still in uniform, crossed the bridge. They say two clinics "
            "will close in May.")
    assert [speaker(q) for q in _quotes(nlp, text)] == ["nurses", "nurses"]


def test_root_noun_with_its_verb_read_as_a_modifier_is_the_subject(nlp):
    # the parser makes "pilot" the root and "named" its participle; the "he" is the pilot
    text = ("Two freight jets clipped wings on the runway at Osk.\nThe airline's chief pilot named "
            "Monday the three crew members who, he said, had ignored the tower.")
    assert _last(nlp, text) == "airline's chief pilot"


# An unnamed speaker who names himself or herself in a relative clause, one test per form.
# "gave his name as" and "said her name was" failed on main abc1623 too (the parser hangs
# "as" on the next verb, or reads the name as the "was" clause's attribute).


def test_deckhand_who_gave_his_name_as_x_speaks_as_x(nlp):
    text = ("The ferry to Osk did not sail on Tuesday. A deckhand who gave his name as Ruben "
            "Amsel said the engine had failed twice in a week.")
    assert _last(nlp, text) == "Ruben Amsel"


def test_teacher_who_identified_herself_as_x_speaks_as_x(nlp):
    text = ("Snow closed the pass above Dalmir for a third day. \"Forty pupils stayed home,\" "
            "said a teacher who identified herself as Mira Okonek.")
    assert _last(nlp, text) == "Mira Okonek"


def test_porter_who_introduced_himself_as_x_speaks_as_x(nlp):
    text = ("Snow had buried the tracks north of Kolva. A porter who introduced himself as "
            "Anselm Brick said the station had been closed since Friday.")
    assert _last(nlp, text) == "Anselm Brick"


def test_woman_who_said_her_name_was_x_speaks_as_x(nlp):
    text = ("Queues formed at the bakery in Lusk. A woman who said her name was Agata Pirn "
            "said bread cost twice what it did in March.")
    assert _last(nlp, text) == "Agata Pirn"
