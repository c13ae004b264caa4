"""How a run is cut into tasks, decided on the client from the list of files.

Two rounds. The survey reads and cleans every file and sends back only what the
plan needs: each file's content digest or the problem that keeps it out, and
whether its cleaned text is empty. The run id (a digest over the inputs) comes
from the survey, and so do the work partitions: runs of consecutive files whose
documents with text make whole chunks of ``ner.documents_per_task``, so the model
reads exactly the batches of a local run and the tables come out byte-identical.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from extract.ingest.manifest import ManifestRow
from extract.tables.records import Problem


@dataclass(frozen=True)
class FileEntry:
    """One document file as a task reads it: an absolute path, so any worker can open it."""

    path: Path
    doc_id: str
    manifest_row: ManifestRow | None = None


@dataclass(frozen=True)
class Survey:
    """What the plan needs of one file: its digest (or its problem) and whether any text
    is left after cleaning."""

    doc_id: str
    sha256: str | None
    problem: Problem | None = None
    has_text: bool = False

    @property
    def input_key(self) -> str:
        """How the file enters the run id, as the ingest stage counts it."""
        return f"problem:{self.problem.kind}" if self.problem is not None else str(self.sha256)


def file_partitions(entries: list[FileEntry], size: int) -> list[list[FileEntry]]:
    """Consecutive runs of ``size`` files, for the survey."""
    return [entries[start : start + size] for start in range(0, len(entries), size)]


def work_partitions(
    entries: list[FileEntry], surveys: list[Survey], *, partition_docs: int, chunk_docs: int
) -> list[list[FileEntry]]:
    """Consecutive runs of the usable files, each but the last holding ``partition_docs``
    documents with text, rounded up to whole chunks of ``chunk_docs``.

    A problem file is left out (its row is known from the survey); a file whose cleaned
    text is empty stays with the documents before it, since the model never reads it.
    """
    per_partition = math.ceil(partition_docs / chunk_docs) * chunk_docs
    partitions: list[list[FileEntry]] = []
    current: list[FileEntry] = []
    with_text = 0
    for entry, survey in zip(entries, surveys, strict=True):
        if survey.problem is not None:
            continue
        if survey.has_text and with_text == per_partition:
            partitions.append(current)
            current, with_text = [], 0
        current.append(entry)
        with_text += survey.has_text
    if current:
        partitions.append(current)
    return partitions
