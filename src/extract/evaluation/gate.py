"""The regression gate: every figure named in the minimums must reach its minimum.

The minimums are a corpus's own when its gold folder holds ``minimums.yaml``
(dotted figure names to numbers, as in params.yaml's ``evaluate.minimums``), and
params.yaml's otherwise, so a user's corpus is gated on figures set for it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from extract.errors import ExtractError

MINIMUMS_FILE = "minimums.yaml"


class MinimumsError(ExtractError):
    """A gold folder's minimums.yaml is not a mapping of figure names to numbers in [0, 1]."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


def read_minimums(path: Path) -> dict[str, float]:
    """``ner.strict.f1: 0.8``-style lines: every figure the gate checks is a share."""
    try:
        document = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise MinimumsError(path, f"cannot be read: {err}") from err
    if not isinstance(document, dict) or not document:
        raise MinimumsError(path, "expected a mapping such as `ner.strict.f1: 0.8`")
    minimums: dict[str, float] = {}
    for name, minimum in document.items():
        if not isinstance(name, str) or not all(name.split(".")):
            raise MinimumsError(path, f"{name!r} is not a dotted figure name (ner.strict.f1)")
        if isinstance(minimum, bool) or not isinstance(minimum, int | float):
            raise MinimumsError(path, f"{name}: {minimum!r} is not a number")
        if not 0 <= minimum <= 1:
            raise MinimumsError(path, f"{name}: {minimum} is outside [0, 1]")
        minimums[name] = float(minimum)
    return minimums


def gate_minimums(gold_dir: Path, default: Mapping[str, float]) -> tuple[dict[str, float], str]:
    """The minimums for the corpus of ``gold_dir`` and where they come from."""
    path = gold_dir / MINIMUMS_FILE
    if path.is_file():
        return read_minimums(path), str(path)
    return dict(default), "the settings' evaluate.minimums"


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
