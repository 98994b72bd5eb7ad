"""Spark local[2] against ``wirecoder analyze --workers 2`` on the same stories, same run.

Usage::

    python benchmarks/spark.py [--corpus ../shared/corpora/voa/voa_stories.jsonl]
                               [--tiny 8] [--master local[2]] [--rounds 1] [--json]

For each engine it runs a tiny input (the first ``--tiny`` stories) and the whole corpus
and reports, from those two runs:

* **per-story CPU** after start-up = (CPU(all) - CPU(tiny)) / (N - tiny), in CPU-seconds
  of every process involved (the CLI and its worker processes; the Spark driver, the JVM,
  the Python daemon and its workers, read from /proc);
* **stories/s** of the whole-corpus run (wall clock; on a shared machine this depends on
  the load, printed alongside);
* **start-up**: the CLI's is CPU(tiny) - tiny x per-story; Spark's is the SparkSession
  plus the first (cold) tiny run, less a warm tiny run (JVM start, Python workers, the
  model loaded once per worker).

The Spark runs come after a cold warm-up run, so the Python workers already hold the
model, as they do for every task after the first on a cluster.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
_TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> tuple[dict[int, list[int]], dict[int, float]]:
    """Return (children of each pid, CPU-seconds of each pid with its reaped children)."""
    children: dict[int, list[int]] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        times[int(entry.name)] = sum(int(v) for v in fields[11:15]) / _TICK
    return children, times


def _tree(root: int, children: dict[int, list[int]]) -> list[int]:
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def tree_cpu(root: int) -> float:
    """CPU-seconds of ``root`` and its live descendants, with the children they reaped."""
    children, times = _processes()
    return sum(times.get(pid, 0.0) for pid in _tree(root, children))


def worker_peak_rss_mb(root: int) -> float:
    """Largest peak RSS (MB) of the PySpark Python workers under ``root``."""
    peak = 0.0
    for pid in _tree(root, _processes()[0]):
        try:
            if b"pyspark.daemon" in Path(f"/proc/{pid}/cmdline").read_bytes():
                for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
        except OSError:
            continue
    return peak


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_cli(path: Path) -> tuple[float, float]:
    """Run ``wirecoder analyze --workers 2`` on ``path``; return (wall s, CPU s)."""
    command = [sys.executable, "-m", "wirecoder", "analyze", str(path), "--workers", "2",
               "-q", "-o", os.devnull]
    cpu, wall = children_cpu(), time.perf_counter()
    subprocess.run(command, check=False, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
    return time.perf_counter() - wall, children_cpu() - cpu


def run_spark(spark, path: Path, out: Path) -> tuple[float, float, dict]:
    from wirecoder.spark import run

    cpu, wall = tree_cpu(os.getpid()), time.perf_counter()
    report = run(spark, str(path), str(out))
    return time.perf_counter() - wall, tree_cpu(os.getpid()) - cpu, report.as_dict()


def marginal(tiny: tuple, full: tuple, n_tiny: int, n_full: int) -> float:
    return (full[1] - tiny[1]) / (n_full - n_tiny)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--tiny", type=int, default=8)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    lines = [x for x in args.corpus.read_text(encoding="utf-8").splitlines() if x.strip()]
    work = Path(tempfile.mkdtemp(prefix="wirecoder-bench-spark-"))
    tiny, full = work / "tiny.jsonl", work / "all.jsonl"
    tiny.write_text("\n".join(lines[: args.tiny]) + "\n", encoding="utf-8")
    full.write_text("\n".join(lines) + "\n", encoding="utf-8")
    n, t = len(lines), args.tiny

    from wirecoder.spark import spark_session

    cpu0, wall0 = tree_cpu(os.getpid()), time.perf_counter()
    spark = spark_session(args.master)
    session = (time.perf_counter() - wall0, tree_cpu(os.getpid()) - cpu0)
    cold = run_spark(spark, tiny, work / "cold")
    results = []
    for round_ in range(args.rounds):
        cli_tiny, cli_full = run_cli(tiny), run_cli(full)
        spark_tiny = run_spark(spark, tiny, work / f"tiny-{round_}")
        spark_full = run_spark(spark, full, work / f"all-{round_}")
        cli_story = marginal(cli_tiny, cli_full, t, n)
        spark_story = marginal(spark_tiny, spark_full, t, n)
        results.append({
            "stories": n, "tiny": t, "load_average": os.getloadavg()[0],
            "cli": {"stories_per_s": n / cli_full[0], "cpu_s_per_story": cli_story,
                    "startup_cpu_s": cli_tiny[1] - t * cli_story, "wall_s": cli_full[0],
                    "cpu_s": cli_full[1]},
            "spark": {"stories_per_s": n / spark_full[0], "cpu_s_per_story": spark_story,
                      "startup_s": session[0] + cold[0] - spark_tiny[0],
                      "startup_cpu_s": session[1] + cold[1] - spark_tiny[1],
                      "wall_s": spark_full[0], "cpu_s": spark_full[1],
                      "worker_peak_rss_mb": worker_peak_rss_mb(os.getpid()),
                      "report": spark_full[2]},
            "cpu_ratio_spark_to_cli": spark_story / cli_story,
        })  # fmt: skip
    spark.stop()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for r in results:
        c, s = r["cli"], r["spark"]
        print(f"{n} stories ({args.corpus.name}), {args.master} vs analyze --workers 2, "
              f"load average {r['load_average']:.1f}")
        print(f"  CLI    {c['stories_per_s']:6.2f} stories/s  {c['cpu_s_per_story']:.3f} "
              f"CPU-s/story  start-up {c['startup_cpu_s']:.1f} CPU-s")
        print(f"  Spark  {s['stories_per_s']:6.2f} stories/s  {s['cpu_s_per_story']:.3f} "
              f"CPU-s/story  start-up {s['startup_s']:.1f} s / {s['startup_cpu_s']:.1f} CPU-s  "
              f"Python worker peak RSS {s['worker_peak_rss_mb']:.0f} MB")
        print(f"  per-story CPU, Spark / CLI: {r['cpu_ratio_spark_to_cli']:.2f}")


if __name__ == "__main__":
    main()
