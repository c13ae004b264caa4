"""Where a table's rows live: one Parquet file, or a dataset of part files.

A corpus whose tables would not fit one file can store each table as a dataset:
a folder under the table's name (``mentions.parquet/``) holding
``part-000000.parquet``, ``part-000001.parquet``, ... in row order, each a whole
Parquet file with the table's schema and key-value metadata (the run id). DuckDB,
Polars, pandas and Spark read such a folder as one table, and so does every
reader here (``table_parts``). Which layout a writer uses is a setting
(``tables.layout``), set for a run with ``table_layout``.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extract.errors import InputTableError

PART_SUFFIX = ".parquet"


@dataclass(frozen=True)
class TableLayout:
    """One file per table, or a dataset of part files of at most ``rows_per_file`` rows."""

    dataset: bool = False
    rows_per_file: int = 100_000

    @classmethod
    def from_setting(cls, layout: str, rows_per_file: int) -> TableLayout:
        """The layout params.yaml names (``tables.layout``: file or dataset)."""
        return cls(dataset=layout == "dataset", rows_per_file=rows_per_file)


SINGLE_FILE = TableLayout()
_current: ContextVar[TableLayout] = ContextVar("extract_table_layout", default=SINGLE_FILE)


def current_layout() -> TableLayout:
    """The layout writers use when not told one (one file, unless a run set another)."""
    return _current.get()


@contextmanager
def table_layout(layout: TableLayout) -> Iterator[None]:
    """Write every table opened inside this block in ``layout``; the previous layout
    comes back after it, so a library caller never inherits a run's setting."""
    token = _current.set(layout)
    try:
        yield
    finally:
        _current.reset(token)


def part_name(index: int) -> str:
    """The name of a dataset's ``index``-th part: fixed width, so names sort in row order."""
    return f"part-{index:06d}{PART_SUFFIX}"


def table_parts(path: Path) -> list[Path]:
    """The Parquet files holding a table in row order: the file itself, or the parts of
    a dataset folder (hidden and ``_``-prefixed files, such as Spark's markers, left out)."""
    if path.is_dir():
        parts = sorted(
            part
            for part in path.iterdir()
            if part.suffix == PART_SUFFIX
            and not part.name.startswith((".", "_"))
            and part.is_file()
        )
        if not parts:
            raise InputTableError(path, "a dataset folder with no .parquet part files")
        return parts
    if not path.exists():
        raise InputTableError(path, "not found; run the stage that writes it first")
    return [path]


def replace_path(new: Path, path: Path) -> None:
    """Move ``new`` (a file or a dataset folder) to ``path``, over a file or a folder there.

    A file over a file is one atomic rename; where a folder is involved the old one is
    first moved aside, so ``path`` is missing for the instant between two renames.
    """
    if path.is_dir() or (new.is_dir() and path.exists()):
        aside = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".old", dir=path.parent))
        os.replace(path, aside / path.name)
        os.replace(new, path)
        shutil.rmtree(aside)
    else:
        os.replace(new, path)


class DatasetParts:
    """The part files of one dataset table, written into a hidden folder beside it.

    Each part is closed with the key-value metadata known at that moment; a part closed
    before the metadata was complete (the ingest stage learns the run id at its end) is
    rewritten row group by row group at ``finish``, so every part carries the same metadata.
    """

    def __init__(self, path: Path, schema: pa.Schema, *, rows_per_file: int) -> None:
        self.schema = schema
        self.rows_per_file = rows_per_file
        self.folder = Path(
            tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        )
        self._closed: list[tuple[Path, dict[str, str]]] = []
        self._writer: pq.ParquetWriter | None = None
        self._rows_in_part = 0

    def write(self, rows: list[dict[str, Any]], metadata: dict[str, str]) -> None:
        """Append rows, starting a new part whenever the current one is full."""
        while rows:
            if self._writer is None:
                part = self.folder / part_name(len(self._closed))
                self._writer = pq.ParquetWriter(part, self.schema, compression="zstd")
                self._part = part
            taken = rows[: self.rows_per_file - self._rows_in_part]
            rows = rows[len(taken) :]
            self._writer.write_table(pa.Table.from_pylist(taken, schema=self.schema))
            self._rows_in_part += len(taken)
            if self._rows_in_part >= self.rows_per_file:
                self._close_part(metadata)

    def _close_part(self, metadata: dict[str, str]) -> None:
        assert self._writer is not None
        final = dict(sorted(metadata.items()))
        if final:
            self._writer.add_key_value_metadata(final)
        self._writer.close()
        self._closed.append((self._part, final))
        self._writer, self._rows_in_part = None, 0

    def finish(self, metadata: dict[str, str]) -> None:
        """Close the last part (an empty table still gets one part with its schema) and
        bring every part's metadata up to ``metadata``."""
        if self._writer is None and not self._closed:
            self._writer = pq.ParquetWriter(
                self.folder / part_name(0), self.schema, compression="zstd"
            )
            self._part = self.folder / part_name(0)
            self._writer.write_table(self.schema.empty_table())
        if self._writer is not None:
            self._close_part(metadata)
        final = dict(sorted(metadata.items()))
        for part, written in self._closed:
            if written != final:
                _rewrite_with_metadata(part, self.schema, final)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(self.folder, 0o777 & ~umask)  # mkdtemp makes it 0700

    def discard(self) -> None:
        if self._writer is not None:
            self._writer.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _rewrite_with_metadata(part: Path, schema: pa.Schema, metadata: dict[str, str]) -> None:
    """The same row groups in a new file whose footer carries ``metadata``."""
    source = pq.ParquetFile(part)
    temp = part.with_name(f".{part.name}.tmp")
    writer = pq.ParquetWriter(temp, schema, compression="zstd")
    for index in range(source.num_row_groups):
        writer.write_table(source.read_row_group(index).replace_schema_metadata(None))
    if metadata:
        writer.add_key_value_metadata(metadata)
    writer.close()
    source.close()
    os.replace(temp, part)
