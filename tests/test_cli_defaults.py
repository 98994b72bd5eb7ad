"""A new user's first hour: readable defaults, one consistent CLI, one error style (issue 15)."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from wirecoder import analyze as analyze_text
from wirecoder.cli import app
from wirecoder.cli.app import choose_format
from wirecoder.numbers import human_number, human_quantity
from wirecoder.render import text_report

ROOT = Path(__file__).resolve().parent.parent
runner = CliRunner()
TRADE = ("Egypt agreed on Monday to buy 25 million tonnes of Russian wheat worth "
         "$8.35 billion, the country's trade ministry said.")
PROTEST = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday."


def _commands() -> list[str]:
    import typer.main

    return sorted(typer.main.get_command(app).commands)


@pytest.mark.parametrize(("value", "unit", "shown"), [
    (25e6, "metric_ton", "25 million t"), (8.35e9, "USD", "$8.35 billion"),
    (3.5, "percent", "3.5%"), (2000, "count", "2,000"), (1.2e12, "CNY", "1.2 trillion CNY"),
    (0.125, "kilometer", "0.12 km"),
])
def test_numbers_for_people(value, unit, shown):
    assert human_quantity(value, unit) == shown
    assert "e+" not in human_number(value)


def test_text_report_fits_100_columns_and_keeps_short_columns_whole():
    analysis = analyze_text(TRADE + " " + PROTEST, published="2025-03-10")
    report = text_report(analysis, width=100)
    lines = report.splitlines()
    assert max(len(line) for line in lines) <= 100
    header = next(line for line in lines if "type" in line and "mode" in line)
    for column in ("type", "mode", "date", "flags"):
        assert re.search(rf"[┃│] {column} +[┃│]", header), column
    assert "$8.35 billion" in report and "25 million t" in report
    assert not re.search(r"\de\+\d", report)
    console = Console(width=100, record=True, file=io.StringIO())
    console.print(report, soft_wrap=True)
    assert "ASSAULT" in console.export_text() or "COERCE" in console.export_text()


def test_output_format_follows_destination_suffix_and_option(monkeypatch):
    assert choose_format("json", Path("x.html"), True) == "json"
    for suffix, fmt in (("html", "html"), ("json", "json"), ("jsonl", "jsonl"),
                        ("csv", "csv"), ("parquet", "parquet"), ("txt", "text")):
        assert choose_format(None, Path(f"out.{suffix}"), False) == fmt
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert choose_format(None, None, True) == "text"
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert choose_format(None, None, True) == "json"
    assert choose_format(None, None, False) == "jsonl"


def test_analyze_csv_rows_of_any_record_kind(tmp_path):
    story = tmp_path / "trade.txt"
    story.write_text(TRADE, encoding="utf-8")
    out = tmp_path / "q.csv"
    result = runner.invoke(app, ["analyze", str(story), "-o", str(out), "--records",
                                 "quantities", "--excel", "--published", "2025-03"])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert {"story_id", "value", "value_high", "normalized_unit", "approximate", "period",
            "committer_name", "start", "end"} <= set(rows[0])
    assert {r["text"] for r in rows} >= {"$8.35 billion"}
    parquet = tmp_path / "events.parquet"
    assert runner.invoke(app, ["analyze", str(story), "-o", str(parquet)]).exit_code == 0
    import pyarrow.parquet as pq

    assert {"event_type", "actor_codes", "story_id"} <= set(pq.read_schema(parquet).names)


def test_published_takes_a_month_or_a_datetime():
    month = runner.invoke(app, ["analyze", "-", "-f", "json", "--published", "2025-03"],
                          input=TRADE)
    assert json.loads(month.stdout)["published"] == "2025-03-01"
    stamp = runner.invoke(app, ["analyze", "-", "-f", "json", "--published",
                                "2025-03-10T14:30:00Z"], input=TRADE)
    assert json.loads(stamp.stdout)["published"] == "2025-03-10"


def test_progress_and_summary_go_to_stderr_only(tmp_path):
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join([json.dumps({"id": "a", "text": TRADE}), "{broken",
                                json.dumps({"id": "b", "text": PROTEST})]), encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(batch), "-f", "jsonl"])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
    assert re.search(r"done: 2 ok, 1 failed, in [\d.]+s", result.stderr)
    assert "error [W005]" in result.stderr and "\nfix: " in result.stderr


def test_version_option():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and re.match(r"wirecoder \d+\.\d+", result.stdout)


def test_every_help_has_an_example_and_no_type_labels():
    for command in [None, *_commands()]:
        result = runner.invoke(app, [command, "--help"] if command else ["--help"])
        assert result.exit_code == 0, command
        assert "Example: wirecoder" in result.stdout, command
        assert "<list[" not in result.stdout and "<bool>" not in result.stdout, command
        assert "<str>" not in result.stdout and "<int>" not in result.stdout, command


@pytest.mark.parametrize("command", ["analyze", "code", "ingest"])
def test_analysis_commands_share_the_analysis_options(command):
    text = runner.invoke(app, [command, "--help"]).stdout
    for option in ("--actors", "--lexicon", "--max-chars", "--drop-negated", "--model",
                   "--published", "--workers", "--errors", "--actorless-events",
                   "--reported-acts", "--rescue-dropped", "--no-rescue-dropped",
                   "--no-dropped-participants"):
        assert option in text, (command, option)


@pytest.mark.parametrize(("args", "code", "named"), [
    (["dyad", "USA", "CHN", "--by", "quarter"], "C007", "'quarter'"),
    (["analyze", "-", "--max-chars", "0"], "C004", "--max-chars"),
    (["analyze", "-", "--published", "14/03/2025"], "C004", "--published"),
    (["analyze", "-", "--model", "xx_no_such_pipeline"], "W010", "xx_no_such_pipeline"),
    (["analyze", "-", "--actors", "missing.yaml"], "C005", "missing.yaml"),
    (["analyze", "-", "--format", "yaml"], "C007", "yaml"),
])
def test_one_error_style(args, code, named):
    result = runner.invoke(app, args, input=TRADE)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error [{code}] ")
    assert "\nfix: " in result.stderr and named in result.stderr
    assert "Value error" not in result.stderr and "Traceback" not in result.stderr


def test_missing_model_fix_names_the_model():
    result = runner.invoke(app, ["analyze", "-", "--model", "xx_no_such_pipeline"],
                           input=TRADE)
    fix = result.stderr.split("\nfix: ", 1)[1]
    assert "xx_no_such_pipeline" in fix


def test_empty_inputs_warn_and_fail(tmp_path):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.md").write_text("not an input", encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path / "empty")])
    # a folder without article files is W019 (robust reader), no input at all W022
    assert result.exit_code == 1 and re.search(r"error \[W0(19|22)\]", result.stderr)
    blank = tmp_path / "blank.jsonl"
    blank.write_text("\n\n", encoding="utf-8")
    assert runner.invoke(app, ["analyze", str(blank)]).exit_code == 1
    ingest = runner.invoke(app, ["ingest", str(tmp_path / "empty"), "--db",
                                 str(tmp_path / "s.db"), "-q"])
    assert ingest.exit_code == 1 and re.search(r"W0(19|22)", ingest.stderr)


def test_same_named_files_in_different_folders_get_different_ids(tmp_path):
    for folder, text in (("jan", TRADE), ("feb", PROTEST)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "feb" / "other.txt").write_text(PROTEST, encoding="utf-8")
    result = runner.invoke(app, ["analyze", str(tmp_path), "-f", "jsonl", "-q"])
    ids = [json.loads(line)["id"] for line in result.stdout.splitlines()]
    assert ids == ["other", "feb/story", "jan/story"]  # a unique name stays short


def test_eval_finds_its_gold_sets_from_any_directory(tmp_path, monkeypatch):
    from wirecoder.evaluation import find_gold_dir

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("WIRECODER_GOLD_DIR", raising=False)
    assert (find_gold_dir() / "events").is_dir()
    result = runner.invoke(app, ["eval", "events", "--gold-dir", str(tmp_path / "none")])
    assert result.exit_code == 2 and "error [C006]" in result.stderr
    assert "--gold-dir" in result.stderr


def test_workers_in_an_unguarded_script_fail_fast_with_the_fix(tmp_path):
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent("""
        import wirecoder
        stories = [{"id": str(i), "text": "Iran rejected the proposal."} for i in range(4)]
        for analysis in wirecoder.analyze_many(stories, workers=2):
            print(analysis.id)
    """), encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=240, cwd=tmp_path)
    assert done.returncode != 0
    assert "[W023]" in done.stderr and '__name__ == "__main__"' in done.stderr
    assert done.stderr.count("Traceback") < 10  # no respawn loop
    assert time.monotonic() - started < 240


def test_every_error_code_is_documented():
    from wirecoder.errors import MESSAGES, WARNINGS

    docs = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| ([A-Za-z_]+\d*|[A-Z]\d{3}) \|", docs, flags=re.M))
    assert set(MESSAGES) | set(WARNINGS) <= listed
    assert all(" Fix: " in text or text == "{detail}" or text.startswith("{detail}")
               for text in MESSAGES.values())


def test_actorless_events_switch_restores_events_without_a_resolved_party():
    story = "Gunmen attacked a police post overnight, officials said."
    default = json.loads(runner.invoke(app, ["analyze", "-", "-f", "json"], input=story).stdout)
    wide = json.loads(runner.invoke(app, ["analyze", "-", "-f", "json", "--actorless-events"],
                                    input=story).stdout)
    assert not any(e["event_type"] == "ASSAULT" for e in default["events"])
    assert any(e["event_type"] == "ASSAULT" for e in wide["events"])


def test_reported_acts_switch_adds_the_reporters_accusation():
    story = "Norway said Swedish troops shelled three border villages on Sunday."
    default = json.loads(runner.invoke(app, ["analyze", "-", "-f", "json"], input=story).stdout)
    wide = json.loads(runner.invoke(app, ["analyze", "-", "-f", "json", "--reported-acts"],
                                    input=story).stdout)
    assert any(e["event_type"] == "ASSAULT" for e in default["events"])
    assert not any(e["event_type"] == "ACCUSE" for e in default["events"])
    assert any(e["event_type"] == "ACCUSE" for e in wide["events"])


def test_rescue_switch_reaches_the_settings_of_analysis_and_eval():
    from wirecoder.cli.common import settings_from
    from wirecoder.cli.options import AnalysisOptions

    assert not settings_from(**AnalysisOptions().settings_options()).rescue_dropped
    assert settings_from(**AnalysisOptions(rescue_dropped=True).settings_options()).rescue_dropped
    assert not settings_from(
        **AnalysisOptions(rescue_dropped=False).settings_options()).rescue_dropped
    assert "--no-rescue-dropped" in runner.invoke(app, ["eval", "--help"]).stdout


def test_no_dropped_participants_switch_keeps_a_state_body_s_arrest_dropped():
    from wirecoder.cli.common import settings_from
    from wirecoder.cli.options import AnalysisOptions

    assert settings_from(**AnalysisOptions().settings_options()).dropped_participants
    off = AnalysisOptions(no_dropped_participants=True).settings_options()
    assert not settings_from(**off).dropped_participants
    assert "--no-dropped-participants" in runner.invoke(app, ["eval", "--help"]).stdout
    story = ("Paraguay signed a new trade accord with its neighbours in March. Paraguay's soy "
             "exports rose sharply this year, and Paraguay expects a record harvest. "
             "Four customs officials were detained on Friday in a smuggling inquiry.")

    def arrests(*flags: str) -> list[list[str]]:
        out = json.loads(runner.invoke(app, ["analyze", "-", "--published", "2025-03-01",
                                             "-f", "json", *flags], input=story).stdout)
        return [[r["country_code"] for r in e["recipient"]] for e in out["events"]
                if e["event_type"] == "COERCE"]

    assert arrests() == [["PRY"]]
    assert arrests("--no-dropped-participants") == []
