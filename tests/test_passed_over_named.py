"""The count of named candidates the chooser passes over (``scripts/passed_over_named.py``).

Issue 9 §1, round 25: the wrapper around :func:`wirecoder.events.arg_model.combine` records,
per role, the best named candidate the shipped combination leaves out, in its situation
(``resolve`` / ``fill`` / ``add``), and takes it only above the given value. Entities are
built for the test.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from wirecoder.events.arg_candidates import Candidate
from wirecoder.models import Entity

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture()
def script(monkeypatch):
    monkeypatch.syspath_prepend(str(SCRIPTS))
    import passed_over_named as module

    monkeypatch.setattr(module, "_TAKE", {"resolve": 1.01, "fill": 1.01, "add": 1.01})
    monkeypatch.setattr(module, "_PARTY_ONLY", [False])
    module._DOCS.clear()
    module._DOCS.append([])
    module._PATHS.clear()
    yield module
    module._DOCS.clear()
    sys.modules.pop("passed_over_named", None)


def _entity(name: str, code: str | None, kind: str, start: int) -> Entity:
    return Entity(raw_text=name, entity_name=name, country_code=code, kind=kind, start=start,
                  end=start + len(name), sentence=0)


THRESHOLDS = {"actor_fill": 0.8, "actor_add": 0.9, "actor_drop": 0.05,
              "recipient_fill": 0.8, "recipient_add": 0.9, "recipient_drop": 0.05}


def test_an_event_the_rules_left_without_a_country_is_recorded_not_changed(script):
    minister = _entity("the minister", None, "NOMINAL", 0)
    named = _entity("Osterlich", "OST", "GPE", 30)
    cands = [Candidate(entity=named, features=(), rule_actor=False, rule_recipient=False)]
    actor, recipient = script._combine(cands, [(0.93, 0.02)], (minister,), (), THRESHOLDS)
    assert actor == (minister,) and recipient == ()  # the shipped first rule stands
    (decision,) = [d for d in script._DOCS[-1] if d["role"] == "actor"]
    assert decision["situation"] == "resolve" and decision["any_party"] is True
    assert decision["code"] == "OST" and decision["taken"] is False


def test_a_decision_is_taken_above_the_given_value_and_never_as_a_self_loop(script):
    script._TAKE["resolve"] = 0.5
    minister = _entity("the minister", None, "NOMINAL", 0)
    named = _entity("Osterlich", "OST", "GPE", 30)
    cands = [Candidate(entity=named, features=(), rule_actor=False, rule_recipient=False)]
    actor, recipient = script._combine(cands, [(0.93, 0.91)], (minister,), (), THRESHOLDS)
    assert {e.country_code for e in actor} == {None, "OST"}
    assert recipient == ()  # the same country is not also the recipient
    assert [d["same_other"] for d in script._DOCS[-1]] == [False, True]


def test_party_only_leaves_an_event_without_any_party_alone(script):
    script._TAKE["resolve"] = 0.5
    script._PARTY_ONLY[0] = True
    named = _entity("Osterlich", "OST", "GPE", 30)
    cands = [Candidate(entity=named, features=(), rule_actor=False, rule_recipient=False)]
    actor, _ = script._combine(cands, [(0.93, 0.02)], (), (), THRESHOLDS)
    assert actor == ()
    assert script._DOCS[-1][0]["any_party"] is False


def test_descriptions_are_not_named_candidates(script):
    envoy = _entity("the envoy", "OST", "NOMINAL", 30)
    cands = [Candidate(entity=envoy, features=(), rule_actor=False, rule_recipient=False)]
    script._combine(cands, [(0.95, 0.1)], (), (), THRESHOLDS)
    assert script._DOCS[-1] == []
