"""Words of refusal and destruction that report no political event.

Declining to comment to the media is no REJECT (guideline 13), and "sabotaging a process"
destroys nothing material (no ASSAULT); refusing an act and destroying a pipeline still are
events. Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = FICTIONAL_STATES


def _types(nlp, text: str) -> set[str]:
    return {e.event_type for e in code_with_names(nlp, text, NAMES)}


@pytest.mark.parametrize("text", [
    "The Ruritanian foreign ministry declined to comment.",
    "A Freedonian spokesperson declined comment, citing pending litigation.",
    "Ruritanian officials refused to elaborate on the talks with Freedonia.",
])
def test_no_comment_is_no_rejection(nlp, text):
    assert "REJECT" not in _types(nlp, text)


def test_refusing_an_act_is_a_rejection(nlp):
    assert "REJECT" in _types(nlp, "Ruritania refused to release the Freedonian sailors.")


def test_sabotaging_a_process_is_no_attack(nlp):
    assert "ASSAULT" not in _types(nlp, "Freedonia accused Ruritania of trying to sabotage the "
                                        "peace process.")


def test_destroying_a_pipeline_is_an_attack(nlp):
    assert "ASSAULT" in _types(nlp, "Ruritanian commandos destroyed a Freedonian pipeline.")
