"""Commitments and praise as readouts and statements word them.

"is committed to assisting", "resolved to continue dialogue", "assured X of continued
assistance" and "will continue to stand with" are commitments (codebook AGREE); "offered
continued support" expresses support (SUPPORT); a commitment that is praised ("commended
them for their commitment") is a quality, not a promise made. Sentences are written for
these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "President Vasko": ("RUR", "PERSON"),
    "Secretary Moran": ("FRE", "PERSON")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _code(nlp, text)]


@pytest.mark.parametrize("text", [
    "Freedonia is committed to assisting Ruritania after the floods.",
    "Secretary Moran and President Vasko resolved to continue their dialogue on border "
    "security.",
    "Secretary Moran assured President Vasko of continued Freedonian security assistance.",
    "Freedonia will continue to stand with Ruritania.",
])
def test_commitments_are_agreements(nlp, text):
    assert "AGREE" in _types(nlp, text)


@pytest.mark.parametrize("text", [
    "The panel has determined that the detention of the Ruritanian editor is arbitrary.",
    "Freedonia resolved the dispute with Ruritania last year.",
    "The treaty assures Ruritanian access to the port.",
])
def test_no_commitment_is_made(nlp, text):
    assert "AGREE" not in _types(nlp, text)


def test_readiness_to_strike_is_a_threat(nlp):
    types = _types(nlp, "Freedonia said it was ready to strike Ruritanian positions.")
    assert "THREATEN" in types and "AGREE" not in types


def test_offering_support_expresses_support(nlp):
    types = _types(nlp, "Secretary Moran offered continued Freedonian support for "
                        "Ruritania's peace process.")
    assert "SUPPORT" in types and "AGREE" not in types


def test_offering_military_aid_stays_a_commitment(nlp):
    assert "AGREE" in _types(nlp, "Freedonia offered military assistance to Ruritania.")


def test_a_praised_commitment_is_no_promise(nlp):
    types = _types(nlp, "Secretary Moran thanked President Vasko for Ruritania's long-term "
                        "commitment to the mission.")
    assert "SUPPORT" in types and "AGREE" not in types


def test_appreciating_is_praise(nlp):
    assert "SUPPORT" in _types(nlp, "Freedonia appreciates the leadership that Ruritania has "
                                    "shown.")
