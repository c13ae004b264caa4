"""Readers several stages share: cleaned documents back from documents.parquet, and
rows of a doc-ordered table handed out one document at a time."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.stages.files import DOCUMENTS_FILE
from extract.tables import schemas
from extract.tables.parquet_io import iter_rows


def iter_clean_texts(out_dir: Path) -> Iterator[tuple[CleanText, dt.date | None]]:
    """Cleaned documents with their offset maps and creation dates, streamed."""
    for document, row in iter_documents(out_dir):
        yield document, row["published"]


def iter_documents(out_dir: Path) -> Iterator[tuple[CleanText, dict[str, Any]]]:
    """Cleaned documents with their offset maps and their whole documents.parquet rows."""
    for row in iter_rows(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS):
        offsets = OffsetMap(tuple(row["map_clean"]), tuple(row["map_raw"]), len(row["text"]))
        yield CleanText(row["doc_id"], row["text"], offsets), row


class DocGroups:
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
