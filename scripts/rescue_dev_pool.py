"""Score the events coder with the rescue off and on, on the dev pool and READ, parsed once.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/rescue_dev_pool.py --cache POOL.pkl [--weights W.json.gz ...] [--read FILE]

The sets are those of ``scripts/events_dev_figures.py`` (its default list and its refusal
of sealed and CHECK sets) plus, with ``--read``, a READ file of the split directory. Each
passage is parsed once (cached in ``--cache``) with the stages the events stage reads; the
events stage then runs with the rescue off and with each ``--weights`` file (default: the
shipped weights) on, as ``scripts/train_rescue_model.py`` scores its folds. Prints P / R /
F1 / dyad F1 per set and pooled as ``events_dev_figures.py`` pools them (round 22, branch
evrescue22).
"""

from __future__ import annotations

import argparse
import importlib.util
import pickle
import sys
from pathlib import Path
from typing import Any

from wirecoder.evaluation.common import read_gold
from wirecoder.evaluation.events import _report, _Tally
from wirecoder.events.model_data import parse_passages
from wirecoder.events.stage import extract
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

ROOT = Path(__file__).resolve().parents[1]


def _figures_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "events_dev_figures", ROOT / "scripts" / "events_dev_figures.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _headline(passages: list, settings: Settings) -> dict[str, Any]:
    tally = _Tally()
    for p in passages:
        ctx = StageContext(story=p.story, settings=settings, results=p.results)
        tally.add(p.record, list(extract(p.doc, ctx)))
    return dict(_report(tally, len(passages)).headline)


def _pool(heads: dict[str, dict[str, Any]], names: list[str]) -> str:
    gold = sum(heads[n]["gold_events"] for n in names)
    system = sum(heads[n]["system_events"] for n in names)
    tp = sum(round(heads[n]["micro_recall"] * heads[n]["gold_events"]) for n in names)
    dtp = sum(round(heads[n]["dyad_recall"] * heads[n]["gold_events"]) for n in names)
    p, r = tp / max(system, 1), tp / max(gold, 1)
    return (f"P {p:.4f} R {r:.4f} F1 {2 * p * r / max(p + r, 1e-9):.4f} "
            f"dyad {2 * dtp / max(system + gold, 1):.4f} (sys {system}, gold {gold})")


def main(argv: list[str] | None = None) -> int:
    """Parse (or load) the sets, print the table with the rescue off and on."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--weights", type=Path, nargs="*", default=[None])
    ap.add_argument("--read", type=Path, default=None, help="a READ file (scored apart)")
    args = ap.parse_args(argv)
    if args.cache.exists():
        passages = pickle.loads(args.cache.read_bytes())
    else:
        fig = _figures_module()
        records = [(name, rec) for name in fig.DEFAULT for rec in read_gold(fig._path(name))]
        if args.read is not None:
            records += [("READ", rec) for rec in read_gold(args.read)]
        passages = parse_passages(records)
        args.cache.write_bytes(pickle.dumps(passages))
    names = list(dict.fromkeys(p.fold for p in passages))
    by_set = {n: [p for p in passages if p.fold == n] for n in names}
    configs: dict[str, Settings] = {"off": Settings()}
    for w in args.weights:
        configs[f"on {w.name if w else 'shipped'}"] = Settings(rescue_dropped=True,
                                                               rescue_weights=w)
    dev = [n for n in names if n != "READ"]
    for label, settings in configs.items():
        heads = {n: _headline(by_set[n], settings) for n in names}
        for n in names:
            h = heads[n]
            print(f"{label:28} {n:8} P {h['micro_precision']:.3f} R {h['micro_recall']:.3f} "
                  f"F1 {h['micro_f1']:.3f} dyad {h['dyad_f1']:.3f} sys {h['system_events']}")
        print(f"{label:28} DEV POOL {_pool(heads, dev)}")
        if "READ" in heads:
            print(f"{label:28} READ     {_pool(heads, ['READ'])}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
