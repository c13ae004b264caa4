"""Clean stage: ingested.parquet into documents.parquet and boilerplate.parquet."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from extract.clean.document import CleanedDocument, clean_document
from extract.config import Params
from extract.progress import progress_bar
from extract.stages.files import BOILERPLATE_FILE, DOCUMENTS_FILE, INGESTED_FILE
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id, table_rows

log = logging.getLogger(__name__)

# Rows per row group of documents.parquet: each row holds a raw and a cleaned text.
# The row groups are part of the bytes, so every writer of the table (the Dask
# engine's too) uses this number.
DOCUMENTS_BATCH_ROWS = 256


def run_clean(out_dir: Path, *, params: Params, show_progress: bool = False) -> None:
    """Clean ingested.parquet into documents.parquet and boilerplate.parquet."""
    ingested = iter_rows(out_dir / INGESTED_FILE, schemas.INGESTED)
    run_id = read_run_id(out_dir / INGESTED_FILE)  # the run named at ingest, carried on
    with (
        TableWriter(
            out_dir / DOCUMENTS_FILE,
            schemas.DOCUMENTS,
            batch_rows=DOCUMENTS_BATCH_ROWS,
            run_id=run_id,
        ) as documents,
        TableWriter(out_dir / BOILERPLATE_FILE, schemas.BOILERPLATE, run_id=run_id) as boilerplate,
    ):
        total = table_rows(out_dir / INGESTED_FILE)
        for row in progress_bar(
            ingested, desc="clean", unit="doc", enabled=show_progress, total=total
        ):
            cleaned = clean_document(row["raw_text"], params=params.clean)
            documents.write([document_row(row, cleaned)])
            boilerplate.write(boilerplate_rows(row["doc_id"], cleaned))
    log.info(
        "wrote %d documents to %s and %d boilerplate spans to %s",
        documents.rows_written,
        out_dir / DOCUMENTS_FILE,
        boilerplate.rows_written,
        out_dir / BOILERPLATE_FILE,
    )


def document_row(ingested: Mapping[str, Any], cleaned: CleanedDocument) -> dict[str, Any]:
    """The documents.parquet row of a document: its ingested.parquet row (``ingested``)
    with the cleaned text and offset map; the one definition of its columns, for this
    stage and the Dask engine alike."""
    return {
        "doc_id": ingested["doc_id"],
        "sha256": ingested["sha256"],
        "published": ingested["published"],
        "url": ingested["url"],
        "title": ingested["title"],
        "encoding": ingested["encoding"],
        "text": cleaned.text,
        "format": ingested["format"],
        "raw_text": ingested["raw_text"],
        "published_source": ingested["published_source"],
        "map_clean": list(cleaned.offsets.clean_starts),
        "map_raw": list(cleaned.offsets.raw_starts),
    }


def boilerplate_rows(doc_id: str, cleaned: CleanedDocument) -> Iterator[dict[str, Any]]:
    """The boilerplate.parquet rows of a document: each raw span the cleaner removed."""
    for span in cleaned.boilerplate:
        yield {
            "doc_id": doc_id,
            "raw_start": span.raw_start,
            "raw_end": span.raw_end,
            "reason": span.reason,
        }
