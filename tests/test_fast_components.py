"""The faster attribute ruler and lemmatizer annotate exactly as spaCy's own components.

Compared token by token with the stock pipeline (the same model loaded without the
swap) on the seed story, VOA stories and sentences written for the rules the model has:
contractions, "'s", abbreviations, quotes, spaces and line breaks.
"""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    LEMMA,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from wirecoder.fast_components import (
    FastAttributeRuler,
    FastRuleLemmatizer,
    compile_rules,
    use_fast_components,
)
from wirecoder.nlp import load_nlp, nlp_for
from wirecoder.settings import Settings

ATTRS = [ORTH, POS, TAG, MORPH, LEMMA, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
NAMES = ["ORTH", "POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "SENT_START", "ENT_IOB",
         "ENT_TYPE"]

TRICKY = [
    "He's here.  \n\n She said: \"It's the U.S. policy,\" and Mr. Smith's aide ain't sure.",
    "We're gonna win, y'all. Let's go! C'mon, we gotta move; nothin' stops us, I'm sure.",
    "There is a cat. There's two and there are more. I gave it to you and you gave it to me.",
    "Do you? I did it, he does too. Had they? That which is, is. Those are his. But, but...",
    "\n\n   \n",
    "'s",
    "Gon na wan na AIN'T NOTHIN' Y' ALL",
    "Dr. J. R. R. Tolkien (b. 1892) wrote 3 books in Jan. 2025 — e.g. \u201cThe Hobbit\u201d.",
    "Smith's\tteam\r\nwon't play.\u00a0It isn't over, is it? I am, am I not?",
]


@pytest.fixture(scope="module")
def stock():
    return load_nlp(fast_components=False)


@pytest.fixture(scope="module")
def fast():
    return load_nlp()


def _voa_sample(stories: list[dict]) -> list[str]:
    return [s["text"] for s in stories[::11]]


def _assert_same_tokens(a: Doc, b: Doc) -> None:
    x, y = a.to_array(ATTRS), b.to_array(ATTRS)
    assert x.shape == y.shape
    bad = np.argwhere(x != y)
    assert not len(bad), [(a[int(i)].text, NAMES[int(j)]) for i, j in bad[:5]]
    assert [(e.start, e.end, e.label_) for e in a.ents] == [(e.start, e.end, e.label_)
                                                          for e in b.ents]


def test_default_pipeline_swaps_both_components(stock, fast):
    assert isinstance(fast.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), FastRuleLemmatizer)
    assert type(stock.get_pipe("attribute_ruler")) is AttributeRuler
    assert fast.pipe_names == stock.pipe_names


def test_setting_turns_the_swap_off(stock, fast):
    assert nlp_for(Settings(fast_components=False)) is stock
    assert nlp_for(Settings()) is fast


def test_tricky_sentences_annotated_identically(stock, fast):
    for a, b in zip(stock.pipe(TRICKY), fast.pipe(TRICKY), strict=True):
        _assert_same_tokens(a, b)


def test_seed_story_annotated_identically(stock, fast, seed_text):
    _assert_same_tokens(stock(seed_text), fast(seed_text))


def test_voa_stories_annotated_identically(stock, fast, voa_stories):
    texts = _voa_sample(voa_stories)
    assert len(texts) >= 8
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        _assert_same_tokens(a, b)


def _parsed(nlp, texts: list[str]) -> list[Doc]:
    """The documents as the attribute ruler sees them (tagged and parsed, nothing after)."""
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        return list(nlp.pipe(texts))


def test_matches_equal_the_matcher_including_two_token_and_regex_rules(stock, fast):
    ruler = stock.get_pipe("attribute_ruler")
    faster = fast.get_pipe("attribute_ruler")
    docs = _parsed(stock, TRICKY)
    multi = {i for i, p in enumerate(ruler.patterns) if any(len(x) > 1 for x in p["patterns"])}
    regex = {i for i, p in enumerate(ruler.patterns) if "REGEX" in str(p["patterns"])}
    fired: set[int] = set()
    for doc in docs:
        expected = ruler.match(doc)
        assert faster.match(doc) == expected
        fired.update(m[0] for m in expected)
    assert fired & multi, "the sentences should exercise a two-token pattern"
    assert fired & regex, "the sentences should exercise a REGEX pattern"


@pytest.mark.parametrize(("overwrite", "memory"), [(False, None), (True, None), (False, 3)])
def test_lemmatizer_same_lemmas(stock, fast, overwrite, memory):
    """With and without ``overwrite``, and with a memory cleared every few words."""
    texts = [*TRICKY, "The ministers said the talks were going well and prices rose."]
    base = stock.get_pipe("lemmatizer")
    faster = fast.get_pipe("lemmatizer")
    old = base.overwrite, faster.overwrite
    try:
        base.overwrite = faster.overwrite = overwrite
        if memory is not None:
            faster.MEMORY = memory
        with stock.select_pipes(disable=["lemmatizer", "ner"]):
            docs = list(stock.pipe(texts))
        for doc in docs:
            a, b = Doc(doc.vocab).from_bytes(doc.to_bytes()), doc
            if overwrite and len(doc) > 1:
                a[1].lemma_ = b[1].lemma_ = "placeholder"
            assert (base(a).to_array(LEMMA) == faster(b).to_array(LEMMA)).all()
    finally:
        base.overwrite, faster.overwrite = old
        vars(faster).pop("MEMORY", None)


@pytest.mark.parametrize("token", [
    {"LOWER": "a", "OP": "?"},  # an operator
    {"POS": "NOUN"},  # an attribute the plan does not read
    {"LENGTH": {">=": 3}},  # a comparison predicate
    {"LOWER": {"FUZZY": "hello"}},
    {"_": {"flag": True}},  # an extension attribute
    {},  # any token
    {"LOWER": {"IN": ["a", -1]}},  # not a string id
])
def test_unsupported_pattern_keeps_spacys_component(token):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "the"}]], {"LEMMA": "the"})
    ruler.add([[token]], {"LEMMA": "x"})
    assert compile_rules(ruler.patterns) is None
    assert use_fast_components(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def test_supported_patterns_on_a_blank_pipeline_match_identically():
    def build():
        nlp = spacy.blank("en")
        ruler = nlp.add_pipe("attribute_ruler")
        ruler.add([[{"LOWER": {"IN": ["cats", "dogs"]}}]], {"LEMMA": "animal", "POS": "NOUN"})
        ruler.add([[{"TEXT": "New"}, {"ORTH": "York"}]], {"LEMMA": "york"}, index=-1)
        ruler.add([[{"IS_SPACE": True}]], {"POS": "SPACE"})
        ruler.add([[{"LOWER": {"REGEX": "^dog", "NOT_IN": ["dogma"]}}]], {"LEMMA": "dog"})
        return nlp

    stock, fast = build(), build()
    assert use_fast_components(fast) == ["attribute_ruler"]
    text = "Cats and dogs in New York, \n New  York dogma dogs."
    a, b = stock(text), fast(text)
    assert a.to_array([POS, LEMMA]).tolist() == b.to_array([POS, LEMMA]).tolist()
    by_text = {token.text: token for token in b}
    york = [token.lemma_ for token in b if token.text == "York"]
    assert york == ["york", ""]  # "New  York": a space token in between, no match
    assert by_text["dogs"].lemma_ == "dog"
    assert by_text["Cats"].lemma_ == "animal" and by_text["dogma"].lemma_ == ""
    assert any(token.pos_ == "SPACE" for token in b)
