"""Vocabulary round 11 (issue 9, recall): warnings, military moves and fire, agreements.

Each class was chosen because its missed events recur across development sets (mined with
``scripts/lexicon_yield.py`` and ``scripts/recall_diagnosis.py``), its category comes from the
PLOVER codebook or the CAMEO-to-PLOVER table, and it was kept only where it wins more gold
events than it adds spurious ones (docs/events.md, "Vocabulary round 11"). Sentences are
written for these tests with fictional states; each positive case fails before the round.
Two (the accountability warning, taking up arms) were rewritten after the round-11 review
because their first versions followed development-gold shapes.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, set, set]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


# ---------------------------------------------------------------- warnings and repercussions
@pytest.mark.parametrize("text", [
    "The Ruritanian navy says it will hold the Freedonian coast guard accountable if the ferry "
    "is stopped again.",
    "The Ruritanian cabinet intends to hold accountable whoever ordered the raid on its embassy.",
])
def test_announced_accountability_with_a_clausal_complement_is_a_threat(nlp, text):
    """The parse hangs "accountable" on "hold" as a clause; it is still the object complement."""
    found = _events(nlp, text)
    assert any(kind == "THREATEN" and actor == {"RUR"} for kind, _, actor, _ in found), (
        text, found)


def test_a_warning_of_weather_to_no_one_is_still_no_threat(nlp):
    found = _events(nlp, "Ruritania warned that the coming winter could be harsh.")
    assert not any(kind == "THREATEN" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "Ruritania said on Sunday that it would use military force to defend the islands.",
    "The Ruritanian defence minister warned that his country would resort to force.",
])
def test_announced_use_of_force_is_a_threat(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "THREATEN" and actor == {"RUR"} for kind, _, actor, _ in found), (
        text, found)


def test_reported_use_of_force_is_an_assault(nlp):
    found = _events(nlp, "Ruritanian border guards used excessive force against Freedonian "
                         "traders at the crossing, witnesses said.")
    assert any(kind == "ASSAULT" and actor == {"RUR"} and trigger == "used"
               for kind, trigger, actor, _ in found), found


# ---------------------------------------------------------------- military moves and fire
@pytest.mark.parametrize("text", [
    "Freedonian troops have retaken the river port from Ruritanian forces after two days.",
    "After a week of shelling, Freedonian soldiers regained control of the northern airfield.",
])
def test_retaking_a_place_is_combat(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "ASSAULT" and actor == {"FRE"} for kind, _, actor, _ in found), (
        text, found)


def test_a_first_capture_is_an_assault_and_a_seizure_stays_coerce(nlp):
    # round 25, events guideline 18: a place captured by force is ASSAULT, seized is COERCE
    found = _events(nlp, "Freedonian troops captured the border town on Monday.")
    assert any(kind == "ASSAULT" for kind, *_ in found), found
    found = _events(nlp, "Freedonian troops seized the border town on Monday.")
    assert any(kind == "COERCE" for kind, *_ in found), found


def test_taking_up_arms_against_troops_is_an_assault(nlp):
    found = _events(nlp, "Last spring the highland clans, angered by a dam that flooded their "
                         "valleys, took up arms against Freedonian troops.")
    assert any(kind == "ASSAULT" and trigger == "took up" for kind, trigger, *_ in found), found


def test_bombing_raids_carried_out_are_assaults(nlp):
    found = _events(nlp, "Ruritanian aircraft conducted bombing raids against Freedonian "
                         "supply depots overnight.")
    assert any(kind == "ASSAULT" and actor == {"RUR"} for kind, _, actor, _ in found), found
    assert not any(kind == "COERCE" for kind, *_ in found), found


def test_armed_patrols_are_mobilization(nlp):
    found = _events(nlp, "Ruritanian soldiers patrolled the empty avenues of the capital "
                         "after the curfew.")
    assert any(kind == "MOBILIZE" and actor == {"RUR"} for kind, _, actor, _ in found), found


def test_civilian_patrols_are_not_coded(nlp):
    found = _events(nlp, "Ruritanian volunteers patrolled the beach at night to guard "
                         "turtle nests.")
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


# ---------------------------------------------------------------- agreements
def test_accepting_a_treaty_is_agreement(nlp):
    found = _events(nlp, "Freedonia formally accepted the border treaty drafted by "
                         "Ruritanian mediators.")
    assert any(kind == "AGREE" and actor == {"FRE"} and trigger == "accepted"
               for kind, trigger, actor, _ in found), found



@pytest.mark.parametrize("text", [
    "Freedonia will abide by the fishing accord.",
    "The Freedonian junta told the envoys it would uphold the constitutional order until the "
    "vote.",
])
def test_announcing_to_keep_an_accord_is_agreement(nlp, text):
    """PLOVER AGREE: a promise to keep an accord or an order, said now."""
    found = _events(nlp, text)
    assert any(kind == "AGREE" and actor == {"FRE"} for kind, _, actor, _ in found), (
        text, found)


def test_keeping_an_accord_reported_is_no_new_promise(nlp):
    found = _events(nlp, "For years Freedonia respected the accord on river traffic.")
    assert not any(kind == "AGREE" for kind, *_ in found), found


def test_announcing_to_keep_ties_is_agreement(nlp):
    found = _events(nlp, "Freedonia will keep its trade and security ties with Ruritania "
                         "despite the dispute.")
    assert any(kind == "AGREE" and actor == {"FRE"} and rec == {"RUR"}
               for kind, _, actor, rec in found), found


def test_ties_described_are_not_coded(nlp):
    found = _events(nlp, "Freedonia has maintained diplomatic relations with Ruritania "
                         "since 1950.")
    assert not any(kind == "AGREE" for kind, *_ in found), found
