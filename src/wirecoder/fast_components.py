"""Output-identical, faster replacements for two spaCy components of the pipeline.

Profiling the stock ``en_core_web_sm`` pipeline on news text shows two rule components
costing almost as much as the statistical parser: the **attribute ruler** (its ``Matcher``
tries 179 mostly single-token patterns per token, the ``IN`` / ``NOT_IN`` sets as Python
callbacks) and the **rule lemmatizer** (a Python loop building a ``Token`` per word). This
module replaces them with subclasses that give the same annotations, token for token:

- :class:`FastAttributeRuler` evaluates the ruler's *own* patterns (read from the loaded
  model, never copied) over the document's attribute columns with numpy (exact values,
  ``IN``, ``NOT_IN``, ``REGEX``; multi-token patterns as shifted masks) and hands the
  matches, in spaCy's order, to spaCy's own ``set_annotations``. All matching is done on the
  document before any attribute is set, as with the ``Matcher``. A pattern set with any
  other feature (operators, other attributes or predicates) is not compiled: the stock
  component is kept (:func:`compile_rules` returns None).
- :class:`FastRuleLemmatizer` calls spaCy's ``rule_lemmatize`` once per distinct
  ``(ORTH, POS, MORPH)`` of a document (the key of spaCy's own lemma cache; the rule result
  depends on nothing else) and writes the LEMMA column at once, skipping tokens whose lemma
  is already set unless ``overwrite``, as the stock component does.

:func:`use_fast_components` swaps them into a loaded pipeline under the same names; the
``fast_components`` setting (:class:`wirecoder.settings.Settings`) turns this off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

__all__ = ["FastAttributeRuler", "FastRuleLemmatizer", "RulePlan", "compile_rules",
           "use_fast_components"]

#: Token attributes the compiled matcher reads (pattern key -> spaCy attribute id).
_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP,
          "IS_SPACE": IS_SPACE}
#: Attributes whose values are strings (REGEX applies to them only).
_STRING_ATTRS = frozenset((ORTH, LOWER, TAG, DEP))
_SET_PREDICATES = ("IN", "NOT_IN")

Test = tuple[int, str, Any]  # (attribute id, "eq" | "IN" | "NOT_IN" | "REGEX", value)
Spec = tuple[Test, ...]  # one token of a pattern: every test must hold


@dataclass(frozen=True)
class _Rule:
    attr_index: int  # position of the pattern set in the ruler (its attrs and index)
    match_id: int  # the Matcher key (hash of str(attr_index)) spaCy reports
    alternatives: tuple[tuple[Spec, ...], ...]  # the pattern set's token patterns


class RulePlan:
    """The attribute ruler's patterns compiled to column tests (see :func:`compile_rules`).

    For a document, every distinct test is one row of a boolean matrix (all exact-value
    tests of one attribute in one comparison), every token pattern the AND of its tests'
    rows, and the matches of the single-token rules come out of one ``np.nonzero`` already
    in spaCy's order (rule, start); multi-token rules AND shifted rows.
    """

    def __init__(self, rules: Sequence[_Rule]) -> None:
        self.rules = tuple(rules)
        specs = list(dict.fromkeys(spec for rule in self.rules for alt in rule.alternatives
                                   for spec in alt))
        tests = list(dict.fromkeys(test for spec in specs for test in spec))
        self.attr_ids: list[int | str] = sorted({test[0] for test in tests})
        column = {attr: i for i, attr in enumerate(self.attr_ids)}
        test_row = {test: i for i, test in enumerate(tests)}
        spec_row = {spec: i for i, spec in enumerate(specs)}
        self._n_tests, self._n_specs = len(tests), len(specs)
        self._eq = [
            (column[attr], _ints([test_row[t] for t in tests if t[:2] == (attr, "eq")]),
             np.array([t[2] for t in tests if t[:2] == (attr, "eq")], dtype=np.uint64)[:, None])
            for attr in self.attr_ids if any(t[:2] == (attr, "eq") for t in tests)]
        self._other = [(test_row[t], column[t[0]], t[1], _predicate_value(t)) for t in tests
                       if t[1] != "eq"]
        single = [spec for spec in specs if len(spec) == 1]
        self._single = (_ints([spec_row[s] for s in single]),
                        _ints([test_row[s[0]] for s in single]))
        self._multi = [(spec_row[s], _ints([test_row[t] for t in s])) for s in specs
                       if len(s) > 1]
        simple = [i for i, rule in enumerate(self.rules)
                  if len(rule.alternatives) == 1 and len(rule.alternatives[0]) == 1]
        self._simple_rules = _ints(simple)
        self._simple_specs = _ints([spec_row[self.rules[i].alternatives[0][0]] for i in simple])
        self._complex = [(i, [[spec_row[s] for s in alt] for alt in rule.alternatives])
                         for i, rule in enumerate(self.rules) if i not in set(simple)]

    def hits(self, doc: Doc) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return the matches as arrays ``(rule position, start, length)``, in spaCy's order.

        The order is that of ``AttributeRuler.match`` (rule, then start, then end), without
        duplicates.
        """
        n = len(doc)
        empty = _ints([])
        if n == 0 or not self.rules:
            return empty, empty, empty
        specs = self._spec_rows(doc, n)
        rows, starts = np.nonzero(specs[self._simple_specs])
        parts = [(self._simple_rules[rows], starts, np.ones(len(starts), dtype=np.intp))]
        for position, alternatives in self._complex:
            for alt in alternatives:
                size = len(alt)
                if size > n:
                    continue
                mask = specs[alt[0], : n - size + 1]
                for offset in range(1, size):
                    mask = mask & specs[alt[offset], offset : n - size + 1 + offset]
                found = np.flatnonzero(mask)
                parts.append((np.full(len(found), position, dtype=np.intp), found,
                              np.full(len(found), size, dtype=np.intp)))
        if len(parts) == 1:
            return parts[0]
        rule, start, length = (np.concatenate(column) for column in zip(*parts, strict=True))
        order = np.lexsort((length, start, rule))
        rule, start, length = rule[order], start[order], length[order]
        keep = np.ones(len(rule), dtype=bool)
        keep[1:] = (np.diff(rule) != 0) | (np.diff(start) != 0) | (np.diff(length) != 0)
        return rule[keep], start[keep], length[keep]

    def matches(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Return ``(attr_index, match_id, start, end)`` sorted, as ``AttributeRuler.match``."""
        rule, start, size = self.hits(doc)
        attr_index = [self.rules[r].attr_index for r in rule.tolist()]
        match_id = [self.rules[r].match_id for r in rule.tolist()]
        return list(zip(attr_index, match_id, start.tolist(), (start + size).tolist(),
                        strict=True))

    def _spec_rows(self, doc: Doc, n: int) -> np.ndarray:
        columns = doc.to_array(list(self.attr_ids)).reshape(n, len(self.attr_ids))
        tests = np.empty((self._n_tests, n), dtype=bool)
        for col, rows, values in self._eq:
            tests[rows] = columns[:, col][None, :] == values
        for row, col, kind, value in self._other:
            tests[row] = _predicate_mask(columns[:, col], kind, value, doc.vocab.strings)
        specs = np.empty((self._n_specs, n), dtype=bool)
        specs[self._single[0]] = tests[self._single[1]]
        for row, test_rows in self._multi:
            specs[row] = np.logical_and.reduce(tests[test_rows], axis=0)
        return specs


def _ints(values: Sequence[int]) -> np.ndarray:
    return np.array(values, dtype=np.intp)


def _predicate_value(test: Test) -> Any:
    if test[1] == "REGEX":
        return _CachedRegex(test[2])
    return np.array(test[2], dtype=np.uint64)[:, None]


class _CachedRegex:
    """A REGEX predicate with its result remembered per string id (a string's hash)."""

    #: Results kept per pattern before the memory is cleared (a bounded cache).
    LIMIT = 200_000

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.results: dict[int, bool] = {}

    def mask(self, column: np.ndarray, strings: StringStore) -> np.ndarray:
        results = self.results
        if len(results) > self.LIMIT:
            results.clear()
        keep = []
        for h in np.unique(column).tolist():
            found = results.get(h)
            if found is None:
                found = results[h] = bool(self.pattern.search(strings[h]))
            if found:
                keep.append(h)
        if not keep:
            return np.zeros(len(column), dtype=bool)
        found_in: np.ndarray = (column[None, :] == np.array(keep, dtype=np.uint64)[:, None])
        return np.asarray(found_in.any(axis=0))


def _predicate_mask(column: np.ndarray, kind: str, value: Any,
                    strings: StringStore) -> np.ndarray:
    if kind == "REGEX":  # searched in the attribute's string, as spaCy does
        regex: _CachedRegex = value
        return regex.mask(column, strings)
    found_in: np.ndarray = (column[None, :] == value).any(axis=0)
    return found_in if kind == "IN" else ~found_in


def compile_rules(patterns: Iterable[dict[str, Any]]) -> RulePlan | None:
    """Compile an attribute ruler's ``patterns`` (``AttributeRuler.patterns``) to a plan.

    Returns:
        The plan, or None when a pattern uses a feature the plan does not evaluate exactly
        as spaCy's ``Matcher`` (an operator, another attribute or predicate, an empty token
        pattern): the stock component must then be kept.
    """
    rules: list[_Rule] = []
    for attr_index, entry in enumerate(patterns):
        alternatives: list[tuple[Spec, ...]] = []
        for pattern in entry["patterns"]:
            specs = [_compile_spec(spec) for spec in pattern]
            if not specs or any(spec is None for spec in specs):
                return None
            alternatives.append(tuple(spec for spec in specs if spec is not None))
        rules.append(_Rule(attr_index, get_string_id(str(attr_index)), tuple(alternatives)))
    return RulePlan(rules)


def _compile_spec(spec: Any) -> Spec | None:
    if not isinstance(spec, dict) or not spec:
        return None
    tests: list[Test] = []
    for key, value in spec.items():
        attr = _ATTRS.get(key.upper()) if isinstance(key, str) else None
        if attr is None:
            return None
        if isinstance(value, dict):
            predicates = _compile_predicates(attr, value)
            if predicates is None:
                return None
            tests.extend(predicates)
        elif isinstance(value, str) or (isinstance(value, int) and value >= 0):
            tests.append((attr, "eq", get_string_id(value) if isinstance(value, str)
                          else int(value)))
        else:
            return None
    return tuple(tests)


def _compile_predicates(attr: int, value: dict[Any, Any]) -> list[Test] | None:
    tests: list[Test] = []
    for predicate, argument in value.items():
        if predicate in _SET_PREDICATES and isinstance(argument, list | tuple) and all(
                isinstance(v, str) or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)
                for v in argument):
            tests.append((attr, predicate, tuple(sorted({get_string_id(v) for v in argument}))))
        elif predicate == "REGEX" and attr in _STRING_ATTRS and isinstance(argument, str):
            tests.append((attr, predicate, re.compile(argument)))
        else:
            return None
    return tests or None


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with its ``match`` step computed from column tests.

    Everything else (patterns, serialization, ``set_annotations``) is spaCy's. When the
    patterns cannot be compiled the ``Matcher`` is used, so the output never differs.
    """

    _plan: RulePlan | None
    _plan_ready: bool = False

    def clear(self) -> None:
        """Reset all patterns (and the compiled plan)."""
        super().clear()
        self._plan_ready = False

    def add(self, patterns: Iterable[Any], attrs: dict, index: int = 0) -> None:
        """Add patterns as ``AttributeRuler.add``; the plan is compiled again when used."""
        super().add(patterns, attrs, index)
        self._plan_ready = False

    @property
    def plan(self) -> RulePlan | None:
        """The compiled patterns, or None when they need spaCy's ``Matcher``."""
        if not self._plan_ready:
            self._plan = compile_rules(self.patterns)
            self._plan_ready = True
        return self._plan

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Return the sorted matches of every pattern, as ``AttributeRuler.match``."""
        plan = self.plan
        return super().match(doc) if plan is None else plan.matches(doc)


class FastRuleLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, called once per distinct token (not per token).

    spaCy's ``rule_lemmatize`` computes a lemma from the token's text, POS and MORPH only
    (its cache key); this component remembers each result (a bounded memory of
    :attr:`MEMORY` keys, also for the base forms spaCy recomputes every time) and writes
    a document's LEMMA column at once. The tables are spaCy's, except that each POS's
    ``lemma_index`` list answers ``in`` through a set (spaCy scans the list: up to 57,528
    words per lookup), which gives the same answers.
    """

    #: Distinct (ORTH, POS, MORPH) lemmas remembered before the memory is cleared.
    MEMORY = 200_000
    _lemmas: dict[tuple[int, ...], str] | None = None

    def use_tables(self, lookups: Lookups) -> None:
        """Initialize with the tables of a loaded lemmatizer (``lemma_index`` indexed)."""
        tables = Lookups()
        for name in lookups.tables:
            table = lookups.get_table(name)
            if name == "lemma_index":
                table = Table(name, {key: _IndexList(words) for key, words in table.items()})
            tables.set_table(name, table)
        self.initialize(lookups=tables)

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token whose lemma is unset (every token if ``overwrite``)."""
        if self.mode != "rule":  # pragma: no cover - only rule mode is swapped in
            return super().__call__(doc)
        if not self._validated:
            self._validate_tables(Errors.E1004)
        error_handler = self.get_error_handler()
        try:
            self._lemmatize_doc(doc)
            return doc
        except Exception as e:  # same handling as spaCy's Lemmatizer.__call__
            return error_handler(self.name, self, [doc], e)

    def _lemmatize_doc(self, doc: Doc) -> None:
        n = len(doc)
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(n, 4)
        lemmas: Any = columns[:, 3].copy()
        todo = range(n) if self.overwrite else np.flatnonzero(lemmas == 0).tolist()
        if not todo:
            return
        keys = columns[:, :3].tolist()
        strings = doc.vocab.strings
        memory = self._memory()
        ids: dict[tuple[int, ...], int] = {}
        for i in todo:
            key = tuple(keys[i])
            lemma_id = ids.get(key)
            if lemma_id is None:
                lemma = memory.get(key)
                if lemma is None:
                    lemma = self.lemmatize(doc[i])[0]
                lemma_id = strings.add(lemma)
                if key[1]:  # POS unset: spaCy warns (W108) for every such token: no memory
                    memory[key] = lemma
                    ids[key] = lemma_id
            lemmas[i] = lemma_id
        doc.from_array([LEMMA], lemmas)

    def _memory(self) -> dict[tuple[int, ...], str]:
        if self._lemmas is None or len(self._lemmas) > self.MEMORY:
            self._lemmas = {}
        return self._lemmas


class _IndexList(list):
    """A word list (``lemma_index`` of one POS) whose ``in`` test uses a set."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._words = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._words


@Language.factory(
    "wirecoder_attribute_ruler",
    default_config={"validate": False,
                    "scorer": {"@scorers": "spacy.attribute_ruler_scorer.v1"}},
)
def make_fast_attribute_ruler(nlp: Language, name: str, validate: bool,
                              scorer: Any) -> FastAttributeRuler:
    """Build an empty :class:`FastAttributeRuler` (patterns are added by the caller)."""
    return FastAttributeRuler(nlp.vocab, name, validate=validate, scorer=scorer)


@Language.factory(
    "wirecoder_rule_lemmatizer",
    assigns=["token.lemma"],
    default_config={"model": None, "mode": "rule", "overwrite": False,
                    "scorer": {"@scorers": "spacy.lemmatizer_scorer.v1"}},
)
def make_fast_rule_lemmatizer(nlp: Language, model: Any, name: str, mode: str,
                              overwrite: bool, scorer: Any) -> FastRuleLemmatizer:
    """Build a :class:`FastRuleLemmatizer` (its tables are given by the caller)."""
    return FastRuleLemmatizer(nlp.vocab, model, name, mode=mode, overwrite=overwrite,
                              scorer=scorer)


def use_fast_components(nlp: Language) -> list[str]:
    """Swap the faster components into ``nlp`` in place, keeping the components' names.

    Only spaCy's own ``AttributeRuler`` whose patterns compile (:func:`compile_rules`) and
    the English rule-mode lemmatizer are replaced; anything else is left as loaded.

    Returns:
        The names of the replaced components.
    """
    replaced: list[str] = []
    for name, pipe in list(nlp.pipeline):
        if type(pipe) is AttributeRuler and compile_rules(pipe.patterns) is not None:
            patterns = pipe.patterns
            new = nlp.replace_pipe(name, "wirecoder_attribute_ruler",
                                   config={"validate": pipe.validate})
            assert isinstance(new, FastAttributeRuler)
            new.add_patterns(patterns)
            replaced.append(name)
        elif type(pipe) is EnglishLemmatizer and pipe.mode == "rule":
            new = nlp.replace_pipe(name, "wirecoder_rule_lemmatizer",
                                   config={"mode": pipe.mode, "overwrite": pipe.overwrite})
            assert isinstance(new, FastRuleLemmatizer)
            new.use_tables(pipe.lookups)
            replaced.append(name)
    return replaced
