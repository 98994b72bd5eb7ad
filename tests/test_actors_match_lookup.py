"""The knowledge-base surface lookup finds what a PhraseMatcher on ORTH finds."""

from __future__ import annotations

import spacy

from wirecoder.actors.kb import KB, Actor, compile_kb
from wirecoder.actors.match import _Matcher, _phrase_matcher


def _pattern_words(kb: KB) -> dict[str, list[str]]:
    tokenizer = spacy.blank("en").tokenizer
    return {s: [t.text for t in tokenizer(s)] for s in kb.surfaces}


def _phrase_matches(kb: KB, doc: spacy.tokens.Doc) -> set[tuple[int, int, str]]:
    matcher = _phrase_matcher(sorted(kb.surfaces), _pattern_words(kb), doc.vocab)
    return {(s, e, doc.vocab.strings[k][3:]) for k, s, e in matcher(doc)}


def test_lookup_matches_phrase_matcher_on_builtin_kb() -> None:
    nlp = spacy.blank("en")
    doc = nlp("The United Nations said Ruritania and the United States would meet in "
              "New York, while Russian envoys flew from Moscow to Beijing and the "
              "European Union kept quiet.")
    kb = compile_kb(())
    lookup = _Matcher(kb, nlp.vocab)
    assert lookup.matcher is None  # the built-in surfaces have distinct tokens
    found = lookup._matches(doc)
    assert len(found) == len(set(found))
    assert set(found) == _phrase_matches(kb, doc)
    assert (1, 3, "United Nations") in found  # overlaps kept: longest chosen later


def test_same_tokens_fall_back_to_phrase_matcher() -> None:
    nlp = spacy.blank("en")
    freedonia = Actor("Freedonia", "GPE", "FRD")
    kb = KB(surfaces={"Freedonia": [freedonia], "FREEDONIA": [freedonia],
                      "Port Veridia ": [freedonia], "Port Veridia": [freedonia]})
    lookup = _Matcher(kb, nlp.vocab)
    assert lookup.matcher is not None  # a trailing space: the same tokens
    doc = nlp("Troops from Freedonia landed at Port Veridia.")
    assert set(lookup._matches(doc)) == _phrase_matches(kb, doc)
    assert [(h.start, h.end) for h in lookup(doc)] == [(2, 3), (5, 7)]


def test_fold_returns_ascii_names_as_they_are() -> None:
    from wirecoder.actors.kb import fold

    name = "".join(["Port ", "Veridia's Harbour Authority"])
    assert fold(name) is name  # the ASCII fast path: no copy
    assert fold("Ruritania’s São Veridia Café") == "Ruritania's Sao Veridia Cafe"
    assert fold("naïve\u0301") == "naive"
