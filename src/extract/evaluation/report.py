"""A plain-text table of the headline figures, for the terminal and CI logs."""

from __future__ import annotations

from typing import Any

HEADLINES = (
    ("boilerplate (characters)", "boilerplate"),
    ("entities strict", "ner.strict"),
    ("entities partial", "ner.partial"),
    ("timex strict span", "timex.strict"),
    ("timex relaxed span", "timex.relaxed"),
    ("timex type", "timex.type"),
    ("timex value", "timex.value"),
    ("linking B-cubed", "linking.bcubed"),
    ("  baseline: exact surface", "linking.surface_baseline_bcubed"),
)


def format_metrics(metrics: dict[str, Any]) -> str:
    """Precision, recall and F1 of each headline figure present in ``metrics``."""
    lines = [f"{'figure':28s} {'P':>7s} {'R':>7s} {'F1':>7s}"]
    for title, path in HEADLINES:
        node: Any = metrics
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if isinstance(node, dict):
            lines.append(
                f"{title:28s} {node['precision']:7.4f} {node['recall']:7.4f} {node['f1']:7.4f}"
            )
    if "linking" in metrics:
        lines.append(f"{'linking accuracy':28s} {metrics['linking']['accuracy']:>23.4f}")
    for label, figures in sorted(metrics.get("ner", {}).get("per_label", {}).items()):
        strict = figures["strict"]
        lines.append(
            f"{'  ' + label + ' strict':28s} {strict['precision']:7.4f} {strict['recall']:7.4f} "
            f"{strict['f1']:7.4f}"
        )
    for name, section in metrics.items():
        # A set run without a KB; a boilerplate-only set (web pages) has that section alone.
        is_set = isinstance(section, dict) and (
            "ner" in section or "skipped" in section or set(section) == {"boilerplate"}
        )
        if is_set:
            lines.append(f"\n{name} (run without a knowledge base)")
            lines.append(section.get("skipped", "") or format_metrics(section))
    return "\n".join(lines)
