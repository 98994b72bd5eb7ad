"""The commitment tracker over the store: linking, status history, CLI and exports."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import wirecoder
import wirecoder.cli.commitments
from test_store_fixtures import BACKENDS, drop_pg_database, fresh_db
from wirecoder.cli import app
from wirecoder.store import Store

runner = CliRunner()

#: A pledge, a repetition, a revision, a denial by the other side and fulfilment reports,
#: written for the test, one article each.
ARTICLES = [
    ("a1", "2025-01-10", "Egypt pledged to buy 10 million tons of Canadian wheat next year, "
     "its trade minister said."),
    ("a2", "2025-02-03", "Egypt reaffirmed its commitment to buy 10 million tons of "
     "Canadian wheat next year."),
    ("a3", "2025-03-15", "Egypt raised its wheat target and will now buy 12 million tons of "
     "Canadian wheat next year."),
    ("a4", "2026-06-30", "Egypt bought 4 million tons of Canadian wheat in the first half "
     "of the year, only a third of what it promised, Canada's agriculture ministry said."),
    ("a5", "2025-01-12", "Japan pledged $500 million in humanitarian aid to Sudan by the end "
     "of 2025."),
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("store") / "c.db"
    analyses = [wirecoder.analyze(text, published=day, id=aid) for aid, day, text in ARTICLES]
    with Store(path) as store:
        store.add(analyses)
    return path


def _pledges(path: Path, **filters) -> list[dict]:
    with Store(path) as store:
        return store.commitments(**filters)


def test_reports_of_one_pledge_are_linked_with_a_history(store_path: Path) -> None:
    wheat = [p for p in _pledges(store_path) if p["object"] == "wheat"]
    assert len(wheat) == 1, [p["pledge_id"] for p in _pledges(store_path)]
    pledge = wheat[0]
    assert (pledge["counterparty"], pledge["action"]) == ("CAN", "buy")
    steps = [h["status"] for h in pledge["history"]]
    assert steps[0] == "made"
    assert "repeated" in steps and "revised" in steps
    assert steps[-1] == "partly_met"
    assert pledge["articles"] == 4 and pledge["amount"] == pytest.approx(12e6)


def test_a_passed_deadline_without_fulfilment_is_lapsed(store_path: Path) -> None:
    aid = [p for p in _pledges(store_path) if p["action"] == "provide"]
    assert len(aid) == 1 and aid[0]["committer"] == "JPN"
    assert aid[0]["status"] == "lapsed"  # due by the end of 2025; the newest article is 2026
    assert _pledges(store_path, status="lapsed") == aid


def test_filters_take_codes_in_any_case_and_reject_unknown_statuses(store_path: Path) -> None:
    assert _pledges(store_path, committer="jpn") == _pledges(store_path, committer="JPN")
    assert _pledges(store_path, counterparty="can", object="wheat")
    with pytest.raises(wirecoder.errors.StoreError, match="S005"):
        _pledges(store_path, status="kept")


def test_cli_lists_shows_and_exports(store_path: Path, tmp_path: Path) -> None:
    listed = runner.invoke(app, ["commitments", "--db", str(store_path), "-f", "json"])
    assert listed.exit_code == 0, listed.output
    ids = [p["pledge_id"] for p in json.loads(listed.output)]
    wheat_id = next(i for i in ids if i.endswith("-buy-wheat"))
    shown = runner.invoke(app, ["commitment", wheat_id, "--db", str(store_path), "-f", "json"])
    assert shown.exit_code == 0, shown.output
    history = json.loads(shown.output)["history"]
    assert all("wheat" in step["sentence_text"] for step in history)
    out = tmp_path / "pledges.parquet"
    done = runner.invoke(app, ["commitments", "--db", str(store_path), "-o", str(out)])
    assert done.exit_code == 0, done.output
    table = pq.read_table(out)
    assert table.num_rows == sum(p["reports"] for p in json.loads(listed.output))
    assert "step_status" in table.column_names
    missing = runner.invoke(app, ["commitment", "XXX-YYY-buy-nothing", "--db", str(store_path)])
    assert missing.exit_code == 1


def test_stored_commitments_round_trip(store_path: Path) -> None:
    with Store(store_path) as store:
        stored = store.analysis(1)
    again = wirecoder.analyze(ARTICLES[0][2], published=ARTICLES[0][1], id=ARTICLES[0][0])
    assert stored is not None and stored.commitments == again.commitments


def test_seed_story_is_tracked_as_one_china_usa_soybean_pledge(seed_analysis, tmp_path) -> None:
    with Store(tmp_path / "seed.db") as store:
        store.add([seed_analysis])
        pledge = store.commitment("CHN-USA-buy-soybean")
        arms = [p for p in store.commitments(object="arms")]
    assert pledge is not None
    assert {step["amount"] for step in pledge["history"]} == {2e7, 2.5e7}
    assert {step["reported_by"] for step in pledge["history"]} == {"Donald Trump"}
    assert arms and all(p["committer"] == "USA" for p in arms)


#: Reports that name only part of the pledge, written for the test, one article each.
PARTIAL = [
    ("b1", "2025-01-10", "Egypt pledged to buy 10 million tons of Canadian soybeans next year."),
    ("b2", "2025-03-01", "Egypt will buy 12 million tons of soybeans next year, the trade "
     "minister said."),
    ("b3", "2025-02-01", "Egypt agreed to buy 3 million tons of Australian wheat next year."),
    ("b4", "2025-01-12", "Sweden pledged $40 million in military aid to Latvia."),
    ("b5", "2025-02-20", "The Swedish drawdown of up to $15 million was approved on Friday."),
]


@pytest.fixture(scope="module", params=BACKENDS)
def partial_path(request, tmp_path_factory):
    """A store of the PARTIAL articles, on SQLite and (with WIRECODER_TEST_PG) PostgreSQL."""
    url = fresh_db(request.param, tmp_path_factory.mktemp("store"))
    with Store(url) as store:
        store.add([wirecoder.analyze(text, published=day, id=aid)
                   for aid, day, text in PARTIAL])
    yield url
    if request.param == "postgresql":
        drop_pg_database(url)


def test_a_report_without_counterparty_joins_the_one_pledge_it_fits(partial_path: Path) -> None:
    soy = _pledges(partial_path, object="soybean")
    assert [p["pledge_id"] for p in soy] == ["EGY-CAN-buy-soybean"]
    assert soy[0]["articles"] == 2
    assert [h["status"] for h in soy[0]["history"]] == ["made", "revised"]
    assert _pledges(partial_path, counterparty="CAN") == soy  # filters see linked reports


def test_aid_under_other_names_is_one_arms_pledge(partial_path: Path) -> None:
    arms = _pledges(partial_path, committer="SWE")
    assert [(p["pledge_id"], p["articles"]) for p in arms] == [("SWE-LVA-provide-arms", 2)]


def test_an_object_filter_takes_broader_classes(partial_path: Path) -> None:
    farm = {p["pledge_id"] for p in _pledges(partial_path, object="agricultural goods")}
    assert farm == {"EGY-CAN-buy-soybean", "EGY-AUS-buy-wheat"}
