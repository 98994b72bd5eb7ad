"""Corpus-store benchmark: writer vs analysis throughput, and dyad query latency.

    python benchmarks/store.py                  # all parts, figures printed at the end
    python benchmarks/store.py --full           # also a real 10,000-story `Store.ingest`

1. Analysis: the 89 VOA stories through the real pipeline (``--workers`` processes).
2. Writer: the 89 analyses replicated to ``--stories`` (ids, URLs and texts varied so
   that dedup keeps them all), written with ``Store.add`` (the ingest writer); the
   writer must be at least 5x faster than the analysis.
3. Dyad: ``--events`` generated events (40 parties, Zipf-like, 3 years) loaded straight
   into a SQLite store, then ``Store.dyad("USA", "CHN")`` by month, week and day (the
   roll-up of factual events), and by month with negated and hypothetical events included
   (aggregated from ``event_dyads``; reported, not gated).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from wirecoder import analyze_many
from wirecoder.codebook import category_score, quad_code
from wirecoder.models import Analysis
from wirecoder.store import Store, rollup, schema
from wirecoder.store.db import bulk_insert

VOA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"
CATEGORIES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
              "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
              "COERCE", "ASSAULT")


def load_stories(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def replicate(analyses: list[Analysis], n: int) -> list[Analysis]:
    """Return ``n`` analyses: copies with new ids, URLs and (appended-to) texts."""
    out = []
    for i in range(n):
        base = analyses[i % len(analyses)]
        out.append(base.model_copy(update={
            "id": f"{base.id}-r{i}", "url": f"{base.url or 'https://example.org/a'}?r={i}",
            "text": f"{base.text} [r{i}]"}))
    return out


def bench_analysis(stories: list[dict], workers: int) -> tuple[list[Analysis], float]:
    list(analyze_many(stories[:4], workers=1))  # load the model outside the clock
    began = time.perf_counter()
    analyses = list(analyze_many(stories, workers=workers))
    return analyses, len(analyses) / (time.perf_counter() - began)


def bench_writer(analyses: list[Analysis], n: int, workdir: Path) -> dict:
    copies = replicate(analyses, n)
    rows = sum(len(a.entities) + len(a.events) + len(a.quotes) + len(a.quantities)
               + len(a.time_expressions) + 1 for a in copies)
    with Store(workdir / "writer.db") as store:
        began = time.perf_counter()
        report = store.add(copies)
        seconds = time.perf_counter() - began
        again = time.perf_counter()
        store.add(copies[:1000])
        skip_seconds = time.perf_counter() - again
    assert report.inserted == n, report.as_dict()
    return {"articles": n, "rows": rows, "seconds": seconds, "articles_per_s": n / seconds,
            "rows_per_s": rows / seconds, "write_seconds": report.write_seconds,
            "skip_1000_seconds": skip_seconds}


def bench_full_ingest(stories: list[dict], n: int, workers: int, workdir: Path) -> dict:
    copies = [{**s, "id": f"{s['id']}-r{i}", "url": f"{s['url']}?r={i}",
               "text": f"{s['text']} [r{i}]"}
              for i in range(n) for s in [stories[i % len(stories)]]]
    with Store(workdir / "full.db") as store:
        began = time.perf_counter()
        report = store.ingest(copies, workers=workers)
        seconds = time.perf_counter() - began
        resume = time.perf_counter()
        again = store.ingest(copies, workers=workers)
        resume_seconds = time.perf_counter() - resume
    return {"stories": n, "seconds": seconds, "stories_per_s": n / seconds,
            "write_seconds": report.write_seconds, "inserted": report.inserted,
            "rerun_seconds": resume_seconds, "rerun_skipped": again.skipped}


def _parties(rng: random.Random, k: int = 40) -> tuple[list[str], list[float]]:
    codes = ["USA", "CHN", "RUS", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "JPN", "IND",
             "PAK", "TUR", "SYR", "IRQ", "KOR", "PRK", "TWN", "SAU", "EGY"]
    codes += [f"X{i:02d}" for i in range(k - len(codes))]
    weights = [1 / (rank + 1) ** 0.9 for rank in range(k)]
    return codes, weights


def load_events(store: Store, n_events: int, per_article: int = 10, seed: int = 7) -> None:
    """Insert ``n_events`` generated events (with actors and dyads) straight into the store."""
    rng = random.Random(seed)
    codes, weights = _parties(rng)
    start = dt.date(2023, 1, 1)
    now = dt.datetime.now(dt.UTC)
    chunk = 20_000  # articles per transaction
    n_articles = n_events // per_article
    for first in range(0, n_articles, chunk):
        arts, evs, actors, dyads = [], [], [], []
        for aid in range(first + 1, min(first + chunk, n_articles) + 1):
            day = start + dt.timedelta(days=rng.randrange(3 * 365))
            arts.append({"id": aid, "story_id": f"g{aid}", "text_hash": f"h{aid}",
                         "text": "generated", "published": day, "ingested_at": now})
            for idx in range(per_article):
                a, r = rng.choices(codes, weights, k=2)
                if a == r:
                    r = codes[(codes.index(a) + 1) % len(codes)]
                kind = rng.choice(CATEGORIES)
                score = round((category_score(kind) or 0) + rng.uniform(-1, 1), 1)
                quad = quad_code(kind)
                evs.append({"article_id": aid, "idx": idx, "event_id": f"g{aid}-e{idx}",
                            "event_type": kind, "event_text": "x", "text": "x", "start": 0,
                            "end": 1, "sentence": idx, "event_date": day, "score": score,
                            "negated": False, "future": False, "hypothetical": False,
                            "historical": False,
                            "plover_score": score, "quad_code": quad})
                for role, code, pos in (("actor", a, 0), ("recipient", r, 0)):
                    actors.append({"article_id": aid, "event_idx": idx, "role": role,
                                   "position": pos, "code": code, "raw_text": code,
                                   "entity_name": code, "country_code": code, "kind": "GPE",
                                   "is_place": False, "start": 0, "end": 1, "sentence": idx,
                                   "event_date": day})
                dyads.append({"article_id": aid, "event_idx": idx, "actor_code": a,
                              "recipient_code": r, "event_date": day, "event_type": kind,
                              "quad_code": quad, "plover_score": score})
        with store.engine.begin() as conn:
            for table, rows in ((schema.articles, arts), (schema.events, evs),
                                (schema.event_actors, actors), (schema.event_dyads, dyads)):
                bulk_insert(conn, table, rows)
    with store.engine.begin() as conn:
        rollup.rebuild(conn)
        conn.exec_driver_sql("ANALYZE")


def bench_dyad(n_events: int, workdir: Path, repeat: int = 7) -> dict:
    with Store(workdir / "dyad.db") as store:
        began = time.perf_counter()
        load_events(store, n_events)
        load_seconds = time.perf_counter() - began
        out = {"events": n_events, "load_seconds": load_seconds}
        for by in ("month", "week", "day"):
            times = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                rows = store.dyad("USA", "CHN", by=by)
                times.append((time.perf_counter() - t0) * 1000)
            out[f"dyad_{by}_ms_median"] = statistics.median(times)
            out[f"dyad_{by}_ms_min"] = min(times)
            out[f"dyad_{by}_periods"] = len(rows)
            out[f"dyad_{by}_pair_events"] = sum(r["events"] for r in rows)
        times = []  # with negated/hypothetical events asked for: aggregated from event_dyads
        for _ in range(repeat):
            t0 = time.perf_counter()
            store.dyad("USA", "CHN", by="month", include_negated=True, include_hypothetical=True)
            times.append((time.perf_counter() - t0) * 1000)
        out["dyad_month_all_flags_ms_median"] = statistics.median(times)
    return out


def _rounded(value: object) -> object:
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    return round(value, 3) if isinstance(value, float) else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=10_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=VOA)
    parser.add_argument("--full", action="store_true", help="also a real end-to-end ingest")
    parser.add_argument("--skip-dyad", action="store_true")
    args = parser.parse_args(argv)
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="wirecoder-bench-") as tmp:
        workdir = Path(tmp)
        stories = load_stories(args.corpus)
        analyses, analysis_rate = bench_analysis(stories, args.workers)
        figures["analysis_stories_per_s"] = analysis_rate
        figures["writer"] = bench_writer(analyses, args.stories, workdir)
        figures["writer_vs_analysis"] = figures["writer"]["articles_per_s"] / analysis_rate
        if args.full:
            figures["full_ingest"] = bench_full_ingest(stories, args.stories, args.workers,
                                                       workdir)
        if not args.skip_dyad:
            figures["dyad"] = bench_dyad(args.events, workdir)
    print(json.dumps(_rounded(figures), indent=2))
    ok = figures["writer_vs_analysis"] >= 5 and (
        args.skip_dyad or figures["dyad"]["dyad_month_ms_median"] <= 100)
    print("PASS" if ok else "FAIL: writer < 5x analysis or dyad > 100 ms", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
