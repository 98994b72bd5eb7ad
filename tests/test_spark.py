"""The Spark job on local[2]: same analyses as analyze_many, export schema, errors, re-runs.

One SparkSession and one job run serve the whole module (the JVM and the model load once).
The corpus: the bundled public-domain VOA sample, a story written for this test without a
date, the first story repeated, and bad lines. Skipped only when Java or PySpark is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import wirecoder
from wirecoder.spark import analyze_lines, row_schema
from wirecoder.store import Store
from wirecoder.store.export import EVENT_ID_FACTOR, parquet_schema
from wirecoder.store.export_rows import ARTICLE_ID_BITS, stable_article_id

SAMPLE = Path(wirecoder.__file__).parent / "sample" / "voa_sample.jsonl"
UNDATED = {
    "id": "undated-talks",
    "text": "The foreign ministers of Kenya and Ethiopia met in Nairobi to discuss the border. "
    "Kenya pledged 2,000 tons of maize to Ethiopia, the ministry said. \"We will meet again "
    "soon,\" Kenyan Foreign Minister Musalia Mudavadi told reporters.",
}
BAD_LINES = [
    '{"id": "broken", "text": "unterminated',  # W005: not JSON
    '["a", "list"]',  # W005: not an object
    '{"id": "no-text", "title": "Headline only"}',  # W006: no text
    '{"id": "bad-date", "text": "Kenya met Ethiopia.", "published": "yesterday"}',  # W009
]


def _java() -> bool:
    return shutil.which("java") is not None


def _corpus_lines() -> list[str]:
    good = [line for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [*good, json.dumps(UNDATED), *BAD_LINES, good[0]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("spark-in") / "stories.jsonl"
    path.write_text("\n".join(_corpus_lines()) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def reference(corpus) -> tuple[dict[str, str], list]:
    """analyze_many on the same lines: the analyses' JSON by story id, and the errors."""
    errors: list = []
    stories = []
    for line in _corpus_lines():
        try:
            stories.append(json.loads(line))
        except json.JSONDecodeError:
            errors.append(line)
    analyses = {a.id: a.to_json() for a in wirecoder.analyze_many(stories, on_error=errors.append)}
    return analyses, errors


@pytest.fixture(scope="module")
def spark():
    if not _java():
        pytest.skip("Java is not installed (the Spark tests need Java 17)")
    pytest.importorskip("pyspark", reason="the spark extra is not installed")
    from wirecoder.spark import spark_session

    session = spark_session("local[2]", spark__sql__shuffle__partitions="4")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def job(spark, corpus, tmp_path_factory) -> tuple[Path, object]:
    from wirecoder.spark import run

    out = tmp_path_factory.mktemp("spark-out")
    report = run(spark, str(corpus), str(out), parts=2)
    return out, report


def _rows(folder: Path) -> list[dict]:
    return [row for f in sorted(folder.rglob("*.parquet")) for row in pq.read_table(f).to_pylist()]


# -- the engine-neutral core (no Spark) -----------------------------------------------------


def test_analyze_lines_gives_one_row_per_line_in_order(reference):
    lines = _corpus_lines()
    rows = list(analyze_lines((line, "stories.jsonl") for line in lines))
    assert len(rows) == len(lines)
    kinds = ["error" if row["error"] else "article" for row in rows]
    assert kinds == ["article"] * 4 + ["error"] * 4 + ["article"]
    assert [r["error"]["code"] for r in rows if r["error"]] == ["W005", "W005", "W006", "W009"]
    analyses, _ = reference
    for row in rows:
        if row["article"]:
            assert row["article"]["analysis"] == analyses[row["article"]["story_id"]]
    import pyarrow as pa

    assert pa.Table.from_pylist(rows, schema=row_schema()).num_rows == len(lines)


def test_stable_article_id_fits_the_gdelt_event_id():
    first = stable_article_id("8011115", "Kenya met Ethiopia.")
    assert first == stable_article_id("8011115", "Kenya  met ETHIOPIA. ")  # normalized text
    assert first != stable_article_id("8011116", "Kenya met Ethiopia.")
    largest = (1 << ARTICLE_ID_BITS) - 1
    assert largest * EVENT_ID_FACTOR + EVENT_ID_FACTOR - 1 < 2**63


def test_default_import_loads_no_pyspark():
    code = ("import sys, wirecoder, wirecoder.spark; from wirecoder.cli import app; "
            "import wirecoder.cli.spark, wirecoder.cli.store; "
            "print(sorted(m for m in ('pyspark', 'pandas') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"


def test_cli_refuses_an_unknown_period_before_starting_spark(tmp_path):
    from typer.testing import CliRunner

    import wirecoder.cli.spark  # noqa: F401 - registers the command
    from wirecoder.cli.app import app

    result = CliRunner().invoke(app, ["spark", str(SAMPLE), str(tmp_path), "--period", "week"])
    assert result.exit_code == 2
    assert "week" in result.output
    assert not list(tmp_path.iterdir())


# -- the Spark job (slow: a JVM, and the model loaded in each Python worker) ----------------


@pytest.mark.slow
def test_analyses_equal_analyze_many(job, reference):
    out, report = job
    analyses, _ = reference
    rows = _rows(out / "analyses")
    assert {r["story_id"]: r["analysis"] for r in rows} == analyses
    assert len(rows) == len(analyses) == report.articles == 4
    assert report.duplicates == 1  # the repeated first story is written once
    assert len({r["article_id"] for r in rows}) == len(rows)


@pytest.mark.slow
def test_events_have_the_export_schema_and_rows(job, tmp_path):
    out, _ = job
    files = sorted((out / "events").rglob("*.parquet"))
    assert files
    for path in files:
        assert pq.read_schema(path).remove_metadata().equals(parquet_schema())
    analyses = [wirecoder.Analysis.model_validate_json(r["analysis"])
                for r in _rows(out / "analyses")]
    with Store(tmp_path / "s.db") as store:
        store.add(analyses)
        exported = tmp_path / "events.parquet"
        # events/ keeps every event with its flags: the export with both flags included
        store.export("parquet", exported, include_negated=True, include_hypothetical=True)
    mine = pq.read_table(files[0]).schema
    assert pq.read_schema(exported).remove_metadata().equals(mine.remove_metadata())

    def comparable(rows: list[dict]) -> list[dict]:
        return sorted(({k: v for k, v in r.items() if k not in ("article_id", "day", "input")}
                       for r in rows), key=lambda r: (r["story_id"], r["event_idx"]))

    spark_events = _rows(out / "events")
    assert comparable(spark_events) == comparable(pq.read_table(exported).to_pylist())
    assert sum(len(a.events) for a in analyses) == len(spark_events) > 0


@pytest.mark.slow
def test_partitions_keep_the_date_in_the_files(job):
    out, _ = job
    days = {p.name for p in (out / "events").iterdir() if p.is_dir()}
    assert days == {"day=2025-03-13", "day=2025-03-14", "day=__HIVE_DEFAULT_PARTITION__"}
    for path in (out / "events" / "day=2025-03-13").rglob("*.parquet"):
        assert {str(d) for d in pq.read_table(path, columns=["published"])["published"]
                .to_pylist()} == {"2025-03-13"}


@pytest.mark.slow
def test_errors_land_in_errors(job, corpus):
    out, report = job
    errors = _rows(out / "errors")
    assert sorted(e["code"] for e in errors) == ["W005", "W005", "W006", "W009"]
    assert report.errors == 4
    assert all(e["source"].endswith(corpus.name) and e["message"].startswith("[W")
               for e in errors)
    assert {e["id"] for e in errors} == {None, "no-text", "bad-date"}


@pytest.mark.slow
def test_rerun_replaces_partitions_without_duplicates(spark, job, corpus):
    from wirecoder.spark import OUTPUTS, run

    out, first = job
    before = {name: len(_rows(out / name)) for name in OUTPUTS}
    again = run(spark, str(corpus), str(out), parts=3)
    after = {name: len(_rows(out / name)) for name in OUTPUTS}
    assert after == before
    assert (again.articles, again.events, again.errors) == (first.articles, first.events,
                                                             first.errors)


@pytest.mark.slow
def test_ingest_reads_the_spark_output(job, reference, tmp_path):
    out, _ = job
    analyses, _ = reference
    with Store(tmp_path / "bridge.db") as store:
        report = store.ingest(paths=[out])
        assert (report.inserted, report.failed) == (4, 4)
        stored = {a["story_id"]: store.analysis(a["article_id"]).to_json()
                  for a in store.articles()}
        assert stored == analyses
        assert store.ingest(paths=[out]).skipped == 4


@pytest.mark.slow
def test_parquet_and_text_inputs_give_the_same_stories(spark, tmp_path):
    import pyarrow as pa

    from wirecoder.io import make_story, read_paths
    from wirecoder.spark.job import _read_lines

    def stories(source: Path) -> dict:
        lines = [row.line for row in _read_lines(spark, str(source), "auto").collect()]
        return {s.id: (s.text, s.published) for s in (make_story(json.loads(x)) for x in lines)}

    records = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    source = tmp_path / "stories.parquet"
    pq.write_table(pa.Table.from_pylist([{**r, "extra": 1} for r in records]), source)
    assert stories(source) == {s.id: (s.text, s.published) for s in map(make_story, records)}
    texts = tmp_path / "texts"
    texts.mkdir()
    for record in records:
        (texts / f"voa-{record['id']}.txt").write_text(record["text"], encoding="utf-8")
    assert stories(texts) == {s.id: (s.text, None) for s in read_paths([texts])}


@pytest.mark.slow
def test_the_store_export_is_a_spark_table(spark, job, tmp_path):
    out, _ = job
    exported = tmp_path / "export.parquet"
    with Store(tmp_path / "s.db") as store:
        store.add(wirecoder.Analysis.model_validate_json(r["analysis"])
                  for r in _rows(out / "analyses"))
        # events/ keeps every event with its flags: the export with both flags included
        store.export("parquet", exported, include_negated=True, include_hypothetical=True)
    both = (spark.read.parquet(str(exported))
            .unionByName(spark.read.parquet(str(out / "events")).drop("day", "input")))
    assert both.count() == 2 * pq.read_metadata(exported).num_rows > 0
