"""``wirecoder spark``: the analysis as an Apache Spark job (needs the ``spark`` extra).

A thin skin over :func:`wirecoder.spark.run`. The same command is the ``spark-submit``
entry point (``spark-submit .../wirecoder/spark/__main__.py SOURCE OUT``); see
``docs/scale.md``. PySpark is imported only when the command runs.
"""

from __future__ import annotations

import json
import os
from enum import StrEnum
from typing import Annotated

import typer

from ..errors import WirecoderError
from .app import app
from .common import settings_from, stderr

__all__ = ["spark"]


class Period(StrEnum):
    """Date partitions of the outputs."""

    day = "day"
    month = "month"


class SourceFormat(StrEnum):
    """Input formats of the job."""

    auto = "auto"
    jsonl = "jsonl"
    text = "text"
    parquet = "parquet"


@app.command()
def spark(
    source: Annotated[str, typer.Argument(
        help="Stories: a JSONL file, a folder or glob of .txt files, or Parquet with a 'text' "
        "column; any path Spark reads (s3a://, hdfs://, ...).")],
    out: Annotated[str, typer.Argument(
        help="Output folder: analyses/, events/, quotes/, quantities/, errors/ (Parquet).")],
    parts: Annotated[int | None, typer.Option(
        "--parts", min=1, help="Partitions analyzed in parallel (default 2 x cores).")] = None,
    master: Annotated[str | None, typer.Option(
        "--master", metavar="URL", help="Spark master, e.g. local[4], spark://host:7077 "
        "(default: the one spark-submit gives, else local[*]).")] = None,
    period: Annotated[Period, typer.Option(
        "--period", help="Date partition of the outputs.")] = Period.day,
    fmt: Annotated[SourceFormat, typer.Option(
        "--format", "-f", help="Input format (auto: from the name).")] = SourceFormat.auto,
    model: Annotated[str | None, typer.Option(
        "--model", metavar="NAME", help="Another installed spaCy pipeline.")] = None,
) -> None:
    """Analyze stories on Apache Spark; write partitioned Parquet (re-runs replace partitions).

    Example: wirecoder spark stories.jsonl out/ --master local[2] --parts 4
    """
    try:
        from ..spark import run, spark_session
    except ImportError as exc:  # pragma: no cover - depends on the install
        stderr.print(f"[red]error[/red] {exc}. Fix: pip install 'wirecoder[spark]' (and Java 17).")
        raise typer.Exit(2) from None
    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    try:
        session = spark_session(master)
        report = run(session, source, out, parts=parts, period=period.value, fmt=fmt.value,
                     settings=settings_from(model=model))
    except WirecoderError as exc:
        stderr.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    typer.echo(json.dumps(report.as_dict()))
    if report.errors:
        stderr.print(f"{report.errors} item(s) failed: see {out.rstrip('/')}/errors/ "
                     "(the job went on).", highlight=False)
