"""Review fixes of recall round 19 (fixev19c): when a stated charge or evaluation is coded.

Round 19 (evrecall19) codes charges written as a verb ("<state> said <party> violated the
truce"), weak evaluations ("detrimental"), distrust and airport closures. Its review found
them coded with no judge, with the judge as the judged, on sports, traffic and weather,
as denials and hypotheticals, and under the learned chooser with any party of the sentence
as the judge (docs/events.md, "Recall round 19", "Review fixes"). Every sentence is written
for these tests; each case but the guards fails on main before this branch.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecoder
from events_helpers import PUBLISHED
from events_helpers import event_roles as _roles
from wirecoder.errors import ConfigError
from wirecoder.events import load_lexicon


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text", [
    # no judge: the learned chooser must not make a place or the other state the accuser
    "Negotiators met in Vienna on Friday, weeks after Malian soldiers violated the ceasefire.",
    "Ugandan troops breached the peace accord with Rwanda last year.",
    # the judge is the judged (its own state)
    "Serbia's president said Serbia violated the treaty by mistake.",
    "Moldova's prime minister admitted that Moldova breached the gas agreement.",
    # the content of a ruling is no charge of its own (GUIDELINE 2 and 9)
    "A tribunal in Lima ruled that Peru's government breached the mining treaty with Chile.",
    # weak evaluations of no party's act (GUIDELINE 13); the harmed are not judged
    "Zambia's energy minister said the dry season was harmful to hydropower output.",
    "Morocco's health minister said vaping is damaging to Moroccan teenagers.",
    # breaking rules that bind no parties, breaking into a network, a background clause
    "The Kenyan runner breached anti-doping rules, the athletics body said.",
    "Hackers breached the servers of Latvia's finance ministry, officials in Riga said.",
    "The truce between Sudan and South Sudan, which was violated several times last year, "
    "is holding, the Sudanese envoy said.",
    # a denial on another's behalf, a hypothetical legal statement
    "Peru's defence minister said Chile has not breached the maritime treaty.",
    "Norway said any drilling in its waters would violate international law.",
    # distrust of no political party
    "Mexico's coach said he could not trust his defenders after the loss to Brazil.",
    "Nigeria's transport minister said the old ferries were not reliable.",
])
def test_no_charge_is_coded(text: str) -> None:
    assert "ACCUSE" not in _types(text)


def test_an_alleged_breach_is_one_charge() -> None:
    """The content of "alleged that ..." is not a second ACCUSE (GUIDELINE 2)."""
    assert _types("Nigeria alleged that Cameroonian troops violated the border "
                  "agreement.").count("ACCUSE") == 1


@pytest.mark.parametrize("chooser", ("rules", "learned"))
def test_a_passive_breach_charges_its_agent(chooser: str) -> None:
    actor, recipient = _roles("Lithuania said its border was violated by Belarusian "
                              "helicopters on Sunday.", "ACCUSE", chooser)
    assert (actor, recipient) == ({"LTU"}, {"BLR"})


@pytest.mark.parametrize("text", [
    "Indonesia closed Bali's airport after the volcano erupted.",
    "Farmers closed the airport in Lyon for two days.",
])
def test_a_domestic_airport_closure_is_no_sanction(text: str) -> None:
    assert "SANCTION" not in _types(text)


def test_a_company_reserving_its_rights_is_no_threat() -> None:
    assert "THREATEN" not in _types("Samsung said it reserves the right to take action "
                                    "against suppliers in Vietnam.")


# ------------------------------------------------------------------------------ guards
def test_a_weak_evaluation_of_a_party_stays() -> None:
    """Guard: a weak evaluation of a named party's act is still a charge."""
    actor, recipient = _roles("Argentina's foreign minister said Britain's naval exercises "
                              "were detrimental to regional stability.", "ACCUSE", "learned")
    assert (actor, recipient) == ({"ARG"}, {"GBR"})


def test_a_state_reserving_the_right_to_retaliate_stays() -> None:
    assert "THREATEN" in _types("Qatar said it reserves the right to retaliate against any "
                                "attack by Iran.")


def test_a_charge_by_a_ministry_stays() -> None:
    actor, recipient = _roles("Georgia's foreign ministry said Russian troops violated the "
                              "2008 ceasefire agreement.", "ACCUSE", "learned")
    assert (actor, recipient) == ({"GEO"}, {"RUS"})


def test_needs_recipient_takes_true_false_or_foreign(tmp_path: Path) -> None:
    path = tmp_path / "lex.yaml"
    path.write_text("entries:\n  - id: x.close\n    category: SANCTION\n    verbs: [shut]\n"
                    "    needs_recipient: sometimes\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_lexicon([path])
    path.write_text(path.read_text(encoding="utf-8").replace("sometimes", "foreign"),
                    encoding="utf-8")
    assert load_lexicon([path])


def test_a_participle_with_its_object_is_no_judgement() -> None:
    """Guard on round 19's ``judgements.adj_trigger`` check (a verb with a direct object).

    The parse reads "fabricated" in "detentions and fabricated charges" as a verb with
    "charges" as its object; as a judgement adjective it would absorb the charge and be
    dropped with no judge, losing the ACCUSE. Passes on main; fails without the check.
    """
    assert "ACCUSE" in _types("Detentions and fabricated charges against Cubans who back "
                              "the strikers show that the Cuban police serve the ruling party.")
