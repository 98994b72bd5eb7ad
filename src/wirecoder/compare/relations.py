"""The relation of two or more sides' matters in one point (split out of ``align.py``, round 19).

Rules are tried in the order of ``docs/compare.md`` (Relations): numbers, counter-accusations,
withheld judgment, counter-demands, a referring denial, polarity (a negated modal statement is
framing, a refusal to act is framing, a denied fact a contradiction), course of action, tone,
predicate, and within one story a sentence split by an answering clause and statements made
apart in other words. Exclusive scope is applied to the finished points
(:func:`exclusive_scope`). ``align`` builds the points; this module only judges them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .countries import countries_named
from .lexicon import load_lexicon
from .matters import Matter
from .matters import jaccard as _jaccard
from .models import Point

__all__ = ["ACCUSATION", "DENIAL_OVERLAP", "PARAPHRASE", "REFUSAL", "REFUSED_CLAIM",
           "REJECTED_DEMAND", "SEVERITY",
           "exclusive_scope", "one_sentence", "opposite_course", "relation"]

SEVERITY = {"shared": 0, "different_framing": 1, "contradiction": 2}
PARAPHRASE = 0.4  # word overlap at which two sentences state one matter without other signs
DENIAL_OVERLAP = 0.4  # a plain negation contradicts only a claim this close in wording


def one_sentence(a: Matter, b: Matter, answered: bool = True) -> bool:
    """Whether two sides' matters hold the same sentence of the story (within one story).

    With ``answered`` False a sentence split by an answering clause ("X charged…, and Y
    replied…", ``Claim.answered``) does not count: each side's clause is its own statement.
    """
    return bool({c.start for c in a.claims if answered or not c.answered}
                & {c.start for c in b.claims if answered or not c.answered})


def relation(group: list[Matter], within: bool = False) -> tuple[str, str]:
    """The most divergent relation between any two sides of the point."""
    best = ("shared", "")
    for i, a in enumerate(group):
        for b in group[i + 1:]:
            if a.side == b.side:
                continue
            found = _pair_relation(a, b, within)
            if SEVERITY[found[0]] > SEVERITY[best[0]] or not best[1]:
                best = found
    return best


def _pair_relation(a: Matter, b: Matter, within: bool = False) -> tuple[str, str]:
    numbers = _numbers_differ(a, b)
    if numbers:
        return "contradiction", numbers
    if any(c.reciprocal for c in (*a.claims, *b.claims)):
        return "different_framing", (f"counter-accusations: {a.side} and {b.side} blame each "
                                     "other or disagree in one sentence")
    if _accuses(a, b) and _accuses(b, a):
        return "different_framing", (f"counter-accusations: {a.side} and {b.side} each accuse "
                                     "the other, and neither denies")
    places = _places_differ(a, b)
    if places:
        return "contradiction", places
    overlap = _jaccard(a.words, b.words)
    withheld = [m for m in (a, b) if all(c.withholds for c in m.claims)]
    if len(withheld) == 1:
        other = b if withheld[0] is a else a
        return "different_framing", (f"{withheld[0].side} withholds judgment on what "
                                     f"{other.side} states")
    if _demanding(a) and _demanding(b):
        return "different_framing", (f"counter-demands: {a.side} and {b.side} each demand "
                                     "something different on the matter")
    answer = _answering(a, b)
    if answer:
        denier, asserter = answer
        if all(c.demand or c.proposal for c in asserter.claims) or _rejects_demand(denier):
            return "different_framing", (f"{denier.side} rejects what {asserter.side} proposes "
                                         "or demands, not a statement of fact")
        return "contradiction", (f"{denier.side} rejects {asserter.side}'s claim as it "
                                 "refers back to it ('the allegations')")
    polarity = _polarity(a, b, overlap)
    if polarity:
        return polarity
    course = opposite_course(a, b)
    if course:
        return "different_framing", course
    tone_a = sum(c.tone_polarity for c in a.claims)
    tone_b = sum(c.tone_polarity for c in b.claims)
    if tone_a * tone_b < 0:
        return "different_framing", (f"same matter, opposite tone: {a.side} {tone_a:+d}, "
                                     f"{b.side} {tone_b:+d}")
    types_a = {t for c in a.claims for t in c.event_types}
    types_b = {t for c in b.claims for t in c.event_types}
    if types_a and types_b and not types_a & types_b:
        return "different_framing", (f"same matter, different predicate: {a.side} "
                                     f"{'/'.join(sorted(types_a))} vs {b.side} "
                                     f"{'/'.join(sorted(types_b))}")
    found = _within_story(a, b, overlap) if within else None
    return found or ("shared", f"same matter, compatible statements (word overlap "
                               f"{overlap:.2f})")


def _within_story(a: Matter, b: Matter, overlap: float) -> tuple[str, str] | None:
    """The rules only a story's two sides' matters meet: how the sentences divide the sides."""
    if one_sentence(a, b) and not one_sentence(a, b, answered=False):
        return "different_framing", (f"one side answers the other in one sentence: {a.side} "
                                     f"and {b.side} each state it in their own clause")
    if one_sentence(a, b) or overlap >= PARAPHRASE:
        return None
    return "different_framing", (f"same matter, each side in its own words: {a.side} and "
                                 f"{b.side} state it apart (word overlap {overlap:.2f})")


def _polarity(a: Matter, b: Matter, overlap: float) -> tuple[str, str] | None:
    """The relation when exactly one side negates or denies the other's statement."""
    neg_a, neg_b = _negations(a, b, overlap)
    if neg_a == neg_b:
        return None
    denier, asserter = (a, b) if neg_a else (b, a)
    if not any(c.denial or not c.modal for c in denier.claims if c.negated or c.denial):
        return "different_framing", (f"opposite stance on a prediction or demand: "
                                     f"{denier.side} negates a modal statement, not a fact")
    if all(c.demand or c.proposal for c in asserter.claims) or _rejects_demand(denier):
        return "different_framing", (f"{denier.side} rejects what {asserter.side} proposes "
                                     "or demands, not a statement of fact")
    if _refuses(denier):
        return "different_framing", (f"{denier.side} refuses an action ('refused to…'), "
                                     "it denies no fact")
    return "contradiction", (f"opposite polarity: {denier.side} negates or denies what "
                             f"{asserter.side} asserts")


ACCUSATION = re.compile(r"(?i)\b(?:accus\w*|blam\w*|fault(?:s|ed|ing)?|charg(?:es|ed|ing))\b")


def _accuses(accuser: Matter, accused: Matter) -> bool:
    """Whether one side's matter accuses the other side, and none of its sentences denies.

    "Ruritania accuses Freedonia of arming the rebels" (the accused side is named in the
    side's own words). Two such matters facing each other are counter-accusations: each
    side blames the other, and both can be true (``different_framing``). An accusation
    facing a denial is not this (the denial makes it a contradiction).
    """
    if any(c.denial for c in (*accuser.claims, *accused.claims)):
        return False
    return any(ACCUSATION.search(c.text) and (accused.side in countries_named(c.text)
                                              or accused.side in c.text)
               for c in accuser.claims)


REFUSAL = re.compile(r"(?i)\brefus(?:e|es|ed|ing|al|als)\b")
# Refusing to own a claim is a denial of fact, not a refused action (after review, round 14):
# "Freedonia refused to admit that its patrol had crossed the line" ("refused to accept the
# offer" stays a refused action; "refused to accept that …" is a denial).
REFUSED_CLAIM = re.compile(r"(?i)\brefus(?:e|es|ed|ing|al|als)\s+(?:\w+\s+){0,2}?"
                           r"(?:to\s+)?(?:(?:acknowledg|admit|confirm)\w*|(?:accept|recogni[sz])"
                           r"\w*\s+(?:that|the\s+(?:claims?|reports?|allegations?|findings?)))\b")


# A rejection whose object is a demand, call, proposal or ultimatum (round 21): "rejected
# Freedonia's demand that…", "spurned an ultimatum issued by…", "turned down every call for
# negotiations". What is rejected is a course of action the other side asks for, not a
# statement of fact. Only determiners, a few adjectives and capitalised names or possessives
# stand between the verb and the demand, so the match never runs across a noun of fact
# ("rejected the allegations and demands", review of round 21).
REJECTED_DEMAND = re.compile(
    r"(?i)\b(?:reject\w*|dismiss\w*|rebuff\w*|spurn\w*|turn(?:s|ed|ing)?\s+down)\s+"
    r"(?:(?:again|also|outright|the|a|an|any|all|every|such|its|their|his|her|this|that|"
    r"these|those|repeated|renewed|latest|newest|recent|new|fresh|further|similar|"
    r"(?-i:[A-Z])[\w.-]*(?:['’]s)?|[a-z]+['’]s)\s+){0,3}?"
    r"(?:calls?|demands?|ultimat(?:um|ums|a)|proposals?|offers?(?!\s+of\s+(?:evidence|proof))|"
    r"requests?|appeals?|invitations?)\b")


def _rejects_demand(denier: Matter) -> bool:
    """Whether a side's only denial rejects a demand or proposal ("rejected X's demand").

    Without the rejected demand no denial is left in any of the side's sentences, and no
    negation of a statement of fact (one with no modal) is left beside the demand in the
    sentence that rejects it (the demand's own clause, up to the next comma, set aside), so
    the side rejects a course of action the other side asks for; it denies no fact.
    "Rejected X's demand, saying its troops occupy no villages" still denies one (review of
    round 21).
    """
    lexicon = load_lexicon()
    if not any(REJECTED_DEMAND.search(c.text) for c in denier.claims):
        return False
    for claim in denier.claims:
        rest = REJECTED_DEMAND.sub(" ", claim.text)
        if lexicon.denial.search(rest):
            return False
        left = DEMAND_CLAUSE.sub(" ", claim.text)
        if left != claim.text and lexicon.negation.search(left) and not (
                lexicon.modality.search(left)):
            return False  # "rejected X's demand, saying its troops occupy no villages"
    return True


# A rejected demand with what it asks for, up to the next comma, semicolon or "and said".
DEMAND_CLAUSE = re.compile(REJECTED_DEMAND.pattern + r"[^,;]*?(?=[,;]|\s+and\s+(?:said|says)\b|$)")


def _refuses(denier: Matter) -> bool:
    """Whether a side's only denial is a refusal ("refused to negotiate", "refused offers").

    Refusing to do something is a stance on an action, not a denial of the other side's
    statement of fact (round 14): without the refusal words no denial is left in any of
    the side's sentences.
    """
    denial = load_lexicon().denial
    if any(REFUSED_CLAIM.search(c.text) for c in denier.claims):
        return False  # "refused to acknowledge that …": a denial of fact
    return any(REFUSAL.search(c.text) for c in denier.claims) and not any(
        denial.search(REFUSAL.sub(" ", c.text)) for c in denier.claims)


def _negations(a: Matter, b: Matter, overlap: float) -> tuple[bool, bool]:
    """Whether each matter negates or denies the other's statement.

    An explicit denial ("rejected", "fabricated", "baseless") outranks a plain negation:
    when only one side denies, the other side's negated clause ("they do not know how it was
    leaked") does not cancel the denial. Without a denial on exactly one side, a plain
    negation counts only against a statement this close in wording (``DENIAL_OVERLAP``).
    """
    deny_a = any(c.denial for c in a.claims)
    deny_b = any(c.denial for c in b.claims)
    if deny_a != deny_b:
        return deny_a, deny_b
    close = overlap >= DENIAL_OVERLAP
    return (deny_a or (close and any(c.negated for c in a.claims)),
            deny_b or (close and any(c.negated for c in b.claims)))


def opposite_course(a: Matter, b: Matter) -> str:
    """The ``why`` when one side vows to go on with an action the other wants stopped."""
    for goes, stops in ((a, b), (b, a)):
        if any(c.course > 0 for c in goes.claims) and any(c.course < 0 for c in stops.claims) \
                and not any(c.course < 0 for c in goes.claims):
            return (f"opposite stance on the course of action: {goes.side} vows to go on with "
                    f"what {stops.side} wants stopped or scaled down")
    return ""


def _answering(a: Matter, b: Matter) -> tuple[Matter, Matter] | None:
    """(denier, asserter) when exactly one matter rejects the other's claim by name.

    The denial refers back to the claim ("rejected Pakistan's allegation", "dismissing
    them") and names no other side as its author.
    """

    def answers(x: Matter, y: Matter) -> bool:
        return any(c.answers and (not c.answers_to or y.side in c.answers_to)
                   for c in x.claims)
    found_a, found_b = answers(a, b), answers(b, a)
    if found_a == found_b:
        return None
    return (a, b) if found_a else (b, a)


# Where a side places a vessel or an aircraft: "in Freedonian waters", "inside Ruritanian
# territorial waters", "into Freedonian airspace" (round 21). Only waters and airspace, where
# one ship or aircraft is placed: a state's territory or soil holds many places, and two
# sides naming each other's soil usually report two acts (review of round 21).
# Round 22: the waters or airspace may be the speaking side's own ("flew into its airspace",
# "entered our waters": the side whose statement it is), and a side may name the place as its
# own view ("in what Freedonia calls international waters").
PLACED = re.compile(r"\b(?i:in|into|inside|within)\s+"
                    r"(?:what\s+(?:[A-Z][\w.'’-]*\s+){1,3}(?:calls?|considers?)\s+)?"
                    r"(?:the\s+)?((?:[A-Z][\w.'’-]*\s+){1,2}|international\s+|"
                    r"(?i:its|their|our)\s+(?:own\s+)?)(?:territorial\s+)?(?:waters|airspace)\b")
INTERNATIONAL = "international"  # "in international waters": no state's
OWN = frozenset({"its", "their", "our"})  # the side's own waters or airspace


def _places_differ(a: Matter, b: Matter) -> str | None:
    """The ``why`` when two sides place the matter in different states' waters or airspace.

    "The patrol boat was in Freedonian waters" against "the boat stayed inside Ruritanian
    waters": the same thing cannot be in both (an exclusive location). Each side must name
    the waters or airspace of a state, and no state is named by both. Not when each side
    places the other side's forces in its own waters or airspace ("Ruritanian jets flew into
    Freedonian airspace" against "Freedonian jets flew into Ruritanian airspace"): two acts,
    each side's complaint, which can both be true.
    """
    def placed(matter: Matter) -> frozenset[str]:
        return frozenset().union(*(_place(m.group(1), matter.side)
                                   for c in matter.claims for m in PLACED.finditer(c.text)))

    def names(matter: Matter) -> frozenset[str]:
        return frozenset().union(*(countries_named(PLACED.sub(" ", c.text))
                                   for c in matter.claims))
    where_a, where_b = placed(a), placed(b)
    if not where_a or not where_b or where_a & where_b:
        return None
    if where_a == {a.side} and where_b == {b.side} and (
            b.side in names(a) and a.side in names(b)):
        return None  # each side's own waters or airspace, entered by the other's forces
    return (f"different places: {a.side} says {'/'.join(sorted(where_a))} waters or "
            f"airspace, {b.side} says {'/'.join(sorted(where_b))}")


def _place(named: str, side: str) -> frozenset[str]:
    """The state (or ``international``) whose waters or airspace ``named`` names."""
    word = named.split()[0].lower()
    if word == INTERNATIONAL:
        return frozenset({INTERNATIONAL})
    if word in OWN:
        return frozenset({side})
    return frozenset(countries_named(named))


def _demanding(matter: Matter) -> bool:
    """Whether most of a matter's sentences demand something ("we urge", "X must")."""
    return sum(c.demand for c in matter.claims) * 2 >= len(matter.claims)


def _numbers_differ(a: Matter, b: Matter) -> str | None:
    values_a = {k: v for c in a.claims for k, v in c.quantities if k}
    for claim in b.claims:
        for key, value in claim.quantities:
            other = values_a.get(key)
            if other is not None and abs(other - value) > 0.05 * max(abs(other), abs(value)):
                return (f"different numbers for the same quantity ({key}): {a.side} {other:g} "
                        f"vs {b.side} {value:g}")
    bounds_a, bounds_b = _stated(a), _stated(b)
    for first, mine, second, theirs in ((a, bounds_a, b, bounds_b), (b, bounds_b, a, bounds_a)):
        for key, (total, how) in mine.items():
            for part, (value, how_part) in theirs.items():
                if how in ("exact", "upper") and how_part in ("exact", "lower") and \
                        _total_below_part(key, total, part, value) and _same_scope(a, b):
                    return (f"a total below a part ({key} {total:g} vs {part} {value:g}): "
                            f"{first.side} and {second.side} cannot both be right")
    return None


#: Where and when a toll is counted: "in the strike on Sotk", "on Tuesday", "since March".
SCOPE_PLACE = re.compile(r"\b(?:in|near|at|across|around|on|of|outside)\s+(?:the\s+)?"
                         r"([A-Z][\w'’-]+)")
SCOPE_DATE = re.compile(r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|"
                        r"March|April|May|June|July|August|September|October|November|"
                        r"December|yesterday|today|overnight)\b")
CUMULATIVE = re.compile(r"(?i)\b(?:since|so far|in total|overall|to date|altogether)\b")


def _same_scope(a: Matter, b: Matter) -> bool:
    """Whether two matters' tolls may count the same thing: no differing place or date word.

    Each side stating a place (or a date) and the two sharing none, or one side counting
    since a date and the other not, is another scope: "12 people in the strike on Sotk" and
    "15 soldiers near Kalbajar" are two tolls. Scope stated on one side only passes.
    """
    text_a = " ".join(c.text for c in a.claims)
    text_b = " ".join(c.text for c in b.claims)
    for pattern in (SCOPE_PLACE, SCOPE_DATE):
        found_a = {m.group(m.lastindex or 0) for m in pattern.finditer(text_a)}
        found_b = {m.group(m.lastindex or 0) for m in pattern.finditer(text_b)}
        if found_a and found_b and not found_a & found_b:
            return False
    return bool(CUMULATIVE.search(text_a)) == bool(CUMULATIVE.search(text_b))


def _stated(matter: Matter) -> dict[str, tuple[float, str]]:
    """Each quantity key of a matter: its value and how it is stated (``Claim.bounds``)."""
    found: dict[str, tuple[float, str]] = {}
    for claim in matter.claims:
        bounds = claim.bounds if len(claim.bounds) == len(claim.quantities) else ()
        for index, (key, value) in enumerate(claim.quantities):
            if key:
                found[key] = (value, bounds[index] if bounds else "exact")
    return found


#: People counted by a toll in general ("two people were killed"): the toll of every group.
GENERIC_PEOPLE = frozenset({"people", "persons", "individuals"})


def _total_below_part(key: str, total: float, part: str, value: float) -> bool:
    """Whether a toll of people in general is smaller than one side's toll of a group.

    "three people died in the shelling" (``people died`` 3) and "eight villagers died in
    the shelling" (``villagers died`` 8) cannot both be true: the villagers are among the
    people. A total at least as large as the part ("nine people died" / "eight villagers
    died") is compatible (round 20, ro20). The caller checks how the numbers are stated
    (no lower bound, approximation or increment for the total) and their scope.
    """
    words, others = key.split(), part.split()
    if len(words) != 2 or len(others) < 2 or words[0] not in GENERIC_PEOPLE:
        return False
    if others[-1] != words[1] or others[0] in GENERIC_PEOPLE:
        return False
    return total < value and value - total > 0.05 * value


def exclusive_scope(points: list[Point], matters: list[Matter],
                    anchors: Sequence[str | None]) -> list[Point]:
    """Apply exclusive scope: "(almost) only about X" contradicts the other side's topic Y.

    A one-sided point on an anchor outside X becomes a contradiction with the scope claim.
    ``anchors`` holds each point's topic anchor (``align._anchor``; None when it has none).
    """
    scoped = [(c, m) for m in matters for c in m.claims if c.exclusive and c.anchors]
    if not scoped:
        return points
    known = {a for m in matters for a in m.anchors}
    result = []
    for point, key in zip(points, anchors, strict=True):
        for claim, matter in scoped:
            if (point.relation == "only_in_one" and matter.side not in point.sides
                    and key in known and key not in claim.anchors):
                evidence = dict(point.evidence)
                evidence[claim.account] = tuple(sorted(
                    {*evidence.get(claim.account, ()), (claim.start, claim.end)}))
                point = point.model_copy(update={
                    "relation": "contradiction", "in_": tuple(evidence),
                    "sides": (*point.sides, matter.side), "evidence": evidence,
                    "claims": (*point.claims, claim.id),
                    "why": (f"exclusive scope: {matter.side} says the contact was about "
                            f"{', '.join(claim.anchors)}; {point.sides[0]} reports "
                            f"{str(key).replace('_', ' ')}")})
                break
        result.append(point)
    return result
