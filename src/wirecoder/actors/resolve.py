"""Turning knowledge-base matches, named entities and role nouns into actor mentions.

A *core* is a name the document gives (a knowledge-base match, else a spaCy entity).
Each core either heads its own noun phrase, which then grows to the left over its
title and nationality words ("German Chancellor Olaf Scholz"), or modifies a role
noun to its right, which then becomes the mention ("Iraqi officials", "U.S. forces").
Role nouns with no name ("rebels", "civilians") become nominal mentions.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from ..pronouns import REPORT_LEMMAS
from ..textutil import tokens_with
from .context import assign_context
from .cores import Core
from .describe import one_place
from .kb import KB, status
from .match import is_region, place_candidates, place_country
from .mention import Mention, merge
from .nominals import PAIR_HEADS, NominalBuilder
from .places import inside_feature_name, place_position
from .roles import hq_country, hyphen_modifier, is_office, no_context, office_holder, role_phrase
from .syntax import (
    MOD_DEPS,
    PERSON_VERBS,
    RELATIONAL,
    SHIP_PREFIXES,
    acting,
    agent_hyphen,
    base,
    has_relcl,
    led_noun,
    locative,
    org_sector,
)
from .us_offices import us_office

__all__ = ["PAIR_HEADS", "Mention", "build_mentions"]


#: Bodies that are not role nouns but take their leader's codes ("a Saudi-led coalition").
LED_BODIES = frozenset({"coalition", "alliance", "mission", "bloc", "force", "contingent",
                        "militia", "militias", "monitors", "observers", "peacekeepers"})


#: Prepositions before "the former <state>" that make it a region ("countries of the former
#: Soviet Union", "across the former ..."); "refugees from the former ..." keep the state.
FORMER_REGION_PREPS = frozenset({"of", "in", "across", "throughout", "within"})


class _Builder(NominalBuilder):
    """Builds the mentions of one document: the named ones here, the nominals in the base."""

    # ---------------------------------------------------------------- driver
    def run(self) -> list[Mention]:
        order = sorted(self.cores, key=lambda c: (c.label not in {"PERSON"}, c.start))
        for core in order:
            if core.label != "PERSON" and inside_feature_name(self.doc, core.start, core.end):
                core.used = True  # "the South China Sea", "China Standard Time": no party
            if not core.used:
                self._core(core)
        self._nominals()
        self._compass_states()
        assign_context(self.doc, self.out)
        self.out.sort(key=lambda m: m.start)
        return self.out

    def _core(self, core: Core) -> None:
        """Build the mention of a name: a person, an organisation, a place or a state."""
        core.used = True
        if core.actor is None and place_position(self.doc[core.start:core.end], core.label):
            return self._unknown_place(core)
        if core.actor is not None and self._led(core):
            return
        root = self.doc[core.end - 1]
        head = root.head
        if (root.dep_ in {"compound", "amod", "nmod", "poss"} and head.i >= core.end
                and head.i - core.end < 6 and core.label != "PERSON"):
            other = self.core_at[head.i]
            if other is None and role_phrase(self.kb, head) is not None:
                self._nominal(head)
                if core.used and any(self.taken[i] for i in range(core.start, core.end)):
                    return
            elif other is not None and other.label in {"PERSON", "ORG"} and not other.used:
                return self._mark_unused(core, other)
        if core.label == "PERSON":
            self._person(core)
        elif core.label in {"ORG"}:
            self._org(core)
        else:
            self._place_or_state(core)

    def _compass_states(self) -> None:
        """Code "the south" / "the North" acting when the story names the two states.

        A story about South Sudan and Sudan, or North and South Korea, calls the two sides
        "the south" and "the north". Only when the story names both states of one such pair
        (and no other pair) does the bare compass word, as a clause subject, stand for one
        of them; as an object it is as often the region ("rains hit the north", "visited
        the south"), and "in the south" and "the south of the country" are places.
        """
        found = tokens_with(self.doc, ("south", "north"))
        if not found:
            return
        named = {m.country: m for m in self.out if m.kind == "GPE" and m.country}
        pairs: dict[str, Mention] = {}
        for code in named:
            name = self.kb.country_name(code) or ""
            if name.startswith("South "):
                rest = name.removeprefix("South ")
                other = next((c for c in named if (self.kb.country_name(c) or "") in {
                    rest, "North " + rest}), None)
                if other is not None:
                    if pairs:
                        return  # two pairs named: "the South" could be either
                    pairs = {"south": named[code], "north": named[other]}
        if len(pairs) != 2:
            return
        for i in found:
            tok = self.doc[i]
            det = self.doc[i - 1] if i > 0 else None
            if self.taken[i] or det is None or det.lower_ != "the" or tok.dep_ not in {
                    "nsubj", "nsubjpass"} or any(c.dep_ == "prep" for c in tok.rights):
                continue
            state = pairs[tok.lower_]
            m = Mention(i - 1, i + 1, "GPE", state.name, state.country, state.sector,
                        others=state.others, resolved_by="coref")
            m.extra["subject"] = True
            self._emit(m)

    def _led(self, core: Core) -> bool:
        """Build "NATO-led troops", "a U.S.-led coalition" as one mention of the leader.

        The guideline codes a force or body led by a named state or organisation as the
        leader's ("a Saudi-led coalition": SAU). A role noun grows over the name (its
        description gives the leader's codes); another noun ("coalition", "mission")
        becomes a mention of the leader's codes over the whole phrase. An act led by
        someone ("a French-led campaign", "UN-led talks") is an event noun, no mention.
        Returns True when the phrase was built.
        """
        head = led_noun(self.doc, core.end)
        if head is None or self.core_at[head.i] is not None or any(
                self.taken[i] for i in range(core.start, head.i + 1)):
            return False
        role = role_phrase(self.kb, head) is not None
        if not role and head.lemma_.lower() not in LED_BODIES and head.lower_ not in LED_BODIES:
            return False
        if role:
            core.used = False  # the nominal absorbs the name
            self._nominal(head)
            if self.taken[core.start]:
                return True
            core.used = True
            return False
        actor = core.actor
        assert actor is not None
        m = Mention(self._prefix_start(core), head.i + 1, actor.kind, actor.name)
        m.country, m.sector, _ = status(actor, self.date)
        m.others = actor.other_sectors
        m.extra["led"] = True
        self._emit(m)
        return True

    def _unknown_place(self, core: Core) -> None:
        """Emit a place the knowledge base does not know (country: see places.py)."""
        text = self.doc[core.start:core.end].text
        if is_region(text):
            return  # regions with no country ("Asia") are no mentions
        codes = place_candidates(text)
        m = Mention(core.start, core.end, "GPE", text, codes[0] if len(codes) == 1 else None,
                    is_place=True, resolved_by="gazetteer")
        if len(codes) > 1:
            m.extra["candidates"] = codes  # "Bor": the document decides (context.py)
        if m.country is None:
            nxt = next((c for c in self.cores if (c.start == core.end or (
                c.start == core.end + 1 and self.doc[core.end].text == ","))
                        and c.actor is not None and c.actor.kind == "GPE"), None)
            m.country = nxt.actor.country if nxt is not None and nxt.actor else None
            if core.label == "LOC" and m.country is None:
                return  # regions with no country ("the Middle East") are no mentions
            m.extra["place_context"] = True
        self._emit(m)

    def _mark_unused(self, core: Core, other: Core) -> None:
        core.used = False  # the head core will absorb it when it extends left
        self._core(other)
        if not any(self.taken[i] for i in range(core.start, core.end)):
            core.used = True
            self._place_or_state(core) if core.label != "ORG" else self._org(core)

    def _prefix_start(self, core: Core) -> int:
        """Return where the name phrase of ``core`` starts (title words included)."""
        root = self.doc[core.start:core.end].root  # "Chiefs" of "Joint Chiefs of Staff"
        start = core.start
        left = root.left_edge.i
        title = self.doc[core.start - 1] if core.start > 0 else None
        if (core.label == "PERSON" and title is not None and root.dep_ in {"appos", "compound"}
                and root.head.i == title.i and self.core_at[title.i] is None
                and role_phrase(self.kb, title) is not None):
            left = title.left_edge.i  # "Egypt's finance minister Hisham Mansour" (appos parse)
        for tok in reversed(list(self.doc[left: core.start])):
            if self.taken[tok.i] or tok.is_space:
                break
            other = self.core_at[tok.i]
            if other is not None and other.label == "PERSON":
                break
            if tok.dep_ not in MOD_DEPS and tok.head.i < core.start:
                break
            start = tok.i
        while start < core.start and (self.doc[start].dep_ in {"det", "punct", "cc", "prep",
                                                                "case"}
                                      or self.doc[start].is_punct
                                      or self.doc[start].text in {"FILE", "PHOTO"}):
            start += 1  # "FILE - Chinese President Xi Jinping": a caption marker
        return start

    def _person(self, core: Core) -> None:
        start = self._prefix_start(core)
        info = self._describe(start, core.start)
        app = self._appositive(core)
        if app:
            info = merge(info, app)
        if core.actor is None and not info.get("role") and self._place_not_person(core):
            # "applauded Jordan for keeping its crossings open": the state, not a foreign town
            named = next((a for a in self.kb.lookup(self.doc[core.start:core.end].text)
                          if a.kind == "GPE" and a.form == "name"), None)
            return self._place_or_state(Core(core.start, core.end, "GPE", named, True))
        if core.actor is None and not info.get("role"):
            info = merge(self._affiliation(core), info)
        elif core.actor is None and not info.get("country"):
            # "President Poroshenko of Ukraine": the title's state follows the name
            state = self._affiliation(core).get("country")
            if state:
                info = {**info, "country": state}
        m = Mention(start, core.end, "PERSON", self.doc[core.start:core.end].text)
        m.role, m.org = info.get("role"), info.get("org")
        if core.actor is not None:
            m.name = core.actor.name
            m.country, m.sector, m.title = status(core.actor, self.date)
            m.others = core.actor.other_sectors
        elif (holder := office_holder(self.kb, self.date, self.doc[core.start:core.end],
                                     info.get("role"))) is not None:
            m.name = holder.name  # "Secretary Austin" on a date Lloyd Austin was secretary
            m.country, m.sector, m.title = status(holder, self.date)
            m.others, m.resolved_by = holder.other_sectors, "kb"
        else:
            m.resolved_by = "pattern" if info.get("sector") or info.get("country") else "ner"
            m.sector = info.get("sector")
            # "EU Trade Commissioner X", "ICC Prosecutor X": the title's body is the affiliation
            m.country = info.get("country") or info.get("org_country")
            if m.country is None and info.get("role"):
                m.country = one_place(info)  # "Kaduna Governor Amina Bello": the office's
            if m.country is None and (office := us_office(self.doc[start:core.end])):
                m.country, m.sector, m.resolved_by = "USA", "GOV", "pattern"
                m.extra["us_office"] = office[0]
        if info.get("former") and m.sector not in {None, "ELI"}:
            m.sector = "ELI"
        m.extra["no_context"] = no_context(self.kb, info)
        m.extra["office"] = is_office(m.role)
        self._consume(start, core.start)
        self._emit(m)
        if info.get("appos_span"):
            first, last = (int(x) for x in str(info["appos_span"]).split(":"))
            for j in range(first, last):
                if self.core_at[j] is None:
                    self.taken[j] = True

    def _place_not_person(self, core: Core) -> bool:
        """Return True for a known place the model tagged as a person ("shelling Kharkiv").

        Only as the object of a verb or preposition: a subject may be someone named after
        a place.
        """
        root = self.doc[core.end - 1]
        verb = root.head if root.dep_ == "dobj" else root.head.head
        if root.dep_ not in {"dobj", "pobj"} or verb.lemma_.lower() in PERSON_VERBS:
            return False  # "met Victoria": someone met
        return bool(place_candidates(self.doc[core.start:core.end].text))

    def _affiliation(self, core: Core) -> dict[str, str | None]:
        """Read 'Andrew Lebovich of ... Clingendael' (NLD/SOC): the person's body or state.

        The person takes the organisation's country and sector, or the state's country.
        """
        doc, i = self.doc, core.end
        if i >= len(doc) - 1 or doc[i].lower_ not in {"of", "at", "from"}:
            return {}
        if not core.start <= doc[i].head.i < core.end:
            return {}
        for j in range(i + 1, min(len(doc), doc[i].right_edge.i + 1)):
            other = self.core_at[j]
            if other is None or other.label == "PERSON":
                continue
            sub = self._describe(other.start, other.end, consume=False)
            if other.actor is None and other.label == "ORG":
                sub["org_country"] = other.inner or hq_country(self.kb, self.doc, other.end)
            out = {"org": sub.get("org"), "sector": sub.get("org_sector"),
                   "country": sub.get("org_country") or sub.get("country") or one_place(sub)}
            return {k: v for k, v in out.items() if v}
        return {}

    def _org(self, core: Core) -> None:
        start = self._prefix_start(core)
        info = self._describe(start, core.start)
        app = self._appositive(core)
        if app:
            info = merge(app, info)
        text = self.doc[core.start:core.end].text
        m = Mention(start, core.end, "ORG", text)
        if core.actor is not None:
            m.name = core.actor.name
            m.country, m.sector, _ = status(core.actor, self.date)
            m.others = core.actor.other_sectors
            if core.actor.form == "seat" or core.actor.place_country:
                return self._seat(core, m)
            if core.actor.place and not (acting(self.doc[core.end - 1])
                                         and core.actor.name != "Oval Office"):
                m.is_place, m.sector, m.kind = True, None, "GPE"
        elif place_country(text) and core.end - core.start <= 3 and org_sector(
                self.doc[core.start:core.end]) is None:
            return self._place_or_state(Core(core.start, core.end, "GPE", None, True))
        elif core.inner is None and not info.get("country") and (
                office := us_office(self.doc[start:core.end])) is not None:
            return self._us_official(core, start, office)  # "Secretary of Defense X" as ORG
        else:
            m.country = core.inner or info.get("country")
            m.sector = org_sector(self.doc[core.start:core.end]) or info.get("sector")
            if self.doc[core.start].text in SHIP_PREFIXES:
                m.sector = "MIL"  # a navy's ship
            m.resolved_by = "pattern" if m.country else "ner"
        self._consume(start, core.start)
        self._emit(m)

    def _us_official(self, core: Core, start: int, office: tuple[str, int]) -> None:
        """Build a US office holder tagged ORG with the title (:mod:`.us_offices`)."""
        title, name_start = office
        m = Mention(start, core.end, "PERSON", self.doc[name_start:core.end].text)
        m.role, m.country, m.sector, m.resolved_by = title, "USA", "GOV", "pattern"
        m.extra["office"], m.extra["us_office"] = True, title
        self._consume(start, core.start)
        self._emit(m)

    def _seat(self, core: Core, m: Mention) -> None:
        actor = core.actor
        assert actor is not None
        if actor.form == "seat" and locative(self.doc[core.end - 1]):
            m.is_place, m.sector, m.kind = True, None, "GPE"
        elif actor.place_country and not acting(self.doc[core.end - 1]):
            m.is_place, m.sector, m.kind = True, None, "GPE"
            m.country, m.name = actor.place_country, self.doc[core.start:core.end].text
        self._emit(m)

    def _place_or_state(self, core: Core) -> None:
        tok = self.doc[core.end - 1]
        text = self.doc[core.start:core.end].text
        actor = core.actor
        if actor is None:
            codes = place_candidates(text) if core.label in {"GPE", "LOC", "FAC"} else ()
            if codes and tok.dep_ == "nsubj" and tok.head.lemma_ in REPORT_LEMMAS:
                return  # "Kirkwood said ...": a speaker the model took for a town
            if codes:
                m = Mention(core.start, core.end, "GPE", text, codes[0] if len(codes) == 1
                            else None, is_place=True, resolved_by="gazetteer")
                if len(codes) > 1:  # "Bor": the document decides (context.py)
                    m.extra.update(place_context=True, candidates=codes)
                self._emit(m)
            return
        if hyphen_modifier(self.kb, tok):
            return
        if actor.kind == "NORP" and tok.dep_ in {"amod", "compound"} and (
                tok.head.lower_ in RELATIONAL):
            return  # "Chinese rivals", "Iranian foes": the other party, not the referent
        if core.start > 0 and self.doc[core.start - 1].lower_ == "former" and (
                (actor.kind == "NORP" and tok.head.i > tok.i
                 and role_phrase(self.kb, tok.head) is None)
                or (actor.kind == "GPE" and base(tok).dep_ == "pobj"
                    and base(tok).head.lower_ in FORMER_REGION_PREPS)):
            return  # "two former Soviet republics", "countries of the former Soviet Union"
        m = Mention(core.start, core.end, actor.kind, actor.name, actor.country, actor.sector,
                    others=actor.other_sectors)
        m.extra["subject"] = base(tok).dep_ in {"nsubj", "nsubjpass"}
        if actor.form == "capital":
            if acting(tok) and (not locative(tok) or has_relcl(base(tok))):
                m.sector, m.kind = "GOV", "GPE"
            else:
                m.is_place = True
        elif actor.form == "seat":
            return self._seat(core, m)
        elif actor.kind in {"GPE", "NORP"} and agent_hyphen(tok):
            m.sector = "GOV"  # "U.S.-designated": a state act
            m.extra["modifier"] = True
        elif actor.kind == "GPE":
            m.is_place = locative(tok)
            if actor.other_sectors == ("PRE",):
                m.sector, m.others = "PRE", ()
        self._emit(m)


def build_mentions(doc: Doc, kb: KB, date: dt.date | None) -> list[Mention]:
    """Return the actor mentions of ``doc`` (token offsets), sorted by start."""
    return _Builder(doc, kb, date).run()
