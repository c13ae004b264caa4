"""Draft a KB from a run's tables: entities.parquet, with a sentence of each entity's
first mention (mentions.parquet, sentences.parquet, documents.parquet)."""

from __future__ import annotations

import logging
from pathlib import Path

from extract.linking.kb_draft import draft_kb
from extract.stages.files import ENTITIES_FILE, MENTIONS_FILE, SENTENCES_FILE
from extract.stages.reading import DocGroups, iter_clean_texts
from extract.tables import schemas
from extract.tables.parquet_io import iter_rows, read_table, write_text

log = logging.getLogger(__name__)


def run_kb_draft(out_dir: Path, target: Path, *, min_mentions: int = 1) -> int:
    """Write the draft KB to ``target``; returns the number of entities in it."""
    entities = read_table(out_dir / ENTITIES_FILE, schemas.ENTITIES)
    first_mention: dict[str, tuple[str, int]] = {}
    for row in iter_rows(out_dir / MENTIONS_FILE, schemas.MENTIONS):
        if row["entity_id"] is not None and row["entity_id"] not in first_mention:
            first_mention[row["entity_id"]] = (row["doc_id"], row["sentence_id"])
    wanted: dict[tuple[str, int], list[str]] = {}
    for entity_id, where in first_mention.items():
        wanted.setdefault(where, []).append(entity_id)
    sentences = DocGroups(iter_rows(out_dir / SENTENCES_FILE, schemas.SENTENCES))
    samples: dict[str, str] = {}
    for document, _ in iter_clean_texts(out_dir):
        for row in sentences.take(document.doc_id):
            for entity_id in wanted.get((document.doc_id, row["sentence_id"]), []):
                samples[entity_id] = document.text[row["start"] : row["end"]]
    text = draft_kb(entities, samples, min_mentions=min_mentions)
    write_text(text, target)
    count = text.count("\n- id: ")
    log.info("wrote %d entities to %s", count, target)
    return count
