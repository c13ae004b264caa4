"""Ingest stage: the raw folder into ingested.parquet and problems.parquet."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extract.config import Params
from extract.ingest.reader import iter_ingest
from extract.stages.files import INGESTED_FILE, PROBLEMS_FILE
from extract.stages.run_record import INPUTS_KEY, inputs_digest, run_identity
from extract.tables import schemas
from extract.tables.parquet_io import RUN_ID_KEY, TableWriter, write_table
from extract.tables.records import Problem, RawDocument

log = logging.getLogger(__name__)

# Rows per row group of ingested.parquet: each row holds a whole raw text. The row
# groups are part of the bytes, so every writer of the table (the Dask engine's too)
# uses this number.
INGESTED_BATCH_ROWS = 256


def run_ingest(raw_dir: Path, out_dir: Path, *, params: Params, show_progress: bool = False) -> int:
    """Ingest ``raw_dir`` into ingested.parquet and problems.parquet; returns the problem count.

    The run id is named here, from the settings and every file read (run_record).
    """
    problems: list[Problem] = []
    inputs: list[tuple[str, str]] = []
    with TableWriter(
        out_dir / INGESTED_FILE, schemas.INGESTED, batch_rows=INGESTED_BATCH_ROWS
    ) as documents:
        for result in iter_ingest(raw_dir, params=params.ingest, show_progress=show_progress):
            if isinstance(result, Problem):
                problems.append(result)
                inputs.append((result.doc_id, f"problem:{result.kind}"))
                continue
            inputs.append((result.doc_id, result.sha256))
            documents.write([ingested_row(result)])
        digest = inputs_digest(inputs)
        run_id = run_identity(params, digest)
        documents.metadata.update({RUN_ID_KEY: run_id, INPUTS_KEY: digest})
    write_problems(problems, out_dir, run_id=run_id)
    log.info(
        "ingested %d documents, %d problems, into %s",
        documents.rows_written,
        len(problems),
        out_dir,
    )
    return len(problems)


def ingested_row(document: RawDocument) -> dict[str, Any]:
    """The ingested.parquet row of a document: the one definition of its columns, for
    this stage and the Dask engine alike (tests/test_table_rows.py holds it to the schema)."""
    return {
        "doc_id": document.doc_id,
        "sha256": document.sha256,
        "format": document.source_format,
        "encoding": document.encoding,
        "published": document.published,
        "published_source": document.published_source,
        "url": document.url,
        "title": document.title,
        "raw_text": document.raw_text,
    }


def write_problems(problems: Iterable[Problem], out_dir: Path, *, run_id: str) -> None:
    """problems.parquet, sorted by document and kind so that the order files were read
    in (one pass here, partitions on a cluster) leaves no trace in the bytes."""
    write_table(
        [
            {"doc_id": p.doc_id, "kind": p.kind, "detail": p.detail}
            for p in sorted(problems, key=lambda p: (p.doc_id, p.kind))
        ],
        schemas.PROBLEMS,
        out_dir / PROBLEMS_FILE,
        run_id=run_id,
    )
