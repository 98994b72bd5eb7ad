"""The state of one document's mention builder and its reading of description phrases.

:class:`Describer` holds what the builder of :mod:`.resolve` shares: the document, the knowledge
base, the names (*cores*) found in it and which tokens are taken by an emitted mention. It reads
the phrase around a name: a title phrase before it ("French President"), an appositive after it
(", credit analyst at Harlow"), into a dict of country, organisation, role, sector and former.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from .cores import Core, find_cores
from .kb import KB, status
from .match import home_candidates, is_region, place_country
from .mention import Mention
from .postmod import NameMask
from .roles import hq_country, inherit, role_of, role_phrase
from .syntax import NOT_APPOS, org_sector

__all__ = ["PLACE_LABELS", "UNIT_HEADS", "Describer", "one_place"]

#: Entity labels of names the gazetteer may place ("Kaduna", "Balochistan").
PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Nouns of administrative units that follow a place's name ("Kano state").
UNIT_HEADS = frozenset({"state", "province", "region", "district", "county", "governorate",
                        "department",
                        "oblast", "prefecture", "municipality"})


def one_place(info: dict[str, str | None]) -> str | None:
    """Return the one country of the place a description names, if the gazetteer knows one."""
    codes = str(info.get("place_codes") or "")
    return codes if codes and "|" not in codes else None


def _clause_verb(kb: KB, words: Span) -> bool:
    """Return True when ``words`` open with the verb of the name's clause, not a description.

    ", hosted <state>'s minister of defence" after a name is its predicate, whose object's
    title is no appositive of the name. Only a finite verb in the past or the third person
    counts ("hosted", "says"): the small model tags some title words as verbs in their
    base form (", lead economist at a Lisbon bank"). Not a past form followed by a singular
    title (", elected president of <body>", ", named envoy to ..."): the model tags such a
    participle VBD after some names, and it opens the appositive.
    """
    if not words or words[0].tag_ not in {"VBD", "VBZ"}:
        return False
    title = words[1] if len(words) > 1 else None
    return not (words[0].tag_ == "VBD" and title is not None and title.tag_ in {"NN", "NNP"}
                and role_phrase(kb, title) is not None)


class Describer:
    """The mentions of one document being built, and the reading of description phrases."""

    def __init__(self, doc: Doc, kb: KB, date: dt.date | None) -> None:
        """Find the names of ``doc``; nothing is taken or emitted yet."""
        self.doc, self.kb, self.date = doc, kb, date
        self.cores = find_cores(doc, kb)
        self.core_at: list[Core | None] = [None] * len(doc)
        self.named = NameMask(self.core_at)
        for core in self.cores:
            for i in range(core.start, core.end):
                self.core_at[i] = core
        self.taken = [False] * len(doc)
        self.out: list[Mention] = []

    def _emit(self, m: Mention) -> None:
        """Add ``m`` unless one of its tokens is taken already; take its tokens."""
        if any(self.taken[i] for i in range(m.start, m.end)):
            return
        for i in range(m.start, m.end):
            self.taken[i] = True
        self.out.append(m)

    def _consume(self, start: int, end: int) -> None:
        """Mark the names between ``start`` and ``end`` used (absorbed by a mention)."""
        for i in range(start, end):
            core = self.core_at[i]
            if core is not None:
                core.used = True

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
            codes = self._modifier_place(core) if (
                core is not None and core.actor is None) else ()
            if core is not None and codes:  # "the Kaduna police": the place's country
                info.setdefault("place_codes", "|".join(codes))
                i = core.end
                continue
            if core is None and (named := self._unnamed_place(i, end)) is not None:
                if named[1]:  # "Kano state police": the model tagged no name
                    info.setdefault("place_codes", "|".join(named[1]))
                else:  # a place the gazetteer does not know: no country, and no guess
                    info.setdefault("place_unknown", "yes")
                i = named[0]
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

    def _modifier_place(self, core: Core) -> tuple[str, ...]:
        """Return the gazetteer's codes for a place name that modifies a role noun.

        "the Kaduna police", "a Yekaterinburg court", "Sindh's chief minister": the body
        sits in the place, so it is of the place's country. Several codes (a city name
        found in several countries) leave the choice to the story (:mod:`.context`). A
        place before a hyphen ("a Dubai-based firm", "Kyiv-backed") or a body of water,
        region or compass word names no home.
        """
        doc = self.doc
        text = doc[core.start:core.end].text
        if core.label not in PLACE_LABELS and not (
                core.label == "ORG" and core.end - core.start <= 3 and not text.isupper()
                and org_sector(doc[core.start:core.end]) is None and place_country(text)):
            return ()  # an organisation ("MDC"); "Balochistan" tagged ORG is a place
        nxt = doc[core.end] if core.end < len(doc) else None
        if nxt is not None and (nxt.text in {"-", "–"} or nxt.lower_.startswith("based")):
            return ()
        if core.start > 0 and doc[core.start - 1].text in {"-", "–"}:
            return ()  # "pro-Kharkiv" and the like
        if is_region(text):
            return ()
        unit = nxt is not None and nxt.lower_ in UNIT_HEADS
        return home_candidates(text, unit)

    def _unnamed_place(self, i: int, end: int) -> tuple[int, tuple[str, ...]] | None:
        """Read "Kano state" / "Sindh province" at token ``i``, a place no model tagged.

        Proper nouns right before a place noun (state, province, region, district ...)
        name that place; returns the index after the place noun and the gazetteer's
        codes for the name (empty when it knows none), or None when no such phrase
        starts at ``i``.
        """
        doc, j = self.doc, i
        while j < end and doc[j].pos_ == "PROPN" and self.core_at[j] is None:
            j += 1
        if j == i or j >= end - 1 or doc[j].lower_ not in UNIT_HEADS:
            return None
        if i > 0 and doc[i - 1].pos_ == "PROPN":
            return None  # inside a longer name
        return j + 1, home_candidates(doc[i:j].text, unit=True)

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
        """Read ', credit analyst at Harlow' after a name when the parse missed it."""
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
        if _clause_verb(self.kb, doc[i + 1:prep]):
            return None  # "Mr. X, hosted <state>'s minister": the name's verb, no appositive
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
                        sub.setdefault("country", one_place(sub))  # "the governor of Kaduna"
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
