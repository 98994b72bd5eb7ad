"""Sentences that state no side's matter, though a side was read for them (round 19, ro19).

The readout guideline (``data/gold/readouts/GUIDELINE.md``) makes a point of a matter a side
states: "A side's statement of no comment is not a point", and unattributed narration belongs
to no side. Two kinds of sentence got a side from the side-reading rules while stating
none (counted over the development sets in ``docs/compare.md``, "Round 19 (ro19)"):

- a **no-comment** sentence: the sentence says only that the speaker said nothing ("He gave
  no further details.", "She did not say when the talks would resume."). These join the
  lexicon's ``no_comment`` phrases ("declined to comment"), read by ``claims.no_comment``:
  the phrase must be the sentence's whole clause — only its speaker (and an opening phrase,
  "When contacted, …") before it, nothing stated after it. "X said it detained 14 men but
  would not elaborate", "X declined to say when… because the inquiry was still open", "X,
  who would not comment, said Y" state something and are kept (round 19 review). This module
  holds the second kind:
- a **correspondent's lead-in**: the reporter of the story names himself ("<Name> reports from
  <city>", "VOA's <Name> reports…", "Correspondent <Name> reports…") and tells the rest in
  his own words, with no speaker of a side after the lead-in. A lead-in followed by a side's
  reporting verb or "according to" ("…reports the rebels say…") is kept: the side speaks
  there. A name with no correspondent's mark ("<Name> reports that…") and an office or body
  ("the Defence Ministry reports…", "President <Name> reports…") are a side's statements.
"""

from __future__ import annotations

import re

__all__ = ["not_a_point", "reporter_lead"]

# "<First> <Last> reports from <place>", "<First> <Last> reports for VOA…", "VOA's <First>
# <Last> reports", "correspondent <First> <Last> reports", optionally after an opening place
# phrase ("In Miami, …"). A name alone before "reports" is no correspondent's mark (round 19
# review): "Bolivia's Defence Ministry reports…", "President Luis Arce reports…" are a side's
# statements. The name is two or three capitalised words, none an office, a body or a
# possessive (``_NOT_A_NAME``), and the correspondent is marked by "VOA's", "correspondent"
# or "reports from"/"reports for".
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})"
_PLACE = r"(?:(?:In|From)\s+[A-Z][\w .'’-]{0,40},\s*)?(?:As\s+)?"
_MARKED = re.compile(
    r"^\W*" + _PLACE + r"(?:VOA(?:'s|’s)\s+(?:[Cc]orrespondent\s+)?|[Cc]orrespondent\s+)"
    + _NAME + r"\s+reports\b")
_FROM = re.compile(r"^\W*" + _PLACE + _NAME + r"\s+reports\s+(?:from\b|for\s+[A-Z])")
# Words of an office, a body or a title: a phrase with one is no reporter's name.
_NOT_A_NAME = re.compile(
    r"\b(?:[A-Z]\w*(?:'s|’s)|President|Prime|Minister|Ministry|Secretary|Army|Navy|Air|Force|"
    r"Forces|Police|Guard|Command|Commander|General|Colonel|Chief|Government|Council|Office|"
    r"Agency|Department|Embassy|Committee|Party|Front|Movement|State|Television|TV|Radio|News|"
    r"Press|Media|Service|Times|Post|Network|Defence|Defense|Foreign|Interior|King|Queen|"
    r"Governor|Mayor|Senator|Ambassador|Spokesman|Spokeswoman|Officials?|Authority|"
    r"Authorities|Union|Nations|Republic|Kingdom|Court|Parliament|Assembly|Congress)\b")
# A side's speaker after the lead-in: "…reports the rebels say…", "…where officials
# insisted…", "…, according to police, …", "…, citing officers, …".
_LATER_SPEAKER = re.compile(
    r"(?i)\b(?:say|says|said|insist(?:s|ed)?|den(?:y|ies|ied)|reject(?:s|ed)?|accus(?:e|es|ed)|"
    r"warn(?:s|ed)?|told|tell|tells|claim(?:s|ed)?|argu(?:e|es|ed)|according to|citing|"
    r"quot(?:e|es|ed|ing))\b")

def reporter_lead(text: str) -> bool:
    """Whether the sentence is the story's correspondent telling the news in his own words.

    Args:
        text: One sentence.

    Returns:
        True for "<Name> reports from <city> the talks stalled."; False when a side's
        speaker follows the lead-in ("…reports the rebels say…").
    """
    found = _MARKED.search(text) or _FROM.search(text)
    if found is None or _NOT_A_NAME.search(found.group("name")):
        return False
    return not _LATER_SPEAKER.search(text[found.end():])


def not_a_point(text: str) -> bool:
    """Whether a sentence states no side's matter though a side was read for it."""
    return reporter_lead(text)
