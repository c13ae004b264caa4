"""Exceptions a user can cause, one type per failure, each naming the file and the problem."""

from __future__ import annotations

from pathlib import Path


class ExtractError(Exception):
    """Base class for errors caused by input or configuration."""


class ParamsError(ExtractError):
    """params.yaml is missing a section, has an unknown key or a value of the wrong type."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class ManifestError(ExtractError):
    """raw/manifest.csv has a missing column or an unreadable row."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem


class InputTableError(ExtractError):
    """A stage's input table is missing or lacks a column it needs (run the earlier stage)."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = Path(path)
        self.problem = problem
