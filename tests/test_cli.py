"""The CLI is a thin skin over the API: outputs, exit codes, bad input, docs parity."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from wirecoder.cli import app
from wirecoder.cli.app import main  # noqa: F401 - importing registers nothing by itself
from wirecoder.models import json_schema

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
STORY = ("Turkey's foreign ministry summoned the U.S. ambassador on Monday after Washington "
         "imposed sanctions on Turkish officials. \"This is unacceptable,\" the ministry said.")


@pytest.fixture(scope="module", autouse=True)
def _register_store_commands():
    from wirecoder.cli import commitments, compare, store  # noqa: F401


def test_analyze_one_file_prints_one_json_document(tmp_path):
    path = tmp_path / "turkey.txt"
    path.write_text(STORY, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "--published", "2019-12-16"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["id"] == "turkey" and doc["published"] == "2019-12-16"
    for key in ("entities", "events", "quotes", "quantities", "time_expressions", "warnings"):
        assert isinstance(doc[key], list)
    assert any(e["country_code"] == "TUR" for e in doc["entities"])


def test_jsonl_batch_with_broken_line_keeps_good_stories_and_fails_exit(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": STORY}), "{oops",
                               json.dumps({"id": "b", "text": ""}),
                               json.dumps({"id": "c", "text": STORY})]), encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["analyze", str(path), "-q", "-o", str(out), "--errors",
                                 str(errors)])
    assert result.exit_code == 1
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["id"] for d in lines] == ["a", "b", "c"]
    assert lines[1]["warnings"][0]["code"] == "empty_text"
    [error] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert error["code"] == "W005" and error["source"].endswith("batch.jsonl:2")


def test_stdin_text_and_text_report():
    result = runner.invoke(app, ["analyze", "-", "--format", "text", "--published",
                                 "2019-12-16"], input=STORY)
    assert result.exit_code == 0, result.output
    assert "Events (PLOVER)" in result.stdout and "Quotes" in result.stdout
    assert "Timeline" in result.stdout


def test_html_page_highlights_spans(tmp_path):
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["analyze", "--sample", "-f", "html", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<section>") == 3
    assert 'class="entity"' in page and "Voice of America" not in page[:200]


def test_code_writes_event_records_with_story_id(tmp_path):
    out = tmp_path / "events.jsonl"
    result = runner.invoke(app, ["code", "--sample", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert events, "no events coded on the sample"
    for event in events:
        assert event["story_id"] in {"8009495", "8010842", "8011115"}
        assert {"event_type", "mode", "context", "actor", "recipient", "quad"} <= set(event)


def test_no_input_is_a_usage_error():
    result = runner.invoke(app, ["analyze"])
    assert result.exit_code == 2
    assert "--sample" in result.output


def test_schema_command_matches_models_and_committed_file():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    assert printed == json_schema()
    committed = json.loads((ROOT / "schema" / "analysis.schema.json").read_text())
    assert committed == printed, "schema/analysis.schema.json is stale: run `wirecoder schema -o`"


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    return sorted(group.commands)


def test_every_command_is_documented():
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `wirecoder ([a-z-]+)", docs, flags=re.M))
    assert set(_commands()) == documented


@pytest.mark.parametrize("command", ["analyze", "code", "schema", "eval"])
def test_help_text_of_core_commands(command):
    result = runner.invoke(app, [command, "--help"])
    assert result.exit_code == 0
    assert "Usage" in result.output


def test_eval_prints_figures_on_a_small_gold_file(tmp_path):
    gold = tmp_path / "gold.jsonl"
    text = "Iran denied the report on Thursday."
    gold.write_text(json.dumps({"id": "t1", "published": "2025-03-14", "text": text, "timexes": [
        {"text": "Thursday", "start": 26, "end": 34, "type": "DATE", "value": "2025-03-13",
         "granularity": "day"}]}) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "time", str(gold), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["headline"]["span_f1"] == 1.0
    assert report["headline"]["value_acc"] == 1.0


def test_eval_rejects_unknown_task_and_split():
    assert runner.invoke(app, ["eval", "nope"]).exit_code == 2
    assert runner.invoke(app, ["eval", "time", "--split", "test"]).exit_code == 2


def test_unencodable_and_nul_records_are_item_errors_and_the_rest_survive(tmp_path):
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps({"id": "ok1", "text": STORY}),
             '{"id": "sur", "text": "Iran \\ud800 denied the report."}',
             json.dumps({"id": "nul", "text": "Iran\u0000 denied."}),
             json.dumps({"id": "ok2", "text": STORY})]
    path.write_text("\n".join(lines), encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    result = runner.invoke(app, ["analyze", str(path), "-q", "-o", str(out), "--errors",
                                 str(errors)])
    assert result.exit_code == 1
    assert [json.loads(x)["id"] for x in out.read_text().splitlines()] == ["ok1", "ok2"]
    codes = {json.loads(x)["id"]: json.loads(x)["code"] for x in errors.read_text().splitlines()}
    assert codes == {"sur": "W002", "nul": "W003"}


def test_output_shape_follows_the_input_not_the_successes(tmp_path):
    path = tmp_path / "three.jsonl"
    path.write_text("\n".join([json.dumps({"id": "a", "text": STORY}), "{bad", "{worse"]),
                    encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(path), "-q"])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a"]
    as_array = runner.invoke(app, ["analyze", "-", "--format", "json", "-q"],
                             input=json.dumps([{"id": "x", "text": STORY},
                                               {"id": "y", "text": STORY}]))
    assert as_array.exit_code == 0, as_array.output
    assert [d["id"] for d in json.loads(as_array.stdout)] == ["x", "y"]


@pytest.mark.parametrize("args", [["--actors", "missing.yaml"], ["--lexicon", "missing.yaml"],
                                  ["--model", "no_such_pipeline"], ["--max-chars", "-5"]])
def test_configuration_errors_exit_2_with_a_message(args):
    result = runner.invoke(app, ["analyze", "-", *args], input=STORY)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "error [" in result.output and "\nfix: " in result.output


@pytest.mark.slow
def test_workers_from_the_command_line_match_one_process(tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["analyze", "--sample", "-q", "-o", str(one)]).exit_code == 0
    assert runner.invoke(app, ["analyze", "--sample", "-q", "--workers", "2", "-o",
                               str(two)]).exit_code == 0
    assert one.read_text() == two.read_text()
