"""Round 20 (issue 11, ro20): divergent points the comparer missed.

- an appositive claim noun with no article and a denial in the present after it ("…,
  charges Y dismiss", "…, a claim Y dispute") gives its clause to the denying side;
- a toll of people in general below one side's toll of a group contradicts it;
- a few more reporting verbs ("lodged a protest", "questioned").

Sentences written for these tests (invented states, people and places).
"""

from __future__ import annotations

from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import given_claims, quote
from wirecoder.compare.api import within_claims
from wirecoder.compare.claims import content_words
from wirecoder.compare.matters import Matter
from wirecoder.compare.relations import relation
from wirecoder.models import Analysis, Entity, Quote

_quote = partial(quote, kind="indirect")


def _sides_of(text: str, entities: list[Entity], quotes: list[Quote]) -> dict[str, set[str]]:
    """Sides of the claims of each clause, keyed by the claim's first 20 characters."""
    analysis = Analysis(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))
    found: dict[str, set[str]] = {}
    for claim in within_claims(analysis):
        found.setdefault(claim.text.lstrip(" ,")[:20], set()).add(claim.side)
    return found


def _bare_plural_story() -> tuple[str, list[Entity], list[Quote]]:
    text = ("The Ruritanian leaders say Freedonia lets smugglers use its ports to ship "
            "rifles north, charges Freedonian officials dismiss.")
    speaker = _ent(text, "The Ruritanian leaders", "Ruritania leaders", "RUR",
                   kind="NOMINAL")
    entities = [speaker, _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE"),
                _ent(text, "Freedonian officials", "Freedonia officials", "FRE",
                     kind="NOMINAL")]
    return text, entities, [_quote(text, "Freedonia lets smugglers use its ports to ship "
                                         "rifles north", speaker)]


def test_a_bare_plural_claim_noun_and_a_present_denial_give_the_clause_to_the_denier():
    text, entities, quotes = _bare_plural_story()
    sides = _sides_of(text, entities, quotes)
    assert set().union(*sides.values()) == {"RUR", "FRE"}
    assert sides["charges Freedonian o"] == {"FRE"}
    denial = next(c for c in within_claims(Analysis(
        id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))) if c.side == "FRE")
    assert denial.denial


def test_a_claim_a_side_disputes_is_that_sides_denial():
    text = ("The storm sank two Veridian ferries near Port Amsel, according to Veridian "
            "coast guards, a claim Ruritanian authorities dispute.")
    speaker = _ent(text, "Veridian coast guards", "Veridia coast guards", "VER",
                   kind="NOMINAL")
    entities = [speaker, _ent(text, "Ruritanian authorities", "Ruritania authorities", "RUR",
                              kind="NOMINAL")]
    quotes = [_quote(text, "The storm sank two Veridian ferries near Port Amsel", speaker)]
    analysis = Analysis(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))
    claims = {c.side: c for c in within_claims(analysis)}
    assert set(claims) == {"VER", "RUR"}
    assert claims["RUR"].denial and not claims["VER"].denial


def test_a_claim_noun_followed_by_a_subject_and_no_denial_stays_one_sides():
    # "…, claims the ministry" (an inverted reporting clause) and a claim noun whose clause
    # has no verb of denial are no second side.
    text = ("Freedonia will reopen the mountain pass next week, claims that Ruritanian "
            "traders welcome.")
    speaker = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    entities = [speaker, _ent(text, "Ruritanian traders", "Ruritania traders", "RUR",
                              kind="NOMINAL")]
    quotes = [_quote(text, "Freedonia will reopen the mountain pass next week", speaker)]
    sides = _sides_of(text, entities, quotes)
    assert set().union(*sides.values()) <= {"FRE"}


def _matters(first: tuple[str, str], second: tuple[str, str],
             quantities: tuple[tuple[str, float], tuple[str, float]] | None = None
             ) -> list[Matter]:
    """Two sides' matters of one sentence each (two sentences of one story)."""
    claims = given_claims([first, second], whole=True)[1]
    if quantities:
        claims = [c.model_copy(update={"quantities": (q,)}) for c, q in zip(
            claims, quantities, strict=True)]
    return [Matter(account=c.account, side=c.side, claims=[c], words=content_words(c.text))
            for c in claims]


VILLAGERS = ("VER", "Eight villagers died in the shelling of the valley, the Veridian "
                    "mission has said.")


def test_a_general_toll_below_a_groups_toll_is_a_contradiction():
    found = relation(_matters(
        ("RUR", "The Ruritanian army says only three people died in the shelling."),
        VILLAGERS, (("people died", 3.0), ("villagers died", 8.0))), within=True)
    assert found[0] == "contradiction"
    assert "a total below a part" in found[1]


def test_a_general_toll_above_a_groups_toll_is_no_contradiction_of_numbers():
    found = relation(_matters(
        ("RUR", "The Ruritanian army says nine people died in the shelling."),
        VILLAGERS, (("people died", 9.0), ("villagers died", 8.0))), within=True)
    assert "a total below a part" not in found[1]
    assert not found[1].startswith("different numbers")


def test_a_protest_lodged_by_a_state_is_its_statement():
    text = ("Earlier on Monday, Ruritania lodged a formal protest with Freedonia over the "
            "new fishing quotas.")
    entities = [_ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")]
    sides = _sides_of(text, entities, [])
    assert sides.get("Earlier on Monday, R") == {"RUR"}
