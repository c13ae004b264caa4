"""The rows a task sends back, and the writers the client puts them through.

Each row is built by the function its stage module writes it with (extract.stages.
ingest, clean, entities, dates), and ``RunTables`` opens each table with the batch
size its stage uses, so the same documents give the same row groups and the same
bytes as a local run (tests/test_dask_engine.py compares them).
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from extract.clean.document import CleanedDocument
from extract.ner.mentions import DocumentEntities
from extract.stages import files
from extract.stages.clean import DOCUMENTS_BATCH_ROWS, boilerplate_rows, document_row
from extract.stages.dates import date_rows
from extract.stages.entities import mention_rows, model_time_rows, sentence_rows
from extract.stages.ingest import INGESTED_BATCH_ROWS, ingested_row
from extract.stages.run_record import INPUTS_KEY
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter
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
        ingested = ingested_row(document)
        self.ingested.append(ingested)
        self.documents.append(document_row(ingested, cleaned))
        self.boilerplate.extend(boilerplate_rows(document.doc_id, cleaned))

    def add_entities(self, result: DocumentEntities) -> None:
        self.sentences.extend(sentence_rows(result))
        self.model_times.extend(model_time_rows(result))
        self.mentions.extend(mention_rows(result))

    def add_dates(self, records: list[TimexRecord]) -> None:
        self.dates.extend(date_rows(records))


class RunTables:
    """The per-document tables of a run, open for the client to append partitions to in
    document order; an exception leaves every previous table in place."""

    def __init__(self, out_dir: Path, *, run_id: str, inputs_sha256: str) -> None:
        self._stack = ExitStack()

        def table(name: str, schema: pa.Schema, **options: Any) -> TableWriter:
            """A table as its stage opens it: TableWriter's defaults but for ``options``."""
            writer = TableWriter(out_dir / name, schema, run_id=run_id, **options)
            return self._stack.enter_context(writer)

        self.ingested = table(files.INGESTED_FILE, schemas.INGESTED, batch_rows=INGESTED_BATCH_ROWS)
        self.ingested.metadata[INPUTS_KEY] = inputs_sha256
        self.documents = table(
            files.DOCUMENTS_FILE, schemas.DOCUMENTS, batch_rows=DOCUMENTS_BATCH_ROWS
        )
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
