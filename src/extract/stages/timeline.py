"""Timeline stage: dates, sentences, mentions and entities into timeline.parquet."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from extract.errors import InputTableError
from extract.stages.files import (
    DATES_FILE,
    ENTITIES_FILE,
    MENTIONS_FILE,
    SENTENCES_FILE,
    TIMELINE_FILE,
)
from extract.stages.reading import DocGroups, iter_clean_texts
from extract.tables import schemas
from extract.tables.parquet_io import iter_rows, read_run_id, read_table, write_table
from extract.timeline.builder import TimelineDocument, TimexInput, build_timeline

log = logging.getLogger(__name__)


def run_timeline(out_dir: Path) -> int:
    """Write timeline.parquet from the tables of the entity, link and dates stages;
    return its number of rows."""
    entity_names = {
        row["entity_id"]: row["name"]
        for row in read_table(out_dir / ENTITIES_FILE, schemas.ENTITIES)
    }
    sentences = DocGroups(iter_rows(out_dir / SENTENCES_FILE, schemas.SENTENCES, batch_rows=4096))
    dates = DocGroups(iter_rows(out_dir / DATES_FILE, schemas.DATES, batch_rows=4096))
    mentions = DocGroups(iter_rows(out_dir / MENTIONS_FILE, schemas.MENTIONS, batch_rows=4096))
    documents = (
        TimelineDocument(
            document=document,
            published=published,
            sentences={
                row["sentence_id"]: (row["start"], row["end"])
                for row in sentences.take(document.doc_id)
            },
            timexes=[_timex(row) for row in dates.take(document.doc_id)],
            mentions=_linked(mentions.take(document.doc_id), entity_names, out_dir),
        )
        for document, published in iter_clean_texts(out_dir)
    )
    rows = build_timeline(documents, entity_names=entity_names)
    write_table(
        [dataclasses.asdict(row) for row in rows],
        schemas.TIMELINE,
        out_dir / TIMELINE_FILE,
        run_id=read_run_id(out_dir / DATES_FILE),
    )
    dated = sum(row.resolved for row in rows)
    log.info("wrote %d timeline rows (%d dated) to %s", len(rows), dated, out_dir / TIMELINE_FILE)
    return len(rows)


def _timex(row: dict[str, Any]) -> TimexInput:
    return TimexInput(**{field.name: row[field.name] for field in dataclasses.fields(TimexInput)})


def _linked(
    rows: list[dict[str, Any]], entity_names: dict[str, str], out_dir: Path
) -> list[tuple[int, str]]:
    """``(sentence_id, entity_id)`` of the linked mentions; an id entities.parquet lacks
    means the two tables come from different runs."""
    linked = [(row["sentence_id"], row["entity_id"]) for row in rows if row["entity_id"]]
    unknown = sorted({entity_id for _, entity_id in linked if entity_id not in entity_names})
    if unknown:
        raise InputTableError(
            out_dir / ENTITIES_FILE,
            f"lacks entity id(s) {unknown[:5]} that {MENTIONS_FILE} links to; rerun the link stage",
        )
    return linked
