"""Per-label entity F1 of every scored set as a DVC plots file.

``dvc plots show`` draws one bar per set and label; ``dvc plots diff`` draws
them for two revisions side by side, so a change that helps PERSON and hurts
ORG shows as such, not as one averaged figure.
"""

from __future__ import annotations

import csv
import io
from typing import Any

# The bundled gold set scored with the KB; the others are named in metrics.json.
MAIN_SET = "gold"
FIELDS = ("label", "set", "entity_label", "strict_f1", "partial_f1")


def per_label_rows(metrics: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per scored set and entity label (sets that were skipped have none)."""
    sets = {MAIN_SET: metrics, **{k: v for k, v in metrics.items() if _is_scored_set(v)}}
    rows = []
    for name, figures in sets.items():
        for label, scores in sorted(figures.get("ner", {}).get("per_label", {}).items()):
            rows.append(
                {
                    "label": f"{name} {label}",
                    "set": name,
                    "entity_label": label,
                    "strict_f1": scores["strict"]["f1"],
                    "partial_f1": scores["partial"]["f1"],
                }
            )
    return rows


def plots_csv(metrics: dict[str, Any]) -> str:
    """The rows as CSV text, in a fixed order so runs compare byte for byte."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(per_label_rows(metrics))
    return buffer.getvalue()


def _is_scored_set(value: Any) -> bool:
    return isinstance(value, dict) and "ner" in value and "skipped" not in value
