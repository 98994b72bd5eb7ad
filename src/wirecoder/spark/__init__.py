"""Scale-out on Apache Spark: the analysis of ``wirecoder analyze`` over partitions.

Needs the ``spark`` extra (``pip install 'wirecoder[spark]'``, PySpark 4 and Java 17);
importing this package does not import PySpark, only :func:`run` and
:func:`spark_session` do. See ``docs/scale.md``.

* :func:`analyze_lines` - the engine-neutral core: JSON story lines in, one row of
  :func:`row_schema` (article, events, quotes, quantities, or the error) per line out.
* :func:`run` - the Spark job: read, ``mapInArrow``, write partitioned zstd Parquet.
* ``python -m wirecoder.spark`` / ``spark-submit .../wirecoder/spark/__main__.py`` and
  ``wirecoder spark`` - the same job from the command line.
"""

from __future__ import annotations

from .job import OUTPUTS, PERIODS, SparkReport, run, spark_session
from .rows import analyze_lines, arrow_batches, input_key, row_schema

__all__ = [
    "OUTPUTS",
    "PERIODS",
    "SparkReport",
    "analyze_lines",
    "arrow_batches",
    "input_key",
    "row_schema",
    "run",
    "spark_session",
]
