"""The regression gate: every figure named in params.yaml must reach its minimum."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def lookup(metrics: Mapping[str, Any], dotted: str) -> float | None:
    """The figure at a dotted path ("ner.strict.f1"), or None when absent."""
    node: Any = metrics
    for part in dotted.split("."):
        if not isinstance(node, Mapping) or part not in node:
            return None
        node = node[part]
    return float(node) if isinstance(node, int | float) else None


def gate_failures(metrics: Mapping[str, Any], minimums: Mapping[str, float]) -> list[str]:
    """One message per figure below its minimum or missing, in the order of ``minimums``."""
    failures: list[str] = []
    for name, minimum in minimums.items():
        section = metrics.get(name.split(".")[0])
        if isinstance(section, Mapping) and "skipped" in section:
            continue  # a set whose documents are absent here (a corpus outside the repository)
        figure = lookup(metrics, name)
        if figure is None:
            failures.append(f"{name}: missing (minimum {minimum})")
        elif figure < minimum:
            failures.append(f"{name}: {figure:.4f} below minimum {minimum}")
    return failures
