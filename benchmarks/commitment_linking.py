"""Commitment-linking benchmark: how long the tracker's linker takes on many reports.

    python benchmarks/commitment_linking.py                 # 50,000 reports
    python benchmarks/commitment_linking.py --reports 200000

Generated reports (fixed seed): 10 committers, 10 counterparties, 5 action classes and
8 object classes over 2,000 days, three reports an article, with gaps in a third of them (no
committer, no counterparty, a generic object or a delivery) — a worst case for the gap
passes, which look for the one fitting pledge. ``Store.commitments`` links every stored
report in one call, so this is its cost beyond reading the rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from wirecoder.commitments.linking import Report, link

PARTIES = ("USA", "CHN", "JPN", "DEU", "GBR", "FRA", "IND", "RUS", "SAU", "TUR")
OBJECTS = ("arms", "humanitarian aid", "soybean", "money", "vaccine", "loan", "crude oil",
           "package")
ACTIONS = ("provide", "buy", "sell", "lend", "deliver")


def reports(n: int, seed: int = 1) -> list[Report]:
    """Return ``n`` generated reports."""
    rng = random.Random(seed)
    start = dt.date(2020, 1, 1)
    return [Report(committer=rng.choice((*PARTIES, None)),
                   counterparty=rng.choice((*PARTIES * 3, *(None,) * 5)),
                   action_class=rng.choice(ACTIONS), object_class=rng.choice(OBJECTS),
                   article=i // 3, date=start + dt.timedelta(days=rng.randrange(2000)),
                   own_id=str(i)) for i in range(n)]


def main() -> None:
    """Link the generated reports and print the time and the number of pledges."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=50_000)
    args = parser.parse_args()
    data = reports(args.reports)
    began = time.perf_counter()
    keys = link(data)
    took = time.perf_counter() - began
    print(f"{len(data):,} reports -> {len(set(keys)):,} tracked pledges in {took:.2f} s "
          f"({len(data) / took:,.0f} reports/s)")


if __name__ == "__main__":
    main()
