"""Sentences of an account turned into claims: anchors, participants, numbers, polarity, tone.

Claims lean on what degrades gracefully — topic anchors, quotes and the sentence's words —
and use the event coder's output (event types, actors, negation) as one signal among others,
so an event the coder misses or mislabels weakens a claim but does not remove it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from ..models import Analysis, Quantity
from .background import not_a_point
from .lexicon import Lexicon
from .models import Claim
from .sentences import sentence_of
from .sides import countries_named

__all__ = ["STOPWORDS", "WORD", "build_claims", "content_words", "phrases"]

WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_STOP_TEXT = """
# noqa: SIM905 - a word list reads better as text a about above after again against all also
am an and any are as at be because been before being below between both but by can could did
do does doing down during each few for from further had has have having he her here hers
herself him himself his how i if in into is it its itself just me more most my myself no nor
not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to
too under until up very was we were what when where which while who whom why will with would
you your yours yourself said says say saying told tell telling added adding according
statement statements spokesperson spokesman spokeswoman minister ministry foreign president
prime secretary official officials side sides two both also however still earlier later
monday tuesday wednesday thursday friday saturday sunday week today yesterday year years
month months mr ms call calls called
"""
STOPWORDS = frozenset(_STOP_TEXT.split())


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    word = word.lower().replace("’", "'")
    word = word.removesuffix("'s").strip("'-")
    for suffix in ("ings", "ing", "ations", "ation", "ies", "ied", "es", "ed", "ly", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word  # purpose(s) → purpos


def content_words(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    """Return the stemmed content words of ``text`` (no stopwords, no words in ``drop``)."""
    return frozenset(_stem(w) for w in WORD.findall(text)
                     if w.lower() not in STOPWORDS and w.lower() not in drop and len(w) > 2)


def phrases(text: str) -> frozenset[tuple[str, str]]:
    """Return the stemmed two-word phrases of ``text``.

    A phrase is two adjacent content words ("maximum pressure", "import price"); it names a
    matter more precisely than single words do.
    """
    return frozenset((_stem(a), _stem(b)) for a, b in pairwise(WORD.findall(text))
                     if _content(a) and _content(b))


def name_phrases(text: str) -> frozenset[tuple[str, str]]:
    """Return the stemmed two-word phrases of ``text`` that are names ("North Korea").

    Both words are capitalized: a place, a person or an institution, which names who
    takes part in the story rather than what is said about it.
    """
    return frozenset((_stem(a), _stem(b)) for a, b in pairwise(WORD.findall(text))
                     if _content(a) and _content(b) and a[:1].isupper() and b[:1].isupper())


# Words after which a name says where (round 16, after review): "in", "at", "near" …, and
# "north of", "west of" … (the direction word before "of").
PLACE_WORDS = frozenset((
    "in", "at", "near", "on", "from", "into", "across", "along", "around", "beside", "outside",
    "inside", "off", "onto", "toward", "towards", "via", "through", "within", "past", "beyond",
    "between"))
DIRECTIONS = frozenset((
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"))
_CAPITALIZED_RUN = re.compile(r"[A-Z][A-Za-z'’-]*(?:\s+[A-Z][A-Za-z'’-]*)+")


def where_names(text: str, participants: Iterable[str] = ()) -> frozenset[tuple[str, str]]:
    """Return the :func:`name_phrases` of ``text`` that name who or where, not what is said.

    A name counts so when it stands under a place word ("at Port Vela", "west of Kasaba
    Crossing", "in the Northern Assembly"), names one of the claim's ``participants``, or
    has no "the" before it (a person or a state: "Anton Valek"); a named thing that is the
    subject or object of the claim ("the Grand Arc Dam would generate power") is what is
    said about, and is left out.
    """
    found: set[tuple[str, str]] = set()
    actors = [p.lower() for p in participants if len(p) > 3]
    for run in _CAPITALIZED_RUN.finditer(text):
        names = name_phrases(run.group())
        if not names:
            continue
        before = WORD.findall(text[:run.start()])[-2:]
        named_thing = bool(before) and before[-1].lower() == "the"
        if named_thing:
            before = WORD.findall(text[:run.start()])[-3:-1]
        last = before[-1].lower() if before else ""
        placed = last in PLACE_WORDS or (
            last == "of" and len(before) > 1 and before[-2].lower() in DIRECTIONS)
        words = run.group().lower()
        if placed or not named_thing or any(a in words or words in a for a in actors):
            found |= names
    return frozenset(found)


def _content(word: str) -> bool:
    return word.lower() not in STOPWORDS and len(word) > 2


def build_claims(analysis: Analysis, account_id: str, spans: list[tuple[int, int]],
                 sides: dict[int, tuple[str, str, str | None]], lexicon: Lexicon,
                 parts: dict[int, tuple[int, int, bool, bool]] | None = None) -> list[Claim]:
    """Return one claim per sentence in ``sides`` ({sentence: (side, how, speaker)}).

    ``parts`` narrows the text read for a sentence to the side's part of it ({sentence:
    (start, end, reciprocal, answered)}, from ``joint.joint_sides``); the evidence stays the
    sentence. A part split off by an answering clause (``answered``) reads only the events and
    quantities of its own clause.
    """
    parts = parts or {}
    text = analysis.text
    by_sentence: dict[int, dict[str, list]] = {}
    for kind, found in (("event", analysis.events), ("quote", analysis.quotes),
                        ("quantity", analysis.quantities), ("entity", analysis.entities)):
        for number, record in enumerate(found):
            index = sentence_of(spans, record.start)
            by_sentence.setdefault(index, {}).setdefault(kind, []).append((number, record))
    covering: dict[int, list[str]] = {}
    for number, quote in enumerate(analysis.quotes):
        first = sentence_of(spans, quote.start)
        for index in range(first, sentence_of(spans, max(quote.end - 1, quote.start)) + 1):
            covering.setdefault(index, []).append(f"quote:{number}")
    claims = []
    for index in sorted(sides):
        side, _how, speaker = sides[index]
        start, end = spans[index]
        if no_comment(text[start:end], lexicon):
            continue  # "X declined to comment": no matter is stated (GUIDELINE: not a point)
        if not_a_point(text[start:end]):
            continue  # a correspondent's lead-in (round 19, background.py)
        records = dict(by_sentence.get(index, {}))
        records["entity_list"] = [e for _, e in records.pop("entity", [])]
        first, last, reciprocal, answered = parts.get(index, (start, end, False, False))
        if answered:  # the other side's clause is no part of this side's claim
            records = {kind: [(n, r) for n, r in found if first <= r.start < last]
                       if kind in ("event", "quantity") else found
                       for kind, found in records.items()}
        claim = _claim(text[first:last], account_id, index, start, end, side, speaker,
                       records, lexicon)
        claims.append(claim.model_copy(update={"quotes": tuple(covering.get(index, ())),
                                               "bounds": tuple(_bound(text, q) for _, q in
                                                               records.get("quantity", [])),
                                               "reciprocal": reciprocal,
                                               "answered": answered,
                                               "heads": _heads(records, first, last)}))
    return claims


def _heads(records: dict[str, list], first: int, last: int) -> tuple[tuple[int, int], ...]:
    """Offsets in the claim's text of its events' trigger words (``Claim.heads``)."""
    return tuple(sorted({(e.start - first, e.end - first) for _, e in records.get("event", [])
                         if first <= e.start and e.end <= last}))


STATES_AFTER = re.compile(r"\b(?:but|said|says|say|saying|added|adding|noted|noting|told|"
                          r"insisted|stressed|warned|because|since|citing|explaining|although|"
                          r"though|whereas)\b|,\s*as\b")
# Before the no-comment phrase, a statement: a reporting verb whose clause goes on, a
# contrast, or a coordinated verb ("detained 14 men and would not say where").
STATES_BEFORE = re.compile(r"\b(?:said|says|saying|told|tells|added|adding|noted|insisted|"
                           r"stressed|warned|announced|confirmed|reported|accused|denied|"
                           r"but|because|although|though)\b|[;:]|\b(?:and|or)\s*,?\s*$")
# A reporting frame whose clause is the no-comment itself: "X told reporters Friday she will
# not comment", "X said he would not elaborate".
NO_COMMENT_FRAME = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|the\s+\w+|[A-Z]\w*))(?:\s+(?:on\s+)?"
    r"[A-Z]\w*day)?\s*,?\s+(?:that\s+)?(?:he|she|it|they|we|I)\s+$")
SPEAKER_WORDS = 20  # at most this many words before the phrase (a speaker, an opening)


def no_comment(sentence: str, lexicon: Lexicon) -> bool:
    """Whether a sentence only says that a speaker would not comment.

    The no-comment phrase must be the sentence's whole clause (round 19 review): before it
    only its speaker and an opening phrase ("When contacted, a spokesman would not comment";
    a reporting frame whose clause it is, "X told reporters she will not comment"), after it
    nothing stated. "X said it detained 14 men but would not elaborate", "X declined to say
    when … because the inquiry was still open", "X declined to comment, but said Y" and "X,
    who would not comment on the talks, said Y" state something and are kept.

    Args:
        sentence: One sentence.
        lexicon: The comparer's lexicon (``no_comment``, ``contrast``).

    Returns:
        True when the sentence states no matter.
    """
    found = lexicon.no_comment.search(sentence)
    if found is None:
        return False
    before = sentence[:found.start()]
    frame = NO_COMMENT_FRAME.search(before)
    if frame is not None:
        before = before[:frame.start()]
    if STATES_BEFORE.search(before) or len(before.split()) > SPEAKER_WORDS:
        return False
    rest = sentence[found.end():]
    return not lexicon.contrast.search(rest) and not STATES_AFTER.search(rest)


#: Qualifiers of a number that the true value may exceed ("at least two") or stay under.
LOWER_BOUNDS = frozenset({"at least", "more than", "over", "just over", "well over", "upwards of",
                          "in excess of", "no fewer than", "no less than", "a bit more than",
                          "a little more than", "or more"})
UPPER_BOUNDS = frozenset({"up to", "at most", "less than", "fewer than", "under", "just under",
                          "no more than", "as few as", "as little as", "as much as",
                          "as many as", "barely", "a bit less than", "or less"})
#: An increment, no total: "two more people", "another two soldiers", "a further six".
INCREMENT_AFTER = re.compile(r"\s*(?:more|additional|further|other|new)\b", re.I)
INCREMENT_BEFORE = re.compile(r"\b(?:another|additional|further)\s+$", re.I)


def _bound(text: str, quantity: Quantity) -> str:
    """How a quantity is stated: 'exact', 'lower', 'upper' or 'about' (see ``Claim.bounds``)."""
    qualifier = (quantity.qualifier or "").lower()
    if qualifier in LOWER_BOUNDS or INCREMENT_AFTER.match(text, quantity.end) or \
            INCREMENT_BEFORE.search(text, max(0, quantity.start - 20), quantity.start):
        return "lower"
    if qualifier in UPPER_BOUNDS:
        return "upper"
    return "about" if qualifier or quantity.approximate else "exact"


def _claim(sentence: str, account_id: str, index: int, start: int, end: int, side: str,
           speaker: str | None, records: dict[str, list], lexicon: Lexicon) -> Claim:
    events = [e for _, e in records.get("event", [])]
    quantities = [q for _, q in records.get("quantity", [])]
    participants = sorted({p.country_code or p.entity_name for e in events
                           for p in (*e.actor, *e.recipient)}
                          | {e.country_code for e in records.get("entity_list", [])} - {None})
    numbers = tuple((q.about or q.counted or q.unit or q.kind or "", float(
        q.normalized_value if q.normalized_value is not None else q.value)) for q in quantities)
    positive = [m.group(0).lower() for m in lexicon.positive.finditer(sentence)]
    negative = [m.group(0).lower() for m in lexicon.negative.finditer(sentence)]
    ids = [*(e.id for e in events),
           *(f"quote:{n}" for n, _ in records.get("quote", [])),
           *(f"quantity:{n}" for n, _ in records.get("quantity", []))]
    spans = {name: [m.span() for m in pat.finditer(sentence)]
             for name, pat in lexicon.anchors.items()}
    found = {name: [a for a, _ in hits] for name, hits in spans.items()}
    return Claim(
        id=f"{account_id}:s{index}", account=account_id, side=side, start=start, end=end,
        text=sentence, speaker=speaker,
        anchors=tuple(name for name, starts in found.items() if starts),
        topics_named=len({start for starts in found.values() for start in starts}),
        event_types=tuple(sorted({e.event_type for e in events})),
        participants=tuple(participants), quantities=numbers,
        negated=bool(lexicon.negation.search(sentence)) or any(e.negated for e in events),
        denial=bool(lexicon.denial.search(sentence)),
        answers=bool(lexicon.denial.search(sentence) and lexicon.backref.search(sentence)),
        answers_to=_answers_to(sentence, lexicon),
        modal=bool(lexicon.modality.search(sentence)),
        demand=bool(lexicon.demand.search(sentence)) or any(
            e.event_type == "REQUEST" for e in events),
        exclusive=bool(lexicon.scope.search(sentence)),
        proposal=bool(lexicon.proposal.search(sentence)),
        withholds=bool(lexicon.withholding.search(sentence)),
        replies=bool(lexicon.reply.search(sentence)),
        course=course(sentence, lexicon),
        tone=tuple(dict.fromkeys(positive + negative)),
        tone_polarity=len(positive) - len(negative), records=tuple(ids),
        anchor_spans=tuple(sorted(((name, a, b) for name, hits in spans.items()
                                   for a, b in hits), key=lambda x: (x[1], x[0]))))


def course(sentence: str, lexicon: Lexicon) -> int:
    """+1 when the sentence vows to go on with an action, -1 when it wants one stopped.

    "will persist in its attacks" / "will not stop" → +1; "scale down their attacks",
    "must stop" → -1; neither (or a plain report of what happened) → 0.
    """
    if lexicon.continuation.search(sentence):
        return 1
    return -1 if lexicon.cessation.search(sentence) else 0


GROUP_NAME = re.compile(r"(?:[A-Z][\w'’-]+\s+){2,5}[A-Z][\w'’-]+")


def _answers_to(sentence: str, lexicon: Lexicon) -> tuple[str, ...]:
    """Sides a denial names as the author of what it rejects ("Pakistan's allegation")."""
    if not lexicon.denial.search(sentence):
        return ()
    found: dict[str, None] = {}
    for match in lexicon.backref.finditer(sentence):
        phrase = match.group(0)
        found.update(dict.fromkeys(sorted(countries_named(phrase))))
        # a group named in full ("the Northern Shield Front statement"): armed groups are
        # sides named by the group's name
        found.update(dict.fromkeys(m.group(0) for m in GROUP_NAME.finditer(phrase)))
        found.update(dict.fromkeys(side for side, pattern in lexicon.organizations.items()
                                   if pattern.search(phrase)))
    return tuple(found)
