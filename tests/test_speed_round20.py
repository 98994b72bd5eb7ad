"""Round 20 (branch speed20): output-identical speed work after the parse.

- ``token.sent`` / ``span.sent`` of a parsed document come from its cached sentences
  (spaCy's ``user_token_hooks`` / ``user_span_hooks``, installed by ``parsing.parse``);
- ``lowered_scan`` runs a case-insensitive pattern as its case-sensitive twin over the
  lower-cased text (the claim it rests on is checked here over all of Unicode);
- the conditional markers' heads are found once per document (``events/modality``);
- the three seeded quantity patterns share one seed scan (``quantities/detect``);
- the package lexicon paths are found and resolved once per process.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from spacy.tokens import Span

from wirecoder import lowered_scan
from wirecoder.events import lexicon, modality
from wirecoder.parsing import parse
from wirecoder.quantities import ages, detect, numbers, unitless, weather
from wirecoder.quantities import stage as quantity_stage
from wirecoder.textutil import install_sentence_hooks, sentence_bounds
from wirecoder.timex import spans as timex_spans

TEXT = ("The envoy of Freedonia arrived on Monday. If the talks fail, Ruritania will close "
        "the border!\n\nOfficials said they would meet again unless the storm hits. "
        "Whether the deal holds is unclear? Nobody knows.")


# --- token.sent / span.sent -------------------------------------------------------------


def test_sentence_hooks_give_spacys_sentences(nlp):
    hooked = next(parse(nlp, [TEXT]))
    plain = nlp(TEXT)  # no hooks: spaCy's own walk over the sentence starts
    assert "sent" in hooked.user_token_hooks and "sent" not in plain.user_token_hooks
    assert [(t.sent.start, t.sent.end) for t in hooked] == [
        (t.sent.start, t.sent.end) for t in plain]
    for a, b in [(0, 3), (5, 12), (8, 20), (len(plain) - 2, len(plain)), (4, 4)]:
        got, want = Span(hooked, a, b).sent, Span(plain, a, b).sent
        assert (got.start, got.end) == (want.start, want.end)
        assert got.label == want.label == 0
    starts, ends = sentence_bounds(hooked)
    assert list(zip(starts, ends, strict=True)) == [(s.start, s.end) for s in plain.sents]


def test_sentence_hooks_return_a_new_span_each_time(nlp):
    doc = next(parse(nlp, [TEXT]))
    assert doc[3].sent is not doc[3].sent
    assert doc[3].sent == doc[3].sent


def test_sentence_hooks_keep_a_documents_own_hooks(nlp):
    doc = nlp(TEXT)

    def own(span):
        return span.doc[0:1]

    doc.user_token_hooks["sent"] = own
    install_sentence_hooks(doc)
    assert doc.user_token_hooks["sent"] is own
    assert "sent" not in doc.user_span_hooks


# --- lowered_scan -------------------------------------------------------------------------


def _code_points() -> list[str]:
    return [chr(cp) for cp in range(sys.maxunicode + 1) if not 0xD800 <= cp <= 0xDFFF]


def _positions(pattern: str, text: str, flags: int = 0) -> list[int]:
    return [m.start() for m in re.finditer(pattern, text, flags)]


@pytest.mark.slow  # a sweep over every code point (≈ 3 s)
def test_only_the_unfolded_characters_break_lowering():
    chars = _code_points()
    multi = [c for c in chars if len(c.lower()) != 1]
    assert multi == ["İ"]
    kept = [c for c in chars if len(c.lower()) == 1]
    text = "".join(kept)
    low = "".join(c.lower() for c in kept)
    for cls in (r"\w", r"\s", r"\d", r"[0-9]"):
        assert _positions(cls, text) == _positions(cls, low), cls
    folded = {text[i] for i in _positions("[a-z]", text, re.I)}
    lowered = {text[i] for i in _positions("[a-z]", low)}
    assert folded ^ lowered == {"ı", "ſ"}
    for letter in string.ascii_lowercase:
        got = set(_positions(letter, text, re.I)) ^ set(_positions(letter, low))
        assert {text[i] for i in got} <= {"ı", "ſ"}, letter
    assert set(lowered_scan.UNFOLDED) == {"İ", "ı", "ſ"}


TWINNED = [numbers.SEED, timex_spans._STARTS, ages._AGE_CUE, ages._THRESHOLD,
           quantity_stage._BOILERPLATE, weather.MINUS_READING,
           *(cue for cue, _ in unitless._CUES if cue.flags & re.I)]


@pytest.mark.slow  # a sweep over every code point (≈ 2 s)
def test_the_scanned_patterns_have_twins_and_caseless_literals_only():
    chars = [c for c in _code_points() if len(c.lower()) == 1]
    text = "".join(chars)
    low = "".join(c.lower() for c in chars)
    for pattern in TWINNED:
        assert lowered_scan.twin(pattern) is not None, pattern.pattern[:40]
        for x in {c for c in pattern.pattern if not c.isascii()}:
            # nothing else lowers to x, and the flag folds nothing else onto it
            assert _positions(re.escape(x), low) == _positions(re.escape(x), text), x
            assert _positions(re.escape(x), text, re.I) == _positions(re.escape(x), text), x


def test_twin_refuses_what_it_cannot_mirror():
    assert lowered_scan.twin(re.compile("abc")) is None  # no flag
    assert lowered_scan.twin(re.compile(r"(?-i:M)\d", re.I)) is None  # inline flag
    assert lowered_scan.twin(re.compile(r"\bUS\b", re.I)) is None  # upper-case literal
    assert lowered_scan.twin(re.compile(r"a\Sb", re.I)) is None  # upper-case escape
    assert lowered_scan.twin(re.compile(r"(?P<n>\d+) tons", re.I)) is not None
    assert lowered_scan.twin(re.compile("ÿes", re.I)) is None  # a cased non-ASCII letter


SCAN_TEXTS = [
    "CHILDREN UNDER 5 and Residents Over 65 were AGED 40 or the Age of Eighteen.",
    "Between 3 and 5 MILLION people, a Twenty-Year-Old and 15-year-olds in Their 40s.",
    "Lows of -5 TO -8 overnight; a yearLONG wait. Copyright 2026, All Rights Reserved.",
    "İstanbul ſtreet: CHILDREN under 5, aged 33; the ſtate paid $4 million.",  # unfolded
    "Officials in Freedonia met ın Kelvin-town (K) on Monday, 3 May, by FRIDAY.",
]


@pytest.mark.parametrize("text", SCAN_TEXTS)
def test_lowered_scans_equal_the_case_insensitive_scans(text):
    for pattern in TWINNED:
        want = list(pattern.finditer(text))
        assert list(lowered_scan.spans(pattern, text)) == [m.span() for m in want]
        assert list(lowered_scan.starts(pattern, text)) == [m.start() for m in want]
        got = list(lowered_scan.finditer(pattern, text))
        assert [(m.span(), m.groupdict(), m.groups()) for m in got] == [
            (m.span(), m.groupdict(), m.groups()) for m in want]
        assert lowered_scan.search(pattern, text) == (pattern.search(text) is not None)


def test_lowered_is_none_for_an_unfolded_text():
    assert lowered_scan.lowered("İzmir") is None
    assert lowered_scan.lowered("Kelvin K") == "kelvin k"


@pytest.mark.parametrize("text", [
    *SCAN_TEXTS,
    "Prices rose fourfold, TWICE as fast; ONE IN five pays 3 Dollars, a MAGNITUDE 6 quake.",
    "Exports tripled to three times a week, M7 or m8."])
def test_unitless_cues_equal_the_case_insensitive_search(text):
    for cue, _ in unitless._CUES:
        assert unitless._cued(cue, text) == (cue.search(text) is not None), cue.pattern[:30]


# --- conditional markers --------------------------------------------------------------------


def test_conditional_heads_equal_the_children_test(nlp):
    doc = nlp(TEXT + " Unless Ruritania pays, if ever, lest they forget, Freedonia waits.")

    def by_children(token):
        return any(c.dep_ == "mark" and c.lower_ in modality._CONDITIONAL
                   for c in token.children)

    heads = modality._conditional_heads(doc)
    assert heads  # "If the talks fail", "unless the storm hits", ...
    assert [modality._conditional(t) for t in doc] == [by_children(t) for t in doc]
    assert modality._conditional_heads(doc) is heads  # once per document


# --- quantity seeds -------------------------------------------------------------------------


def test_seeded_scans_share_one_seed_scan():
    text = "About 5 tons, 40 km and 3 million euros; between 2 and 4 kg, a half mile."
    spans = numbers.windows(text)
    detect._seeds.cache_clear()
    for pattern in (detect.MONEY_POST, detect.MEASURE, detect.SYMBOL_MEASURE):
        got = [m.span() for m in detect._scan(pattern, text, spans, detect._starts(pattern))]
        assert got == [m.span() for s, e in spans for m in pattern.finditer(text, s, e)]
    assert detect._seeds.cache_info().misses == 1


# --- lexicon paths --------------------------------------------------------------------------


def test_lexicon_paths_are_found_once_and_resolve_as_before(tmp_path, monkeypatch):
    assert lexicon.builtin_path() is lexicon.builtin_path()
    assert lexicon.epithets_path() is lexicon.epithets_path()
    own = lexicon.epithets_path()
    assert lexicon._resolved(own) == own.resolve()
    monkeypatch.chdir(tmp_path)
    relative = Path("user.yaml")
    assert lexicon._resolved(relative) == tmp_path.resolve() / "user.yaml"  # not cached
