"""Clean stage: ingested.parquet into documents.parquet and boilerplate.parquet."""

from __future__ import annotations

import logging
from pathlib import Path

from extract.clean.document import clean_document
from extract.config import Params
from extract.progress import progress_bar
from extract.stages.files import BOILERPLATE_FILE, DOCUMENTS_FILE, INGESTED_FILE
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id, table_rows

log = logging.getLogger(__name__)


def run_clean(out_dir: Path, *, params: Params, show_progress: bool = False) -> None:
    """Clean ingested.parquet into documents.parquet and boilerplate.parquet."""
    ingested = iter_rows(out_dir / INGESTED_FILE, schemas.INGESTED)
    run_id = read_run_id(out_dir / INGESTED_FILE)  # the run named at ingest, carried on
    with (
        TableWriter(
            out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS, batch_rows=256, run_id=run_id
        ) as documents,
        TableWriter(out_dir / BOILERPLATE_FILE, schemas.BOILERPLATE, run_id=run_id) as boilerplate,
    ):
        total = table_rows(out_dir / INGESTED_FILE)
        for row in progress_bar(
            ingested, desc="clean", unit="doc", enabled=show_progress, total=total
        ):
            cleaned = clean_document(row["raw_text"], params=params.clean)
            documents.write(
                [
                    {
                        "doc_id": row["doc_id"],
                        "sha256": row["sha256"],
                        "published": row["published"],
                        "url": row["url"],
                        "title": row["title"],
                        "encoding": row["encoding"],
                        "text": cleaned.text,
                        "format": row["format"],
                        "raw_text": row["raw_text"],
                        "published_source": row["published_source"],
                        "map_clean": list(cleaned.offsets.clean_starts),
                        "map_raw": list(cleaned.offsets.raw_starts),
                    }
                ]
            )
            boilerplate.write(
                {
                    "doc_id": row["doc_id"],
                    "raw_start": span.raw_start,
                    "raw_end": span.raw_end,
                    "reason": span.reason,
                }
                for span in cleaned.boilerplate
            )
    log.info(
        "wrote %d documents to %s and %d boilerplate spans to %s",
        documents.rows_written,
        out_dir / DOCUMENTS_FILE,
        boilerplate.rows_written,
        out_dir / BOILERPLATE_FILE,
    )
