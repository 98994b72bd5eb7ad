"""Speaker selection and the speaker matcher of the quotes scorer, on sentences written here."""

from __future__ import annotations

from wirecoder.evaluation.quotes import Prediction, speaker_ok
from wirecoder.models import Quote, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def run(nlp, text: str) -> tuple[Quote, ...]:
    """Parse ``text`` and run the actors and quotes stages on it."""
    from wirecoder.actors import extract as actors
    from wirecoder.quotes import extract as quotes

    doc = nlp(text)
    story = Story(id="t", text=text, published="2025-03-15")
    settings = Settings()
    entities = actors(doc, StageContext(story=story, settings=settings))
    return quotes(doc, StageContext(story=story, settings=settings,
                                    results={"entities": entities}))


def speakers(nlp, text: str) -> list[str]:
    return [q.speaker.entity_name if q.speaker else "" for q in run(nlp, text)]


def test_title_in_apposition_gives_the_named_person(nlp):
    text = '"The clinics are empty," the UNRWA chief, Philippe Lazzarini, told the council.'
    assert speakers(nlp, text) == ["Philippe Lazzarini"]


def test_post_modified_nominal_speaker_keeps_its_modifier(nlp):
    quotes = run(nlp, '"We are ready," said a spokesman for Iraq\'s Popular Mobilization Forces.')
    speaker = quotes[0].speaker
    assert speaker.entity_name == "spokesman for Iraq's Popular Mobilization Forces"
    assert (speaker.country_code, speaker.sector_code) == ("IRQ", "MIL")


def test_he_skips_an_organisation_and_a_plural(nlp):
    text = ("Minister Kamal Obi met the envoy. Officials said the road was closed. "
            "The group said the talks failed. \"We will not wait,\" he said.")
    assert speakers(nlp, text)[-1] == "Kamal Obi"


def test_he_resolves_to_a_misread_surname(nlp):
    # A surname the knowledge base does not know and the model tags ORG.
    text = ('Motsoaledi said the talks had failed. "Nobody wanted to listen," he said.')
    assert speakers(nlp, text)[-1] == "Motsoaledi"


def test_he_resolves_to_a_surname_the_knowledge_base_knows(nlp):
    # The model tags "Mbeki" ORG too; the knowledge base names the person in full.
    text = ('Mbeki said the talks had failed. "Nobody wanted to listen," he said.')
    assert speakers(nlp, text)[-1] == "Thabo Mbeki"


def test_readout_issuer_is_the_speaker(nlp):
    text = ('According to a Kremlin readout, the two presidents "exchanged views on '
            'the situation in the region."')
    quotes = run(nlp, text)
    assert quotes and all(q.speaker is not None for q in quotes)
    assert all(q.speaker.raw_text == "Kremlin" for q in quotes)
    assert all("presidents" not in q.speaker.raw_text for q in quotes)


def gold(speaker: str, speaker_text: str, passage: str, start: int, end: int) -> dict:
    return {"speaker": speaker, "speaker_text": speaker_text, "passage": passage,
            "start": start, "end": end}


def test_matcher_accepts_equivalent_speakers():
    passage = 'A resident of Khan Younis said "we ran," and Sudani agreed.'
    item = gold("resident of Khan Younis", "A resident of Khan Younis", passage, 36, 42)
    # span overlap with the gold speaker_text nearest the quote
    assert speaker_ok(item, Prediction(36, 42, "direct", "resident", "A resident", 0, 10))
    # head noun phrase of the gold description, determiners ignored
    assert speaker_ok(item, Prediction(36, 42, "direct", "the resident", "the resident"))
    person = gold("Mohammed Shia al-Sudani", "Sudani", passage, 0, 5)
    assert speaker_ok(person, Prediction(0, 5, "direct", "Sudani", "Sudani"))


def test_matcher_rejects_clearly_wrong_speakers():
    passage = '"No deal," the U.S. president said, and the Ukrainian president agreed.'
    item = gold("Donald Trump", "the U.S. president", passage, 1, 9)
    wrong = Prediction(1, 9, "direct", "Ukrainian president", "the Ukrainian president", 41, 64)
    assert not speaker_ok(item, wrong)
    assert not speaker_ok(item, Prediction(1, 9, "direct", "Melania Trumpet", "X", 70, 71))
    ministry = gold("Foreign Ministry", "the ministry", passage, 1, 9)
    assert not speaker_ok(ministry, Prediction(1, 9, "direct", "Defense Ministry", "it", 50, 52))
    assert not speaker_ok(item, Prediction(1, 9, "direct", None, None))
