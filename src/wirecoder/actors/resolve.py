"""Turning knowledge-base matches, named entities and role nouns into actor mentions.

A *core* is a name the document gives (a knowledge-base match, else a spaCy entity).
Each core either heads its own noun phrase, which then grows to the left over its
title and nationality words ("French President Emmanuel Macron"), or modifies a role
noun to its right, which then becomes the mention ("Iraqi officials", "U.S. forces").
Role nouns with no name ("rebels", "civilians") become nominal mentions.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ..pronouns import REPORT_LEMMAS
from ..textutil import tokens_with
from .context import assign_context
from .cores import Core, find_cores
from .kb import KB, role_heads, status
from .match import is_region, place_candidates, place_country
from .mention import Mention, merge
from .places import place_position
from .postmod import NameMask, anchors, describe_objects, nominal_name, post_modifier_end
from .roles import (
    hq_country,
    hyphen_modifier,
    inherit,
    is_office,
    no_context,
    office_holder,
    role_of,
    role_phrase,
)
from .syntax import (
    COLLECTIVE,
    MOD_DEPS,
    NONSTATE,
    NOT_APPOS,
    OVERRIDING,
    PERSON_VERBS,
    RELATIONAL,
    SHIP_PREFIXES,
    acting,
    agent_hyphen,
    base,
    has_relcl,
    locative,
    nonstate_code,
    org_sector,
)

__all__ = ["Mention", "build_mentions"]

#: Heads of nominals that name the parties to a meeting ("the two leaders", "both
#: sides"): coreference finds them; the sentence's country is no evidence.
PAIR_HEADS = frozenset({"leaders", "sides", "two", "counterparts", "presidents", "premiers"})


class _Builder:
    """Builds the mentions of one document."""

    def __init__(self, doc: Doc, kb: KB, date: dt.date | None) -> None:
        self.doc, self.kb, self.date = doc, kb, date
        self.cores = find_cores(doc, kb)
        self.core_at: list[Core | None] = [None] * len(doc)
        self.named = NameMask(self.core_at)
        for core in self.cores:
            for i in range(core.start, core.end):
                self.core_at[i] = core
        self.taken = [False] * len(doc)
        self.out: list[Mention] = []

    # ---------------------------------------------------------------- driver
    def run(self) -> list[Mention]:
        order = sorted(self.cores, key=lambda c: (c.label not in {"PERSON"}, c.start))
        for core in order:
            if not core.used:
                self._core(core)
        self._nominals()
        assign_context(self.doc, self.out)
        self.out.sort(key=lambda m: m.start)
        return self.out

    def _emit(self, m: Mention) -> None:
        if any(self.taken[i] for i in range(m.start, m.end)):
            return
        for i in range(m.start, m.end):
            self.taken[i] = True
        self.out.append(m)

    # ---------------------------------------------------------------- cores
    def _core(self, core: Core) -> None:
        core.used = True
        if core.actor is None and place_position(self.doc[core.start:core.end], core.label):
            return self._unknown_place(core)
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
            return self._place_or_state(Core(core.start, core.end, "GPE", None, True))
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
                   "country": sub.get("org_country") or sub.get("country")}
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
        else:
            m.country = core.inner or info.get("country")
            m.sector = org_sector(self.doc[core.start:core.end]) or info.get("sector")
            if self.doc[core.start].text in SHIP_PREFIXES:
                m.sector = "MIL"  # a navy's ship
            m.resolved_by = "pattern" if m.country else "ner"
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

    # ---------------------------------------------------------------- descriptions
    def _describe(self, start: int, end: int, consume: bool = True) -> dict[str, str | None]:
        """Read a title phrase: country, organisation, role words, sector, former."""
        info: dict[str, str | None] = {}
        words: list[Token] = []
        i = start
        while i < end:
            core = self.core_at[i]
            if core is not None and core.actor is not None:
                if i >= 2 and self.doc[i - 1].text == "-" and self.doc[i - 2].lower_ == "pro":
                    core.used = core.used or consume  # "pro-Russian separatists": not Russia's
                else:
                    self._absorb(core, info, consume)
                i = core.end
                continue
            if core is not None and core.label == "ORG":
                info.setdefault("org", self.doc[core.start:core.end].text)
                info.setdefault("org_sector", org_sector(self.doc[core.start:core.end]))
                if core.inner:  # "Afghan Interior Ministry": the state's body
                    info.setdefault("org_country", core.inner)
                    info.setdefault("country", core.inner)
                i = core.end
                continue
            tok = self.doc[i]
            if tok.lower_ in {"country", "nation", "island"} and tok.head.i < end:
                info.setdefault("country", self._last_country(tok.i))
            if tok.lower_.rstrip("-") in self.kb.former or tok.lower_.startswith(("ex-", "then-")):
                info["former"] = "yes"
            words.append(tok)
            i += 1
        role, sector = role_of(self.kb, words)
        if role:
            info["role"] = role
            info["sector"] = inherit(self.kb, role, sector, info)
        return info

    def _absorb(self, core: Core, info: dict[str, str | None], consume: bool = True) -> None:
        actor = core.actor
        assert actor is not None
        country, sector, _ = status(actor, self.date)
        if actor.kind in {"GPE", "NORP"} or actor.form in {"capital", "seat"}:
            info.setdefault("country", country)
        else:
            info.setdefault("org", actor.name)
            info.setdefault("org_sector", sector)
            info.setdefault("org_country", country)
        core.used = core.used or consume

    def _appositive(self, core: Core) -> dict[str, str | None] | None:
        root = self.doc[core.end - 1]
        for child in root.rights:
            if child.dep_ == "appos" and self.core_at[child.i] is None:
                return self._appos_phrase(child)
        surface = self._appos_surface(core)
        if surface:
            return surface
        if root.dep_ == "appos" and root.head.i < core.start:
            head = root.head
            if self.core_at[head.i] is None and not self.taken[head.i]:
                return self._describe(max(head.left_edge.i, head.sent.start),
                                      head.i + 1)
        return None

    def _appos_surface(self, core: Core) -> dict[str, str | None] | None:
        """Read ', lead analyst at Evercore ISI' after a name when the parse missed it."""
        doc, i = self.doc, core.end
        if i >= len(doc) - 1 or doc[i].text != ",":
            return None
        stop = i + 1
        while stop < min(len(doc), i + 14) and not (doc[stop].is_punct and doc[stop].text != "-"):
            stop += 1
        if doc[i + 1].lower_ in NOT_APPOS or any(
                c is not None and c.label == "PERSON" for c in self.core_at[i + 1:stop]):
            return None
        prep = next((t.i for t in doc[i + 1:stop] if t.lower_ in {"at", "of", "with", "for"}),
                    stop)
        info = self._describe(i + 1, prep, consume=False)
        if not info.get("role"):
            return None
        info["appos_span"] = f"{i + 1}:{prep}"
        for j in range(prep + 1, stop):
            core2 = self.core_at[j]
            if core2 is not None and core2.label != "PERSON":
                sub = self._describe(core2.start, core2.end, consume=False)
                for key in ("org", "org_sector", "org_country"):
                    if sub.get(key):
                        info.setdefault(key, sub[key])
                if core2.actor is None and core2.label == "ORG":
                    info.setdefault("org", doc[core2.start:core2.end].text)
                    info.setdefault("org_country", hq_country(self.kb, self.doc, core2.end))
                break
        info["sector"] = inherit(self.kb, info["role"] or "", info.get("sector"), info)
        return info

    def _appos_phrase(self, head: Token) -> dict[str, str | None]:
        info = self._describe(head.left_edge.i, head.i + 1, consume=False)
        for tok in head.rights:
            if tok.dep_ == "prep" and tok.lower_ in {"at", "of", "with", "for", "from", "in"}:
                for obj in tok.children:
                    core = self.core_at[obj.i]
                    if core is not None:
                        sub = self._describe(core.start, core.end, consume=False)
                        for key in ("org", "org_sector", "org_country", "country"):
                            if sub.get(key):
                                info.setdefault(key, sub[key])
                        if core.actor is None and core.label == "ORG":
                            info.setdefault("org_country", hq_country(self.kb, self.doc, core.end))
        if info.get("role"):
            info["sector"] = inherit(self.kb, info["role"] or "", info.get("sector"), info)
        return info

    def _last_country(self, i: int) -> str | None:
        for core in reversed(self.cores):
            if core.start < i and core.actor is not None and core.actor.kind in {"GPE", "NORP"}:
                return core.actor.country
        return None

    def _consume(self, start: int, end: int) -> None:
        for i in range(start, end):
            core = self.core_at[i]
            if core is not None:
                core.used = True

    # ---------------------------------------------------------------- nominals
    def _nominals(self) -> None:
        for i in tokens_with(self.doc, role_heads(self.kb)):
            tok = self.doc[i]
            if self.taken[i] or self.core_at[i] is not None:
                continue
            if role_phrase(self.kb, tok) is None:
                continue
            if tok.dep_ in {"compound", "amod", "nmod"} and tok.head.i > tok.i and (
                    role_phrase(self.kb, tok.head) is not None or tok.head.pos_ == "NOUN"):
                continue  # "press freedom", "government branches": a modifier, no actor
            self._nominal(tok)

    def _nominal(self, head: Token) -> None:
        if self.taken[head.i]:
            return
        start = head.i
        for tok in reversed(list(self.doc[head.left_edge.i: head.i])):
            if self.taken[tok.i] or tok.dep_ not in MOD_DEPS or tok.is_space:
                break
            other = self.core_at[tok.i]
            if other is not None and other.label == "PERSON":
                break
            start = tok.i
        while start < head.i and (self.doc[start].is_punct or self.doc[start].dep_ in {
                "cc", "prep", "case"}):
            start += 1
        start = self._split_coordination(start, head)
        start = self._after_agent(start, head)
        info = self._describe(start, head.i + 1)
        has_name = any(self.core_at[i] is not None for i in range(start, head.i))
        plural = head.tag_ in {"NNS", "NNPS"} or head.lower_ in COLLECTIVE
        post = post_modifier_end(self.doc, head, self.named)
        if post is not None and self._describes_person(head):
            post = None
        title_ref = not has_name and not plural and self._title_reference(start, head, info)
        if not has_name and not plural and not info.get("country") and post is None \
                and not title_ref:
            for i in range(start, head.i):
                core = self.core_at[i]
                if core is not None:
                    core.used = False
            return
        if info.get("sector") is None and info.get("role") is None:
            return
        if head.i > 0 and self.doc[head.i - 1].lower_ in {"social", "mass"}:
            return
        end = self._absorb_post(head, start, info)
        m = Mention(start, end, "NOMINAL", self.doc[start:end].text,
                    info.get("country") or info.get("org_country"), info.get("sector"),
                    role=info.get("role"), org=info.get("org"), resolved_by="pattern",
                    plural=plural)
        m.extra["post"] = end > head.i + 1
        m.extra["title_ref"] = title_ref
        m.extra["office"] = not plural and is_office(m.role)
        m.extra["collective"] = head.lower_ in COLLECTIVE and head.tag_ not in {"NNS", "NNPS"}
        if info.get("former"):
            m.sector = "ELI"
        m.extra["no_context"] = title_ref or head.lower_ in PAIR_HEADS or no_context(
            self.kb, info) or any(
            c.actor is None and c.label in {"NORP", "GPE", "LOC"} for c in self.cores
            if start <= c.start < head.i)
        if m.country is None and info.get("org"):
            m.country = info.get("org_country")
        code = nonstate_code(self.doc[start:head.i + 1])
        if m.country is None or (code == "IGO" and any(
                t.lower_ in OVERRIDING for t in self.doc[start:head.i])):
            m.country = code or m.country
        m.name = nominal_name(m.name, m.role, self.kb.country_name(m.country), m.org,
                              m.country in NONSTATE, bool(m.extra["post"]))
        self._consume(start, head.i)
        self._emit(m)

    def _title_reference(self, start: int, head: Token, info: dict[str, str | None]) -> bool:
        """Return True for a bare definite office title: "the President", "the Secretary".

        Also the second of two titles sharing the article: "The President and Prime
        Minister also discussed". Such a mention names one person: coreference resolves it
        (see :mod:`.coref`).
        """
        if info.get("country") or info.get("org") or not is_office(info.get("role")):
            return False
        if self.doc[start].lower_ == "the" or (start > 0 and self.doc[start - 1].lower_ == "the"):
            return True
        if head.dep_ == "conj" and head.head.i < start:
            det = next((c for c in head.head.lefts if c.dep_ == "det"), None)
            return det is not None and det.lower_ == "the"
        return False

    def _after_agent(self, start: int, head: Token) -> int:
        """Leave 'U.S.-designated' out of 'a U.S.-designated terrorist group' (not USA)."""
        for i in range(head.i - 1, start - 1, -1):
            if agent_hyphen(self.doc[i]) and self.core_at[i] is not None:
                return i + 1
        return start

    def _describes_person(self, head: Token) -> bool:
        """Return True for the appositive of a name ('X, president of the Committee')."""
        core = self.core_at[head.head.i]
        return head.dep_ == "appos" and core is not None and core.label == "PERSON"

    def _absorb_post(self, head: Token, start: int, info: dict[str, str | None]) -> int:
        """Take 'for/at/of/in X' after ``head`` into the mention; return its new end."""
        end = post_modifier_end(self.doc, head, self.named)
        if end is None or self._describes_person(head):
            return head.i + 1
        for core in self.cores:
            if head.i < core.start < end and not core.used:
                self._core(core)
        inside = [m for m in self.out if head.i < m.start < end or head.i < m.end - 1 < end]
        if any(m.start <= head.i or m.end > end for m in inside) or any(
                self.taken[i] and not any(m.start <= i < m.end for m in inside)
                for i in range(head.i + 1, end)):
            return head.i + 1
        if not anchors(head, inside):
            return head.i + 1
        for m in inside:
            self.out.remove(m)
            for i in range(m.start, m.end):
                self.taken[i] = False
        found = describe_objects(inside)
        if not inside:
            names = " ".join(t.text for t in self.doc[head.i + 2:end] if t.pos_ == "PROPN")
            found["country"] = place_country(names) if names else None
        if info.get("country") or info.get("org_country"):
            found.pop("country", None)  # "the U.N. envoy for Syria" stays a U.N. envoy
        for key, value in found.items():
            if value and not info.get(key):
                info[key] = value
        if info.get("role"):
            _, sector = role_of(self.kb, list(self.doc[start:head.i + 1]))
            info["sector"] = inherit(self.kb, str(info["role"]), sector, info)
        self._consume(head.i + 1, end)
        return end

    def _split_coordination(self, start: int, head: Token) -> int:
        """Emit 'U.S.' of 'U.S. and Iraqi officials' alone; return the new start."""
        for i in range(head.i - 1, start, -1):
            tok = self.doc[i]
            if tok.dep_ == "cc" or tok.lower_ in {"and", "or", ","}:
                left = [c for c in self.cores if start <= c.start and c.end <= i]
                if not left or not all(c.actor is not None for c in left):
                    return start
                role, sector = role_of(self.kb, [head])
                for core in left:
                    country, _, _ = status(core.actor, self.date)  # type: ignore[arg-type]
                    m = Mention(core.start, core.end, "NOMINAL",
                                f"{self.doc[core.start:core.end].text} {head.text}", country,
                                sector, role=role, resolved_by="pattern", plural=True)
                    core.used = True
                    self._emit(m)
                return i + 1
        return start


def build_mentions(doc: Doc, kb: KB, date: dt.date | None) -> list[Mention]:
    """Return the actor mentions of ``doc`` (token offsets), sorted by start."""
    return _Builder(doc, kb, date).run()
