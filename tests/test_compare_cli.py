"""The compare / readouts commands, the store's readouts and the readouts scorer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from test_compare import BEIJING, WHITE_HOUSE
from wirecoder.cli import app
from wirecoder.evaluation.readouts import match_points, score_group

runner = CliRunner()
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module", autouse=True)
def _register_commands():
    from wirecoder.cli import compare, store  # noqa: F401


def test_compare_two_text_files_infers_sides(tmp_path, nlp):
    a, b = tmp_path / "white-house.txt", tmp_path / "beijing.txt"
    a.write_text("The White House said: " + WHITE_HOUSE["text"], encoding="utf-8")
    b.write_text(BEIJING["text"], encoding="utf-8")
    result = runner.invoke(app, ["compare", str(a), str(b), "--published", "2024-04-02"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert {x["id"]: x["side"] for x in doc["accounts"]} == {"white-house": "USA",
                                                             "beijing": "CHN"}
    assert {p["relation"] for p in doc["points"]} >= {"contradiction", "shared"}


def test_group_by_writes_one_line_per_group_and_skips_lonely_accounts(tmp_path, nlp):
    path = tmp_path / "accounts.jsonl"
    rows = [dict(WHITE_HOUSE, call="c1"), dict(BEIJING, call="c1"),
            dict(WHITE_HOUSE, id="wh2", call="c2"), dict(BEIJING, id="mfa2", call="c2"),
            {"id": "alone", "text": "Nothing to compare here.", "call": "c3"}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["compare", str(path), "--group-by", "call", "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["group"] for x in lines] == ["c1", "c2"]
    assert "c3" in result.stderr


def test_within_text_format_and_html(tmp_path, nlp):
    story = tmp_path / "story.txt"
    story.write_text("Pakistan's army said the attack was directed from Afghanistan. "
                     "Afghanistan's foreign ministry rejected Pakistan's allegation that the "
                     "attack was directed from Afghan soil.", encoding="utf-8")
    text = runner.invoke(app, ["compare", "--within", str(story), "-f", "text"])
    assert text.exit_code == 0, text.output
    assert "[contradiction]" in text.stdout and "why:" in text.stdout
    page = runner.invoke(app, ["compare", "--within", str(story), "-f", "html"])
    assert page.exit_code == 0 and "<mark class=\"ev contradiction\"" in page.stdout


def test_bad_jsonl_line_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\nnot json\n', encoding="utf-8")
    result = runner.invoke(app, ["compare", str(path)])
    assert result.exit_code == 2
    assert "bad.jsonl:2" in result.stderr


def test_store_readouts_groups_accounts_of_one_call(tmp_path, nlp):
    import wirecoder
    from wirecoder.store import Store

    other = ("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on "
             "Tuesday.")
    # The event coder reads "spoke ... at the request of the U.S. side" as a REQUEST with
    # no parties, so this account of the call opens without that clause.
    beijing = dict(BEIJING, text=BEIJING["text"].replace(" at the request of the U.S. side", ""))
    analyses = [wirecoder.analyze(r["text"], published=r["published"], id=r["id"])
                for r in (WHITE_HOUSE, beijing)]
    analyses.append(wirecoder.analyze(other, published="2024-05-20", id="moscow"))
    db = tmp_path / "corpus.db"
    with Store(db) as store:
        store.add(analyses)
        groups = store.readouts(compare=False)
        compared = store.readouts(party="CHN")
    assert len(groups) == 1 and set(groups[0]["participants"]) >= {"USA", "CHN"}
    assert len(groups[0]["articles"]) == 2
    assert compared[0]["comparison"]["points"]
    result = runner.invoke(app, ["readouts", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout.splitlines()[0])["group"] == groups[0]["group"]


def test_scorer_matches_points_by_shared_evidence_one_to_one():
    gold = {"mode": "within", "points": [
        {"relation": "contradiction", "evidence": {"A": [[0, 10]], "B": [[20, 30]]}},
        {"relation": "only_in_one", "evidence": {"A": [[40, 50]]}}]}
    system = [{"relation": "different_framing", "evidence": {"X": [[0, 10]]}},
              {"relation": "only_in_one", "evidence": {"X": [[0, 10]], "Y": [[20, 30]]}},
              {"relation": "shared", "evidence": {"X": [[60, 70]]}}]
    assert match_points(gold["points"], system, within=True) == [(0, 1)]
    counts = score_group(gold, system)
    assert counts["matched"] == 1 and counts["system"] == 3
    assert counts["confusion"][("contradiction", "only_in_one")] == 1
    assert counts["confusion"][("only_in_one", "(missed)")] == 1


def test_gold_heldout_is_the_committed_one():
    import hashlib

    folder = ROOT / "data" / "gold" / "readouts"
    digest = hashlib.sha256((folder / "heldout.jsonl").read_bytes()).hexdigest()
    assert (folder / "SHA256SUMS").read_text().split()[0] == digest


@pytest.mark.slow
def test_eval_readouts_dev_runs_and_reports_all_figures():
    result = runner.invoke(app, ["eval", "readouts", "--format", "json"])
    assert result.exit_code == 0, result.output
    headline = json.loads(result.stdout)["headline"]
    for key in ("point_f1", "relation_accuracy_all", "divergent_recall", "one_sided_recall"):
        assert 0.0 <= headline[key] <= 1.0
    assert headline["gold_points"] == 37
