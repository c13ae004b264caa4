"""The pipeline's stages over folders: read inputs, call the library, write tables.

Shared by the DVC scripts in pipeline/ and the ``extract`` command, so both run
the same code. Table file names are fixed; folders are arguments.
"""

from __future__ import annotations

import logging
from pathlib import Path

from extract import schemas
from extract.clean import clean_document
from extract.config import Params
from extract.ingest import ingest_folder
from extract.parquet_io import read_table, write_table
from extract.progress import progress_bar

log = logging.getLogger(__name__)

INGESTED_FILE = "ingested.parquet"
PROBLEMS_FILE = "problems.parquet"
DOCUMENTS_FILE = "documents.parquet"
BOILERPLATE_FILE = "boilerplate.parquet"


def run_ingest(raw_dir: Path, out_dir: Path, *, params: Params, show_progress: bool = False) -> int:
    """Ingest ``raw_dir`` into ingested.parquet and problems.parquet; returns the problem count."""
    documents, problems = ingest_folder(raw_dir, params=params.ingest, show_progress=show_progress)
    rows = [
        {
            "doc_id": document.doc_id,
            "sha256": document.sha256,
            "format": document.source_format,
            "encoding": document.encoding,
            "published": document.published,
            "url": document.url,
            "title": document.title,
            "raw_text": document.raw_text,
        }
        for document in documents
    ]
    write_table(rows, schemas.INGESTED, out_dir / INGESTED_FILE)
    write_table(
        [{"doc_id": p.doc_id, "kind": p.kind, "detail": p.detail} for p in problems],
        schemas.PROBLEMS,
        out_dir / PROBLEMS_FILE,
    )
    log.info("ingested %d documents, %d problems, into %s", len(rows), len(problems), out_dir)
    return len(problems)


def run_clean(out_dir: Path, *, params: Params, show_progress: bool = False) -> None:
    """Clean ingested.parquet into documents.parquet and boilerplate.parquet."""
    ingested = read_table(out_dir / INGESTED_FILE, schemas.INGESTED)
    documents: list[dict[str, object]] = []
    boilerplate: list[dict[str, object]] = []
    for row in progress_bar(ingested, desc="clean", unit="doc", enabled=show_progress):
        cleaned = clean_document(row["raw_text"], params=params.clean)
        documents.append(
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
                "map_clean": list(cleaned.offsets.clean_starts),
                "map_raw": list(cleaned.offsets.raw_starts),
            }
        )
        boilerplate.extend(
            {
                "doc_id": row["doc_id"],
                "raw_start": span.raw_start,
                "raw_end": span.raw_end,
                "reason": span.reason,
            }
            for span in cleaned.boilerplate
        )
    write_table(documents, schemas.DOCUMENTS, out_dir / DOCUMENTS_FILE)
    write_table(boilerplate, schemas.BOILERPLATE, out_dir / BOILERPLATE_FILE)
    log.info(
        "wrote %d documents to %s and %d boilerplate spans to %s",
        len(documents),
        out_dir / DOCUMENTS_FILE,
        len(boilerplate),
        out_dir / BOILERPLATE_FILE,
    )
