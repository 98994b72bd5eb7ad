"""Sentences that state two sides' views at once (within one story).

A sentence is attributed to one side by ``sides.story_sides``; some report two:

- a **coordinated subject**: "The United States and Saudi Arabia pointed to reports…",
  "Both Pakistan and China reject the claims" — the sentence is evidence for each;
- **reciprocal blame**: "The countries are blaming one another for starting the
  hostilities", "the two sides traded accusations" — each side accuses the other; the
  sides are those named before the reciprocal words, else in the sentence before, else the
  story's two most attributed sides;
- a **contrast clause**: "X proposed talks, but Y refused", "X said…; Y rejected…" — the
  clause after the marker is Y's when Y (a side) is its subject, the clause before stays X's;
  since round 17 also an answering clause ("…, and Y replied that…",
  ``coordination.ANSWER``), each side's part then marked ``answered``;
- since round 17, a coordinated subject behind a head noun or an opening phrase ("The
  envoys of X and Y said…", "On Monday, X, Y and Z announced…",
  ``coordination.coordinated_subject``);
- a **plural subject resolved to two sides**: "In a joint statement, the two sides agreed
  to…", "Both governments pledged…" (the coreference stage names the compound's members);
- a **rejected allegation whose author is named**: "X rejected accusations from Y that…",
  "X is rejecting allegations by Y who say…", "X called a Ruritanian allegation that … a
  fantasy" — the sentence states Y's allegation (from the claim noun on) and X's denial.

Each extra side gets the part of the sentence that states its view (``Joint``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Analysis, Entity
from .coordination import ANSWER, coordinated_subject
from .lexicon import Lexicon
from .sentences import sentence_of
from .sides import SUBJECT_KINDS, Speakers, countries_named

__all__ = ["Joint", "joint_sides"]

NAMING_KINDS = frozenset({"PERSON", "ORG", "NOMINAL", "GPE", "NORP"})
NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE"})  # a party the sentence names
BODY = re.compile(r"(?:the\s+)?([A-Z][\w'’-]+)\s+(?:side|government|authorities|delegation|"
                  r"military|army|ministry|leadership)\b")
DISPUTED_BY = re.compile(  # after ", a claim": the agent of a passive denial speaks
    r"(?:\w+\s+)?(?:disputed|denied|rejected|contested|dismissed|refuted|challenged)\s+by\s+"
    r"(?:the\s+)?")
CLAUSE_SUBJECT = 60  # the subject of a contrast clause starts within this many characters
# Round 20 (ro20): after an appositive claim noun (", a claim Y disputes", ", charges Y
# dismiss") the clause's verb denies in the present as well: "dispute", "dismiss" and
# "contest" are no reporting verbs of their own (a "border dispute" is no denial).
CLAIM_DENIED = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:den(?:y|ies|ied)|dispute[sd]?|"
                          r"reject(?:s|ed)?|dismiss(?:es|ed)?|contest(?:s|ed)?|refute[sd]?|"
                          r"challenge[sd]?)(?![\w-])")
# Review fixes (fixro20): after "…, claims that Y denies" the verb must end the clause (a
# relative reading); "…, charges that Y challenges the lines" states the charge's content.
CLAUSE_END = re.compile(r"\s*(?:[.,;:]|\s(?:as|and|but|in|on|at|saying)\b|$)")
# The subject's head after the side's name: "…, a claim Y's defence ministry disputes",
# "…, a claim the Y side disputes".
OWNED_DENIED = re.compile(r"(?:\s+side|['’]s(?:\s+[a-z]+){1,3}?)?" + CLAIM_DENIED.pattern)
# Round 22: a side named in what a plural subject states ("Both agreed that X attacked…") is
# one of the parties, not a third party it addresses ("Both praised Z for…"). Review fix
# (rfro22): the clause is a "that" right after the subject's verb, and only after a verb that
# states a clause: a relative "the plan that Z drafted" or a demonstrative "thanked that
# country's envoy" names a third party.
CONTENT_CLAUSE = re.compile(r",?\s+(?:[a-z]+ly\s+)?that\s")
NO_CLAUSE = frozenset({"thanked", "praised", "hailed", "signed", "issued"})
COORDINATION = (" and ", " & ")
BOTH = ("both ",)


@dataclass(frozen=True)
class Joint:
    """One side's part of a sentence that states two sides' views."""

    side: str
    start: int  # the part of the sentence that states this side's view
    end: int
    reciprocal: bool = False  # the sides accuse each other in this sentence
    answered: bool = False  # one side's clause of a sentence whose second clause answers it
    how: str = "joint"


def joint_sides(analysis: Analysis, spans: list[tuple[int, int]], lexicon: Lexicon,
                found: dict[int, tuple[str, str, str | None]],
                speakers: Speakers) -> dict[int, list[Joint]]:
    """Return, per sentence, every side whose view it states when it states two or more.

    ``found`` is the one-side attribution of ``story_sides``; the result lists all the
    sentence's sides (the attributed one included, with its own part of the sentence).
    """
    text = analysis.text
    by_sentence: dict[int, list[Entity]] = {}
    for entity in sorted(analysis.entities, key=lambda e: e.start):
        by_sentence.setdefault(sentence_of(spans, entity.start), []).append(entity)
    counts = Counter(side for side, _, _ in found.values())
    first_seen: dict[str, int] = {}
    for index in sorted(found):
        first_seen.setdefault(found[index][0], index)
    mentioned = _mentioned(analysis.entities, speakers, first_seen, len(spans))
    protagonists = _ranked(counts, first_seen, [])
    names = {e.entity_name: e for e in analysis.entities if e.kind != "COMPOUND"}
    result: dict[int, list[Joint]] = {}
    for index, (start, end) in enumerate(spans):
        mentions = by_sentence.get(index, [])
        own = found.get(index, (None, "", None))[0]
        reciprocal = lexicon.reciprocal.search(text, start, end)
        if reciprocal:
            sides = _named(mentions, speakers, before=reciprocal.start())
            if len(sides) < 2 and index > 0:
                sides = _named(by_sentence.get(index - 1, []), speakers)
            if len(sides) < 2:
                sides = protagonists
            if len(sides) >= 2:
                result[index] = [Joint(side, start, end, reciprocal=True, how="reciprocal")
                                 for side in sides[:2]]
            continue
        verb = _plural_verb(text, start, end, lexicon)
        content = _content_clause(text, verb, end)  # "Both agreed that X attacked…"
        named_here = [_side(e, speakers) for e in mentions if e.kind in NAMED_KINDS
                      and (content is None or e.start < content)]
        together = _compound_subject(mentions, text, start, end, lexicon, speakers, names) or (
            _plural_subject(verb, _two_sides(counts, mentioned, first_seen, named_here)))
        speaker = found.get(index, (None, "", None))[2]
        if not together and own and speaker:
            together = _two_countries(speaker, own)  # "officials in X and Y said"
        if len(together) > 1 and (own is None or own in together):
            result[index] = [Joint(side, start, end, how="compound") for side in together]
            continue
        if own is None:
            continue
        coordinated = _coordinated(mentions, text, start, speakers, end, own, lexicon)
        if own in coordinated and len(coordinated) > 1:
            result[index] = [Joint(side, start, end, how="coordinated") for side in coordinated]
            continue
        clause = _clause(mentions, text, start, end, own, lexicon, speakers)
        if clause is not None:
            other, at, answered = clause
            # An answering clause (after review): each side's part is its own clause, and
            # the pair is marked so that sharing the sentence does not make it one statement.
            result[index] = [Joint(own, start, at, answered=answered),
                             Joint(other, at, end, answered=answered, how="contrast")]
            continue
        opener = _opener(mentions, text, start, end, own, lexicon, speakers)
        if opener is not None:
            other, at = opener
            result[index] = [Joint(other, start, at, how="contrast"), Joint(own, at, end)]
            continue
        rejected = _rejected(mentions, text, start, end, own, lexicon, speakers)
        if rejected is not None:
            denier, author, at = rejected
            later = lexicon.denial.search(text, at, end)  # "… a fantasy": the denier's words
            result[index] = [Joint(denier, start, end, how="rejects"),
                             Joint(author, at, later.start() if later else end, how="alleged")]
    return result


CLAIM_NOUN = re.compile(r"(?i)\b(?:allegations?|accusations?|claims?|charges?|assertions?|"
                        r"remarks?|comments?|criticism|assessments?|reports?|findings|"
                        r"statements?)\b")
AUTHOR_AFTER = re.compile(r"\s+(?:from|by|of)\s+(?:the\s+)?")
CONTENT = re.compile(  # the allegation's content follows: "… that X", "… who say X"
    r"(?i)[^.;]{0,80}?\b(?:that|who\s+(?:say|said|says|claim\w*|allege\w*|accuse\w*))\s")
AUTHOR_BEFORE = 25  # an author named before the noun ("a Ruritanian allegation") ends this close


def _rejected(mentions: list[Entity], text: str, start: int, end: int, own: str,
              lexicon: Lexicon, speakers: Speakers) -> tuple[str, str, int] | None:
    """(denier, author, where the allegation starts) of "X rejected Y's allegation that…".

    The sentence denies (``denial`` words: rejected, dismissed, a fantasy…) an allegation,
    accusation or claim whose author is named right after the noun ("from Y", "by Y") or
    right before it ("a Ruritanian allegation", "Y's claims"), and states its content ("…
    that X", "… who say X"; "dismissed the U.S. allegations" alone refers back to a claim
    made elsewhere, which ``align`` links instead). The denier is the sentence's
    attributed side, or its subject when that side is the author ("The U.S. is rejecting
    allegations by Cambodian officials who say…" was attributed to the quoted officials).
    """
    if not lexicon.denial.search(text, start, end):
        return None
    for noun in CLAIM_NOUN.finditer(text, start, end):
        author = None
        for entity in mentions:
            if entity.kind not in NAMING_KINDS:
                continue
            if entity.start >= noun.end() and AUTHOR_AFTER.fullmatch(
                    text, noun.end(), entity.start):
                author = entity
                break
            if entity.end <= noun.start() and noun.start() - entity.end <= AUTHOR_BEFORE and (
                    re.fullmatch(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}", text[
                        entity.end:noun.start()])):
                author = entity
        side = _side(author, speakers) if author is not None else None
        if author is None or side is None:
            continue
        denier: str | None = own
        if denier == side:
            subject = next((e for e in mentions if e.kind in SUBJECT_KINDS | {"NORP"}
                            and e.start < noun.start()), None)
            denier = _side(subject, speakers) if subject is not None else None
        if denier and denier != side and CONTENT.match(text, max(author.end, noun.end()), end):
            return denier, side, min(author.start, noun.start())
    return None


AGREEMENT = re.compile(r"(?i)\s+(?:(?:also|again|have|has|had|jointly|formally)\s+)*"
                       r"(?:agreed|agree|pledged|vowed|signed|issued|acknowledged|reaffirmed|"
                       r"thanked|praised|hailed)\b")
PLURAL = re.compile(  # a plural subject standing for the story's two sides
    r"(?i)(?:both|the\s+two|they\s+both)(?:\s+(?:sides|governments|"
    r"countries|nations|leaders|delegations|ministers|presidents|parties|capitals|men))?"
    r"(?:\s+each)?(?=[\s,])")  # "The two governments each say…"
SENTENCE_CONJUNCTION = re.compile(r"(?i)(?:but|yet)\s+")
# After review (round 14): the plural subject may also open a later clause after a comma or
# semicolon and "and" / "but" / "yet" ("…, and they both say…") when no reporting verb comes
# before it (a first clause with its own speaker keeps the sentence that speaker's).
CLAUSE_CONJUNCTION = re.compile(r"(?i)(?:,|;)\s+(?:and|but|yet)\s+")
OPENING = 90  # an opening phrase before the subject ("In a joint communique issued Monday,")
OPENING_PHRASE = re.compile(r"\s*(?:[^,]{1,%d},\s*)?" % OPENING)  # noqa: UP031


def _compound_subject(mentions: list[Entity], text: str, start: int, end: int,
                      lexicon: Lexicon, speakers: Speakers,
                      names: dict[str, Entity]) -> list[str]:
    """Sides of a plural subject that stands for two sides: "the two sides agreed to…".

    The sentence's first mention is a compound the coreference stage resolved to its
    members ("the two sides" → China, Japan; "both governments"), at the start or after an
    opening phrase closed by a comma, and a reporting or agreement verb follows it (a joint
    statement, a shared pledge). Each member's side must be known and the two different.
    """
    first = next((e for e in mentions if e.kind in NAMING_KINDS | {"COMPOUND"}), None)
    if first is None or first.kind != "COMPOUND" or len(first.members) < 2:
        return []
    lead = text[start:first.start].strip()
    if lead and not (lead.endswith(",") and len(lead) <= OPENING):
        return []
    if not (lexicon.reporting.match(text, first.end, end) or AGREEMENT.match(
            text, first.end, end)):
        return []
    sides = [_side(names[m], speakers) for m in first.members if m in names]
    found = list(dict.fromkeys(s for s in sides if s))
    objects = {_side(e, speakers) for e in mentions if e.start >= first.end
               and e.kind in NAMING_KINDS}  # "Both governments praised Veloria": not Veloria
    return found if len(found) == len(first.members) and not objects & set(found) else []


def _mentioned(entities: Sequence[Entity], speakers: Speakers, first_seen: dict[str, int],
               after: int) -> Counter[str]:
    """How often the story names each side (people, organizations, places).

    Sides first named, never attributed, are ranked after every attributed side
    (``first_seen`` gets ``after`` + their first offset).
    """
    mentioned: Counter[str] = Counter()
    for entity in entities:
        side = _side(entity, speakers) if entity.kind in NAMED_KINDS else None
        if side:
            mentioned[side] += 1
            first_seen.setdefault(side, after + entity.start)
    return mentioned


def _two_sides(counts: Counter[str], mentioned: Counter[str], first_seen: dict[str, int],
               named: list[str | None]) -> list[str]:
    """The story's two sides a plural subject stands for ("Both governments praised…").

    The two most attributed sides the sentence does not name; when attribution found only
    one, the other is the side the story names most (round 14: the second party of a story
    that quotes only one side, "Both delegations hailed Freedonia's mediation").
    """
    ranked = _ranked(counts, first_seen, named)
    if len(ranked) < 2:
        ranked += _ranked(mentioned, first_seen, [*named, *ranked])[:2 - len(ranked)]
    return ranked


def _two_countries(speaker: str, own: str) -> list[str]:
    """The two countries of a speaker described as both sides' ("officials in X and Y").

    Each side of the one "and" names exactly one country, the two differ and one of them is
    the sentence's side ("Ruritanian diplomats in the Velorian capital" names two countries
    but is one side's: no "and" between them).
    """
    parts = speaker.split(" and ")
    if len(parts) != 2:
        return []
    first, second = countries_named(parts[0]), countries_named(parts[1])
    if len(first) != 1 or len(second) != 1 or first == second or own not in first | second:
        return []
    return sorted(first | second)


def _ranked(counts: Counter[str], first_seen: dict[str, int],
            named: list[str | None]) -> list[str]:
    """The story's two most attributed sides, leaving out those the sentence names."""
    return sorted((s for s in counts if s not in named),
                  key=lambda s: (-counts[s], first_seen[s]))[:2]


def _opener(mentions: list[Entity], text: str, start: int, end: int, own: str,
            lexicon: Lexicon, speakers: Speakers) -> tuple[str, int] | None:
    """(other side, where the sentence's own clause starts) for "X blamed…, while Y said…".

    The sentence was attributed to the side of a contrast clause's subject (``own``); the
    clause before the marker is the view of another side when that side's mention opens the
    sentence and a reporting verb follows it.
    """
    first = next((e for e in mentions if e.kind in SUBJECT_KINDS), None)
    if first is None or text[start:first.start].strip().lower() not in {"", "the"}:
        return None
    if not lexicon.reporting.match(text, first.end, end):
        return None
    side = _side(first, speakers)
    if not side or side == own:
        return None
    for marker in lexicon.contrast.finditer(text, first.end, end):
        subject = next((e for e in mentions if marker.end() <= e.start
                        <= marker.end() + CLAUSE_SUBJECT and e.kind in SUBJECT_KINDS), None)
        if subject is not None and _side(subject, speakers) == own and (
                lexicon.reporting.match(text, subject.end, end)):
            return side, marker.start()
    return None


def _plural_subject(verb: re.Match[str] | None, protagonists: list[str]) -> list[str]:
    """The story's two sides for a plural subject the coreference stage left unresolved.

    "Both said they would keep talking", "Both governments praised the host", "The two
    sides agreed…", "The two governments each say…": the subject opens the sentence (or
    follows an opening phrase closed by a comma, "But" / "Yet", or ", and" / ", but" /
    ", yet" after a first clause with no reporting verb) and a reporting or agreement verb
    follows it. The sides are the story's two most
    attributed ones, as for reciprocal blame with no side named. ``verb`` is the subject's
    verb (``_plural_verb``).
    """
    if len(protagonists) < 2 or verb is None:
        return []
    return protagonists[:2]


def _plural_verb(text: str, start: int, end: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The reporting or agreement verb after a plural subject (``_plural_subject``), if any."""
    lead = OPENING_PHRASE.match(text[start:end])
    conjunction = SENTENCE_CONJUNCTION.match(text, start, end)  # "Yet both sides insist…"
    clauses = [m.end() for m in CLAUSE_CONJUNCTION.finditer(text, start, end)
               if not lexicon.reporting.search(text, start, m.start())]  # no speaker before
    for at in dict.fromkeys((start, start + (lead.end() if lead else 0),
                             conjunction.end() if conjunction else start, *clauses)):
        found = PLURAL.match(text, at, end)
        verb = found and (lexicon.reporting.match(text, found.end(), end)
                          or AGREEMENT.match(text, found.end(), end))
        if verb:
            return verb
    return None


def _content_clause(text: str, verb: re.Match[str] | None, end: int) -> int | None:
    """Where the clause a plural subject states starts ("Both agreed that …"), if any."""
    if verb is None or verb.group().split()[-1].lower() in NO_CLAUSE:
        return None
    found = CONTENT_CLAUSE.match(text, verb.end(), end)
    return found.start() if found else None


def _side(entity: Entity, speakers: Speakers) -> str | None:
    side, commentator = speakers.side(entity)
    return None if commentator else side


def _named(mentions: list[Entity], speakers: Speakers, before: int | None = None) -> list[str]:
    """Distinct sides of the mentions (those before ``before``), in order of mention."""
    sides: dict[str, None] = {}
    for entity in mentions:
        if entity.kind not in NAMING_KINDS or (before is not None and entity.start >= before):
            continue
        side = _side(entity, speakers)
        if side:
            sides[side] = None
    return list(sides)


def _coordinated(mentions: list[Entity], text: str, start: int, speakers: Speakers,
                 end: int, own: str, lexicon: Lexicon) -> list[str]:
    """Sides of a coordinated subject: "X and Y…", "Both X and Y…" opening the sentence.

    Else (round 17) one behind a head noun or an opening phrase
    (``coordination.coordinated_subject``: "The envoys of X and Y said…").
    """
    found = _opening_coordinated(mentions, text, start, speakers)
    if own in found:
        return found
    return coordinated_subject(mentions, text, start, end, lexicon,
                               lambda e: _side(e, speakers))


def _opening_coordinated(mentions: list[Entity], text: str, start: int,
                         speakers: Speakers) -> list[str]:
    """Sides of a coordinated subject opening the sentence: "X and Y…", "Both X and Y…"."""
    opening = [e for e in mentions if e.kind in NAMING_KINDS]
    if len(opening) < 2:
        return []
    first, second = opening[0], opening[1]
    lead = text[start:first.start].strip().lower()
    if lead not in {"", "the", "both"} and not lead.startswith(BOTH):
        return []
    if text[first.end:second.start].lower() not in COORDINATION:
        return []
    sides = [s for s in (_side(first, speakers), _side(second, speakers)) if s]
    return list(dict.fromkeys(sides)) if len(set(sides)) == 2 else []


def _clause(mentions: list[Entity], text: str, start: int, end: int, own: str,
            lexicon: Lexicon, speakers: Speakers) -> tuple[str, int, bool] | None:
    """(other side, clause start, answers?) of a contrast clause, else of an answering one.

    An answering clause: "…, and Y replied that…" (``coordination.ANSWER``).
    """
    found = _contrast(mentions, text, start, end, own, lexicon, speakers)
    if found is not None:
        return (*found, False)
    found = _contrast(mentions, text, start, end, own, lexicon, speakers, ANSWER)
    return None if found is None else (*found, True)


def _contrast(mentions: list[Entity], text: str, start: int, end: int, own: str,
              lexicon: Lexicon, speakers: Speakers,
              markers: re.Pattern[str] | None = None) -> tuple[str, int] | None:
    """(other side, where its clause starts) when a contrast clause has another side's subject.

    The clause's subject (a side other than ``own``) opens it and is followed by a reporting
    verb: "…, but Kabul rejected the proposal"; or the clause names it as the agent of a
    passive denial: "…, a claim disputed by Kabul".
    """
    for marker in (markers or lexicon.contrast).finditer(text, start, end):
        at = marker.end()
        body = BODY.match(text, at, end)  # "…, but the Chinese side refused"
        if body and (lexicon.reporting.match(text, body.end(), end) or _claim_denied(
                marker.group(0), text, body.end(), end)):
            named = countries_named(body.group(1)) or {  # "the European side refused"
                side for side, pattern in lexicon.organizations.items()
                if pattern.search(body.group(0))}
            if len(named) == 1 and own not in named:
                return next(iter(named)), marker.start()
        for entity in mentions:
            if entity.start < at or entity.start - at > CLAUSE_SUBJECT:
                continue
            if entity.kind not in SUBJECT_KINDS:
                continue
            disputed = DISPUTED_BY.fullmatch(text, at, entity.start)  # "a claim denied by Y"
            denied = _claim_denied(marker.group(0), text, entity.end, end)
            if not disputed and not denied and not lexicon.reporting.match(
                    text, entity.end, end):
                break
            side = _side(entity, speakers)
            if side and side != own:
                return side, marker.start()
            break
    return None


def _claim_denied(marker: str, text: str, at: int, end: int) -> bool:
    """Whether the words at ``at`` (after a claim noun's subject) deny the claim.

    "…, a claim Y disputes": the subject may go on with its head ("Y's defence ministry",
    "the Y side"). After "claims that" the verb must end the clause: "…, claims that Y
    disputes." is a relative reading, "…, charges that Y challenges the lines" is the
    charge's content, no reply.
    """
    if not CLAIM_NOUN.search(marker):
        return False
    denied = OWNED_DENIED.match(text, at, end)
    return bool(denied and ("that" not in marker or CLAUSE_END.match(text, denied.end(), end)))
