"""The pipeline's stages over folders: read inputs, call the library, write tables.

Shared by the DVC scripts in pipeline/ and the ``extract`` command, so both run
the same code. Table file names are fixed; folders are arguments.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
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
from extract.ingest import ingest_folder
from extract.kb import KnowledgeBase, load_kb
from extract.linking.linker import Linker, LinkInput, summarize_entities
from extract.offsets import OffsetMap
from extract.parquet_io import read_table, write_json, write_table, write_text
from extract.progress import progress_bar

log = logging.getLogger(__name__)

INGESTED_FILE = "ingested.parquet"
PROBLEMS_FILE = "problems.parquet"
DOCUMENTS_FILE = "documents.parquet"
BOILERPLATE_FILE = "boilerplate.parquet"
UNLINKED_FILE = "mentions_unlinked.parquet"
MENTIONS_FILE = "mentions.parquet"
ENTITIES_FILE = "entities.parquet"
SENTENCES_FILE = "sentences.parquet"
DATES_FILE = "dates.parquet"
METRICS_FILE = "metrics.json"
ERRORS_FILE = "errors.md"


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


def read_clean_texts(out_dir: Path) -> list[CleanText]:
    """Cleaned documents with their offset maps, from documents.parquet."""
    rows = read_table(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS)
    return [
        CleanText(
            row["doc_id"],
            row["text"],
            OffsetMap(tuple(row["map_clean"]), tuple(row["map_raw"]), len(row["text"])),
        )
        for row in rows
    ]


def run_entities(out_dir: Path, *, params: Params, kb_path: Path | None = None) -> None:
    """Named-entity mentions and sentences of documents.parquet (mentions, sentences.parquet)."""
    documents = [d for d in read_clean_texts(out_dir) if d.text]
    kb = load_kb(kb_path) if kb_path is not None else None
    results = list(extract_entities(documents, params=params.ner, kb=kb))
    sentences = [
        {"doc_id": result.doc_id, "sentence_id": index, "start": start, "end": end}
        for result in results
        for index, (start, end) in enumerate(result.sentences)
    ]
    rows = [
        {
            "doc_id": m.doc_id,
            "mention_id": m.mention_id,
            "start": m.start,
            "end": m.end,
            "raw_start": m.raw_start,
            "raw_end": m.raw_end,
            "text": m.text,
            "label": m.label,
            "sentence_id": m.sentence_id,
            "entity_id": None,
            "link_method": None,
            "link_score": None,
        }
        for result in results
        for m in result.mentions
    ]
    write_table(rows, schemas.MENTIONS, out_dir / UNLINKED_FILE)
    write_table(sentences, schemas.SENTENCES, out_dir / SENTENCES_FILE)
    log.info("wrote %d mentions to %s", len(rows), out_dir / UNLINKED_FILE)


def run_link(out_dir: Path, *, params: Params, kb_path: Path | None) -> None:
    """Link mentions_unlinked.parquet into mentions.parquet and entities.parquet."""
    kb = load_kb(kb_path) if kb_path is not None else KnowledgeBase.from_entities([])
    texts = {d.doc_id: d.text for d in read_clean_texts(out_dir)}
    mentions = read_table(out_dir / UNLINKED_FILE, schemas.MENTIONS)
    linker = Linker(
        kb,
        fuzzy_threshold=params.link.fuzzy_threshold,
        window_sentences=params.link.window_sentences,
        genders=kb.genders(),
    )
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in mentions:
        by_doc.setdefault(row["doc_id"], []).append(row)
    linked_rows: list[dict[str, Any]] = []
    for doc_id in sorted(by_doc):
        rows = sorted(by_doc[doc_id], key=lambda r: (r["start"], r["end"]))
        inputs = [
            LinkInput(
                r["mention_id"],
                r["text"],
                r["label"],
                r["sentence_id"],
                preceding_text=texts[doc_id][max(0, r["start"] - 24) : r["start"]],
                following_text=texts[doc_id][r["end"] : r["end"] + 24],
            )
            for r in rows
        ]
        for row, link in zip(rows, linker.link_document(inputs), strict=True):
            linked_rows.append(
                {
                    **row,
                    "entity_id": link.entity_id,
                    "link_method": link.method,
                    "link_score": link.score,
                }
            )
    entities = summarize_entities(
        kb, linker, [(r["doc_id"], r["text"], r["label"], r["entity_id"]) for r in linked_rows]
    )
    write_table(linked_rows, schemas.MENTIONS, out_dir / MENTIONS_FILE)
    write_table(entities, schemas.ENTITIES, out_dir / ENTITIES_FILE)
    linked = sum(r["entity_id"] is not None for r in linked_rows)
    log.info(
        "linked %d of %d mentions; wrote %d entities to %s",
        linked,
        len(linked_rows),
        len(entities),
        out_dir / ENTITIES_FILE,
    )


def run_dates(out_dir: Path) -> None:
    """Time expressions of documents.parquet (sentence ids from sentences.parquet)."""
    documents = read_table(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS)
    sentence_starts: dict[str, list[int]] = {}
    for row in read_table(out_dir / SENTENCES_FILE, schemas.SENTENCES):
        sentence_starts.setdefault(row["doc_id"], []).append(row["start"])
    dated = [
        DatedText(
            CleanText(
                row["doc_id"],
                row["text"],
                OffsetMap(tuple(row["map_clean"]), tuple(row["map_raw"]), len(row["text"])),
            ),
            row["published"],
            sorted(sentence_starts.get(row["doc_id"], [0])),
        )
        for row in documents
    ]
    rows = [dataclasses.asdict(record) for record in extract_timexes(dated)]
    write_table(rows, schemas.DATES, out_dir / DATES_FILE)
    log.info("wrote %d time expressions to %s", len(rows), out_dir / DATES_FILE)


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
