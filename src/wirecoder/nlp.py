"""spaCy model loading: lazy, once per process, pinned pipeline preferred."""

from __future__ import annotations

import functools
import importlib.util

import numpy as np
import spacy
from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFoundError
from .settings import DEFAULT_MODEL, FALLBACK_MODELS, Settings

__all__ = [
    "MAX_SENTENCE_TOKENS", "PARAGRAPH_COMPONENT", "load_nlp", "model_id", "nlp_for",
    "resolve_model_name",
]

#: Name of the component that makes every line break a sentence boundary.
PARAGRAPH_COMPONENT = "wirecoder_paragraphs"


#: A run-on "sentence" (no . ! ? or line break) is cut after this many tokens, so that the
#: per-sentence work of the stages stays bounded (the longest sentence of the VOA corpus
#: has 81 tokens).
MAX_SENTENCE_TOKENS = 150
_SENTENCE_END = frozenset((".", "!", "?"))


@Language.component(PARAGRAPH_COMPONENT)
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at the first word after a line break (a paragraph boundary).

    The statistical parser otherwise joins a paragraph's last sentence with the next
    paragraph's first when punctuation is missing or unusual (headlines, datelines, quotes),
    which breaks quote attribution and event arguments. Runs before the parser, which
    respects preset boundaries. A run of more than :data:`MAX_SENTENCE_TOKENS` tokens
    without sentence punctuation or line break is cut there too (hostile or garbled input).

    Only the tokens holding a line break are looked at (found from the distinct token
    texts); a document with such a long run goes through :func:`_cut_token_by_token`.
    """
    n = len(doc)
    if n == 0:
        return doc
    orth, space = doc.to_array([ORTH, IS_SPACE]).T
    strings = doc.vocab.strings
    distinct = np.unique(orth).tolist()
    breaks = np.isin(orth, [h for h in distinct if "\n" in strings[h]])
    enders = np.isin(orth, [h for h in distinct if strings[h] in _SENTENCE_END])
    marks = np.flatnonzero(breaks | enders)
    gaps = np.diff(marks, prepend=-1, append=n)  # a run is at most a gap between marks
    if gaps.max() > MAX_SENTENCE_TOKENS:
        return _cut_token_by_token(doc)
    words = np.flatnonzero(space == 0)
    at = np.searchsorted(words, np.flatnonzero(breaks) + 1)  # first word after each break
    for i in np.unique(words[at[at < len(words)]]).tolist():
        doc[i].is_sent_start = True
    return doc


def _cut_token_by_token(doc: Doc) -> Doc:
    """Set the boundaries of :func:`paragraph_boundaries` one token at a time."""
    after_break = False
    run = 0
    for token in doc:
        if run >= MAX_SENTENCE_TOKENS and not token.is_space:
            after_break = True
        if after_break and not token.is_space:
            token.is_sent_start = True
            after_break = False
            run = 0
        run += 1
        if "\n" in token.text or "\n" in token.whitespace_:
            after_break = True
        if token.text in _SENTENCE_END:
            run = 0
    return doc


def resolve_model_name(name: str | None = None) -> str:
    """Return the pipeline to load: ``name``, else the official model, else its PyPI twin.

    Raises:
        ModelNotFoundError: when no candidate pipeline is installed.
    """
    candidates = (name,) if name else (DEFAULT_MODEL, *FALLBACK_MODELS)
    for candidate in candidates:
        if importlib.util.find_spec(candidate) is not None or _is_path(candidate):
            return candidate
    raise ModelNotFoundError(name=name or DEFAULT_MODEL)


def _is_path(name: str) -> bool:
    from pathlib import Path

    return Path(name).joinpath("meta.json").exists()


def load_nlp(name: str | None = None, *, fast_components: bool | None = None) -> Language:
    """Load (once per process) and return the spaCy pipeline ``name``.

    Args:
        name: Pipeline package or path; None = the default (see :func:`resolve_model_name`).
        fast_components: Swap in wirecoder's output-identical faster attribute ruler and
            lemmatizer (:mod:`wirecoder.fast_components`); None = the default of
            :attr:`Settings.fast_components <wirecoder.settings.Settings>`.
    """
    if fast_components is None:
        fast_components = Settings.model_fields["fast_components"].default
    return _load_nlp(name, bool(fast_components))


def nlp_for(settings: Settings) -> Language:
    """Return the pipeline ``settings`` asks for (model and components), loaded once."""
    return _load_nlp(settings.model, settings.fast_components)


@functools.lru_cache(maxsize=4)
def _load_nlp(name: str | None, fast_components: bool) -> Language:
    resolved = resolve_model_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:  # pragma: no cover - broken installs only
        raise ModelNotFoundError(name=resolved) from exc
    if fast_components:
        from .fast_components import use_fast_components

        use_fast_components(nlp)
    if PARAGRAPH_COMPONENT not in nlp.pipe_names:
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        else:
            nlp.add_pipe(PARAGRAPH_COMPONENT)
    return nlp


def model_id(nlp: Language) -> str:
    """Return ``name-version`` of a loaded pipeline, as stored with each analysis."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
