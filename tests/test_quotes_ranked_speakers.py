"""Speakers named with military ranks and broadcast-script sound bites (sentences written here).

Government texts name soldiers with ranks the model mis-tags ("Staff Sgt. Ana Ruiz",
"Sgt. 1st Class Okafor") and newscast scripts in capitals put the sound bite in a
paragraph of its own after the sentence naming its speaker.
"""

from __future__ import annotations

from test_quotes_speakers import run


def attributions(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.speaker.entity_name if q.speaker else "", q.cue) for q in run(nlp, text)]


def test_title_comma_rank_and_name_before_says_names_the_person(nlp):
    text = ("TROOPS TRAINED IN THE DESERT. SUPPLY CLERK, STAFF SERGEANT MARA LINDQVIST SAYS "
            "THE HEAT TESTED EVERY UNIT.")
    found = attributions(nlp, text)
    assert ("indirect", "Mara Lindqvist", "SAYS") in found


def test_sound_bite_paragraph_takes_the_ranked_name_and_verb_before_it(nlp):
    text = ("ENGINEERS REPAIRED THE BRIDGE. BRIDGE SECTION CHIEF SERGEANT OMAR BELLWETHER "
            "TALKS ABOUT THE WORK HIS TEAM DID\n"
            "\"WE WORKED THROUGH THE NIGHT AND NOBODY COMPLAINED ONCE.\"")
    found = attributions(nlp, text)
    assert found[-1] == ("direct", "Omar Bellwether", "TALKS")


def test_sound_bite_after_a_sentence_without_speech_verb_keeps_no_cue(nlp):
    text = ("THE BATTALION HOSTED A VISIT. TRUCK COMMANDER CORPORAL DENNIS ARKWRIGHT WAS "
            "PLEASED WITH THE VISIT.\n"
            "\"IT FELT LIKE A REAL CONVERSATION WITH OUR LEADERS.\"")
    found = attributions(nlp, text)
    assert found[-1] == ("direct", "Dennis Arkwright", None)


def test_continued_quotation_after_a_rank_abbreviation_keeps_the_speaker(nlp):
    text = ("\"The wind made the range hard\" said Staff Sgt. Ana Ruiz, range safety NCO. "
            "\"But every soldier qualified.\"")
    assert [s for _, s, _ in attributions(nlp, text)] == ["Ana Ruiz", "Ana Ruiz"]


def test_rank_and_surname_takes_the_full_name_given_before(nlp):
    text = ("Sergeant 1st Class Peter Okafor observes units during exercises. "
            "Sgt. 1st Class Okafor said the battalion was one of the best he evaluated.")
    assert ("indirect", "Peter Okafor", "said") in attributions(nlp, text)


def test_pronoun_after_a_ranked_surname_takes_the_full_name(nlp):
    text = ("Sergeant 1st Class Peter Okafor observes units. Sgt. 1st Class Okafor said the "
            "battalion did well.\n\"The staff is full of veterans,\" he said.")
    assert attributions(nlp, text)[-1][1] == "Peter Okafor"


def test_inverted_cue_after_a_reported_clause_names_the_ranked_speaker(nlp):
    text = ("Every event had to be finished within a day, said 2nd Lt. Hal Brennick, a fire "
            "direction officer with the battery.")
    assert attributions(nlp, text) == [("indirect", "Hal Brennick", "said")]


def test_explains_why_is_no_reported_speech(nlp):
    text = "SPECIALIST NOOR HADDAD EXPLAINS WHY THE DRILL MATTERS TO THE UNIT."
    assert [k for k, _, _ in attributions(nlp, text)] == []


def test_rank_before_the_name_after_an_inverted_cue(nlp):
    text = ("\"The ice held,\" said Army Sgt. 1st Class Ines Varga, a medic with the 1st "
            "Battalion, 5th Infantry Regiment.")
    assert attributions(nlp, text) == [("direct", "Ines Varga", "said")]


def test_appositive_between_name_and_verb_in_capitals(nlp):
    text = ("GENERAL OTTO BRANDT, THE COMMANDER OF THE DIVISION, SPOKE TO THE TROOPS.\n"
            "\"YOU ARE THE BEST TRAINED FORCE I HAVE SEEN.\"")
    assert attributions(nlp, text)[-1] == ("direct", "Otto Brandt", "SPOKE")


def test_sound_bite_marker_after_says_colon(nlp):
    text = ("The crews trained for a week at the port. Marine Sgt. Ruth Obasi, a logistics "
            "chief, says:\nSB1: \"We learned more in one week here than in a month at home.\"")
    assert attributions(nlp, text)[-1] == ("direct", "Ruth Obasi", "says")


def test_question_mark_then_surname_and_cue_in_the_next_sentence(nlp):
    text = "\"Who pays for the fuel?\" Ekberg asked."
    assert attributions(nlp, text) == [("direct", "Ekberg", "asked")]


def test_bare_surname_takes_the_full_name_given_before(nlp):
    text = ("Petty Officer 2nd Class Dana Ruiz, a watchstander at Sector Miami, said the crew "
            "reached the boat within an hour. \"They did everything right,\" Ruiz said.")
    assert [s for _, s, _ in attributions(nlp, text)] == ["Dana Ruiz", "Dana Ruiz"]


def test_he_after_an_unnamed_leader_who_acted_takes_the_leader(nlp):
    text = ("The platoon leader barked orders across the yard. His soldiers moved fast.\n"
            "\"Well done!\" he shouted.")
    assert attributions(nlp, text)[-1][:2] == ("direct", "platoon leader")


def test_declaring_something_a_success_reports_no_clause(nlp):
    text = "Major Lionel Tate declared the drill a success because the crews worked together."
    assert [k for k, _, _ in attributions(nlp, text)] == []


def test_sound_bite_after_describes_takes_that_verb_as_cue(nlp):
    text = ("THE ENGINEERS FINISHED THE ROAD. FIRST LIEUTENANT KARA VOSS DESCRIBES THE LAST "
            "WEEK OF WORK.\n\"WE POURED CONCRETE EVERY NIGHT UNTIL IT WAS DONE.\"")
    assert attributions(nlp, text)[-1] == ("direct", "Kara Voss", "DESCRIBES")


def test_script_speaker_goes_on_after_a_paragraph_naming_nobody(nlp):
    text = ("BRIGADIER GENERAL NORA FELL, DIRECTOR OF OPERATIONS, SAYS THE FLOOD MISSION "
            "CONTINUES.\n\"WE HAVE FOUR THOUSAND SOLDIERS ON DUTY TONIGHT.\"\n"
            "THE WILDFIRE SEASON IS ALSO KEEPING UNITS BUSY.\n"
            "\"ANOTHER TWELVE HUNDRED ARE FIGHTING FIRES IN THE WEST.\"")
    assert [s for _, s, _ in attributions(nlp, text)][-2:] == ["Nora Fell", "Nora Fell"]


def test_ranked_name_in_a_conjoined_subject_speaks_the_next_sound_bite(nlp):
    text = ("HELP ARRIVED FROM OTHER STATES. MAJOR PAUL OKONJO AND 900 GUARDSMEN ARE WORKING "
            "AROUND THE CLOCK FIRST-HAND.\n\"WE WILL STAY UNTIL THE WATER GOES DOWN.\"")
    assert attributions(nlp, text)[-1] == ("direct", "Paul Okonjo", None)
