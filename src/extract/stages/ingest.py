"""Ingest stage: the raw folder into ingested.parquet and problems.parquet."""

from __future__ import annotations

import logging
from pathlib import Path

from extract.config import Params
from extract.ingest.reader import iter_ingest
from extract.stages.files import INGESTED_FILE, PROBLEMS_FILE
from extract.stages.run_record import INPUTS_KEY, inputs_digest, run_identity
from extract.tables import schemas
from extract.tables.parquet_io import RUN_ID_KEY, TableWriter, write_table
from extract.tables.records import Problem

log = logging.getLogger(__name__)


def run_ingest(raw_dir: Path, out_dir: Path, *, params: Params, show_progress: bool = False) -> int:
    """Ingest ``raw_dir`` into ingested.parquet and problems.parquet; returns the problem count.

    The run id is named here, from the settings and every file read (run_record).
    """
    problems: list[Problem] = []
    inputs: list[tuple[str, str]] = []
    with TableWriter(out_dir / INGESTED_FILE, schemas.INGESTED, batch_rows=256) as documents:
        for result in iter_ingest(raw_dir, params=params.ingest, show_progress=show_progress):
            if isinstance(result, Problem):
                problems.append(result)
                inputs.append((result.doc_id, f"problem:{result.kind}"))
                continue
            inputs.append((result.doc_id, result.sha256))
            documents.write(
                [
                    {
                        "doc_id": result.doc_id,
                        "sha256": result.sha256,
                        "format": result.source_format,
                        "encoding": result.encoding,
                        "published": result.published,
                        "published_source": result.published_source,
                        "url": result.url,
                        "title": result.title,
                        "raw_text": result.raw_text,
                    }
                ]
            )
        digest = inputs_digest(inputs)
        run_id = run_identity(params, digest)
        documents.metadata.update({RUN_ID_KEY: run_id, INPUTS_KEY: digest})
    problems.sort(key=lambda p: (p.doc_id, p.kind))
    write_table(
        [{"doc_id": p.doc_id, "kind": p.kind, "detail": p.detail} for p in problems],
        schemas.PROBLEMS,
        out_dir / PROBLEMS_FILE,
        run_id=run_id,
    )
    log.info(
        "ingested %d documents, %d problems, into %s",
        documents.rows_written,
        len(problems),
        out_dir,
    )
    return len(problems)
