"""The rows a task sends back, and the writers the client puts them through.

The rows are those the stage modules build (extract.stages.ingest, clean, entities,
dates), and ``RunTables`` opens each table with the batch size its stage uses, so
the same documents give the same row groups and the same bytes as a local run
(tests/test_dask_engine.py compares them).
"""

from __future__ import annotations

import dataclasses
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from extract.clean.document import CleanedDocument
from extract.ner.mentions import DocumentEntities
from extract.stages import files
from extract.stages.run_record import INPUTS_KEY
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, write_table
from extract.tables.records import Problem, RawDocument
from extract.timex.stage import TimexRecord

Row = dict[str, Any]


@dataclass
class PartitionRows:
    """Every per-document table's rows of one partition, in document order, and the
    documents the model failed on."""

    ingested: list[Row] = field(default_factory=list)
    documents: list[Row] = field(default_factory=list)
    boilerplate: list[Row] = field(default_factory=list)
    mentions: list[Row] = field(default_factory=list)
    sentences: list[Row] = field(default_factory=list)
    model_times: list[Row] = field(default_factory=list)
    dates: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def add_document(self, document: RawDocument, cleaned: CleanedDocument) -> None:
        self.ingested.append(
            {
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
        )
        self.documents.append(
            {
                "doc_id": document.doc_id,
                "sha256": document.sha256,
                "published": document.published,
                "url": document.url,
                "title": document.title,
                "encoding": document.encoding,
                "text": cleaned.text,
                "format": document.source_format,
                "raw_text": document.raw_text,
                "published_source": document.published_source,
                "map_clean": list(cleaned.offsets.clean_starts),
                "map_raw": list(cleaned.offsets.raw_starts),
            }
        )
        self.boilerplate.extend(
            {
                "doc_id": document.doc_id,
                "raw_start": span.raw_start,
                "raw_end": span.raw_end,
                "reason": span.reason,
            }
            for span in cleaned.boilerplate
        )

    def add_entities(self, result: DocumentEntities) -> None:
        self.sentences.extend(
            {"doc_id": result.doc_id, "sentence_id": index, "start": start, "end": end}
            for index, (start, end) in enumerate(result.sentences)
        )
        self.model_times.extend(
            {"doc_id": result.doc_id, "start": start, "end": end, "label": label}
            for start, end, label in result.time_spans
        )
        self.mentions.extend(
            {**dataclasses.asdict(m), "entity_id": None, "link_method": None, "link_score": None}
            for m in result.mentions
        )

    def add_dates(self, records: list[TimexRecord]) -> None:
        self.dates.extend(dataclasses.asdict(record) for record in records)


class RunTables:
    """The per-document tables of a run, open for the client to append partitions to in
    document order; an exception leaves every previous table in place."""

    def __init__(self, out_dir: Path, *, run_id: str, inputs_sha256: str) -> None:
        self._stack = ExitStack()

        def table(name: str, schema: Any, batch_rows: int = 2048) -> TableWriter:
            writer = TableWriter(out_dir / name, schema, batch_rows=batch_rows, run_id=run_id)
            return self._stack.enter_context(writer)

        self.ingested = table(files.INGESTED_FILE, schemas.INGESTED, 256)
        self.ingested.metadata[INPUTS_KEY] = inputs_sha256
        self.documents = table(files.DOCUMENTS_FILE, schemas.DOCUMENTS, 256)
        self.boilerplate = table(files.BOILERPLATE_FILE, schemas.BOILERPLATE)
        self.mentions = table(files.UNLINKED_FILE, schemas.MENTIONS)
        self.sentences = table(files.SENTENCES_FILE, schemas.SENTENCES)
        self.model_times = table(files.MODEL_TIMES_FILE, schemas.MODEL_TIMES)
        self.dates = table(files.DATES_FILE, schemas.DATES)

    def write(self, part: PartitionRows) -> None:
        self.ingested.write(part.ingested)
        self.documents.write(part.documents)
        self.boilerplate.write(part.boilerplate)
        self.mentions.write(part.mentions)
        self.sentences.write(part.sentences)
        self.model_times.write(part.model_times)
        self.dates.write(part.dates)

    def __enter__(self) -> RunTables:
        return self

    def __exit__(self, kind: Any, error: Any, trace: Any) -> None:
        self._stack.__exit__(kind, error, trace)


def write_problems(problems: list[Problem], out_dir: Path, *, run_id: str) -> None:
    """problems.parquet as the ingest stage writes it: sorted by document and kind."""
    ordered = sorted(problems, key=lambda p: (p.doc_id, p.kind))
    write_table(
        [{"doc_id": p.doc_id, "kind": p.kind, "detail": p.detail} for p in ordered],
        schemas.PROBLEMS,
        out_dir / files.PROBLEMS_FILE,
        run_id=run_id,
    )
