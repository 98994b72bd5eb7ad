"""Whose account is it? Sides of speakers, of sentences (within one story) and of accounts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..models import Analysis, Entity
from .carried_sides import carried_sides
from .continued_sides import continue_pending, known_speaker
from .countries import NONSTATE, PLACE_KINDS, countries_named
from .descriptions import (
    fuller_mention,
    governments,
    listed_side,
    named_after,
    principal,
    unnamed_continuations,
)
from .documents import according_to, author_side, document_noun, documents_speaking
from .lexicon import Lexicon
from .names import (
    ARMED_GROUP,
    corrected_sides,
    described_names,
    national_office,
    self_rejections,
    serving_elite,
    short_name,
)
from .offices import office_appositions
from .opposition import opposition_sides, opposition_states, unnamed_opposition
from .rebels import (
    REBEL_NOUN,
    UNNAMED_REBELS,
    armed_group,
    nonstate_party,
    rebel_appositions,
    rebels_speaking,
)
from .sentences import sentence_of
from .speaking import SPEAKER_KINDS, speaking_subjects

__all__ = ["Speakers", "account_side", "armed_group", "countries_named", "entity_side",
           "is_commentator", "sentence_sides", "story_sides"]

# Event types whose actor states a position (the actor is a side speaking, not acting).
ENVOY = re.compile(r"(?i)\b(?:ambassador|envoy|representative|mission|delegat\w*)\b")
NOT_A_PARTY = frozenset({"EDU", "MED", "NGO", "BUS", "CVL", "JRN", "SOC", "ELI", "HLH", "MNC"})
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})
SUBJECT_KINDS = frozenset({"PERSON", "ORG", "NOMINAL", "PRONOUN", "GPE"})
SUBJECT_WITHIN = 80  # a reporting verb's subject starts within this many characters
SUBJECT_AFTER_PHRASE = 200  # ... or this many after an opening phrase ("Speaking in Paris, X said")


STATE_MEDIA = re.compile(r"(?i)\b(?:official|state(?:-run|-owned|-controlled)?|"
                         r"government-(?:run|owned|controlled))\b")


def is_commentator(entity: Entity, lexicon: Lexicon) -> bool:
    """Return whether a mention is a commentator (analyst, professor, former official, NGO...).

    News organizations and journalists are commentators, except a state's own media ("the
    North's official news agency", "state-run television", the agencies in the lexicon's
    ``state_media``), which speak for that state.
    """
    described = " ".join(filter(None, (entity.role, entity.raw_text, entity.entity_name)))
    if lexicon.commentators.search(described):
        return True
    if entity.sector_code == "JRN" and entity.country_code and (
            STATE_MEDIA.search(entity.raw_text) or lexicon.state_media.fullmatch(
                (entity.entity_name or "").strip())
            or lexicon.state_media.fullmatch(entity.raw_text.strip())):
        return False
    return (entity.sector_code in NOT_A_PARTY and entity.kind != "GPE"
            and not nonstate_party(entity))  # "members of the rebel movement" (sector SOC)


def entity_side(entity: Entity | None, lexicon: Lexicon) -> str | None:
    """Return the side (country or organization code) an entity speaks for, or None.

    Commentators (analysts, professors, former officials, witnesses) speak for no side.
    """
    if entity is None or is_commentator(entity, lexicon):
        return None
    if entity.sector_code == ARMED_GROUP or nonstate_party(entity):
        return armed_group(entity) or (UNNAMED_REBELS if REBEL_NOUN.search(
            " ".join(filter(None, (entity.role, entity.raw_text)))) else None)
    described = " ".join(filter(None, (entity.role, entity.raw_text, entity.entity_name)))
    envoy = bool(entity.role and ENVOY.search(entity.role)) or bool(ENVOY.search(described))
    for text in (entity.organization, entity.entity_name):
        if envoy and entity.country_code and entity.country_code not in NONSTATE:
            break  # a state's envoy to an organization speaks for the state
        loose = text is entity.organization or entity.kind == "NOMINAL"  # "G7 members"
        for side, pattern in lexicon.organizations.items():
            if text and (pattern.fullmatch(text.strip()) or (loose and pattern.search(text))):
                return side
    if entity.country_code in {"NGO", "MNC", "JRN"}:
        return None
    return entity.country_code


class Speakers:
    """Sides of the speakers of one story, learned from all their mentions.

    A mention without a country (``"foreign ministry spokesperson Abdul Qahar Balkhi"``,
    ``"Fu"``) takes the side of another mention of the same name or surname, or of the
    organization it is tied to; a speaker described as a commentator ("professor") but also,
    in another mention, as a serving government official ("a presidential adviser") speaks for
    that government. Names claimed by two sides are left unresolved.
    """

    def __init__(self, entities: Iterable[Entity], lexicon: Lexicon, text: str = "",
                 dated: bool = True) -> None:
        self.lexicon, self.text = lexicon, text
        self.names: dict[str, str | None] = {}
        self.full: dict[str, str | None] = {}  # keys learned from full (multi-word) names
        self.officials: dict[str, str] = {}
        self.commentators: set[str] = set()
        self.first: dict[str, set[str]] = {}  # first name -> full names (see by_name)
        entities = list(entities)
        self.media = {e.entity_name for e in entities
                      if e.sector_code == "JRN" and is_commentator(e, lexicon)}
        self.doubtful = _topic_country(entities, text)
        self.armed = {side for e in entities if (e.sector_code == ARMED_GROUP
                                                 or nonstate_party(e))
                      and (side := armed_group(e))}
        self.corrected = corrected_sides(entities, lexicon, text)
        self.corrected.update(rebel_appositions(
            entities, text, lambda e: entity_side(e, lexicon)))
        opposing = opposition_sides(entities, text)
        self.corrected.update(opposing)  # not the state they oppose
        self.opposition = opposition_states(entities, opposing)  # side -> its states
        self.aliases = _abbreviations(entities, text, lexicon)
        self.places = [e for e in entities if e.kind in PLACE_KINDS]
        places = Counter(e.country_code for e in entities if e.kind == "GPE" and e.country_code
                         and e.country_code not in NONSTATE)
        self.home = places.most_common(1)[0][0] if places else None
        states = {e.country_code for e in entities if e.sector_code == "GOV"
                  and e.kind in {"NOMINAL", "ORG"} and e.country_code
                  and e.country_code not in NONSTATE}
        #: The one state whose government the story names ("the Ruritanian government").
        self.government = states.pop() if len(states) == 1 else None
        serving: dict[str, str] = {}
        former: set[str] = set()
        for entity in entities:
            if entity.kind not in SPEAKER_KINDS or (entity.start, entity.end) in self.doubtful:
                continue
            if serving_elite(entity, lexicon, dated):  # "President X", a KB role ended later
                serving.setdefault(entity.entity_name, entity.country_code or "")
            elif lexicon.commentators.search(entity.raw_text):
                former.add(entity.entity_name)  # "Former envoy X", then "X" with his role
            if is_commentator(entity, lexicon) or (
                    entity.kind == "PERSON" and _described_as_commentator(text, entity, lexicon)):
                self.commentators.update(_keys(entity.entity_name))
            office = national_office(entity, lexicon, text)
            if office:  # "Freedonian Trade Minister X", known to the KB by a later post
                self.officials[entity.entity_name] = office
            side = (self.corrected.get(entity.entity_name) or entity_side(entity, self.lexicon)
                    or office)
            if side:
                self.learn(entity.entity_name, side)
                if (entity.sector_code in {"GOV", "MIL"} and entity.country_code
                        and entity.country_code not in NONSTATE):
                    self.officials.setdefault(entity.entity_name, entity.country_code)
        for name, country in serving.items():
            if name not in former:
                self.officials.setdefault(name, country)
        for name, side in described_names(entities, text,
                                          lambda e: entity_side(e, lexicon)).items():
            if name not in self.corrected and not self.by_name_key(name):
                self.learn(name, side)  # "the U.N. mediator for Freedonia, Ilona van Reest"
        self._learn_offices(entities, text)

    def _learn_offices(self, entities: list[Entity], text: str) -> None:
        """Officials set beside their office ("X, director of the Y council"): no critics."""
        for name, side in office_appositions(entities, text, self.lexicon,
                                             lambda e: self.side(e)[0]).items():
            if name in self.corrected:
                continue
            self.officials.setdefault(name, side)
            if not self.by_name_key(name):
                self.learn(name, side)

    def learn(self, name: str | None, side: str) -> None:
        """Remember that ``name`` (and its surname) speaks for ``side``.

        A full name decides its surname's side: a bare surname that the entity resolver
        gave another country ("Balkhi" placed in the country he talks about) does not make
        the surname ambiguous; two full names of different sides do.
        """
        full = name is not None and len(name.split()) > 1
        if full and name and name[:1].isupper():
            self.first.setdefault(name.split()[0].lower(), set()).add(name.lower())
        for key in _keys(name):
            if full:
                side_of = self.full.get(key, side)
                self.full[key] = side if side_of == side else None
                self.names[key] = self.full[key]
            elif key in self.full:
                continue
            elif self.names.get(key, side) != side:
                self.names[key] = None  # two sides claim the name: ambiguous
            else:
                self.names[key] = side

    def relearn(self, name: str, side: str) -> None:
        """Put ``name`` (and its surname) on ``side``, whatever was learned before."""
        self.corrected[name] = side
        for key in _keys(name):
            self.full[key] = self.names[key] = side

    def side(self, entity: Entity | None) -> tuple[str | None, bool]:
        """Return (side or None, is a commentator) of a speaker mention."""
        if entity is None:
            return None, False
        alias = self.aliases.get(entity.raw_text.strip()) or self.aliases.get(
            f"name:{entity.entity_name}")
        if alias:  # "the RSF" after "the Rapid Support Forces (RSF)", whatever it resolved to
            return alias, False
        if entity.organization and entity.organization in self.media:
            return None, True  # "VOA's Peter Heinlein": a journalist reports, no side speaks
        if (entity.start, entity.end) in self.doubtful:
            return None, False  # "The foreign ministers" given the country they talk about
        official = self.officials.get(entity.entity_name)
        if is_commentator(entity, self.lexicon) or (
                not official and not nonstate_party(entity)
                and self.commentators & set(_keys(entity.entity_name))):
            return official, official is None  # "Yesilada", once "analyst Atilla Yesilada"
        short = self.short_form(entity)
        if short:  # "Mr. Ban" after "Ban Ki-moon": the full name decides, not the resolver
            return short, False
        found = self.corrected.get(entity.entity_name) or entity_side(entity, self.lexicon)
        if found == UNNAMED_REBELS and len(self.armed) == 1:
            found = next(iter(self.armed))  # "the rebels" of a story naming one armed group
        if found:
            return found, False
        return self.by_name(entity) or self.unnamed_opposition(entity), False

    def unnamed_opposition(self, entity: Entity) -> str | None:
        """The one opposition side for an opposition speaker of no country (or None).

        See ``opposition.unnamed_opposition``: not when the speaker's clause names another state.
        """
        return unnamed_opposition(entity, self.opposition, self.text, self.places)

    def short_form(self, entity: Entity) -> str | None:
        """The side of the one full name of the story that a bare one-word mention shortens.

        "Smith" after "Shannon Smith", "Mr. Ban" after "Ban Ki-moon" (the given or family
        name, first or last): the resolver often gives the short form the country of the
        place it is named in, while the full name was resolved (or described) better.
        """
        name = short_name(entity)
        if name is None:
            return None
        side = self.full.get(name)
        if side:
            return side
        fulls = self.first.get(name, set())
        return self.names.get(next(iter(fulls))) if len(fulls) == 1 else None

    def by_name_key(self, name: str) -> str | None:
        """The side already learned for a name or its surname, if any."""
        return next((self.names[key] for key in _keys(name) if self.names.get(key)), None)

    def by_name(self, entity: Entity) -> str | None:
        """The side learned for the entity's organization, name or surname, if any.

        A bare one-word name that is the first name of exactly one full name of the story
        ("Spokesman Zemedhun" after "spokesman Zemedhun Tekle"; in many naming cultures the
        given name is the short form) takes that person's side.
        """
        for name in (entity.organization, entity.entity_name):
            for key in _keys(name):
                if self.names.get(key):
                    return self.names[key]
        name = (entity.entity_name or "").lower()
        fulls = self.first.get(name, set()) if name and " " not in name else set()
        if len(fulls) == 1:
            return self.names.get(next(iter(fulls)))
        return None


TOPIC_WINDOW = 200  # characters after a description searched for the country it talks about


def _topic_country(entities: list[Entity], text: str) -> set[tuple[int, int]]:
    """Descriptions whose country is only the one their sentence talks about.

    "The foreign ministers also reaffirmed their concerns over the East and South China
    Seas": a definite description that names no country ("the foreign ministers", "the
    diplomats") was resolved to China, the place named later in its sentence. Such a country
    says what the speakers talk about, not whom they speak for; the speaker's side is then
    found as for a speaker of unknown side (continuation, description).
    """
    places = [e for e in entities if e.kind in PLACE_KINDS and e.country_code]
    doubtful = set()
    for entity in entities:
        if entity.kind != "NOMINAL" or not entity.country_code or entity.organization or (
                entity.sector_code == ARMED_GROUP):  # a group speaks for itself, not a country
            continue
        if not entity.raw_text.lower().startswith("the ") or countries_named(entity.raw_text):
            continue
        if any(p.start > entity.end and p.start - entity.end <= TOPIC_WINDOW
               and p.country_code == entity.country_code
               and not re.search(r"[.!?]\s", text[entity.end:p.start]) for p in places):
            doubtful.add((entity.start, entity.end))
    return doubtful


ABBREVIATION = re.compile(r"\s*[(\[]\s*([A-Z][A-Z0-9&-]{1,7})\s*[)\]]")


def _abbreviations(entities: list[Entity], text: str, lexicon: Lexicon) -> dict[str, str]:
    """Sides of abbreviations the story defines: "the Rapid Support Forces [RSF]" → RSF.

    The abbreviation's later mentions ("the RSF said") and pronouns resolved to the same
    entity speak for the side of the full name, whatever the entity resolver made of the
    letters (an unrelated organization with the same initials). Keys: the abbreviation, and
    ``name:`` + the entity name its mentions were resolved to.
    """
    found: dict[str, str] = {}
    for entity in entities:
        if entity.kind not in {"ORG", "NOMINAL", "PERSON"} or not text:
            continue
        match = ABBREVIATION.match(text, entity.end)
        side = entity_side(entity, lexicon) if match else None
        if match and side and match.group(1) != entity.raw_text.strip():
            found[match.group(1)] = side
    for entity in entities:
        side = found.get(entity.raw_text.strip())
        if side and entity.entity_name:
            found.setdefault(f"name:{entity.entity_name}", side)
    return found


DESCRIPTION = re.compile(r",?\s+(?:is\s+|was\s+)?(?:a|an)\s+([^,.;\"“”]{0,50})")


def _described_as_commentator(text: str, entity: Entity, lexicon: Lexicon) -> bool:
    """Whether the text describes a person mention as a commentator right after it.

    "Francesco Sisci, an Italian Sinologist, said..." and "Yang is a Chinese businessman
    in Austria" describe commentators that the entity record itself does not mark.
    """
    found = DESCRIPTION.match(text, entity.end) if text else None
    return bool(found and lexicon.commentators.search(found.group(1)))


def _keys(name: str | None) -> list[str]:
    """Lookup keys of a name: the whole name and, for a personal name, its last word."""
    if not name:
        return []
    words = name.split()
    keys = [name.lower()]
    if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) > 2:
        keys.append(words[-1].lower())
    return keys


def sentence_sides(analysis: Analysis, spans: list[tuple[int, int]],
                   lexicon: Lexicon) -> dict[int, tuple[str, str, str | None]]:
    """Attribute sentences of one story to sides: {sentence: (side, how, speaker name)}.

    See ``story_sides``, which also returns the story's speakers.
    """
    return story_sides(analysis, spans, lexicon)[0]


def story_sides(analysis: Analysis, spans: list[tuple[int, int]], lexicon: Lexicon
                ) -> tuple[dict[int, tuple[str, str, str | None]], Speakers]:
    """Attribute sentences of one story to sides: {sentence: (side, how, speaker name)}.

    A sentence belongs to the side of the speaker of the quote(s) covering it (weighted by
    quoted characters), else to the side that ``reported_by`` names on its events, else to
    the actor of a verbal event (rejects, urges, accuses, warns...), else to the subject of
    a reporting verb ("Balkhi rejected the allegation that..."). A speaker whose side is
    unknown continues the side of the sentence before ("China's ambassador said... Fu Cong
    blamed..."). Sentences of commentators and plain narration belong to no side, unless the
    commentator is quoted inside a side's sentence ("X criticized a report by Y, who wrote
    that…": X, the subject, speaks).
    """
    speakers = _speakers(analysis, spans, lexicon)
    votes: dict[int, Counter[tuple[str, str | None]]] = {}
    commentary: dict[int, int] = {}  # sentence -> where its commentator is named
    pending: dict[int, Entity] = {}
    documents: dict[int, str] = {}
    orphans: list[tuple[int, int]] = []  # sentences of quotes that name no speaker
    for quote in sorted(analysis.quotes, key=lambda q: q.start):
        first, last = sentence_of(spans, quote.start), sentence_of(spans, max(quote.end - 1, 0))
        if quote.speaker is None:  # a paragraph that opens with a quotation mark goes on quoting
            if analysis.text[spans[first][0]:quote.start].strip() in {'"', "“", "‘"}:
                orphans.append((first, last))
            continue
        document = document_noun(quote.speaker)
        if document:  # "The report noted…": the side of whoever issued the report
            side = author_side(analysis, spans, first, speakers, documents)
            if side:
                documents[first] = side
                for index in range(first, last + 1):
                    votes.setdefault(index, Counter())[(side, document)] += max(
                        quote.end - quote.start, 1)
            continue
        speaker = named_after(fuller_mention(quote.speaker, analysis.entities),
                              analysis.entities, analysis.text)
        side, commentator = speakers.side(speaker)
        if side is None and not commentator:
            side = principal(speaker, analysis.entities, analysis.text, speakers)
        if commentator:  # "Company executives, the U.S. FBI and X say…": the party listed
            listed = listed_side(speaker, analysis.entities, analysis.text, speakers)
            if listed:
                speaker, side, commentator = None, listed, False
        if commentator:
            at = quote.speaker.start if quote.speaker else 0
            for index in range(first, last + 1):
                commentary[index] = min(commentary.get(index, at), at)
            continue
        if side is None:
            if speaker is not None:
                pending.update(dict.fromkeys(range(first, last + 1), speaker))
            continue
        name = speaker.entity_name if speaker else None
        speakers.learn(name, side)
        for index in range(first, last + 1):
            votes.setdefault(index, Counter())[(side, name)] += max(quote.end - quote.start, 1)
    found = {i: (*_top(c), "quote") for i, c in votes.items()}
    according_to(analysis.text, spans, lexicon, found, pending)  # "According to X's summary,"
    _events(analysis, spans, speakers, found, commentary, pending)
    continue_pending(pending, speakers, found, commentary)
    _subjects(analysis, spans, speakers, found, commentary, pending)
    _rebels(analysis.text, spans, speakers, found)
    continue_pending(pending, speakers, found, commentary)  # after a subject ("X said. He added")
    documents_speaking(analysis, spans, speakers, found, commentary, documents)
    governments(analysis, spans, pending, speakers, found, commentary)
    continue_pending(pending, speakers, found, commentary)  # "he said" after a government speaker
    unnamed_continuations(analysis, spans, speakers, found, commentary, orphans)
    carried_sides(analysis.text, spans, found, commentary)
    return {i: (side, how, name) for i, (side, name, how) in found.items()}, speakers


def _rebels(text: str, spans: list[tuple[int, int]], speakers: Speakers,
            found: dict[int, tuple[str, str | None, str]]) -> None:
    """Give the rebels the sentences of unnamed rebel subjects ("rebel delegates asked…")."""
    side = next(iter(speakers.armed)) if len(speakers.armed) == 1 else UNNAMED_REBELS
    for index in rebels_speaking(text, spans, set(found), speakers.lexicon.reporting,
                                 _subject_position):
        found[index] = (side, None, "subject")


def _speakers(analysis: Analysis, spans: list[tuple[int, int]], lexicon: Lexicon) -> Speakers:
    """The story's speakers, with those who reject their own side's allegation moved."""
    speakers = Speakers(analysis.entities, lexicon, analysis.text,
                        dated=analysis.published is not None)
    for name, side in self_rejections(analysis, spans, speakers).items():
        speakers.relearn(name, side)  # "we reject the allegations by <his own side>"
    return speakers


def _events(analysis: Analysis, spans: list[tuple[int, int]], speakers: Speakers,
            found: dict[int, tuple[str, str | None, str]], commentary: dict[int, int],
            pending: dict[int, Entity]) -> None:
    """Sentences without a quote: the side ``reported_by`` names, else a verbal event's actor."""
    openers = speaking_subjects(analysis, spans, speakers, HEAD, _subject_position)
    for event in analysis.events:
        index = sentence_of(spans, event.start)
        if index in found or index in commentary or event.historical:
            continue
        side, _ = speakers.side(event.reported_by)
        if side is None and index in pending:
            continue  # a quote's speaker, not the actors it reports, states the sentence
        how = "reported_by"
        speaker = event.reported_by
        if side is None and event.event_type in VERBAL_TYPES and event.actor and (
                event.actor[0].start <= openers.get(index, event.actor[0].start)):
            speaker = named_after(event.actor[0], analysis.entities, analysis.text)
            side, how = speakers.side(speaker)[0], "actor"
            if speaker is None or speaker.kind not in {"PERSON", "ORG", "GPE", "NOMINAL"}:
                side = None
        if side is not None:
            found[index] = (side, speaker.entity_name if speaker else None, how)


def _subjects(analysis: Analysis, spans: list[tuple[int, int]], speakers: Speakers,
              found: dict[int, tuple[str, str | None, str]], commentary: dict[int, int],
              pending: dict[int, Entity]) -> None:
    """Attribute a sentence to the subject of its reporting verb ("X rejected / noted...").

    A subject of unknown side who was mentioned before joins ``pending`` (see
    :func:`.continued_sides.continue_pending`).
    A commentator quoted after the subject ("Lavrov criticized a report by Y, who wrote
    that…") does not take the sentence from the subject.
    """
    text = analysis.text
    for entity in sorted(analysis.entities, key=lambda e: e.start):
        index = sentence_of(spans, entity.start)
        if index in found or entity.kind not in SUBJECT_KINDS | {"NORP"}:
            continue
        if index in commentary and commentary[index] <= entity.start:
            continue
        start = entity.start
        if entity.kind in PLACE_KINDS and text[max(start - 4, 0):start].lower() == "the ":
            start -= 4  # "the Chinese side proposed…"
        agent = PASSIVE_AGENT.search(text, spans[index][0], entity.start)
        if agent and agent.end() == entity.start and entity.kind not in PLACE_KINDS:
            pass  # "That claim was made by X": X speaks
        elif not _subject_position(text, spans[index][0], start):
            continue
        else:
            named = named_after(entity, analysis.entities, text) or entity
            head = HEAD.match(text, named.end, spans[index][1])  # "'s executive arm", " side"
            if entity.kind == "NORP" and not head:
                continue  # "Chinese" alone is no speaker; "the Chinese side" is
            verb_at = head.end() if head else named.end
            if not speakers.lexicon.reporting.match(text, verb_at, spans[index][1]):
                continue
            entity = named
        side, commentator = speakers.side(entity)
        if side is None and not commentator:
            side = principal(entity, analysis.entities, text, speakers)
        if commentator:
            commentary[index] = min(commentary.get(index, entity.start), entity.start)
        elif side:
            found[index] = (side, entity.entity_name, "subject")
        elif known_speaker(entity):
            pending.setdefault(index, entity)  # "He added…", "The ministers reaffirmed…"


PASSIVE_AGENT = re.compile(  # "That claim was made by", "The same message came from"
    r"(?i)\b(?:claims?|allegations?|accusations?|charges?|remarks?|comments?|statements?|"
    r"assertions?|messages?|warnings?|calls?|appeals?|criticism)\b[^.;]{0,40}?\b(?:"
    r"(?:made|issued|voiced|raised|leveled|levell?ed|put forward)\s+by|came\s+from)"
    r"\s+(?:the\s+)?")
HEAD = re.compile(  # a country's or organization's body speaking: "the Chinese side", "X's arm"
    r"(?:['’]s)?(?:\s+[a-z][\w-]*){0,2}?\s+(?:side|government|authorities|officials|"
    r"delegation|military|army|navy|ministry|arm|office|embassy|mission|leadership|"
    r"spokes(?:man|woman|person)|envoy|commission|council|cabinet|"
    r"mediators?|monitors?|observers?|negotiators?)\b")


SUBORDINATE = re.compile(  # a mention right after a subordinating conjunction opens a clause
    r"(?i)\b(?:after|before|when|while|since|because|although|though|once|until|if|as)\s+"
    r"(?:the\s+)?$")


def _subject_position(text: str, sentence_start: int, start: int) -> bool:
    """Whether a mention at ``start`` can be the subject of its sentence's main verb.

    It opens the sentence (within ``SUBJECT_WITHIN`` characters), or follows an opening
    phrase closed by a comma ("Speaking to reporters in Paris, the minister stressed...").
    """
    before = text[sentence_start:start]
    if SUBORDINATE.search(before):
        return False  # "After rebels announced they were leaving, Mr. X said…": not the subject
    if len(before) <= SUBJECT_WITHIN:
        return True
    return len(before) <= SUBJECT_AFTER_PHRASE and before.rstrip().endswith(",") and (
        before.count(",") == 1)


def _top(counter: Counter[tuple[str, str | None]]) -> tuple[str, str | None]:
    return counter.most_common(1)[0][0]


def account_side(analysis: Analysis, given: str | None, source: Iterable[str | None],
                 lexicon: Lexicon, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """Return (side, how) of a whole account: given, from its source/title, or its speaker.

    A readout speaks for its author: "the White House" → USA, "China's Foreign Ministry" →
    CHN; without such a name, the side is that of the first actor of the opening sentences
    ("President X spoke today with President Y" → X's country), else of the most quoted side.
    """
    if given:
        return given, "given"
    for text in source:
        if not text:
            continue
        for side, pattern in lexicon.sources.items():
            if pattern.search(text):
                return side, "source"
    opening = spans[1][1] if len(spans) > 1 else (spans[0][1] if spans else 0)
    for event in sorted(analysis.events, key=lambda e: e.start):
        if event.start >= opening:
            break
        for actor in event.actor:
            found = entity_side(actor, lexicon)
            if found:
                return found, "speaker"
    quoted = Counter(code for q in analysis.quotes
                     if (code := entity_side(q.speaker, lexicon)) is not None)
    if quoted:
        return quoted.most_common(1)[0][0], "speaker"
    for entity in analysis.entities:
        found = entity_side(entity, lexicon)
        if found and entity.start < opening:
            return found, "speaker"
    return "UNKNOWN", "none"
