"""Participants round 12 (issue 9): which mention fills a role and what country it gets.

* **First person inside a quotation** is the quotation's speaker's side: a quoted "we",
  "us", "I" takes the codes of the subject of the sentence's reporting verb, and so does a
  quoted "our ..." description without a country ("our consulate"). No speaker with a
  state's country, or speakers of two states: nothing is taken.
* **"I" of a government's own statement** is the issuing government, as "we" already was.
* **Documents are not talk**: the "on" phrase of a report, statement or resolution names
  whom a judgement of the document is about; only talk nouns ("talks on", "a forum on")
  keep their "on" phrase as a topic.

Sentences written for these tests (fictional events; real states, since the codes are
theirs).
"""

from __future__ import annotations

import wirecoder

PUBLISHED = "2025-06-11"


def _events(text: str, category: str, url: str | None = None):
    found = wirecoder.analyze(text, published=PUBLISHED, url=url)
    return [e for e in found.events if e.event_type == category]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def _entity(text: str, raw: str, url: str | None = None):
    found = wirecoder.analyze(text, published=PUBLISHED, url=url)
    return next(e for e in found.entities if e.raw_text == raw)


def _country_of(text: str, raw: str) -> str | None:
    found = wirecoder.analyze(text, published=PUBLISHED)
    return next((e.country_code for e in found.entities if e.raw_text == raw), None)


def test_a_quoted_we_is_the_side_of_the_minister_who_says_it():
    text = ('"We shall refuse every one of these tariffs," the Uruguayan trade minister '
            "told reporters after the vote.")
    assert _entity(text, "We").country_code == "URY"
    refused = _events(text, "REJECT")
    assert refused and _codes(refused[0].actor) == {"URY"}
    # a speaker without a country: the Paraguayan capital named in the quote is not used
    text = '"We shall refuse every one of these tariffs in Asuncion," a trader said.'
    assert _country_of(text, "We") is None
    # two speakers of two states in one sentence: no guessing between them
    text = ('"We will not sign it," Latvia\'s envoy said, while the Peruvian envoy said '
            'the text was fair.')
    assert _country_of(text, "We") is None


def test_a_quoted_our_description_takes_the_speaker_s_country_as_the_target():
    text = ('Estonia\'s prime minister said: "Someone opened fire on our consulate in Minsk '
            'overnight, and nobody was hurt."')
    assert _entity(text, "our consulate").country_code == "EST"
    fired = _events(text, "ASSAULT")
    assert fired and _codes(fired[0].recipient) == {"EST"}
    assert "BLR" not in _codes(fired[0].recipient)


def test_the_first_person_singular_of_a_government_statement_is_that_government():
    text = ("I firmly condemn the bombing of the railway station in Mombasa and wish a "
            "swift recovery to everyone it hurt.")
    url = "https://www.state.gov/statement-on-a-railway-bombing/"
    condemned = _events(text, "ACCUSE", url=url)
    assert condemned and _codes(condemned[0].actor) == {"USA"}
    # in a news story the same words have no issuer
    assert not any(_codes(e.actor) == {"USA"} for e in _events(text, "ACCUSE"))


def test_the_on_phrase_of_a_document_names_the_recipient_of_its_condemnation():
    found = _events("Norway sharply denounced the resolution on Belarus's treatment of "
                    "journalists.", "ACCUSE")
    assert found and _codes(found[0].recipient) == {"BLR"}
    found = _events("Chile has criticized a report on Bolivia's lithium contracts.", "ACCUSE")
    assert found and _codes(found[0].recipient) == {"BOL"}
    # talk nouns keep their "on" phrase as the topic, not a party met
    found = _events("Chile held talks with Peru on Bolivia's lithium contracts.", "CONSULT")
    assert found and "BOL" not in _codes(found[0].actor) | _codes(found[0].recipient)


def test_a_person_the_knowledge_base_does_not_know_takes_the_body_they_head():
    text = ("Makerita Fonua, who leads Tonga's negotiating team, walked out of the talks "
            "with Fiji on Tuesday.")
    assert _entity(text, "Makerita Fonua").country_code == "TON"
    walked = _events(text, "PROTEST")
    assert walked and _codes(walked[0].actor) == {"TON"}
