"""Run every scorer on the dev and dev2 gold sets and print one Markdown table.

Usage::

    python benchmarks/quality.py            # from the repository root

Both splits were used while developing. The sealed test sets are not scored here: score them
once, on purpose, with ``wirecoder eval TASK --split test`` (every run is logged).
"""

from __future__ import annotations

from wirecoder.evaluation import SPLITS, TASKS, default_gold, evaluate

#: The headline figures shown per task (keys of each task's ``Report.headline``).
COLUMNS = {
    "actors": ("coverage", "country_accuracy", "sector_accuracy", "precision"),
    "events": ("micro_f1", "macro_f1", "dyad_f1", "actor_accuracy", "recipient_accuracy",
               "mode_accuracy"),
    "quotes": ("precision", "recall", "f1", "speaker_accuracy", "textacy_f1",
               "textacy_speaker_accuracy"),
    "quantities": ("span_f1", "value_unit_acc", "normalized_acc", "about_acc"),
    "time": ("span_f1", "type_acc", "value_acc", "granularity_acc"),
    "commitments": ("precision", "recall", "f1", "field_accuracy", "link_precision",
                    "link_recall"),
    "readouts": ("point_f1", "relation_accuracy_all", "divergent_recall", "one_sided_recall"),
}


def main() -> None:
    for task in TASKS:
        columns = COLUMNS[task]
        print(f"\n### {task}\n")
        print("| set | " + " | ".join(columns) + " |")
        print("|---|" + "---|" * len(columns))
        for split in (s for s in SPLITS if s != "test"):
            if not default_gold(task, split).exists():
                continue
            headline = evaluate(task, split=split).headline
            cells = [_fmt(headline.get(column)) for column in columns]
            print(f"| {split} | " + " | ".join(cells) + " |")


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value if value is not None else "-")


if __name__ == "__main__":
    main()
