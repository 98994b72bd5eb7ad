"""The store's command line: a thin skin over Store, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import wirecoder.cli.store  # noqa: F401 - registers the store commands
from test_store_fixtures import analyses, db_url_fixture  # noqa: F401 - fixture
from wirecoder.cli.app import app
from wirecoder.store import Store

runner = CliRunner()


@pytest.fixture(name="db")
def db_fixture(db_url):
    with Store(db_url) as store:
        store.add(analyses())
    return db_url


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def test_events_json_and_csv(db):
    result = run("events", "--db", db, "--actor", "USA", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows[0]["event_type"] == "REQUEST" and rows[0]["recipient"][0]["code"] == "CHN"
    result = run("events", "--db", db, "--type", "REQUEST", "--since", "2025-03-01",
                 "--until", "2025-03-31", "-f", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["actor"] for r in table] == ["UKR (Ukraine)", "USA (Marco Rubio)"]


def test_events_table_keeps_brackets(db):
    result = run("search", "arms sales", "--db", db)
    assert result.exit_code == 0 and "[arms]" in result.stdout


def test_dyad_csv(db):
    result = run("dyad", "USA", "CHN", "--db", db, "--by", "month", "-f", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["period"], r["direction"]) for r in rows] == [
        ("2025-03", "USA->CHN"), ("2025-10", "CHN->USA"), ("2025-11", "CHN->USA")]
    assert rows[0]["verbal_conflict"] == "1" and '"urged"' in rows[0]["top_events"]


def test_quotes_quantities_stats(db):
    quotes = json.loads(run("quotes", "--speaker", "Xi Jinping", "--db", db, "-f", "json").stdout)
    assert quotes[0]["kind"] == "direct"
    soy = json.loads(run("quantities", "--about", "soybeans", "--db", db, "-f", "json").stdout)
    assert soy[0]["text"] == "12 million metric tons"
    stats = json.loads(run("stats", "--db", db, "-f", "json").stdout)
    assert stats["counts"]["articles"] == 3
    assert "top_actors" in run("stats", "--db", db).stdout


@pytest.mark.parametrize("fmt", ["plover", "csv", "parquet", "gdelt"])
def test_export(db, tmp_path, fmt):
    out = tmp_path / f"events.{fmt}"
    result = run("export", "--format", fmt, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 0 and "exported 6" in result.stderr


def test_bad_database_url_exits_2_with_a_fix():
    result = run("stats", "--db", "mysql://u@h/db")
    assert result.exit_code == 2 and "error [S004]" in result.stderr and "\nfix: " in result.stderr


def test_ingest_bad_items_fail_the_run_and_are_recorded(tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": "a", "title": "no text"}\nnot json\n', encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    db = tmp_path / "cli.db"
    result = run("ingest", corpus, "--db", db, "--errors", errors, "--quiet")
    assert result.exit_code == 1
    assert "W006" in result.stderr and "W005" in result.stderr
    assert [json.loads(line)["code"] for line in errors.read_text().splitlines()] == \
        ["W006", "W005"]
    with Store(db) as store:
        assert {e["code"] for e in store.errors()} == {"W005", "W006"}


def test_ingest_rejects_a_bad_date(tmp_path):
    result = run("ingest", tmp_path, "--db", tmp_path / "x.db", "--published", "03/14/2025")
    assert result.exit_code == 2 and "error [C004]" in result.stderr
    assert "--published" in result.stderr
