"""Dates stage: documents.parquet (with sentences and model spans) into dates.parquet."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from extract.config import Params
from extract.progress import progress_bar
from extract.stages.files import DATES_FILE, DOCUMENTS_FILE, MODEL_TIMES_FILE, SENTENCES_FILE
from extract.stages.reading import DocGroups, iter_documents
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id, table_rows
from extract.timex.shown_date import document_date
from extract.timex.stage import DatedText, TimexRecord, extract_timexes

log = logging.getLogger(__name__)


def run_dates(out_dir: Path, *, params: Params, show_progress: bool = False) -> None:
    """Time expressions of documents.parquet (sentence ids from sentences.parquet, the
    model's DATE/TIME spans from model_times.parquet)."""
    sentences = DocGroups(iter_rows(out_dir / SENTENCES_FILE, schemas.SENTENCES, batch_rows=4096))
    model_times = DocGroups(
        iter_rows(out_dir / MODEL_TIMES_FILE, schemas.MODEL_TIMES, batch_rows=4096)
    )
    lines = params.dates.shown_date_lines
    dated = (
        DatedText(
            document,
            document_date(stored["published"], stored["raw_text"], max_lines=lines),
            [row["start"] for row in sentences.take(document.doc_id)],
            [(row["start"], row["end"]) for row in model_times.take(document.doc_id)],
        )
        for document, stored in progress_bar(
            iter_documents(out_dir),
            desc="dates",
            unit="doc",
            enabled=show_progress,
            total=table_rows(out_dir / DOCUMENTS_FILE),
        )
    )
    run_id = read_run_id(out_dir / DOCUMENTS_FILE)
    with TableWriter(out_dir / DATES_FILE, schemas.DATES, run_id=run_id) as writer:
        records = extract_timexes(dated, conventions=params.dates)
        writer.write(date_rows(records))
    log.info("wrote %d time expressions to %s", writer.rows_written, out_dir / DATES_FILE)


def date_rows(records: Iterable[TimexRecord]) -> Iterator[dict[str, Any]]:
    """The dates.parquet rows of time expressions, one per record and in its order; the
    one definition of the table's columns, for this stage and the Dask engine alike."""
    # Every field is immutable (str, int, date, None): a shallow copy, as asdict's deep
    # one cost a tenth of the stage.
    names = [field.name for field in dataclasses.fields(TimexRecord)]
    for record in records:
        yield {name: getattr(record, name) for name in names}
