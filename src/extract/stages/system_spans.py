"""The pipeline's spans read back from its tables, in raw offsets, for scoring."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from extract.evaluation.evaluate import SystemOutput
from extract.evaluation.matching import Located
from extract.evaluation.ner import Mention
from extract.evaluation.timex import Timex
from extract.stages.files import BOILERPLATE_FILE, DATES_FILE, MENTIONS_FILE


def read_system_output(out_dir: Path) -> SystemOutput:
    """What the tables in ``out_dir`` hold; None for a table not written yet."""
    return SystemOutput(
        boilerplate=_optional_spans(out_dir / BOILERPLATE_FILE, _boilerplate_span),
        mentions=_optional_spans(out_dir / MENTIONS_FILE, _mention),
        timexes=_optional_spans(out_dir / DATES_FILE, _timex),
    )


@dataclass(frozen=True)
class _RawSpan:
    doc: str
    start: int
    end: int


def _boilerplate_span(row: dict[str, Any]) -> Located:
    return _RawSpan(row["doc_id"], row["raw_start"], row["raw_end"])


def _mention(row: dict[str, Any]) -> Mention:
    return Mention(
        row["doc_id"],
        row["raw_start"],
        row["raw_end"],
        row["text"],
        row["label"],
        row.get("entity_id"),
    )


def _timex(row: dict[str, Any]) -> Timex:
    return Timex(
        row["doc_id"], row["raw_start"], row["raw_end"], row["text"], row["type"], row["value"]
    )


def _optional_spans(path: Path, convert: Callable[[dict[str, Any]], Any]) -> list[Any] | None:
    if not path.exists():
        return None
    return [convert(row) for row in pq.read_table(path).to_pylist()]
