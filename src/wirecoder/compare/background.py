"""Sentences that state no side's matter, though a side was read for them (round 19, ro19).

The readout guideline (``data/gold/readouts/GUIDELINE.md``) makes a point of a matter a side
states: "A side's statement of no comment is not a point", and unattributed narration belongs
to no side. Two kinds of sentence got a side from the side-reading rules while stating
none (counted over the development sets in ``docs/compare.md``, "Round 19 (ro19)"):

- a **no-comment** sentence: the whole sentence says that the speaker said nothing ("He gave
  no further details.", "She did not say when the talks would resume."). These join the
  lexicon's ``no_comment`` phrases ("declined to comment", read by ``claims.no_comment``,
  which keeps a sentence that goes on to state something: "…, but said…"); this module
  holds the second kind:
- a **correspondent's lead-in**: the reporter of the story names himself ("<Name> reports from
  <city>", "VOA's <Name> reports…") and tells the rest in his own words, with no speaker of
  a side after the lead-in. A lead-in followed by a side's reporting verb ("…reports the rebels
  say…") is kept: the side speaks there.
"""

from __future__ import annotations

import re

__all__ = ["not_a_point", "reporter_lead"]

# "<First> <Last> reports", "VOA's <First> <Last> reports", "correspondent <First> <Last>
# reports", optionally after an opening place phrase ("In Miami, …").
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_REPORTER = re.compile(
    r"^\W*(?:(?:In|From)\s+[A-Z][\w .'’-]{0,40},\s*)?(?:As\s+)?(?:VOA(?:'s|’s)\s+"
    r"(?:correspondent\s+)?|[Cc]orrespondent\s+)?" + _NAME + r"\s+reports\b")
# A side's speaker after the lead-in: "…reports the rebels say…", "…where officials
# insisted…".
_LATER_SPEAKER = re.compile(
    r"(?i)\b(?:say|says|said|insist(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|accus(?:e|es|ed)|"
    r"warn(?:s|ed)?|told|tell|tells|claim(?:s|ed)?|argu(?:e|es|ed))\b")

def reporter_lead(text: str) -> bool:
    """Whether the sentence is the story's correspondent telling the news in his own words.

    Args:
        text: One sentence.

    Returns:
        True for "<Name> reports from <city> the talks stalled."; False when a side's
        speaker follows the lead-in ("…reports the rebels say…").
    """
    found = _REPORTER.search(text)
    return found is not None and not _LATER_SPEAKER.search(text[found.end():])


def not_a_point(text: str) -> bool:
    """Whether a sentence states no side's matter though a side was read for it."""
    return reporter_lead(text)
