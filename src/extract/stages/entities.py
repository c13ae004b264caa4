"""Entity stage: documents.parquet into mentions, sentences and the model's time spans."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa

from extract.config import Params
from extract.linking.kb import load_kb
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.mentions import DocumentEntities, extract_entities
from extract.ner.nlp import check_labels
from extract.progress import progress_bar
from extract.stages.files import DOCUMENTS_FILE, MODEL_TIMES_FILE, SENTENCES_FILE, UNLINKED_FILE
from extract.stages.reading import iter_clean_texts
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id, table_rows

log = logging.getLogger(__name__)

# The columns the corpus word count reads: the text alone, not the offset maps.
TEXTS = pa.schema([schemas.DOCUMENTS.field("doc_id"), schemas.DOCUMENTS.field("text")])


def run_entities(
    out_dir: Path, *, params: Params, kb_path: Path | None = None, show_progress: bool = False
) -> None:
    """Named-entity mentions, sentences and the model's DATE/TIME spans of documents.parquet."""
    kb = load_kb(kb_path) if kb_path is not None else None
    check_labels(params.ner.model, params.ner.exclude, params.ner.labels)
    documents = (document for document, _ in iter_clean_texts(out_dir) if document.text)
    run_id = read_run_id(out_dir / DOCUMENTS_FILE)
    corpus = CorpusEvidence.for_settings(
        (row["text"] for row in iter_rows(out_dir / DOCUMENTS_FILE, TEXTS)), params.ner
    )
    results = progress_bar(
        extract_entities(documents, params=params.ner, kb=kb, corpus=corpus),
        desc="entities",
        unit="doc",
        enabled=show_progress,
        total=table_rows(out_dir / DOCUMENTS_FILE),
    )
    with (
        TableWriter(out_dir / UNLINKED_FILE, schemas.MENTIONS, run_id=run_id) as mentions,
        TableWriter(out_dir / SENTENCES_FILE, schemas.SENTENCES, run_id=run_id) as sentences,
        TableWriter(out_dir / MODEL_TIMES_FILE, schemas.MODEL_TIMES, run_id=run_id) as model_times,
    ):
        for result in results:
            sentences.write(sentence_rows(result))
            model_times.write(model_time_rows(result))
            mentions.write(mention_rows(result))
    log.info("wrote %d mentions to %s", mentions.rows_written, out_dir / UNLINKED_FILE)


# The rows of the entity stage's tables for one document; the one definition of their
# columns, for this stage and the Dask engine alike.


def sentence_rows(result: DocumentEntities) -> Iterator[dict[str, Any]]:
    """sentences.parquet: each sentence's cleaned span, numbered from 0 in text order."""
    for index, (start, end) in enumerate(result.sentences):
        yield {"doc_id": result.doc_id, "sentence_id": index, "start": start, "end": end}


def model_time_rows(result: DocumentEntities) -> Iterator[dict[str, Any]]:
    """model_times.parquet: the model's DATE/TIME spans, candidates for the dates stage."""
    for start, end, label in result.time_spans:
        yield {"doc_id": result.doc_id, "start": start, "end": end, "label": label}


def mention_rows(result: DocumentEntities) -> Iterator[dict[str, Any]]:
    """mentions_unlinked.parquet: each mention, with the link columns the link stage fills."""
    for mention in result.mentions:
        yield {
            **dataclasses.asdict(mention),
            "entity_id": None,
            "link_method": None,
            "link_score": None,
        }
