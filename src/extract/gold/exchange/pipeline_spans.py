"""The pipeline's spans of chosen documents, read from a run's tables, to pre-annotate.

Mentions keep their label and entity id, time expressions their type and value,
boilerplate regions their offsets; all in raw offsets, the text being
``documents.raw_text``. What the gold rules cannot hold is left out and counted:
a label outside ANNOTATION.md's set, and an NORP mention's link (NORP is not linked).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

import pyarrow as pa

from extract.config import Params
from extract.gold.exchange.documents import AnnotatedText, GoldExchangeError, canonical_order
from extract.gold.records import ENTITY_LABELS, LINKED_LABELS, TIMEX_TYPES, GoldSpan
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.files import BOILERPLATE_FILE, DATES_FILE, DOCUMENTS_FILE, MENTIONS_FILE
from extract.stages.ingest import run_ingest
from extract.stages.link import run_link
from extract.tables import schemas
from extract.tables.parquet_io import iter_rows

log = logging.getLogger(__name__)


def is_tables_folder(folder: Path) -> bool:
    """True for the OUT of a run (it has documents.parquet), false for a raw folder."""
    return (folder / DOCUMENTS_FILE).exists()


def run_pipeline(raw_dir: Path, out_dir: Path, *, params: Params, kb_path: Path | None) -> None:
    """Every stage on ``raw_dir``, as ``extract run`` runs them, into ``out_dir``."""
    run_ingest(raw_dir, out_dir, params=params)
    run_clean(out_dir, params=params)
    run_entities(out_dir, params=params, kb_path=kb_path)
    run_link(out_dir, params=params, kb_path=kb_path)
    run_dates(out_dir, params=params)


def pipeline_documents(
    tables_dir: Path, *, doc_globs: Sequence[str] = ()
) -> tuple[list[AnnotatedText], Counter[str]]:
    """The chosen documents (every one when ``doc_globs`` is empty; else those whose id
    matches a glob) with their spans, and counts of what was left out and why."""
    texts = {
        row["doc_id"]: row["raw_text"]
        for row in iter_rows(tables_dir / DOCUMENTS_FILE, schemas.DOCUMENTS)
        if not doc_globs or any(fnmatchcase(row["doc_id"], glob) for glob in doc_globs)
    }
    if not texts:
        raise GoldExchangeError(
            tables_dir / DOCUMENTS_FILE, f"no document id matches {list(doc_globs)}"
        )
    spans: dict[str, list[GoldSpan]] = defaultdict(list)
    left_out: Counter[str] = Counter()
    for row in _rows(tables_dir / BOILERPLATE_FILE, schemas.BOILERPLATE, texts):
        spans[row["doc_id"]].append(_span(row, texts, "boilerplate"))
    for row in _rows(tables_dir / MENTIONS_FILE, schemas.MENTIONS, texts):
        if row["label"] not in ENTITY_LABELS:
            left_out[f"mentions labelled {row['label']}"] += 1
            continue
        entity = row["entity_id"] if row["label"] in LINKED_LABELS else None
        if row["entity_id"] is not None and entity is None:
            left_out[f"links of {row['label']} mentions"] += 1
        spans[row["doc_id"]].append(_span(row, texts, "entity", label=row["label"], entity=entity))
    for row in _rows(tables_dir / DATES_FILE, schemas.DATES, texts):
        if row["type"] not in TIMEX_TYPES:
            left_out[f"time expressions of type {row['type']}"] += 1
            continue
        spans[row["doc_id"]].append(
            _span(row, texts, "timex", type=row["type"], value=row["value"])
        )
    for reason, count in sorted(left_out.items()):
        log.info("left out %d %s (not in ANNOTATION.md's sets)", count, reason)
    documents = [
        AnnotatedText(doc, text, tuple(canonical_order(spans[doc])))
        for doc, text in sorted(texts.items())
    ]
    return documents, left_out


def _rows(path: Path, schema: pa.Schema, texts: dict[str, str]) -> list[dict[str, Any]]:
    """The table's rows of the chosen documents; none when the stage has not run."""
    if not path.exists():
        log.warning("%s is absent: none of its spans are exported", path)
        return []
    return [row for row in iter_rows(path, schema) if row["doc_id"] in texts]


def _span(
    row: dict[str, Any],
    texts: dict[str, str],
    kind: str,
    *,
    label: str | None = None,
    entity: str | None = None,
    type: str | None = None,
    value: str | None = None,
) -> GoldSpan:
    """The row's span with its text read from the raw text (what gold compares)."""
    doc, start, end = row["doc_id"], row["raw_start"], row["raw_end"]
    text = texts[doc][start:end]
    return GoldSpan(doc, start, end, text, kind, label=label, entity=entity, type=type, value=value)
