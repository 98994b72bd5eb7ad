"""Score weight combinations of the learned event components on parsed folds (issue 9).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/event_models_gate.py PASSAGES.pkl NAME=KEY:VALUE,... [NAME=...]

``PASSAGES.pkl`` is the parse cache ``scripts/train_rescue_model.py --cache`` writes (every
fold of ``events/model_data.FOLDS``, parsed once). Each ``NAME=...`` runs the events stage on
every passage with these settings (keys: ``mode`` = rules / filter / hybrid, ``type`` = type
model weights, ``arg`` = argument chooser weights, ``rescue`` = rescue weights, which also
switches the rescue on; an empty ``rescue:`` means the shipped rescue weights) and prints,
per fold and pooled (``dev`` = every fold but the spot checks of rounds 5-17 and ``read18``;
``spot``; ``READ18``), the figures of ``wirecoder eval events``: P / R / F1 on type +
sentence and dyad F1, with the events stage's CPU time. Round 18 (branch retrain18) gated the
retrained weights with it; docs/events.md, "Learned models, round 18".
"""

from __future__ import annotations

import pickle
import sys
import time
from pathlib import Path

from wirecoder.evaluation.events import _report, _Tally
from wirecoder.events.stage import extract
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def _group(fold: str) -> str:
    if fold == "read18":
        return "READ18"
    return "spot (pooled)" if fold.startswith("spot") else "dev (pooled)"


def _settings(spec: dict[str, str]) -> Settings:
    return Settings(event_model=spec.get("mode", "filter"),  # type: ignore[arg-type]
                    event_model_file=Path(spec["type"]) if "type" in spec else None,
                    argument_weights=Path(spec["arg"]) if "arg" in spec else None,
                    rescue_dropped="rescue" in spec,
                    rescue_weights=Path(spec["rescue"]) if spec.get("rescue") else None)


def main(argv: list[str]) -> None:
    """Print the figures of each named weight combination on the cached passages."""
    if len(argv) < 2:
        raise SystemExit(__doc__)
    passages = pickle.loads(Path(argv[0]).read_bytes())  # our own cache
    folds = list(dict.fromkeys(p.fold for p in passages))
    for arg in argv[1:]:
        name, _, rest = arg.partition("=")
        spec = dict(x.split(":", 1) for x in rest.split(",") if x)
        settings = _settings(spec)
        tallies: dict[str, tuple[_Tally, list[int]]] = {}
        start = time.process_time()
        for passage in passages:
            ctx = StageContext(story=passage.story, settings=settings, results=passage.results)
            events = list(extract(passage.doc, ctx))
            for key in (passage.fold, _group(passage.fold)):
                tally, count = tallies.setdefault(key, (_Tally(), [0]))
                tally.add(passage.record, events)
                count[0] += 1
        print(f"## {name} {spec} events-stage cpu {time.process_time() - start:.1f}s "
              f"for {len(passages)} passages", flush=True)
        for key in [*folds, "dev (pooled)", "spot (pooled)", "READ18"]:
            if key not in tallies:
                continue
            tally, count = tallies[key]
            h = _report(tally, count[0]).headline
            print(f"{name}\t{key}\tdocs {count[0]}\tgold {h['gold_events']}\t"
                  f"sys {h['system_events']}\tP {h['micro_precision']:.3f}\t"
                  f"R {h['micro_recall']:.3f}\tF1 {h['micro_f1']:.3f}\t"
                  f"dyad {tally.dyad.f1:.4f} (tp {tally.dyad.tp})", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
