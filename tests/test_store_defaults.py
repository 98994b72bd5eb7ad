"""Store defaults that do not mislead (issue 9 item 7), in the Python API and the CLI.

Hand-made analyses of sentences written for these tests: a joint phone call, a negated
and a hypothetical sanction, an accusation; offsets computed from the texts.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re

import pytest
from sqlalchemy import delete, select
from typer.testing import CliRunner

from test_store_fixtures import db_url_fixture  # noqa: F401 - fixture
from wirecoder.cli import app
from wirecoder.errors import StoreError
from wirecoder.models import Analysis, Entity, Event, Quantity, Quote, TimeExpression
from wirecoder.store import Store, schema

runner = CliRunner()


def _entity(text: str, words: str, name: str, code: str, kind: str = "GPE") -> Entity:
    start = text.index(words)
    return Entity(start=start, end=start + len(words), sentence=0, raw_text=words,
                  entity_name=name, country_code=code, kind=kind)


def _story(story: str, text: str, trigger: str, category: str, actors: list[tuple[str, str]],
           recipients: list[tuple[str, str]] = (), day: str = "2025-03-03",
           **flags: object) -> Analysis:
    start = text.index(trigger)
    actor = tuple(_entity(text, w, n, c) for w, c, n in [(a[0], a[1], a[0]) for a in actors])
    recipient = tuple(_entity(text, w, w, c) for w, c in recipients)
    ev = Event(id=f"{story}-e0", story_id=story, event_type=category, actor=actor,
               recipient=recipient, event_text=trigger, text=text, start=start,
               end=start + len(trigger), sentence=0, **flags)
    return Analysis(id=story, text=text, published=dt.date.fromisoformat(day), events=(ev,),
                    meta={"wirecoder_version": "test", "model": "none"})


def corpus() -> list[Analysis]:
    call = "Chinese and U.S. officials held a phone call on Monday."
    negated = "The United States did not sanction China."
    maybe = "The United States could impose tariffs on China."
    accuse = "China accused the United States of spying."
    return [
        _story("call", call, "phone call", "CONSULT", [("Chinese", "CHN"), ("U.S.", "USA")]),
        _story("negated", negated, "sanction", "SANCTION", [("United States", "USA")],
               [("China", "CHN")], negated=True),
        _story("maybe", maybe, "impose tariffs", "SANCTION", [("United States", "USA")],
               [("China", "CHN")], hypothetical=True, mode="restrict"),
        _story("accuse", accuse, "accused", "ACCUSE", [("China", "CHN")],
               [("United States", "USA")], day="2025-03-20"),
    ]


@pytest.fixture(name="store")
def store_fixture(db_url):
    with Store(db_url) as opened:
        opened.add(corpus())
        yield opened


def _types(rows: list[dict]) -> list[str]:
    return sorted(row["event_type"] for row in rows)


def test_negated_and_hypothetical_events_are_left_out_unless_asked(store):
    assert _types(store.events()) == ["ACCUSE", "CONSULT"]
    assert _types(store.events(include_negated=True)) == ["ACCUSE", "CONSULT", "SANCTION"]
    both = store.events(include_negated=True, include_hypothetical=True)
    assert sorted((r["negated"], r["hypothetical"]) for r in both if
                  r["event_type"] == "SANCTION") == [(False, True), (True, False)]


def test_joint_actors_count_for_the_pair_and_flags_change_the_dyad(store):
    rows = store.dyad("usa", "china")
    counts = {(r["direction"], cat): n for r in rows for cat, n in r["categories"].items()}
    assert counts == {("CHN->USA", "CONSULT"): 1, ("CHN->USA", "ACCUSE"): 1,
                      ("USA->CHN", "CONSULT"): 1}
    with_flags = store.dyad("USA", "CHN", include_negated=True, include_hypothetical=True)
    sanctions = sum(r["categories"].get("SANCTION", 0) for r in with_flags)
    assert sanctions == 2
    assert sum(r["events"] for r in with_flags) == sum(r["events"] for r in rows) + 2


def test_parties_accept_codes_in_any_case_and_names(store):
    by_code = store.events(actor="CHN")
    assert by_code and by_code == store.events(actor="chn") == store.events(actor="China")
    assert store.events(actor="Chinese") == by_code  # a demonym in the knowledge base
    assert _types(store.events(recipient="united states")) == ["ACCUSE"]


@pytest.mark.parametrize(("call", "suggestion"), [
    (lambda s: s.events(event_type="sanctoin"), "did you mean SANCTION"),
    (lambda s: s.quotes(kind="direkt"), "did you mean direct"),
    (lambda s: s.dyad("USA", "CHN", by="mnth"), "did you mean month"),
])
def test_unknown_filter_values_are_errors_with_a_suggestion(store, call, suggestion):
    with pytest.raises(StoreError, match=r"\[S005\]") as info:
        call(store)
    assert suggestion in str(info.value)
    assert _types(store.events(event_type="consult")) == ["CONSULT"]


def test_unit_is_checked_against_the_stored_units(db_url):
    text = "Exports rose to $4.5 billion and 25 million tonnes."
    money, mass = text.index("$4.5 billion"), text.index("25 million tonnes")
    analysis = Analysis(id="q", text=text, published=dt.date(2025, 1, 2), quantities=(
        Quantity(start=money, end=money + 12, sentence=0, text="$4.5 billion", value=4.5e9,
                 unit="USD", kind="money"),
        Quantity(start=mass, end=mass + 17, sentence=0, text="25 million tonnes", value=25e6,
                 value_high=30e6, unit="metric_ton", kind="mass", approximate=True)))
    with Store(db_url) as store:
        store.add([analysis])
        assert [r["text"] for r in store.quantities(unit="usd")] == ["$4.5 billion"]
        with pytest.raises(StoreError, match="did you mean metric_ton"):
            store.quantities(unit="metric_tonne")


def test_unit_and_kind_are_checked_before_anything_is_stored(db_url):
    with Store(db_url) as store:
        with pytest.raises(StoreError, match="did you mean money"):
            store.quantities(kind="monye")
        with pytest.raises(StoreError, match="did you mean USD"):
            store.quantities(unit="dolars")
        assert store.quantities(unit="Dollars") == []  # a unit's name stands for its id
        assert store.quantities(kind="MASS") == []
        assert store.quantities(unit="USD/barrel") == []  # rate units the stage composes
        assert store.quantities(unit="count/year") == []
        with pytest.raises(StoreError, match="S005"):
            store.quantities(unit="USD/barrelz")
        with pytest.raises(StoreError, match="did you mean percent"):
            store.quantities(kind="percentage_point")  # a unit, not a kind
    result = runner.invoke(app, ["quantities", "--db", db_url, "--unit", "kilogramz"])
    assert result.exit_code != 0
    assert "did you mean kilogram" in result.output


def test_since_until_take_months_and_datetimes(store):
    assert _types(store.events(since="2025-03-10T08:00", until="2025-03")) == ["ACCUSE"]
    assert _types(store.events(until="2025-02")) == []
    with pytest.raises(StoreError, match="YYYY-MM"):
        store.events(since="March 2025")


def test_migration_adds_joint_pairs_and_rebuilds_the_rollup(db_url):
    from wirecoder.store import migrations, rollup

    [step] = [m for m in migrations.MIGRATIONS
              if m.upgrade is migrations._joint_dyads_factual_rollup]
    with Store(db_url) as store:
        store.add(corpus())
        expected = store.dyad("USA", "CHN")
        with store.engine.begin() as conn:  # make it look like a store from before that step
            conn.execute(delete(schema.event_dyads).where(
                schema.event_dyads.c.event_idx == 0,
                schema.event_dyads.c.article_id.in_(select(schema.articles.c.id).where(
                    schema.articles.c.story_id == "call"))))
            conn.execute(delete(schema.schema_version).where(
                schema.schema_version.c.version >= step.version))
            rollup.rebuild(conn)
        assert store.dyad("USA", "CHN") != expected  # the joint call is gone
    with Store(db_url) as again:
        assert again.schema_version_found == step.version - 1
        assert again.dyad("USA", "CHN") == expected


# -- the command line ------------------------------------------------------------------------


def run(*args: object):
    return runner.invoke(app, [str(a) for a in args])


def test_cli_events_flags_columns_and_csv_columns(store, db_url):
    table = run("events", "--db", db_url, "--include-negated")
    assert table.exit_code == 0, table.output
    assert "negated" in table.stdout.splitlines()[1] and "hypothetical" not in table.stdout
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db_url, "-f", "csv",
                                               "--include-hypothetical").stdout)))
    assert {"mode", "negated", "hypothetical", "score", "plover_score", "reported_by",
            "article_id", "start", "end"} <= set(rows[0])
    assert [r["mode"] for r in rows if r["event_type"] == "SANCTION"] == ["restrict"]


def test_machine_readable_output_is_never_cut_and_tables_say_what_was_left(db_url):
    text = " ".join(f"China accused Japan {i}." for i in range(130))
    events = []
    for i in range(130):
        start = text.index(f"accused Japan {i}.")
        china = text.rindex("China", 0, start)
        events.append(Event(
            id=f"e{i}", story_id="many", event_type="ACCUSE", event_text="accused",
            text="China accused Japan.", start=start, end=start + 7, sentence=i,
            actor=(Entity(start=china, end=china + 5, sentence=i, raw_text="China",
                          entity_name="China", country_code="CHN", kind="GPE"),)))
    with Store(db_url) as store:
        store.add([Analysis(id="many", text=text, published=dt.date(2025, 5, 1),
                            events=tuple(events))])
    assert len(json.loads(run("events", "--db", db_url, "-f", "json").stdout)) == 130
    assert len(run("events", "--db", db_url, "-f", "csv").stdout.splitlines()) == 131
    table = run("events", "--db", db_url)
    assert "30 more row(s) left out" in table.stderr
    assert len(run("events", "--db", db_url, "-f", "csv", "--limit", "7")
               .stdout.splitlines()) == 8


def test_cli_unknown_type_is_an_error_with_a_suggestion(store, db_url):
    result = run("events", "--db", db_url, "--type", "asault")
    assert result.exit_code == 2
    assert result.stderr.startswith("error [S005]") and "did you mean ASSAULT" in result.stderr


def test_read_only_commands_refuse_a_missing_database(tmp_path):
    missing = tmp_path / "nope.db"
    for command in (["events"], ["dyad", "USA", "CHN"], ["stats"], ["show", "1"],
                    ["export", "-f", "csv", "-o", tmp_path / "x.csv"]):
        result = run(*command, "--db", missing)
        assert result.exit_code == 2 and "error [S013]" in result.stderr, command
    assert not missing.exists()


def _quotes_and_more() -> Analysis:
    text = ('"We will respond," Wang Yi said on Friday, as Beijing bought 2 to 3 million '
            "tonnes of soybeans.")
    wang = _entity(text, "Wang Yi", "Wang Yi", "CHN", kind="PERSON")
    beijing = _entity(text, "Beijing", "China", "CHN")
    q, amount, friday = text.index("We will"), text.index("2 to 3"), text.index("Friday")
    return Analysis(
        id="wang", text=text, published=dt.date(2025, 6, 6), entities=(wang, beijing),
        quotes=(Quote(start=q, end=q + 16, sentence=0, text=text[q:q + 16], kind="direct",
                      cue="said", speaker=wang),),
        quantities=(Quantity(start=amount, end=amount + 24, sentence=0,
                             text=text[amount:amount + 24], value=2e6, value_high=3e6,
                             unit="metric_ton", normalized_value=2e9, normalized_unit="kg",
                             kind="mass", approximate=True, about="soybeans",
                             committer=beijing, period="this year"),),
        time_expressions=(TimeExpression(start=friday, end=friday + 6, sentence=0,
                                         text="Friday", type="DATE", value="2025-06-06"),))


def test_exports_of_every_record_kind(db_url, tmp_path):
    with Store(db_url) as store:
        store.add([_quotes_and_more()])
    out = tmp_path / "quantities.csv"
    result = run("export", "--db", db_url, "-f", "csv", "-o", out, "--records", "quantities",
                 "--excel")
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 byte-order mark for Excel
    [row] = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert (row["value_high"], row["normalized_unit"], row["approximate"], row["period"],
            row["committer_name"]) == ("3000000.0", "kg", "True", "this year", "China")
    quotes = tmp_path / "quotes.json"
    assert run("export", "--db", db_url, "-f", "json", "-o", quotes, "--records",
               "quotes").exit_code == 0
    [quote] = [json.loads(line) for line in quotes.read_text(encoding="utf-8").splitlines()]
    assert quote["speaker_name"] == "Wang Yi" and quote["text"] == "We will respond,"
    import pyarrow.parquet as pq

    for kind in ("entities", "time"):
        path = tmp_path / f"{kind}.parquet"
        assert run("export", "--db", db_url, "-f", "parquet", "-o", path, "--records",
                   kind).exit_code == 0
        table = pq.read_table(path).to_pylist()
        assert table and all(r["story_id"] == "wang" for r in table)
    assert run("export", "--db", db_url, "-f", "gdelt", "-o", tmp_path / "q.tsv",
               "--records", "quotes").exit_code == 2


def test_show_opens_the_article_that_events_cite(store, db_url):
    [row] = json.loads(run("events", "--db", db_url, "-f", "json", "--type", "accuse").stdout)
    shown = run("show", row["article_id"], "--db", db_url)
    assert shown.exit_code == 0, shown.output
    assert "ACCUSE" in shown.stdout and "accused" in shown.stdout
    html = run("show", row["article_id"], "--db", db_url, "--format", "html")
    assert html.stdout.startswith("<!DOCTYPE html>") and 'class="event' in html.stdout
    missing = run("show", "999", "--db", db_url)
    assert missing.exit_code == 2 and "error [S014]" in missing.stderr


def test_tables_fit_100_columns_and_short_columns_stay_whole(store, db_url):
    for args in (["events"], ["dyad", "USA", "CHN", "--by", "day"], ["quotes"]):
        result = run(*args, "--db", db_url)
        assert result.exit_code == 0, result.output
        lines = result.stdout.splitlines()
        assert lines and max(len(line) for line in lines) <= 100, args
    events = run("events", "--db", db_url).stdout
    assert "2025-03-20" in events and "ACCUSE" in events and "CHN" in events
    assert re.search(r"\d+:\d+-\d+", events)  # the cite that `show` opens
    dyad = run("dyad", "usa", "china", "--db", db_url, "--by", "day").stdout
    assert "CHN->USA" in dyad and "2025-03-20" in dyad
