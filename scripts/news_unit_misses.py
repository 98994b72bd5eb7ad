"""List the news-group quantities of open gold sets that the stage misses or mis-units.

News group: length, area, volume, mass, energy, power, speed, temperature, rates; each
miss is printed with its context, for classing by dimension and form.

Usage: ``python scripts/news_unit_misses.py dev dev2 ... /work/wt/qy_read26.jsonl``
(a split name of ``data/gold/quantities`` or a path). Sealed sets are refused.
Output: one tab-separated line per miss: set, id, dimension, gold unit, system unit,
gold text, context.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from wirecoder.evaluation import default_gold
from wirecoder.evaluation.common import analyze_records, match, read_gold
from wirecoder.evaluation.quantities import NEWS_DIMENSIONS, _ours, dimension
from wirecoder.settings import Settings

#: Refused by name: the sealed test sets and dev30 (quantities ``test25``: half of it is round
#: 26's CHECK part ``qy_check26``, the other half the READ part ``qy_read26.jsonl``).
_SEALED = re.compile(r"^(dev30|test\d*)$")


def gold_path(name: str) -> Path:
    """Return the gold file of a split name or path; refuse sealed and CHECK sets."""
    if "check" in name or _SEALED.search(Path(name).stem):
        raise SystemExit(f"refused: {name} is sealed or a CHECK set")
    if name.endswith(".jsonl"):
        return Path(name)
    return default_gold("quantities", name)


def main(names: list[str]) -> None:
    """Print the news-group misses of each named set."""
    base = Settings()
    stages = tuple(s for s in base.stages if s in ("time_expressions", "entities", "quantities"))
    settings = base.model_copy(update={"stages": stages})
    for name in names:
        records = list(read_gold(gold_path(name)))
        analyses = analyze_records(records, settings)
        for record, analysis in zip(records, analyses, strict=True):
            gold = record.get("quantities") or []
            preds = _ours(analysis)
            pairs = dict(match(gold, preds))
            for gi, g in enumerate(gold):
                dim = dimension(g.get("unit"))
                if dim not in NEWS_DIMENSIONS:
                    continue
                pi = pairs.get(gi)
                got = preds[pi].unit if pi is not None else "-"
                if got == g.get("unit"):
                    continue
                text = record["text"]
                ctx = text[max(0, g["start"] - 70):g["end"] + 50].replace("\n", " / ")
                print(f"{Path(name).stem}\t{record['id']}\t{dim}\t{g.get('unit')}\t{got}\t"
                      f"{g['text']}\t{ctx}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
