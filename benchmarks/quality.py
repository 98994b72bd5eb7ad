"""Run every scorer on the dev and held-out gold sets and print one Markdown table.

Usage::

    python benchmarks/quality.py            # from the repository root

The held-out sets were never used for tuning; their figures are the estimate for unseen text.
"""

from __future__ import annotations

from wirecoder.evaluation import SPLITS, TASKS, evaluate

#: The headline figures shown per task (keys of each task's ``Report.headline``).
COLUMNS = {
    "actors": ("coverage", "country_accuracy", "sector_accuracy", "precision"),
    "events": ("micro_f1", "macro_f1", "actor_accuracy", "recipient_accuracy", "mode_accuracy"),
    "quotes": ("precision", "recall", "f1", "speaker_accuracy", "textacy_f1",
               "textacy_speaker_accuracy"),
    "quantities": ("span_f1", "value_unit_acc", "normalized_acc", "about_acc"),
    "time": ("span_f1", "type_acc", "value_acc", "granularity_acc"),
    "readouts": ("point_f1", "relation_accuracy_all", "divergent_recall", "one_sided_recall"),
}


def main() -> None:
    for task in TASKS:
        columns = COLUMNS[task]
        print(f"\n### {task}\n")
        print("| set | " + " | ".join(columns) + " |")
        print("|---|" + "---|" * len(columns))
        for split in SPLITS:
            headline = evaluate(task, split=split).headline
            cells = [_fmt(headline.get(column)) for column in columns]
            print(f"| {split} | " + " | ".join(cells) + " |")


def _fmt(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value if value is not None else "-")


if __name__ == "__main__":
    main()
