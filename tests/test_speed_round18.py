"""Round-18 speed-ups: token columns read instead of a Token object per word.

Each test checks that the helper reads the column (or the candidate list it gives) and that
the answer is the one of the plain token-by-token reading. Sentences written for the test.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from wirecoder.actors import rementions
from wirecoder.actors.kb import compile_kb
from wirecoder.actors.match import _matcher
from wirecoder.events import demands
from wirecoder.textutil import lemma_lower_columns, string_ids


def _plain_matches(matcher, doc: Doc) -> list[tuple[int, int, str]]:
    """The token-text reading the ORTH-column lookup replaces."""
    texts = [t.text for t in doc]
    found = []
    for start, text in enumerate(texts):
        for tokens, surface in matcher.by_first.get(text, ()):
            end = start + len(tokens)
            if tuple(texts[start:end]) == tokens:
                found.append((start, end, surface))
    return found


def test_kb_surfaces_are_found_from_the_orth_column() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Envoys of Russia and the United States met in South Korea; the US and "
              "Russia's allies waited, and so did united states of mind.")
    matcher = _matcher(compile_kb(()), doc.vocab)
    assert matcher.matcher is None  # the built-in names: the dictionary lookup
    found = matcher._matches(doc)
    assert found == _plain_matches(matcher, doc)
    surfaces = {surface for _, _, surface in found}
    assert {"Russia", "United States", "South Korea"} <= surfaces
    assert len(matcher.first_ids) == len(matcher.by_first_id) == len(matcher.by_first)


def test_kb_lookup_by_string_id_needs_no_text() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Delegates from France arrived.")
    matcher = _matcher(compile_kb(()), doc.vocab)
    orths = doc.to_array("ORTH").tolist()
    france = [entry for entry in matcher.by_first_id.get(orths[2], ()) if entry[1] == "France"]
    assert france == [((orths[2],), "France")]


def test_string_ids_are_the_values_of_the_lemma_and_lower_columns() -> None:
    words = ["Ruritania", "must", "withdraw", "and", "Veridia", "should", "pay", "."]
    lemmas = ["Ruritania", "must", "withdraw", "and", "Veridia", "should", "pay", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    column, lower = lemma_lower_columns(doc)
    ids = string_ids(frozenset({"withdraw", "pay", "root"}))  # "root" is a reserved symbol
    assert [i for i, value in enumerate(column) if value in ids] == [2, 6]
    assert [i for i, value in enumerate(lower) if value in string_ids(frozenset({"and"}))] == [3]
    assert doc.vocab.strings["root"] in ids


def _demand_doc() -> Doc:
    words = ["Ruritania", "must", "withdraw", "now", ".", "Must", "Veridia", "pay", "?",
             "Officials", "said", "Veridia", "should", "pay", "and", "return", "."]
    lemmas = ["Ruritania", "must", "withdraw", "now", ".", "must", "Veridia", "pay", "?",
              "official", "say", "Veridia", "should", "pay", "and", "return", "."]
    starts = [1 if i in (0, 5, 9) else 0 for i in range(len(words))]
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, sent_starts=starts)


def test_modal_demands_look_only_at_act_verbs_outside_questions(monkeypatch) -> None:
    doc = _demand_doc()
    seen: list[int] = []

    def spy(verb, index, quotes, published):
        seen.append(verb.i)
        return None

    monkeypatch.setattr(demands, "_demand", spy)
    assert demands.modal_demands([], doc, None, [], "s") == []  # type: ignore[arg-type]
    # "withdraw" of the first sentence; the question is skipped; "pay" and "return" after
    assert seen == [2, 13, 15]
    acts = frozenset(demands.load_lexicon(()).verb_index) | demands.ACT_VERBS
    plain = [t.i for sent in doc.sents if not sent.text.rstrip().endswith("?")
             for t in sent if t.lemma_ in acts]
    assert seen == plain


def test_head_rementions_read_only_tokens_whose_form_is_a_head(monkeypatch) -> None:
    words = ["The", "troops", "of", "Ruritania", "left", ";", "the", "tanks", "stayed", "."]
    doc = Doc(spacy.blank("en").vocab, words=words,
              pos=["DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB",
                   "PUNCT"])
    asked: list[frozenset[str]] = []
    real = rementions.tokens_with

    def spy(d: Doc, words: frozenset[str]) -> list[int]:
        asked.append(frozenset(words))
        return real(d, words)

    monkeypatch.setattr(rementions, "tokens_with", spy)
    out = rementions.head_rementions(doc, [False] * len(doc), [], compile_kb(()))
    assert out == []  # no earlier mention with a country: nothing to copy
    assert len(asked) == 1 and "troops" in asked[0] and "tanks" not in asked[0]
    assert real(doc, asked[0]) == [1]
