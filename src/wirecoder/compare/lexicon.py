"""The comparer's lexicon (``data/compare/lexicon.yaml``), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..yamlfile import load_yaml

__all__ = ["Lexicon", "load_lexicon"]

# Round 24 (roside24): also read ``reporting.narrated_adverbs`` / ``narrated_verbs`` (a side's
# narrated stance: "China Wednesday repeated…", "Tokyo is pointing to…", "X has accepted…").
NARRATED_REPORTING = True
LEXICON_PATH = Path(__file__).resolve().parent.parent / "data" / "compare" / "lexicon.yaml"


def _words(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(patterns) + r")(?![\w-])", re.IGNORECASE)


@dataclass(frozen=True)
class Lexicon:
    """Compiled patterns of the comparer."""

    anchors: dict[str, re.Pattern[str]]
    positive: re.Pattern[str]
    negative: re.Pattern[str]
    negation: re.Pattern[str]
    denial: re.Pattern[str]
    modality: re.Pattern[str]
    demand: re.Pattern[str]
    scope: re.Pattern[str]
    initiator: tuple[re.Pattern[str], ...]
    commentators: re.Pattern[str]
    reporting: re.Pattern[str]
    sources: dict[str, re.Pattern[str]]
    institutions: dict[str, re.Pattern[str]]
    organizations: dict[str, re.Pattern[str]]
    backref: re.Pattern[str]
    proposal: re.Pattern[str]
    unnamed: re.Pattern[str]
    reciprocal: re.Pattern[str]
    contrast: re.Pattern[str]
    no_comment: re.Pattern[str]
    withholding: re.Pattern[str]
    reply: re.Pattern[str]
    continuation: re.Pattern[str]
    cessation: re.Pattern[str]
    state_media: re.Pattern[str]


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Load and compile the lexicon at ``path`` (default: the bundled one)."""
    data = load_yaml(Path(path or LEXICON_PATH), "Comparer lexicon", lines=False)
    reporting = data["reporting"]
    adverbs, verbs = list(reporting["adverbs"]), list(reporting["verbs"])
    if NARRATED_REPORTING:
        adverbs += reporting.get("narrated_adverbs", [])
        verbs += reporting.get("narrated_verbs", [])
    return Lexicon(
        anchors={name: _words(pats) for name, pats in data["anchors"].items()},
        positive=_words(data["tone"]["positive"]),
        negative=_words(data["tone"]["negative"]),
        negation=_words(data["negation"]),
        denial=_words(data["denial"]),
        modality=_words(data["modality"]),
        demand=_words(data["demand"]),
        scope=_words(data["scope"]),
        initiator=tuple(re.compile(p) for p in data["initiator"]),
        commentators=_words(data["commentators"]),
        reporting=re.compile(
            r"(?:\s*,[^,]{1,160},){0,2}\s+(?:(?:" + "|".join(adverbs)
            + r"|[a-z]+ly)\s+)*"
            r"(?:" + "|".join(verbs) + r")(?![\w-])", re.IGNORECASE),
        sources={side: _words(pats) for side, pats in data["sources"].items()},
        institutions={side: _words(pats) for side, pats in data["institutions"].items()},
        organizations={side: _words(pats) for side, pats in data["organizations"].items()},
        backref=_backref(data["backref"]),
        proposal=_words(data["proposal"]),
        unnamed=_words(data["unnamed"]),
        reciprocal=_words(data["reciprocal"]),
        contrast=re.compile("|".join(data["contrast"])),
        no_comment=_words(data["no_comment"]),
        withholding=_words(data["withholding"]),
        reply=_words(data["reply"]),
        continuation=_words(data["continuation"]),
        cessation=_words(data["cessation"]),
        state_media=_words(data["state_media"]),
    )


#: Round 24: a denial verb followed by a bare plural claim noun is a referring denial.
BARE_CLAIM_DENIALS = True
BARE_CLAIMS = ("allegations", "accusations", "claims", "charges", "assertions", "insinuations")


def _backref(data: dict[str, list[str]]) -> re.Pattern[str]:
    """A reference back to another side's claim: "the allegations", "dismissing them".

    A determiner (a capitalized possessive, "Washington's", is matched case-sensitively)
    before up to four words ("the Northern Shield Front statement") and a claim noun, or a
    denial verb followed by a pronoun.
    """
    determiners = [d if d[:1] != "[" else f"(?-i:{d})" for d in data["determiners"]]
    noun = (r"(?:" + "|".join(determiners) + r")\s+(?:[\w.'’-]+\s+){0,4}?(?:"
            + "|".join(data["nouns"]) + ")")
    pronoun = (r"(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*)\s+(?:"
               + "|".join(data["pronouns"]) + ")")
    # Round 24: a bare plural claim noun right after the denial verb ("rejects allegations
    # the U.S. was involved", "dismissed accusations of meddling") refers back as well.
    bare = (r"(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*|refut\w*|rebut\w*)\s+(?:"
            + "|".join(BARE_CLAIMS) + ")") if BARE_CLAIM_DENIALS else pronoun
    return re.compile(r"(?<![\w-])(?:" + noun + "|" + pronoun + "|" + bare + r")(?![\w-])",
                      re.IGNORECASE)
