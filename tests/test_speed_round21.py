"""Round 21 (branch speed21): output-identical speed work after the parse.

- knowledge-base surfaces are looked up by token count, not compared one by one;
- the tokens holding "-" come from the hyphens of the parsed text;
- the events' entity index reads token ends from the IDX and LENGTH columns;
- the boilerplate scan of the quantities is skipped when none of its words is in the text;
- the context phrases tested for an event are those whose first word is in the scope;
- the dash of a dateline is read once per sentence.

Each test compares the new reading with the plain one it replaces. Every sentence here is
written for these tests.
"""

from __future__ import annotations

import random
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from wirecoder.actors.kb import compile_kb
from wirecoder.actors.match import _hyphenated, _matcher
from wirecoder.events.entity_index import EntityIndex
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.phrase_filter import phrase_firsts, phrases_to_test
from wirecoder.events.rules import _padded_phrases
from wirecoder.models import Entity
from wirecoder.parsing import parse
from wirecoder.quantities import stage as quantity_stage
from wirecoder.quotes import naming
from wirecoder.quotes.index import DocIndex

# --- knowledge-base surfaces by token count ----------------------------------------------


def _compared_matches(matcher, doc: Doc) -> list[tuple[int, int, str]]:
    """Round 18's reading: every surface of the first word compared in turn."""
    orths = doc.to_array("ORTH").tolist()
    found = []
    for start, orth in enumerate(orths):
        for tokens, surface in matcher.by_first_id.get(orth, ()):
            end = start + len(tokens)
            if tuple(orths[start:end]) == tokens:
                found.append((start, end, surface))
    return found


NAMES_TEXT = ("The Republic of Korea and the Democratic Republic of the Congo met the United "
              "States, the United Kingdom and the European Union; the Netherlands and South "
              "Korea sent envoys to the United Nations Security Council, the United")


def test_surfaces_by_token_count_equal_the_compared_surfaces() -> None:
    nlp = spacy.blank("en")
    matcher = _matcher(compile_kb(()), nlp.vocab)
    assert matcher.matcher is None
    for text in (NAMES_TEXT, NAMES_TEXT.upper(), "the", "", "South Korea South"):
        doc = nlp(text)
        assert matcher._matches(doc) == _compared_matches(matcher, doc)
    found = matcher._matches(nlp(NAMES_TEXT))
    starts = [start for start, _, _ in found]
    assert len(starts) > len(set(starts))  # several surfaces at one start: their order kept
    # the text ends inside "the United Nations": no match reads past the last token
    assert all(end <= len(nlp(NAMES_TEXT)) for _, end, _ in found)


def test_surface_table_holds_every_surface_once() -> None:
    matcher = _matcher(compile_kb(()), spacy.blank("en").vocab)
    for first, entries in matcher.by_first_id.items():
        lengths, table = matcher.by_first_len[first]
        assert lengths == tuple(sorted({len(tokens) for tokens, _ in entries}))
        assert [table[tokens] for tokens, _ in entries] == [
            (rank, len(tokens), surface) for rank, (tokens, surface) in enumerate(entries)]


# --- tokens holding a hyphen -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "U.S.-China talks and Kurdish-led forces met a pro-government militia.",
    "- first item\n- second item -5 degrees, a 3-2 win -- and a dash — here",
    "No hyphen at all.",
    "-",
    "ex-minister  re-elected   -   twice",
])
def test_hyphenated_tokens_are_those_whose_form_holds_a_hyphen(nlp, text: str) -> None:
    doc = next(parse(nlp, [text]))
    assert _hyphenated(doc) == [i for i, token in enumerate(doc) if "-" in token.lower_]


# --- entity index from the columns -------------------------------------------------------


def _entity(start: int, end: int) -> Entity:
    return Entity(raw_text="x", entity_name="X", kind="ORG", start=start, end=end, sentence=0)


def _token_walk(doc: Doc, entities: list[Entity]) -> dict[int, list[Entity]]:
    """The token-by-token reading the columns replace."""
    out: dict[int, list[Entity]] = {}
    for ent in entities:
        for tok in doc:
            if tok.idx < ent.end and tok.idx + len(tok) > ent.start:
                out.setdefault(tok.i, []).append(ent)
    return out


def test_entity_index_from_columns_equals_the_token_walk(nlp) -> None:
    text = "The Freedonian envoy met  Ruritania's minister.\n\nThey agreed."
    doc = next(parse(nlp, [text]))
    spans = [(0, 3), (4, 14), (4, 20), (26, 35), (26, 37), (15, 15), (25, 26), (48, 62),
             (len(text) - 1, len(text)), (0, len(text)), (3, 4)]
    entities = [_entity(a, b) for a, b in spans]
    index = EntityIndex(doc, entities)
    assert index.by_token == _token_walk(doc, entities)
    assert doc.to_array("LENGTH").tolist() == [len(t) for t in doc]
    assert EntityIndex(nlp(""), entities).by_token == {}


# --- boilerplate prefilter ---------------------------------------------------------------

_PIECES = ["©", "copyright", "Copyright", "all rights reserved", "All Rights", "photographer:",
           "Photographer: A B/C", "contributed to this report", "call", "Call", "CALL",
           " ", "  ", "\n", "+", "1", "x", "recall", "callers", "calls 5", "ı", "ſ", "İ",
           "rights", "reserved", "report", ".", "Wire"]


def test_boilerplate_prefilter_never_hides_a_marker() -> None:
    rng = random.Random(21)
    texts = ["Call +44 20 7946 0000 for tickets.", "call\n5", "no marker here",
             "Photographer: Wenna Marrow/Freedonia Wire", "© 2026 Freedonia Wire",
             "Ana Pell contributed to this report.", "He recalled 5 events.",
             "ALL RIGHTS RESERVED", "call  +9", "Recall 7", "Callers 7"]
    texts += ["".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 8)))
              for _ in range(3000)]
    for text in texts:
        found = quantity_stage._lines(text, quantity_stage._BOILERPLATE)
        marker = quantity_stage._BOILERPLATE.search(text) is not None
        if not quantity_stage._may_hold_boilerplate(text):
            assert not found and not marker, text
    assert not quantity_stage._may_hold_boilerplate("He recalled 5 events, officials said.")
    assert quantity_stage._may_hold_boilerplate("Call +1 for help.")
    assert quantity_stage._may_hold_boilerplate("Nothing here but ſ")  # scanned as written


# --- context phrases by first word -------------------------------------------------------


def _contexts(padded: list[tuple[str, str]], text: str) -> list[str]:
    out: list[str] = []
    for phrase, name in padded:
        if name not in out and phrase in f" {text} ":
            out.append(name)
    return out


def test_phrases_by_first_word_give_the_same_contexts() -> None:
    lexicon = load_lexicon(())
    padded = _padded_phrases(lexicon)
    assert phrase_firsts(lexicon) is not None
    vocabulary = sorted({w for phrase, _ in lexicon.context_phrases for w in phrase.split()}
                        | {"the", "talks", "on", "said", "of"})
    rng = random.Random(21)
    for _ in range(2000):
        forms = [rng.choice(vocabulary) for _ in range(rng.randint(0, 12))]
        text = " ".join(forms)
        words = set(forms)
        chosen = phrases_to_test(lexicon, padded, words, text, len(forms))
        assert _contexts(chosen, text) == _contexts(padded, text)
    # a form holding a space ("\u00a0" is no space; " " is): every phrase is tested
    assert phrases_to_test(lexicon, padded, {"a b"}, "a b", 1) is padded


def test_irregular_phrases_are_all_tested() -> None:
    odd = SimpleNamespace(context_phrases=(("supply  chain", "economic"), ("air force", "m")))
    padded = [(f" {p} ", n) for p, n in odd.context_phrases]
    assert phrase_firsts(odd) is None  # type: ignore[arg-type]
    assert phrases_to_test(odd, padded, set(), "x", 1) is padded  # type: ignore[arg-type]
    plain = SimpleNamespace(context_phrases=(("air force", "m"), ("armed forces", "m"),
                                             ("air strike", "a")))
    assert phrase_firsts(plain) == {"air": [0, 2], "armed": [1]}  # type: ignore[arg-type]


# --- dateline dash once per sentence -----------------------------------------------------


def _plain_dateline_dash(index: DocIndex, token) -> int | None:
    """The per-token reading the per-sentence memo replaces."""
    doc = index.doc
    start = index.sent_tokens[index.sentence_of(token.i)][0]
    for i in range(start, min(len(doc), start + 8)):
        if doc[i].text in ("—", "--", "–"):
            words = [t for t in doc[start:i] if not t.is_punct]
            if token.i < i and words and all(t.text[:1].isupper() for t in words):
                return i
            return None
    return None


def test_dateline_dash_once_per_sentence_equals_the_plain_reading(nlp) -> None:
    text = ("PORT MARROW, Freedonia — The harbour master said the ships would wait. "
            "Officials -- two of them -- said nothing. Veridia – a small state – agreed.\n\n"
            "ELDORIA CITY — Talks resumed. no capitals here — it said.")
    doc = next(parse(nlp, [text]))
    index = DocIndex.build(doc, ())
    answers = [naming._dateline_dash(index, token) for token in doc]
    again = [naming._dateline_dash(index, token) for token in doc]  # from the memo
    assert answers == again == [_plain_dateline_dash(index, token) for token in doc]
    assert any(a is not None for a in answers) and any(a is None for a in answers)
    assert len(doc.user_data[naming._DASHES_KEY]) == len(list(doc.sents))


def test_boilerplate_words_are_the_patterns_literal_branches() -> None:
    branches = quantity_stage._BOILERPLATE.pattern.replace(r"\b", "").split("|")
    assert [b for b in branches if "\\" not in b] == list(quantity_stage._BOILERPLATE_WORDS)
    assert [b for b in branches if "\\" in b] == [r"call\s+\+?\d"]
    assert quantity_stage._BOILERPLATE_CALL.pattern == r"call\s+\+?\d"
