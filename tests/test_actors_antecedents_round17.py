"""Participants with no country of their own, round 17 (issue 9 §3, coreference chains).

A definite re-mention repeating an earlier party's head noun ("the junta" after a junta
named with its state), a repeated name whose first mention carries the country take the
country of their antecedent (:mod:`wirecoder.actors.rementions`). Sentences
written for these tests; each positive case fails on main before round 17 (6aa0510).
"""

from __future__ import annotations

from wirecoder.actors import extract
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

PUBLISHED = "2025-03-15"


def entities(nlp, text: str) -> tuple[Entity, ...]:
    story = Story(id="t", text=text, published=PUBLISHED)
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


def country(found: tuple[Entity, ...], raw: str) -> str | None:
    hit = [e for e in found if e.raw_text == raw]
    assert hit, (raw, [e.raw_text for e in found])
    return hit[-1].country_code


def test_a_definite_re_mention_takes_the_country_of_its_named_head(nlp):
    found = entities(nlp, "Estonian patrol boats have been circling a disputed shoal since "
                          "June. On Friday Riga told the boats to turn back.")
    assert country(found, "the boats") == "EST"


def test_a_re_mention_of_a_modified_plural_keeps_the_modifier_s_state(nlp):
    found = entities(nlp, "Venezuelan militiamen torched a border depot. Colombia vowed to "
                          "pursue the militiamen.")
    assert country(found, "the militiamen") == "VEN"


def test_a_repeated_body_name_takes_its_first_mention_s_country(nlp):
    found = entities(nlp, "Uruguay's navy seized a fishing vessel. Brazil warned the navy "
                          "against further seizures.")
    assert country(found, "navy") == "URY"


# ------------------------------------------------------------------------------ guards
def test_a_re_mention_without_a_named_head_stays_without_a_country(nlp):
    found = entities(nlp, "Riga said on Friday that the boats had left the bay.")
    assert all(e.raw_text != "the boats" or e.country_code is None for e in found)


def test_a_described_re_mention_is_a_new_party(nlp):
    found = entities(nlp, "Estonian patrol boats circled the shoal. Riga later hailed the "
                          "boats of a fishing cooperative.")
    assert all(not e.raw_text.startswith("the boats") or e.country_code is None
               for e in found)
