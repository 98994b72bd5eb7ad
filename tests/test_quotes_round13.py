"""Quote speakers round 13 (issue 10): judging verbs, pieces in a publication, outlet names.

Classes: a verb of judgement with its own subject ("auditors deemed the figures '...'")
gives the quoted words to that subject, not to the speaker of the clause before it; a piece
printed in a publication ("an editorial in X", "a column in the paper") speaks for the
publication, and "the paper" for the outlet named just before; an outlet the recognizer
leaves unnamed ("the state-owned Sentinel daily") is named by its proper name, also for the
pronoun that stands for it.

The sentences are written for these tests, with invented people, places and bodies.
"""

from __future__ import annotations

from test_quotes import check_offsets, run, speaker


def _quotes(nlp, text: str, kind: str | None = None):
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    return [q for q in quotes if kind is None or q.kind == kind]


def test_judging_verb_with_its_own_subject_speaks(nlp):
    text = ("The Freedonian port authority reported on Friday that cargo volumes rose by a "
            "third, and independent auditors judged the figures \"plausible but unverified.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote).lower() == "independent auditors"


def test_relative_clause_with_deemed_gives_its_subject(nlp):
    text = ("Some 900 volunteers from six countries watched the Veridian referendum, which the "
            "Commonwealth mission later deemed \"orderly and calm.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote).lower() == "commonwealth mission"
    # a bare participle names no judge: the words stay the reporting subject's
    text = ("The Veridian culture ministry said its inspectors had seized 300 films deemed "
            "\"harmful to public morals.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote).lower().endswith("culture ministry")


def test_editorial_in_a_named_paper_speaks_for_the_paper(nlp):
    text = ("A Monday editorial in Veridia's Morning Courier condemns what it terms "
            "\"reckless adventurism\" by the Ruritanian navy.")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Morning Courier"


def test_column_in_the_paper_speaks_for_the_outlet_named_before(nlp):
    text = ("The state-owned Tribune daily was scathing about the budget. \"Nobody in the "
            "capital believes these numbers,\" a column in the paper argued on Tuesday.")
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Tribune"


def test_outlet_named_by_its_title_and_its_pronoun(nlp):
    text = ("Ruritania's two opposition blocs hope to merge before the spring vote. But the "
            "state-run Sentinel newspaper doubted it on Sunday. It wrote that the talks "
            "\"have not moved an inch\" since January.")
    quotes = _quotes(nlp, text)
    assert quotes
    assert all(speaker(q) == "Sentinel" for q in quotes)


def test_pronoun_for_a_description_names_it_as_written(nlp):
    text = ("The former Veridian foreign minister spoke on Channel Nine on Monday about the "
            "patrols. He added: \"The neighbours must share what the border posts cost.\"")
    quote = _quotes(nlp, text, "direct")[-1]
    assert speaker(quote) == "former Veridian foreign minister"


def test_pronoun_for_a_description_keeps_its_adjectives(nlp):
    text = ("Outside the appeals court, the retired Freedonian ambassador spoke to reporters for "
            "ten minutes. \"I have nothing to hide and nothing to sell,\" she said.")
    quote = _quotes(nlp, text, "direct")[-1]
    assert speaker(quote) == "retired Freedonian ambassador"


def test_pronoun_after_a_short_description_takes_the_fuller_one(nlp):
    text = ("The Ruritanian central bank held its main rate at 6 percent on Thursday. Hours "
            "later the bank warned that prices were still rising. It added that it would act "
            "again in March.")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote) == "Ruritanian central bank"


def test_pronoun_for_a_group_with_an_owner_keeps_the_owner(nlp):
    text = ("Freedonia's ruling party swept the provincial vote. The party's leader, Marta "
            "Sol, thanked volunteers in the capital. It said turnout had been \"historic.\"")
    quote = _quotes(nlp, text, "indirect")[-1]
    assert speaker(quote) == "Freedonia's ruling party"


def test_according_to_clause_before_a_paragraph_break_ends_at_its_words(nlp):
    text = ("Veridian customs officers searched the freighter for six hours. According to "
            "the harbour master, nothing illegal was found on board.\n\nThe ship sailed at dawn.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert text[quote.start : quote.end] == "nothing illegal was found on board"


def test_quoted_predicate_belongs_to_its_subject_before_the_marks(nlp):
    text = ("Halima Yusuf Warsame went back to Port Vell, her coastal hometown, in 2018. But "
            "she and her three sons \"could not find schools or clean water there.\" They "
            "returned to Calder last spring.")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Halima Yusuf Warsame"


def test_quotation_without_cue_after_a_person_subject_is_theirs(nlp):
    text = ("The interim premier, Sara Lind, went on national radio late on Tuesday. \"Schools "
            "will open on time. Teachers will be paid.\" Lind also asked civil servants to stay "
            "at their desks.")
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Sara Lind"
    # after a sentence whose subject is a thing, nobody is named
    text = ("The storm reached Calder before dawn. \"We lost everything in an hour.\" "
            "Neighbours began clearing the roads by noon.")
    (quote,) = _quotes(nlp, text, "direct")
    assert quote.speaker is None
