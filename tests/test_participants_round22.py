"""Participants round 22 (issue 9 §1–2, dyad F1; quotes speakers).

1. A split title that ends in a person's given names ("Iraqi Information Minister Mohammed
   Said" | "Kazin al-Sahhaf", as the model cuts it) is the first part of the name that
   follows: both mentions, and every later mention of the person, carry the whole name, and
   the quotes stage names the speaker by it (round 21's split-title join had renamed the
   title mention after the second half only, so the quotes stage's name joining no longer
   saw the given names). A title ending in title words keeps the name after it whole.

2. A bare surname names the person introduced before even when one of the two is written
   with accents and the other without ("Oumar Diakite" … "Diakité"; the knowledge base
   stores names without accents, so its people are named "Traore" while the text writes
   "Traoré").
3. "Chad", "Jordan", "Georgia" tagged a person by the model are still the country when they
   own a noun only a state owns ("Chad's soldiers", "Jordan's foreign minister"); "Chad's
   mother" stays a person.

4. A person named again by the same words ("Sudanese President Okello" … "President Okello")
   takes the country of the first mention when that mention has one by its own words (a
   title's demonym, the knowledge base) and the repeat has none; the pronouns that stand for
   the repeat follow. A repeat with a country of its own keeps it.

Every sentence is written for these tests (invented people).
"""

from __future__ import annotations

from wirecoder import analyze

SPLIT = ("Hours later, Libyan Information Minister Mohammed Said Tariq al-Nouri held a news "
         "conference in Tripoli. \"They will fail,\" he said. Mr. al-Nouri said the city was calm.")


def test_split_given_names_join_the_surname() -> None:
    names = {e.entity_name for e in analyze(SPLIT).entities if e.kind == "PERSON"}
    assert "Mohammed Said Tariq al-Nouri" in names
    assert "Tariq al-Nouri" not in names


def test_quote_speaker_gets_the_whole_name() -> None:
    speakers = [q.speaker.entity_name for q in analyze(SPLIT).quotes if q.speaker]
    assert speakers
    assert all(s == "Mohammed Said Tariq al-Nouri" for s in speakers)


def test_title_words_are_no_given_names() -> None:
    text = "Kenyan Deputy Interior Minister Odhiambo Kiprono met reporters in Nairobi."
    names = {e.entity_name for e in analyze(text).entities if e.kind == "PERSON"}
    assert "Odhiambo Kiprono" in names
    assert not any("Minister" in n for n in names)


def _entity(text: str, raw: str):  # type: ignore[no-untyped-def]
    found = [e for e in analyze(text).entities if e.raw_text == raw]
    assert found, f"no mention {raw!r}"
    return found


def test_surname_with_accents_names_the_person_before() -> None:
    text = "Malian Defence Minister Oumar Diakite met reporters. Diakité said the army would stay."
    later = _entity(text, "Diakité")[0]
    assert later.entity_name == "Oumar Diakite"
    assert later.country_code == "MLI"


def test_surname_of_another_person_stays_apart() -> None:
    text = "Malian Defence Minister Oumar Diakite met reporters. Koné said the army would stay."
    later = _entity(text, "Koné")[0]
    assert later.country_code is None


def test_country_tagged_person_owning_soldiers_is_the_country() -> None:
    found = _entity("Witnesses said Chad's soldiers opened fire on the crowd.", "Chad's soldiers")
    assert found[0].country_code == "TCD"


def test_country_tagged_person_with_a_mother_stays_a_person() -> None:
    found = _entity("Witnesses said Chad's mother opened the door.", "Chad")
    assert found[0].country_code is None


REPEAT = ("The envoy said Sudanese President Okello had failed to keep his word. "
          "President Okello must pull back the troops he sent to the border, the envoy said.")


def test_repeated_titled_name_takes_the_first_mentions_country() -> None:
    mentions = _entity(REPEAT, "President Okello")
    assert mentions[0].country_code == "SDN"


def test_pronoun_of_the_repeated_name_follows() -> None:
    he = [e for e in analyze(REPEAT).entities if e.raw_text == "he"]
    assert he and he[0].country_code == "SDN"


def test_repeat_with_its_own_country_keeps_it() -> None:
    text = ("Sudanese President Okello met the envoy. Kenyan President Okello, his namesake, "
            "stayed home.")
    found = _entity(text, "Kenyan President Okello")
    assert found[0].country_code == "KEN"


# Review fixes (rfpart22): a repeated name is not given to another person of that name.

def test_name_shared_by_two_people_with_different_countries_stays_open() -> None:
    text = ("Ghanaian Finance Minister Mensah met Togolese trade envoy Mensah in Lome. "
            "Mensah said the border tariffs would fall.")
    later = [e for e in analyze(text).entities if e.raw_text == "Mensah"]
    assert later and later[0].country_code is None


def test_repeat_with_another_title_is_another_person() -> None:
    text = ("Malawian President Banda opened the summit on Friday. Across the border, militia "
            "leader Banda raided a village near the lake.")
    later = _entity(text, "militia leader Banda")
    assert later[0].country_code is None


def test_repeat_with_the_same_title_word_still_takes_the_country() -> None:
    text = ("Malawian Foreign Minister Banda flew to Lusaka. Minister Banda said Lilongwe "
            "wanted calm talks with the rebels.")
    later = _entity(text, "Minister Banda")
    assert later[0].country_code == "MWI"


def test_repeat_with_a_country_guessed_from_the_sentence_takes_the_first_mentions() -> None:
    text = ("Vietnamese Foreign Minister Nguyen met Philippine Foreign Minister Santos. "
            "Nguyen said Hanoi wanted calm, and Santos criticized Vietnam's navy.")
    later = _entity(text, "Santos")
    assert later[0].country_code == "PHL"
