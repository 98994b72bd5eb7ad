"""Quote speakers round 12 (issue 10): group pronouns, attributive participles, evidence nouns.

Classes: "it"/"they" that report again take the earlier speaker, never a party inside the
clause an earlier sentence attributes (a reporting verb's clause, an "according to" clause);
"it" never takes one person described by a title; a participle before its noun ("a written
reply") is no cue, so a quotation after it keeps the earlier speaker; a verb whose subject is
evidence ("the figures suggest") gives the words to the "according to" source; "they" skips a
singular title; he/she is never the last word of an outlet's name ("X News asked Y ... She").

The sentences are written for these tests, with invented people, places and bodies.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _span(text: str, quote) -> str:
    return text[quote.speaker.start : quote.speaker.end]


def test_it_after_an_according_to_clause_is_the_source_not_its_subject(nlp):
    text = ("Ruritania's election commission published the final results on Monday. According "
            "to the commission, turnout reached 71 percent. It said the count had been "
            "\"orderly and transparent.\"")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert "commission" in speaker(quote).lower()
    assert _span(text, quote) == "It"


def test_it_is_never_a_person_described_by_a_title(nlp):
    text = ("The Ruritanian government announced new tariffs on Veridian steel on Friday. "
            "Veridia's trade minister, Lena Okafor, called the move hostile. It said the "
            "tariffs would protect local mills.")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote).lower() == "ruritanian government"
    assert _span(text, quote) == "It"


def test_quotation_after_a_written_exchange_keeps_the_speaker(nlp):
    text = ("\u201cOur harbours will stay open to every ship,\u201d Halvorsen told the Freedonian "
            "Herald in a written exchange from Port Vell. \u201cAs far as I can see, nobody "
            "wants a blockade now.\u201d Halvorsen then left for the airport.")
    quotes = _quotes(nlp, text, "direct")
    assert len(quotes) == 2
    assert speaker(quotes[1]) == "Halvorsen"
    assert _span(text, quotes[1]) == "Halvorsen"


def test_evidence_subject_gives_way_to_the_according_to_source(nlp):
    text = ("According to the Veridian statistics office, the figures suggest that "
            "unemployment has peaked.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote).lower() == "veridian statistics office"
    assert _span(text, quote) == "the Veridian statistics office"


def test_they_skips_the_singular_title_for_the_group_addressed(nlp):
    text = ("The Veridian president met the union's leaders on Monday. The president told them "
            "the pension reform would go ahead. They said they would strike anyway.")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote).lower().endswith("leaders")
    assert _span(text, quote) == "They"


def test_she_is_not_the_outlet_that_asked_her(nlp):
    text = ("The talks collapsed on Tuesday. BBC News interviewed Veridia's finance minister "
            "Hanna Lind afterwards. She said the lenders had asked for too much.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "Hanna Lind"
    assert _span(text, quote) == "She"


def test_she_is_not_the_agency_that_spoke_with_her(nlp):
    text = ("The ceasefire held overnight. AFP News spoke with Colonel Dana Ruiz near the front "
            "line. She said her unit had not fired a shot since Sunday.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "Dana Ruiz"
