"""Tests of the actor knowledge base: data files, user dictionaries, dated roles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import wirecoder
from wirecoder.actors.kb import BUILTIN_FILES, DATA_DIR, compile_kb, status
from wirecoder.errors import ConfigError


def test_builtin_files_have_headers():
    for name in BUILTIN_FILES:
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert "\nsource:" in text or text.startswith("source:")
        checked = re.search(r"^checked: (\d{4}-\d{2}-\d{2})$", text, re.MULTILINE)
        assert checked, f"{name} has no 'checked: YYYY-MM-DD' line"
        assert dt.date.fromisoformat(checked.group(1)) >= dt.date(2026, 11, 28)
        wirecoder.load_actors(DATA_DIR / name)


def test_countries_use_short_names_and_plover_exceptions():
    kb = compile_kb()
    assert kb.lookup("Taiwan")[0].country == "TWN"
    assert kb.country_name("TWN") == "Taiwan"
    assert kb.country_name("IRN") == "Iran"
    assert kb.country_name("RUS") == "Russia"
    assert kb.lookup("Hong Kong")[0].country == "HKG"
    assert kb.lookup("Puerto Rico")[0].country == "USA"  # dependency folded
    assert kb.lookup("Ivory Coast")[0].country == "CIV"
    assert kb.lookup("Venezuelan")[0].form == "demonym"
    assert kb.lookup("Ottawa")[0].form == "capital"
    assert kb.lookup("Abkhazia")[0].other_sectors == ("PRE",)


def test_dated_roles():
    kb = compile_kb()
    trump = kb.persons["Donald Trump"]
    assert status(trump, dt.date(2019, 1, 1))[1] == "GOV"
    assert status(trump, dt.date(2022, 1, 1))[1] == "ELI"
    assert status(trump, dt.date(2026, 2, 4))[1] == "GOV"
    assert status(kb.persons["Rishi Sunak"], dt.date(2025, 1, 1)) == ("GBR", "ELI", None)
    taliban = kb.lookup("Taliban")[0]
    assert status(taliban, dt.date(2021, 5, 9))[1] == "REB"
    assert status(taliban, dt.date(2024, 8, 21))[1] == "GOV"


def test_compile_is_cached():
    assert compile_kb(()) is compile_kb(())


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "mine.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_user_file_adds_and_overrides(tmp_path, nlp):
    path = _write(tmp_path, (
        "source: newsroom list\nchecked: 2026-11-28\nactors:\n"
        "  - name: Zorblat Analytics\n    kind: ORG\n    country: CHE\n    sector: BUS\n"
        "    aliases: [Zorblat]\n"
        "  - name: Eurasia Group\n    kind: ORG\n    country: GBR\n    sector: BUS\n"))
    loaded = wirecoder.load_actors(path)
    assert [a.name for a in loaded.actors] == ["Zorblat Analytics", "Eurasia Group"]
    settings = wirecoder.Settings(actor_files=(path,), stages=("entities",))
    analysis = wirecoder.analyze("Zorblat and Eurasia Group said prices would rise.",
                                 published="2026-02-04", settings=settings)
    codes = {e.entity_name: e.country_code for e in analysis.entities}
    assert codes == {"Zorblat Analytics": "CHE", "Eurasia Group": "GBR"}


@pytest.mark.parametrize(("body", "line", "words"), [
    ("actors:\n  - name: X Corp\n    country: XXX\n", 4, "not an ISO alpha-3"),
    ("actors:\n  - name: X Corp\n    country: USA\n    sector: FOO\n", 4, "not a PLOVER sector"),
    ("actors:\n  - kind: ORG\n    country: USA\n", 4, "no 'name'"),
    ("actors:\n  - name: Y\n    colour: red\n", 4, "unknown field"),
    ("actors:\n  - name: Y\n    roles:\n      - {country: USA, start: 2020-13-01}\n", 6,
     "not a date"),
    ("actors:\n  - name: Y\n    roles: [\n", 6, "not valid YAML"),
    ("actor:\n  - name: Y\n", 1, "unknown field(s) ['actor']"),
    ("actors:\n  - name: Y\n    roles:\n      - {title: envoy}\n", 4,
     "a role of 'Y' has no country"),
    ("actors:\n  - name: Y\n    roles:\n"
     "      - {country: FRA, start: 2024-02-01, end: 2023-01-01}\n", 6,
     "ends (2023-01-01) before it starts"),
])
def test_malformed_user_file_names_file_line_and_fix(tmp_path, body, line, words):
    path = _write(tmp_path, "source: test\nchecked: 2026-11-28\n" + body)
    with pytest.raises(ConfigError) as info:
        wirecoder.load_actors(path)
    message = str(info.value)
    assert str(path) in message
    assert f"line {line}" in message
    assert words in message
    assert "Fix:" in message


def test_missing_header_is_reported(tmp_path):
    path = _write(tmp_path, "actors: []\n")
    with pytest.raises(ConfigError, match="source"):
        wirecoder.load_actors(path)


def test_docs_example_file_is_valid(tmp_path):
    import re

    doc = (Path(__file__).resolve().parent.parent / "docs" / "actors.md").read_text("utf-8")
    block = re.search(r"```yaml\n(.*?)```", doc, flags=re.S)
    assert block is not None
    loaded = wirecoder.load_actors(_write(tmp_path, block.group(1)))
    assert {a.name for a in loaded.actors} >= {"Zorblat Analytics", "Jane Roe"}
    compile_kb((tmp_path / "mine.yaml",))
