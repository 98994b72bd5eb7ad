"""Unit tests of the PLOVER event coder on sentences written for these tests.

The entities are built here from a small name table, so the tests exercise the event
coder against the Entity contract, independently of the actors stage.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from wirecoder.events import code_events, extract, load_lexicon
from wirecoder.models import Entity, Quote, Story, TimeExpression
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

PUBLISHED = dt.date(2026, 2, 4)
NAMES = {
    "United States": ("USA", "GPE"), "U.S.": ("USA", "GPE"), "Washington": ("USA", "GPE"),
    "Trump": ("USA", "PERSON"), "China": ("CHN", "GPE"), "Chinese": ("CHN", "NORP"),
    "Beijing": ("CHN", "GPE"), "Xi": ("CHN", "PERSON"), "Russia": ("RUS", "GPE"),
    "Moscow": ("RUS", "GPE"), "Ukraine": ("UKR", "GPE"), "Zelenskyy": ("UKR", "PERSON"),
    "Iran": ("IRN", "GPE"), "Israel": ("ISR", "GPE"), "Israeli": ("ISR", "NORP"),
    "Hamas": ("PSE", "ORG"), "Taiwan": ("TWN", "GPE"), "Japan": ("JPN", "GPE"),
    "Macron": ("FRA", "PERSON"), "Canada": ("CAN", "GPE"), "Pakistan": ("PAK", "GPE"),
    "India": ("IND", "GPE"), "Sudanese": ("SDN", "NORP"), "Putin": ("RUS", "PERSON"),
    "European Union": ("EUR", "ORG"), "North Korea": ("PRK", "GPE"),
    "South Korea": ("KOR", "GPE"), "Venezuela": ("VEN", "GPE"), "Maduro": ("VEN", "PERSON"),
    "Chile": ("CHL", "GPE"), "Lopez": ("CHL", "PERSON"), "Poland": ("POL", "GPE"),
    "Modi": ("IND", "PERSON"),
}
_NAME_RE = re.compile("|".join(rf"\b{re.escape(n)}(?!\w)" for n in
                               sorted(NAMES, key=len, reverse=True)))


def make_entities(text: str) -> list[Entity]:
    """Return entities for the table's names found in ``text``."""
    out = []
    for match in _NAME_RE.finditer(text):
        code, kind = NAMES[match.group(0)]
        out.append(Entity(raw_text=match.group(0), entity_name=match.group(0),
                          country_code=code, kind=kind, start=match.start(),
                          end=match.end(), sentence=0))
    return out


def code(nlp, text: str, *, times=(), quotes=(), entities=None):
    doc = nlp(text)
    ents = make_entities(text) if entities is None else entities
    return code_events(doc, load_lexicon(), ents, times, quotes, story_id="t",
                       published=PUBLISHED)


def one(nlp, text: str, category: str, **kwargs):
    events = [e for e in code(nlp, text, **kwargs) if e.event_type == category]
    assert events, f"no {category} in {[(e.event_type, e.event_text) for e in code(nlp, text)]}"
    return events[0]


def codes(entities) -> set[str]:
    return {e.country_code for e in entities}


def test_light_verb_talks_reciprocal(nlp):
    event = one(nlp, "Trump and Xi held talks in Beijing on Wednesday.", "CONSULT")
    assert codes(event.actor) == {"USA", "CHN"}
    assert event.recipient == ()
    assert event.event_text == "talks"
    assert "light:hold" in event.why
    assert event.location == "Beijing"
    assert event.score == 2.5 and event.quad == "VERBAL COOPERATION" and event.cameo_root == "04"


def test_request_with_recipient_and_mode(nlp):
    event = one(nlp, "Xi urged the United States to hold talks with Taiwan.", "REQUEST")
    assert codes(event.actor) == {"CHN"}
    assert codes(event.recipient) == {"USA"}
    assert event.mode == "meet"
    assert event.score == 0.0
    assert "request.ask" in event.why and "frame:consult.meet" in event.why
    assert len(code(nlp, "Xi urged the United States to hold talks with Taiwan.")) == 1


def test_negated_and_future_flags(nlp):
    event = one(nlp, "Russia will not attack Ukraine.", "ASSAULT")
    assert event.negated and event.future
    assert codes(event.actor) == {"RUS"} and codes(event.recipient) == {"UKR"}


def test_never_allow_is_a_refusal(nlp):
    event = one(nlp, "Pakistan will never allow India to divert the river.", "REJECT")
    assert not event.negated
    assert codes(event.actor) == {"PAK"}
    assert "negated-permission->REJECT" in event.why


def test_future_meeting_is_agree(nlp):
    event = one(nlp, "China and Russia will meet next month in Moscow.", "AGREE")
    # the commitment is made now (AGREE, not CONSULT); the meeting is planned (future flag)
    assert event.future
    assert codes(event.actor) == {"CHN", "RUS"}
    assert "future-CONSULT->AGREE" in event.why
    assert not [e for e in code(nlp, "China and Russia will meet next month.")
                if e.event_type == "CONSULT"]


def test_plans_to_visit_is_agree(nlp):
    event = one(nlp, "Macron plans to visit Japan.", "AGREE")
    assert "future-CONSULT->AGREE" in event.why and codes(event.actor) == {"FRA"}


def test_reported_by_speech_verb(nlp):
    event = one(nlp, "Lopez said Chile committed to buying more wheat.", "AGREE")
    assert codes(event.actor) == {"CHL"}
    assert event.reported_by is not None and event.reported_by.raw_text == "Lopez"
    assert "economic" in event.context


def test_reported_by_according_to(nlp):
    text = "Xi urged Washington to show caution, according to a statement from Beijing."
    event = one(nlp, text, "REQUEST")
    assert event.reported_by is not None and event.reported_by.country_code == "CHN"


def test_reported_by_quote_speaker(nlp):
    text = "Israel attacked Hamas overnight."
    speaker = Entity(raw_text="Zelenskyy", entity_name="Zelenskyy", country_code="UKR",
                     kind="PERSON", start=0, end=1, sentence=0)
    quote = Quote(text=text, kind="indirect", start=0, end=len(text), sentence=0,
                  speaker=speaker)
    event = one(nlp, text, "ASSAULT", quotes=(quote,))
    assert event.reported_by == speaker


def test_sanctions_scores_and_cameo(nlp):
    event = one(nlp, "Washington imposed sanctions on Iran.", "SANCTION")
    assert event.mode == "discontinue"
    assert codes(event.actor) == {"USA"} and codes(event.recipient) == {"IRN"}
    assert (event.score, event.quad, event.cameo_root) == (-6.0, "MATERIAL CONFLICT", "16")


def test_condemn_is_accuse(nlp):
    event = one(nlp, "China condemned Japan for the visit.", "ACCUSE")
    assert event.mode == "disapprove" and codes(event.recipient) == {"JPN"}


def test_passive_agent_is_actor(nlp):
    event = one(nlp, "Zelenskyy was attacked by Russia.", "ASSAULT")
    assert codes(event.actor) == {"RUS"} and codes(event.recipient) == {"UKR"}


def test_airstrike_mode(nlp):
    event = one(nlp, "Israeli warplanes struck Hamas positions in Gaza.", "ASSAULT")
    assert event.mode == "aerial"
    assert codes(event.actor) == {"ISR"}
    assert event.score == -9.5 and event.cameo_root == "19"


def test_mobilize_troops(nlp):
    event = one(nlp, "Pakistan deployed troops near the border with India.", "MOBILIZE")
    assert event.mode == "troops" and codes(event.actor) == {"PAK"}
    assert event.score == -6.5


def test_hypothetical(nlp):
    # The act of an if-clause is a condition, not an event (issue 9).
    events = code(nlp, "If Iran attacks Israel, the United States would respond.")
    assert "ASSAULT" not in {e.event_type for e in events}
    event = one(nlp, "Iran could attack Israel.", "ASSAULT")
    assert event.hypothetical and not event.negated


def test_visit_and_host(nlp):
    visit = one(nlp, "Macron traveled to Beijing last week.", "CONSULT")
    assert visit.mode == "visit" and visit.score == 4.0
    assert codes(visit.actor) == {"FRA"} and codes(visit.recipient) == {"CHN"}
    host = one(nlp, "Japan hosted Macron in Tokyo.", "CONSULT")
    assert codes(host.actor) == {"FRA"} and codes(host.recipient) == {"JPN"}


def test_agreement_with_compound_actor(nlp):
    event = one(nlp, "Canada reached a trade agreement with China.", "AGREE")
    assert codes(event.actor) == {"CAN", "CHN"} and event.recipient == ()
    assert "economic" in event.context


def test_phone_call_mode(nlp):
    event = one(nlp, "Xi and Putin spoke by phone on Monday.", "CONSULT")
    assert event.mode == "phone" and event.score == 1.5


def test_possessive_nominal_opposition(nlp):
    text = "Moscow's opposition to U.S. arms sales to Georgia is well known."
    event = one(nlp, text, "ACCUSE")  # an objection: ACCUSE disapprove
    assert codes(event.actor) == {"RUS"} and codes(event.recipient) == {"USA"}
    assert event.mode == "disapprove"


def test_arms_sales_are_aid(nlp):
    event = one(nlp, "Washington has approved new arms sales to Poland.", "AID")
    assert codes(event.actor) == {"USA"} and codes(event.recipient) == {"POL"}
    assert "military" in event.context and event.score == 10.0


def test_threat_of_tariffs(nlp):
    event = one(nlp, "Trump threatened tariffs on countries that buy oil from Iran.", "THREATEN")
    assert event.mode == "restrict" and "economic" in event.context


def test_vow_to_strike_is_threat(nlp):
    event = one(nlp, "Israel vowed to strike Hamas.", "THREATEN")
    assert event.mode == "violence"


def test_arrest_possessor_is_patient(nlp):
    event = one(nlp, "Venezuela condemned Maduro's arrest.", "ACCUSE")
    assert codes(event.actor) == {"VEN"}
    arrest = one(nlp, "Venezuela condemned Maduro's arrest.", "COERCE")
    assert codes(arrest.recipient) == {"VEN"} and arrest.actor == ()


def test_date_from_clause_and_fallback(nlp):
    text = "Macron and Modi met in October. They spoke again."
    start = text.index("October")
    te = TimeExpression(text="October", type="DATE", value="2025-10", granularity="month",
                        resolved=True, start=start, end=start + 7, sentence=0)
    event = one(nlp, text, "CONSULT", times=(te,))
    assert (event.date, event.date_source) == ("2025-10", "text")
    event = one(nlp, "Macron and Modi met.", "CONSULT")
    assert (event.date, event.date_source) == ("2026-02-04", "published")


def test_compound_entity_members(nlp):
    text = "Trump called Xi. The two leaders discussed trade."
    ents = make_entities(text)
    start = text.index("The two leaders")
    group = Entity.model_validate({
        "raw_text": "The two leaders", "entity_name": "The two leaders", "kind": "COMPOUND",
        "start": start, "end": start + 15, "sentence": 1,
        **({"members": ("Trump", "Xi")} if "members" in Entity.model_fields else {})})
    events = code(nlp, text, entities=sorted([*ents, group], key=lambda e: e.start))
    discuss = next(e for e in events if e.event_text == "discussed")
    if "members" in Entity.model_fields:
        assert codes(discuss.actor) == {"USA", "CHN"}
    else:
        assert discuss.actor == (group,)


def test_several_events_per_sentence_and_ids(nlp):
    text = "China condemned the attack and Russia sent troops to the border."
    events = code(nlp, text)
    assert {"ACCUSE", "MOBILIZE"} <= {e.event_type for e in events}
    assert [e.id for e in events] == [f"t-e{n}" for n in range(len(events))]
    for event in events:
        assert text[event.start:event.end] == event.event_text
        assert event.text == text and event.why


def test_stage_drops_negated_when_asked(nlp):
    text = "Russia did not attack Ukraine. Israel attacked Hamas."
    doc = nlp(text)
    results = {"entities": tuple(make_entities(text)), "time_expressions": (), "quotes": ()}
    story = Story(id="s", text=text, published=PUBLISHED)
    kept = extract(doc, StageContext(story=story, settings=Settings(), results=results))
    assert [e.negated for e in kept if e.event_type == "ASSAULT"] == [True, False]
    dropped = extract(doc, StageContext(story=story, settings=Settings(drop_negated=True),
                                        results=results))
    assert [e.negated for e in dropped] == [False] * len(dropped)
    assert [e.id for e in dropped] == [f"s-e{n}" for n in range(len(dropped))]


@pytest.mark.parametrize(("text", "category"), [
    ("The European Union lifted sanctions on Iran.", "CONCEDE"),
    ("Russia released two Ukraine soldiers.", "RETREAT"),
    ("China and Russia held joint exercises.", "COOPERATE"),
    ("Japan apologized to China.", "CONCEDE"),
    ("North Korea rejected talks with South Korea.", "REJECT"),
    ("Israel arrested Hamas members.", "COERCE"),
    ("Washington expelled Russia's ambassador.", "SANCTION"),
    ("Ukraine accused Russia of war crimes.", "ACCUSE"),
    ("Japan praised Canada.", "SUPPORT"),
    ("Canada sent humanitarian aid to Ukraine.", "AID"),
])
def test_categories(nlp, text, category):
    assert one(nlp, text, category)
