"""The pipeline's stages over folders: read inputs, call the library, write tables.

Shared by the DVC scripts in pipeline/ and the ``extract`` command, so both run
the same code. Table file names are fixed; folders are arguments.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from extract import schemas
from extract.clean import clean_document
from extract.config import Params
from extract.dates import DatedText, extract_timexes
from extract.entities import CleanText, extract_entities
from extract.evaluation.evaluate import Evaluation, SystemOutput, evaluate
from extract.evaluation.matching import Located
from extract.evaluation.ner import Mention
from extract.evaluation.timex import Timex
from extract.gold.loader import load_gold
from extract.ingest import iter_ingest
from extract.kb import KnowledgeBase, load_kb
from extract.linking.linker import EntitySummary, Linker, LinkInput
from extract.offsets import OffsetMap
from extract.parquet_io import (
    TableWriter,
    iter_rows,
    read_table,
    write_json,
    write_table,
    write_text,
)
from extract.progress import progress_bar
from extract.records import Problem

log = logging.getLogger(__name__)

INGESTED_FILE = "ingested.parquet"
PROBLEMS_FILE = "problems.parquet"
DOCUMENTS_FILE = "documents.parquet"
BOILERPLATE_FILE = "boilerplate.parquet"
UNLINKED_FILE = "mentions_unlinked.parquet"
MENTIONS_FILE = "mentions.parquet"
ENTITIES_FILE = "entities.parquet"
SENTENCES_FILE = "sentences.parquet"
MODEL_TIMES_FILE = "model_times.parquet"
DATES_FILE = "dates.parquet"
METRICS_FILE = "metrics.json"
ERRORS_FILE = "errors.md"


def run_ingest(raw_dir: Path, out_dir: Path, *, params: Params, show_progress: bool = False) -> int:
    """Ingest ``raw_dir`` into ingested.parquet and problems.parquet; returns the problem count."""
    problems: list[Problem] = []
    with TableWriter(out_dir / INGESTED_FILE, schemas.INGESTED, batch_rows=256) as documents:
        for result in iter_ingest(raw_dir, params=params.ingest, show_progress=show_progress):
            if isinstance(result, Problem):
                problems.append(result)
                continue
            documents.write(
                [
                    {
                        "doc_id": result.doc_id,
                        "sha256": result.sha256,
                        "format": result.source_format,
                        "encoding": result.encoding,
                        "published": result.published,
                        "url": result.url,
                        "title": result.title,
                        "raw_text": result.raw_text,
                    }
                ]
            )
    problems.sort(key=lambda p: (p.doc_id, p.kind))
    write_table(
        [{"doc_id": p.doc_id, "kind": p.kind, "detail": p.detail} for p in problems],
        schemas.PROBLEMS,
        out_dir / PROBLEMS_FILE,
    )
    log.info(
        "ingested %d documents, %d problems, into %s",
        documents.rows_written,
        len(problems),
        out_dir,
    )
    return len(problems)


def run_clean(out_dir: Path, *, params: Params, show_progress: bool = False) -> None:
    """Clean ingested.parquet into documents.parquet and boilerplate.parquet."""
    ingested = iter_rows(out_dir / INGESTED_FILE, schemas.INGESTED)
    with (
        TableWriter(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS, batch_rows=256) as documents,
        TableWriter(out_dir / BOILERPLATE_FILE, schemas.BOILERPLATE) as boilerplate,
    ):
        for row in progress_bar(ingested, desc="clean", unit="doc", enabled=show_progress):
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


def iter_clean_texts(out_dir: Path) -> Iterator[tuple[CleanText, dt.date | None]]:
    """Cleaned documents with their offset maps and creation dates, streamed."""
    for row in iter_rows(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS):
        offsets = OffsetMap(tuple(row["map_clean"]), tuple(row["map_raw"]), len(row["text"]))
        yield CleanText(row["doc_id"], row["text"], offsets), row["published"]


def run_entities(out_dir: Path, *, params: Params, kb_path: Path | None = None) -> None:
    """Named-entity mentions, sentences and the model's DATE/TIME spans of documents.parquet."""
    kb = load_kb(kb_path) if kb_path is not None else None
    documents = (document for document, _ in iter_clean_texts(out_dir) if document.text)
    with (
        TableWriter(out_dir / UNLINKED_FILE, schemas.MENTIONS) as mentions,
        TableWriter(out_dir / SENTENCES_FILE, schemas.SENTENCES) as sentences,
        TableWriter(out_dir / MODEL_TIMES_FILE, schemas.MODEL_TIMES) as model_times,
    ):
        for result in extract_entities(documents, params=params.ner, kb=kb):
            sentences.write(
                {"doc_id": result.doc_id, "sentence_id": index, "start": start, "end": end}
                for index, (start, end) in enumerate(result.sentences)
            )
            model_times.write(
                {"doc_id": result.doc_id, "start": start, "end": end, "label": label}
                for start, end, label in result.time_spans
            )
            mentions.write(
                {
                    **dataclasses.asdict(m),
                    "entity_id": None,
                    "link_method": None,
                    "link_score": None,
                }
                for m in result.mentions
            )
    log.info("wrote %d mentions to %s", mentions.rows_written, out_dir / UNLINKED_FILE)


def run_link(out_dir: Path, *, params: Params, kb_path: Path | None) -> None:
    """Link mentions_unlinked.parquet into mentions.parquet and entities.parquet.

    Documents are linked one at a time; what crosses documents (discovered names,
    per-entity counts and surface forms) is kept per entity, not per mention.
    """
    kb = load_kb(kb_path) if kb_path is not None else KnowledgeBase.from_entities([])
    linker = Linker(
        kb,
        fuzzy_threshold=params.link.fuzzy_threshold,
        window_sentences=params.link.window_sentences,
        genders=kb.genders(),
    )
    summary = EntitySummary()
    texts = ((d.doc_id, d.text) for d, _ in iter_clean_texts(out_dir))
    grouped = _DocGroups(iter_rows(out_dir / UNLINKED_FILE, schemas.MENTIONS, batch_rows=2048))
    linked = 0
    with TableWriter(out_dir / MENTIONS_FILE, schemas.MENTIONS) as writer:
        for doc_id, text in texts:
            rows = sorted(grouped.take(doc_id), key=lambda r: (r["start"], r["end"]))
            if not rows:
                continue
            inputs = [
                LinkInput(
                    r["mention_id"],
                    r["text"],
                    r["label"],
                    r["sentence_id"],
                    preceding_text=text[max(0, r["start"] - 24) : r["start"]],
                    following_text=text[r["end"] : r["end"] + 24],
                )
                for r in rows
            ]
            for row, link in zip(rows, linker.link_document(inputs), strict=True):
                summary.add(doc_id, row["text"], link.entity_id)
                linked += link.entity_id is not None
                writer.write(
                    [
                        {
                            **row,
                            "entity_id": link.entity_id,
                            "link_method": link.method,
                            "link_score": link.score,
                        }
                    ]
                )
    entities = summary.rows(kb, linker)
    write_table(entities, schemas.ENTITIES, out_dir / ENTITIES_FILE)
    log.info(
        "linked %d of %d mentions; wrote %d entities to %s",
        linked,
        writer.rows_written,
        len(entities),
        out_dir / ENTITIES_FILE,
    )


def run_dates(out_dir: Path, *, params: Params) -> None:
    """Time expressions of documents.parquet (sentence ids from sentences.parquet, the
    model's DATE/TIME spans from model_times.parquet)."""
    sentences = _DocGroups(iter_rows(out_dir / SENTENCES_FILE, schemas.SENTENCES, batch_rows=4096))
    model_times = _DocGroups(
        iter_rows(out_dir / MODEL_TIMES_FILE, schemas.MODEL_TIMES, batch_rows=4096)
    )
    dated = (
        DatedText(
            document,
            published,
            [row["start"] for row in sentences.take(document.doc_id)],
            [(row["start"], row["end"]) for row in model_times.take(document.doc_id)],
        )
        for document, published in iter_clean_texts(out_dir)
    )
    with TableWriter(out_dir / DATES_FILE, schemas.DATES) as writer:
        records = extract_timexes(dated, conventions=params.dates)
        writer.write(dataclasses.asdict(record) for record in records)
    log.info("wrote %d time expressions to %s", writer.rows_written, out_dir / DATES_FILE)


class _DocGroups:
    """Rows of a doc-ordered table handed out document by document, in one pass."""

    def __init__(self, rows: Iterator[dict[str, Any]]) -> None:
        self._rows = rows
        self._next: dict[str, Any] | None = next(rows, None)

    def take(self, doc_id: str) -> list[dict[str, Any]]:
        taken = []
        while self._next is not None and self._next["doc_id"] <= doc_id:
            if self._next["doc_id"] == doc_id:
                taken.append(self._next)
            self._next = next(self._rows, None)
        return taken


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
