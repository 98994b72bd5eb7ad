"""Which context phrases of the lexicon can occur in a scope's words (round 21, speed21).

:func:`wirecoder.events.rules.apply_cues` tests every padded context phrase (" supply chain ")
as a substring of the scope's padded forms. When the forms hold no space, the text between
two spaces of the padded forms is one form, so a phrase found there starts with a form of
the scope: only the phrases whose first word is among the scope's words can match, and
testing only those, in lexicon order, gives the same contexts in the same order.
"""

from __future__ import annotations

from .lexicon import Lexicon

__all__ = ["phrase_firsts", "phrases_to_test"]

_KEY = "_phrase_firsts"


def phrase_firsts(lexicon: Lexicon) -> dict[str, list[int]] | None:
    """Return the positions of the lexicon's context phrases by first word (once per lexicon).

    None when a phrase is not words joined by single spaces (then every phrase is tested).
    """
    if _KEY not in lexicon.__dict__:
        firsts: dict[str, list[int]] | None = {}
        for k, (phrase, _) in enumerate(lexicon.context_phrases):
            words = phrase.split(" ")
            if firsts is None or not all(words):
                firsts = None
                continue
            firsts.setdefault(words[0], []).append(k)
        lexicon.__dict__[_KEY] = firsts
    found: dict[str, list[int]] | None = lexicon.__dict__[_KEY]
    return found


def phrases_to_test(lexicon: Lexicon, padded: list[tuple[str, str]], words: set[str],
                    text: str, count: int) -> list[tuple[str, str]]:
    """Return the items of ``padded`` whose phrase may occur in ``f" {text} "``, in order.

    Args:
        lexicon: The lexicon whose ``context_phrases`` ``padded`` pads, in the same order.
        padded: ``(f" {phrase} ", name)`` of each context phrase.
        words: The scope's forms (and lemmas).
        text: The scope's ``count`` forms joined by single spaces.
        count: How many forms ``text`` joins.
    """
    firsts = phrase_firsts(lexicon)
    if firsts is None or text.count(" ") != count - 1:  # a form holds a space: test all
        return padded
    return [padded[k] for k in sorted(k for first, ks in firsts.items() if first in words
                                      for k in ks)]
