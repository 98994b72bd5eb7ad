"""The stage contract: a newcomer's stage, registered as docs/architecture.md says, runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import wirecoder
from wirecoder.errors import ConfigError
from wirecoder.settings import BUILTIN_STAGES, Settings
from wirecoder.stages import check_order, registered

ROOT = Path(__file__).resolve().parents[1]


def _recipe() -> str:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    section = text.split("## Adding a stage", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_the_documented_recipe_adds_a_stage_whose_records_reach_the_output(capsys) -> None:
    namespace: dict = {}
    exec(compile(_recipe(), "docs/architecture.md", "exec"), namespace)
    analysis = namespace["analysis"]
    mentions = analysis.extensions["country_mentions"]
    codes = {m.country_code for m in mentions}
    assert {"JPN", "BRA"} <= codes
    for mention in mentions:
        assert analysis.text[mention.start:mention.end]
    assert '"country_mentions"' in analysis.to_json()
    assert capsys.readouterr().out  # the recipe prints the records


def test_builtin_stages_are_listed_once_and_fill_their_fields() -> None:
    assert Settings().stages == tuple(BUILTIN_STAGES)
    stages = check_order(Settings().stages)
    assert [s.name for s in stages] == list(BUILTIN_STAGES)
    assert all(s.field in wirecoder.Analysis.model_fields for s in stages)
    assert set(BUILTIN_STAGES) <= set(registered())


def test_a_stage_listed_before_what_it_requires_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="needs"):
        check_order(("events", "entities"))


def test_dropping_a_stage_leaves_its_field_empty() -> None:
    settings = Settings(stages=("time_expressions", "entities"))
    analysis = wirecoder.analyze("France and Germany met in Paris on Monday.",
                                 published="2026-02-04", settings=settings)
    assert analysis.entities and analysis.time_expressions
    assert analysis.events == () and analysis.quotes == ()
