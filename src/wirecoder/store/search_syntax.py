"""The search query syntax, and its translation to SQLite FTS5 and PostgreSQL tsquery.

One syntax on both backends (documented in ``docs/store.md``):

=====================  ==============================================================
``iran talks``         both words (stemmed: ``talks`` also finds ``talk``, ``talked``)
``"prime minister"``   the words next to each other, in this order (a phrase)
``iran OR iraq``       either side; ``OR`` binds the two neighbouring terms
``-israel``            leave out articles with the word (also ``NOT israel``)
``negoti*``            any word starting with ``negoti`` (a prefix)
=====================  ==============================================================

Both backends index word *stems* (``negotiations`` is stored as ``negoti``), so a prefix
matches the start of a stem: ``negoti*`` finds negotiate, negotiations, negotiator, but
``negotiat*`` finds nothing on either backend. Use short prefixes.

Words are runs of letters and digits; other characters separate them (so a term like
``U.S.`` is the phrase ``"U S"``). A query is bounded: at most :data:`MAX_TERMS` terms
and :data:`MAX_CHARS` characters, and it needs one term that is not negated. The parsed
query becomes an FTS5 expression (every term quoted, so no FTS5 syntax leaks through)
and a PostgreSQL ``tsquery`` built with ``plainto_tsquery`` / ``phraseto_tsquery`` /
``to_tsquery(':*')`` from bound parameters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .config import SEARCH_MAX_CHARS, SEARCH_MAX_TERMS, store_error

__all__ = ["MAX_CHARS", "MAX_TERMS", "Query", "Term", "parse_query"]

MAX_CHARS = SEARCH_MAX_CHARS
MAX_TERMS = SEARCH_MAX_TERMS

_TOKEN = re.compile(r'(-?)"([^"]*)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+")
_FIX = (f'use up to {MAX_TERMS} words or "phrases", optionally OR, -word / NOT word, '
        "prefix*, in at most {chars:,} characters")


@dataclass(frozen=True)
class Term:
    """One searched unit: a word (``words`` of one item) or a phrase, maybe a prefix."""

    words: tuple[str, ...]
    prefix: bool = False
    raw: str = ""

    def fts5(self) -> str:
        """The term as an FTS5 string (quoted; ``*`` marks a prefix)."""
        return '"' + " ".join(self.words) + '"' + ("*" if self.prefix else "")


@dataclass
class Query:
    """A parsed query: groups that must all match (each an OR of terms), and exclusions."""

    groups: list[list[Term]] = field(default_factory=list)
    excluded: list[Term] = field(default_factory=list)

    @property
    def terms(self) -> list[Term]:
        """Every positive term, in query order."""
        return [term for group in self.groups for term in group]

    def fts5(self) -> str:
        """Translate to an FTS5 ``MATCH`` expression."""
        positive = " AND ".join(
            "(" + " OR ".join(t.fts5() for t in group) + ")" for group in self.groups)
        if not self.excluded:
            return positive
        return f"({positive}) NOT (" + " OR ".join(t.fts5() for t in self.excluded) + ")"

    def tsquery(self, config: str = "english") -> tuple[str, dict[str, Any]]:
        """Translate to a PostgreSQL ``tsquery`` SQL expression and its bound parameters."""
        params: dict[str, Any] = {}

        def term_sql(term: Term) -> str:
            name = f"sq{len(params)}"
            if term.prefix:
                *head, last = term.words
                params[name] = " <-> ".join([*head, f"{last}:*"])
                return f"to_tsquery('{config}', :{name})"
            # the text as written: PostgreSQL's parser keeps "U.S." as one token
            params[name] = term.raw or " ".join(term.words)
            return f"phraseto_tsquery('{config}', :{name})"

        positive = " && ".join(
            "(" + " || ".join(term_sql(t) for t in group) + ")" for group in self.groups)
        for term in self.excluded:
            positive += f" && !!({term_sql(term)})"
        return positive, params


def _fail(detail: str) -> Exception:
    return store_error("S010", detail=detail,
                       fix=_FIX.format(chars=MAX_CHARS) + ", e.g. '\"trade deal\" china -tariff*'.")


def parse_query(text: object) -> Query:
    """Parse ``text`` in the search syntax above.

    Raises:
        StoreError: ``S010`` for a query that is not a string, too long, with too many
            terms, or without any term to find.
    """
    if not isinstance(text, str):
        raise _fail(f"it is a {type(text).__name__}, not text")
    if len(text) > MAX_CHARS:
        raise _fail(f"{len(text):,} characters")
    query = Query()
    join_next = negate_next = False
    count = 0
    for match in _TOKEN.finditer(text):
        minus, phrase, star, bare = match.groups()
        if bare in ("OR", "|"):
            join_next = bool(query.groups)
            continue
        if bare in ("NOT", "AND"):
            negate_next = bare == "NOT"
            continue
        negated = negate_next or bool(minus) or bool(bare and bare.startswith("-"))
        raw = phrase if phrase is not None else bare.lstrip("-")
        prefix = bool(star) or (bare is not None and raw.endswith("*"))
        words = tuple(_WORD.findall(raw.lower().replace("_", " ")))
        negate_next = False
        if not words:
            continue
        count += 1
        if count > MAX_TERMS:
            raise _fail(f"more than {MAX_TERMS} terms")
        term = Term(words=words, prefix=prefix, raw=raw.rstrip("*"))
        if negated:
            query.excluded.append(term)
        elif join_next:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        join_next = False
    if not query.groups:
        raise _fail("no word to find" + (" (only excluded words)" if query.excluded else ""))
    return query
