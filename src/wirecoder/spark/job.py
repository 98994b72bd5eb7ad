"""The Spark job: read stories, analyze each partition with ``mapInArrow``, write Parquet.

One pass of NLP (the analyzed rows are persisted) feeds five outputs under ``out``:
``analyses/``, ``events/``, ``quotes/``, ``quantities/`` and ``errors/``, zstd Parquet
partitioned by ``day`` (or ``month``) of publication and ``input`` (a digest of the input
file's path). The partition value is a copy of ``published``, so the files keep the date.
Partitions are overwritten dynamically: re-running on the same input replaces exactly the
partitions it wrote, never duplicates them. ``events/`` files have exactly the schema of
``wirecoder export --format parquet``.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..settings import Settings
from .rows import analyze_lines, arrow_batches, row_schema

__all__ = ["OUTPUTS", "PERIODS", "SOURCE_FORMATS", "SparkReport", "run", "spark_session"]

#: Output folders, in the order they are written.
OUTPUTS = ("analyses", "events", "quotes", "quantities", "errors")
#: Partition periods and their date patterns.
PERIODS = {"day": "yyyy-MM-dd", "month": "yyyy-MM"}
SOURCE_FORMATS = ("auto", "jsonl", "text", "parquet")
#: Story columns taken from a Parquet source (``text`` is required).
_STORY_COLUMNS = ("id", "text", "title", "url", "published", "source")


@dataclass
class SparkReport:
    """Counts of one Spark run."""

    articles: int = 0
    events: int = 0
    quotes: int = 0
    quantities: int = 0
    errors: int = 0
    duplicates: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as plain data."""
        return asdict(self)


def spark_session(master: str | None = None, app_name: str = "wirecoder", **conf: str) -> Any:
    """Build (or get) a SparkSession with the settings the job needs.

    Args:
        master: Spark master; None keeps the one ``spark-submit`` gave.
        app_name: The application name shown by the cluster manager.
        **conf: More Spark settings (dots written as ``__``).

    A ``local[...]`` master is bound to the loopback interface, without web UI or console
    progress bar, and its Python workers run this interpreter.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    settings = {"spark.sql.sources.partitionOverwriteMode": "dynamic",
                "spark.python.worker.reuse": "true", "spark.ui.showConsoleProgress": "false",
                **{k.replace("__", "."): v for k, v in conf.items()}}
    if master and master.startswith("local"):
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers: this interpreter
        settings.update({"spark.driver.host": "127.0.0.1",
                         "spark.driver.bindAddress": "127.0.0.1", "spark.ui.enabled": "false"})
    for key, value in settings.items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def run(
    spark: Any,
    source: str,
    out: str,
    *,
    parts: int | None = None,
    period: str = "day",
    fmt: str = "auto",
    settings: Settings | None = None,
) -> SparkReport:
    """Analyze the stories at ``source`` on ``spark`` and write the outputs under ``out``.

    Args:
        spark: A SparkSession (see :func:`spark_session`).
        source: Any path Spark reads (file, folder, glob, ``s3a://``...): JSONL story
            records, plain-text files (one story each) or Parquet with a ``text`` column.
        out: Output folder (any path Spark writes).
        parts: Partitions to analyze in parallel (default: twice the default parallelism).
        period: ``day`` or ``month``: the date partition of the outputs.
        fmt: ``auto`` (from the name: ``.parquet``, ``.txt``, else JSONL), ``jsonl``,
            ``text`` or ``parquet``.
        settings: Analysis options (the model must be installed on every executor).

    Returns:
        The counts of the run. Per-item errors are in ``out/errors``; they never fail it.

    Raises:
        ConfigError: for an unknown period or format, or Parquet without ``text``.

    """
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    if period not in PERIODS or fmt not in SOURCE_FORMATS:
        raise ConfigError(detail=f"Unknown period {period!r} or format {fmt!r}. Fix: period "
                          f"day or month; format one of {', '.join(SOURCE_FORMATS)}.")
    began = time.perf_counter()
    spark.conf.set("spark.sql.sources.partitionOverwriteMode", "dynamic")
    lines = _read_lines(spark, source, fmt)
    parts = parts or 2 * spark.sparkContext.defaultParallelism
    mapper = functools.partial(_map_batches, settings=settings or Settings())
    analyzed = (lines.repartition(parts).mapInArrow(mapper, from_arrow_schema(row_schema()))
                .persist(StorageLevel.MEMORY_AND_DISK))
    good = (analyzed.where(F.col("article").isNotNull())  # one row per article id
            .withColumn("_id", F.col("article.article_id")).repartition(parts, "_id")
            .dropDuplicates(["_id"]).persist(StorageLevel.MEMORY_AND_DISK))
    try:
        tables = {
            "analyses": good.select("article.*", "input"),
            **{name: good.select(F.explode(name).alias("r"), "input").select("r.*", "input")
               for name in ("events", "quotes", "quantities")},
            "errors": analyzed.where(F.col("error").isNotNull()).select("error.*", "input"),
        }
        for name in OUTPUTS:
            _write(tables[name], f"{out.rstrip('/')}/{name}", period, F)
        report = _count(good, analyzed, F)
    finally:
        good.unpersist()
        analyzed.unpersist()
    report.seconds = round(time.perf_counter() - began, 3)
    return report


def _read_lines(spark: Any, source: str, fmt: str) -> Any:
    """Return a DataFrame of (``line``: a JSON story record, ``origin``: its file)."""
    from pyspark.sql import functions as F

    fmt = _guess_format(source) if fmt == "auto" else fmt
    origin = F.col("_metadata.file_path").alias("origin")
    if fmt == "jsonl":
        frame = spark.read.text(source)
        return frame.where(F.trim("value") != "").select(F.col("value").alias("line"), origin)
    if fmt == "text":
        frame = spark.read.text(source, wholetext=True).select("value", origin)
        stem = F.regexp_extract("origin", r"([^/]+?)(\.[^./]*)?$", 1)
        record = F.struct(stem.alias("id"), F.col("value").alias("text"),
                          F.col("origin").alias("source"))
        return frame.select(F.to_json(record).alias("line"), "origin")
    frame = spark.read.parquet(source)
    if "text" not in frame.columns:
        raise ConfigError(detail=f"{source} has no 'text' column (columns: "
                          f"{', '.join(frame.columns)}). Fix: give Parquet with one story per "
                          "row: text, and optionally id, title, url, published, source.")
    columns = [F.col(c) for c in _STORY_COLUMNS if c in frame.columns]
    return frame.select(F.to_json(F.struct(*columns)).alias("line"), origin)


def _guess_format(source: str) -> str:
    name = source.rstrip("/").lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".txt", ".text")):
        return "text"
    path = Path(source)
    if path.is_dir():
        suffixes = {p.suffix.lower() for p in path.rglob("*") if p.is_file()}
        if ".parquet" in suffixes:
            return "parquet"
        if suffixes & {".txt", ".text"} and not suffixes & {".jsonl", ".ndjson", ".json"}:
            return "text"
    return "jsonl"


def _map_batches(batches: Iterator[Any], settings: Settings) -> Iterator[Any]:
    """``mapInArrow`` function: consumes every input batch (so the worker is reused)."""

    def lines() -> Iterator[tuple[str, str | None]]:
        for batch in batches:
            yield from zip(batch.column("line").to_pylist(), batch.column("origin").to_pylist(),
                           strict=True)

    yield from arrow_batches(analyze_lines(lines(), settings=settings))


def _count(good: Any, analyzed: Any, F: Any) -> SparkReport:
    sizes = good.agg(*(F.coalesce(F.sum(F.size(name)), F.lit(0)).alias(name)
                       for name in ("events", "quotes", "quantities")),
                     F.count(F.lit(1)).alias("articles")).first().asDict()
    items = analyzed.agg(F.count("article").alias("analyzed"),
                         F.count("error").alias("errors")).first().asDict()
    return SparkReport(**{k: int(v) for k, v in sizes.items()}, errors=int(items["errors"]),
                       duplicates=int(items["analyzed"]) - int(sizes["articles"]))


def _write(frame: Any, path: str, period: str, F: Any) -> None:
    """Write ``frame`` as zstd Parquet partitioned by the period of ``published`` and input."""
    frame = frame.withColumn(period, F.date_format("published", PERIODS[period]))
    (frame.write.mode("overwrite").option("compression", "zstd")
     .partitionBy(period, "input").parquet(path))
