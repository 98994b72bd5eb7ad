"""Round 18 second review (fixall18): four small fixes in quotes, readouts and events.

1. Quotes: a gerund after "of"/"with"/"from" that the parser hangs on the verb's object
   ("accused the editor of saying": "of" <- "editor") still speaks for the object.
2. Quotes: an "-ee", "-ent", "-ant" noun before a name of two or more words names a person
   without a known given name, unless it is a "-ment" noun, a listed noun for a thing or
   place, or the name holds a place or organisation word.
3. Readouts: ``heads_phrase`` reads "once-powerful" as no past office, an -ing word after a
   determiner or possessor as a modifier, and "aide"/"assistant" as heads like "adviser".
4. Events: ``cooperate.partnership`` leaves out a partnership a business announces.

Every sentence is written for these tests with invented people.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from test_quotes import checked_quotes as _quotes
from test_quotes import speaker
from wirecoder.compare.offices import heads_phrase
from wirecoder.models import Entity
from wirecoder.quotes.naming import titled_person


# ------------------------------------------------------------ 1. gerund hung on the object
@pytest.mark.parametrize(("text", "who"), [
    ("The court accused the editor of saying the election had been rigged.", "editor"),
    ("A tribunal convicted the blogger of saying the vote had been stolen.", "blogger"),
])
def test_a_gerund_hung_on_the_object_speaks_for_the_object(nlp, text: str, who: str) -> None:
    assert speaker(_quotes(nlp, text)[-1]).lower() == who


def test_a_gerund_after_a_subject_preposition_still_speaks_for_the_subject(nlp) -> None:
    text = "The port authority calmed the traders by saying the fees would stay unchanged."
    assert speaker(_quotes(nlp, text)[-1]).lower() == "port authority"


# ------------------------------------------------------- 2. "-ee/-ent/-ant" noun before a name
def _as_org(raw: str) -> Entity:
    return Entity(raw_text=raw, entity_name=raw, kind="ORG", start=0, end=len(raw), sentence=0)


@pytest.mark.parametrize("raw", [
    "dissident Oluwaseun Adeyemi", "consultant Tendai Moyo", "assistant Chidera Obi",
    "accountant Oluwaseun Adeyemi", "agent Tendai Moyo", "trustee Chidera Obi"])
def test_a_role_noun_before_an_unlisted_two_word_name_is_a_person(raw: str) -> None:
    found = titled_person(_as_org(raw))
    assert found is not None and found.kind == "PERSON", raw
    assert found.entity_name == raw.split(" ", 1)[1]


@pytest.mark.parametrize("raw", [
    "parliament Narodna Skupshtina", "movement Clean Rivers Now", "government Green Platform",
    "department Coastal Security", "restaurant Casa Verde", "tournament Harbor Cup",
    "settlement Nahal Oz", "agreement Easter Sunday", "agent Orange County",
    "committee Lake Works", "trustee Kern County"])
def test_an_organisation_or_place_after_such_a_noun_stays_non_person(raw: str) -> None:
    assert titled_person(_as_org(raw)) is None, raw


# ------------------------------------------------------------------ 3. heads_phrase
@pytest.mark.parametrize("phrase", [
    "Freedonia's once-powerful interior minister",
    "Freedonia's ruling party's chairman",
    "the governing coalition's chief whip",
    "an aide to Freedonia's prime minister",
])
def test_a_real_office_phrase_is_headed_by_its_role(phrase: str) -> None:
    assert heads_phrase(phrase)


@pytest.mark.parametrize("phrase", [
    "once Freedonia's interior minister",
    "meeting Freedonia's prime minister",
    "Freedonia's then-interior minister",
])
def test_past_offices_and_verbs_taking_an_object_still_refuse(phrase: str) -> None:
    assert not heads_phrase(phrase)


# ------------------------------------------------------- 4. a business's partnership
def _partnerships(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events
            if e.event_type == "COOPERATE"]


@pytest.mark.slow
def test_a_business_partnership_is_no_state_cooperation() -> None:
    assert not _partnerships("A Zambian mobile-money firm unveiled a partnership with a "
                             "Malawian lender last week.")
    assert _partnerships("Zambia unveiled a partnership with Malawi on cross-border trade "
                         "last week.")
