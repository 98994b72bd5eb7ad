"""Nominal mentions: role nouns with no name of their own ("rebels", "Iraqi officials").

:class:`NominalBuilder` grows a role noun to the left over its modifiers, to the right over a
post-modifier ("the U.N. envoy for Syria"), splits a coordination ("U.S. and Iraqi officials")
and codes the result from its description (:class:`.describe.Describer`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..textutil import tokens_with
from .cores import Core
from .describe import UNIT_HEADS, Describer
from .kb import role_heads, status
from .match import home_candidates
from .mention import Mention
from .postmod import anchors, describe_objects, nominal_name, post_modifier_end
from .roles import inherit, is_office, no_context, role_of, role_phrase
from .story import foreign_facing
from .syntax import COLLECTIVE, MOD_DEPS, NONSTATE, OVERRIDING, agent_hyphen, nonstate_code

__all__ = ["PAIR_HEADS", "NominalBuilder"]

#: Heads of nominals that name the parties to a meeting ("the two leaders", "both
#: sides"): coreference finds them; the sentence's country is no evidence.
PAIR_HEADS = frozenset({"leaders", "sides", "two", "counterparts", "presidents", "premiers"})
#: Sectors of bodies a place name on them does not make that place's country's: a
#: newspaper's "Moscow correspondent", "Beijing analysts" of a foreign firm.
NO_HOME_SECTORS = frozenset({"JRN", "BUS", "EDU", "MED"})


class NominalBuilder(Describer):
    """Builds the nominal mentions of a document (the named ones: :mod:`.resolve`)."""

    def _core(self, core: Core) -> None:
        """Build the mention of a name (a post-modifier's names are built first)."""
        raise NotImplementedError

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
            self.kb, info) or bool(info.get("place_unknown")) or any(
            c.actor is None and c.label in {"NORP", "GPE", "LOC"} for c in self.cores
            if start <= c.start < head.i)
        self._fill_country(m, start, head, info)
        m.name = nominal_name(m.name, m.role, self.kb.country_name(m.country), m.org,
                              m.country in NONSTATE, bool(m.extra["post"]))
        self._consume(start, head.i)
        self._emit(m)

    def _fill_country(self, m: Mention, start: int, head: Token,
                      info: dict[str, str | None]) -> None:
        """Give ``m`` its organisation's country, a non-state code or its place's country."""
        if m.country is None and info.get("org"):
            m.country = info.get("org_country")
        code = nonstate_code(self.doc[start:head.i + 1])
        if m.country is None or (code == "IGO" and any(
                t.lower_ in OVERRIDING for t in self.doc[start:head.i])):
            m.country = code or m.country
        if m.country is None:
            self._home_place(m, info)

    def _home_place(self, m: Mention, info: dict[str, str | None]) -> None:
        """Give a body named by its place ("the Kaduna police") the place's country.

        Only the gazetteer's reading of a place name inside the phrase counts (see
        :meth:`.Describer._modifier_place`); a name several countries hold waits for the
        story to name one of them (``extra["place_candidates"]``, :mod:`.context`). Envoys,
        embassies and reporters serve elsewhere: "the Moscow correspondent" is no Russian.
        """
        codes = tuple(str(info.get("place_codes") or "").split("|")) if info.get(
            "place_codes") else ()
        if not codes or m.sector in NO_HOME_SECTORS or foreign_facing(m):
            return
        if len(codes) == 1:
            m.country = codes[0]
            m.extra["home_place"] = True
        else:
            m.extra["place_candidates"] = codes

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
            codes = home_candidates(names, unit=self.doc[end - 1].lower_ in UNIT_HEADS) \
                if names else ()  # "officials of Beni department": Bolivia's, not Congo's
            found["country"] = codes[0] if len(codes) == 1 else None
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
