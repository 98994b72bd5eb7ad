"""Quote speakers round 13 (issue 10): judging verbs, pieces in a publication, outlet names.

Classes: a verb of judgement with its own subject ("inspectors judged the roof '...'")
gives the quoted words to that subject, not to the subject of the clause around it; a piece
printed in a publication ("a commentary in X", "an editorial in the paper") speaks for the
publication, and "the paper" for the outlet named just before; an outlet the recognizer
leaves unnamed ("the Kestrel weekly") is named by its proper name, also for the pronoun that
stands for it; a quotation of whole sentences without a cue belongs to the person who has
just appeared before an audience, not to someone merely named before it.

The sentences were rewritten after review (round 13) so that none follows a gold passage:
each is written for its test, with invented people, places, bodies and outlets.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_judging_verb_with_its_own_subject_speaks(nlp):
    text = ("Few fans expected much from the new stadium roof, yet the league's safety "
            "inspectors judged it \"the soundest in the country\" after Sunday's storm.")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote).lower() == "league's safety inspectors"


def test_relative_clause_with_deemed_gives_its_subject(nlp):
    text = ("Lawmakers in Calder scrapped the toll scheme, which the Audit Chamber had deemed "
            "\"a gift to the operators,\" on Thursday night.")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Audit Chamber"
    # a bare participle names no judge: the words stay the reporting subject's
    text = ("The Ruritanian media regulator said on Friday that it would fine any station "
            "playing songs deemed \"disrespectful to the crown.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote).lower().endswith("media regulator")


def test_commentary_in_a_named_paper_speaks_for_the_paper(nlp):
    text = ("The harbour board is \"sleepwalking into bankruptcy,\" a commentary in the "
            "Calvera Ledger argued on its front page.")
    quotes = _quotes(nlp, text)
    assert quotes
    assert all(speaker(q) == "Calvera Ledger" for q in quotes)


def test_editorial_in_the_paper_speaks_for_the_outlet_named_before(nlp):
    text = ("Ferry fares doubled this month, and the Harbour Gazette newspaper has had "
            "enough. \"Islanders are being robbed,\" says an editorial in the paper.")
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote).endswith("Gazette")


def test_outlet_named_by_its_title_and_its_pronoun(nlp):
    text = ("The Kestrel weekly, which is owned by the ruling family, called the strike "
            "\"a foreign plot.\" It added that the organisers \"should be ashamed of "
            "themselves.\"")
    quotes = _quotes(nlp, text)
    assert len(quotes) >= 2
    assert all(speaker(q) == "Kestrel" for q in quotes)


def test_pronoun_for_a_description_names_it_as_written(nlp):
    text = ("A former Ruritanian fisheries commissioner has broken her silence over the grain "
            "contract. She told students in Calder that it was \"signed in the dark.\"")
    quote = _quotes(nlp, text, "partial")[-1]
    assert speaker(quote) == "former Ruritanian fisheries commissioner"


def test_pronoun_for_a_description_keeps_its_adjectives(nlp):
    text = ("For years the exiled Ruritanian opposition leader refused interviews. Last week "
            "he broke that rule. \"I am ready to go home,\" he wrote to supporters.")
    quote = _quotes(nlp, text, "direct")[-1]
    assert speaker(quote) == "exiled Ruritanian opposition leader"


def test_pronoun_after_a_short_description_takes_the_fuller_one(nlp):
    text = ("Freedonia's national grid company cut power to four towns on Sunday. Later the "
            "company apologised to customers. It said the outages would end by Tuesday.")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote) == "Freedonia's national grid company"


def test_pronoun_for_a_group_with_an_owner_keeps_the_owner(nlp):
    text = ("Members of Freedonia's ruling party voted to expel three deputies. Afterwards "
            "the party's whip, Jonas Ekberg, met reporters. It said the three had "
            "\"betrayed the voters.\"")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote) == "Freedonia's ruling party"


def test_according_to_clause_before_a_paragraph_break_ends_at_its_words(nlp):
    text = ("The orchard growers of Lusk blame the drought. According to their association, "
            "half of the apple crop was lost on the trees.\n\nPrices rose at once.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert text[quote.start : quote.end] == "half of the apple crop was lost on the trees"


def test_quoted_predicate_belongs_to_its_subject_before_the_marks(nlp):
    text = ("Trade envoy Lena Quist \"saw no reason to delay the tariff cuts\" and left the "
            "hearing early.")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Lena Quist"


def test_quotation_without_cue_after_an_appearance_is_the_speakers(nlp):
    text = ("Coach Hanne Rusk gave a short speech in the locker room after the defeat. \"We "
            "lost to a better side. Next season starts tomorrow.\" The club's owners have not "
            "commented.")
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Hanne Rusk"
    text = ("Acting President Miro Kastell addressed parliament two days before the ballot. "
            "\"Nobody will lose a pension. Nobody will lose a home.\" Opposition deputies "
            "walked out.")
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Miro Kastell"
    # after a sentence whose subject is a thing, nobody is named
    text = ("The avalanche buried the pass road overnight. \"Our cattle are up there.\" "
            "Herders waited for the snowploughs.")
    (quote,) = _quotes(nlp, text, "direct")
    assert quote.speaker is None


def test_quotation_without_cue_after_a_visit_or_before_a_demonstrative_names_nobody(nlp):
    # a tour is no occasion of speaking, and the next sentence gives the words to another
    text = ("Prime Minister Tomas Ferrin toured the glassworks on Monday. \"Nobody asked us "
            "before the kilns were sold.\" That is how shop steward Dalia Voss summed up "
            "the mood of the workers.")
    (quote,) = _quotes(nlp, text, "direct")
    assert quote.speaker is None
    # an appearance, but the words are a slogan the next sentence points back at
    text = ("Governor Ilse Marek appeared on television on Friday. \"No more tolls.\" Those three "
            "words were daubed on the old pier by striking dockers.")
    (quote,) = _quotes(nlp, text, "direct")
    assert quote.speaker is None
