"""The unit both annotation formats carry: one document's raw text and its spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.errors import ExtractError
from extract.gold.records import KINDS, GoldSpan

BOILERPLATE_LABEL = "BOILERPLATE"  # the one label of a boilerplate region in both tools


class GoldExchangeError(ExtractError):
    """An annotation file cannot be read or holds an annotation the gold rules refuse."""

    def __init__(self, where: Path | str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = str(where)
        self.problem = problem


@dataclass(frozen=True)
class AnnotatedText:
    """A document to annotate: its id, the raw text offsets index, and its spans."""

    doc: str
    text: str
    spans: tuple[GoldSpan, ...]


@dataclass(frozen=True)
class ImportedRecord:
    """A gold record read from a tool's file, with where it came from (for errors)."""

    record: dict[str, Any]
    where: str


@dataclass(frozen=True)
class ImportedDocument:
    """One document's text as the tool saw it and the records read for it."""

    doc: str
    text: str
    source: str
    records: list[ImportedRecord] = field(default_factory=list)


def canonical_order(spans: Sequence[GoldSpan]) -> list[GoldSpan]:
    """Boilerplate, then entities, then time expressions, each by offset: gold/ file order."""
    return sorted(spans, key=lambda s: (KINDS.index(s.kind), s.start, s.end))
