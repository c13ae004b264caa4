"""Evaluate stage: the tables against a gold set into metrics.json and errors.md."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from extract.evaluation.evaluate import Evaluation, SystemOutput, evaluate
from extract.evaluation.matching import Located
from extract.evaluation.ner import Mention
from extract.evaluation.timex import Timex
from extract.gold.loader import load_gold
from extract.stages.files import (
    BOILERPLATE_FILE,
    DATES_FILE,
    DOCUMENTS_FILE,
    ERRORS_FILE,
    MENTIONS_FILE,
    METRICS_FILE,
)
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_json, write_text

log = logging.getLogger(__name__)


def run_evaluate(out_dir: Path, gold_dir: Path) -> Evaluation:
    """Score the tables in ``out_dir`` against ``gold_dir``; write metrics.json and errors.md."""
    documents = read_table(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS)
    raw_texts = {row["doc_id"]: row["raw_text"] for row in documents}
    gold = load_gold(gold_dir, raw_texts)
    system = SystemOutput(
        boilerplate=_optional_spans(out_dir / BOILERPLATE_FILE, _boilerplate_span),
        mentions=_optional_spans(out_dir / MENTIONS_FILE, _mention),
        timexes=_optional_spans(out_dir / DATES_FILE, _timex),
    )
    result = evaluate(gold, system, raw_texts)
    write_json(result.metrics, out_dir / METRICS_FILE)
    write_text("# Evaluation errors\n" + "\n".join(result.errors) + "\n", out_dir / ERRORS_FILE)
    log.info(
        "wrote %s and %d error lines to %s",
        out_dir / METRICS_FILE,
        len(result.errors),
        out_dir / ERRORS_FILE,
    )
    return result


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
