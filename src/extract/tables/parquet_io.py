"""Write and read the pipeline's Parquet tables safely and reproducibly."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extract.errors import InputTableError
from extract.tables.layout import (
    DatasetParts,
    TableLayout,
    current_layout,
    replace_path,
    table_parts,
)

# Key of the file-level Parquet metadata naming the run that wrote a table (run.json).
RUN_ID_KEY = "extract.run_id"


def publish(temp: Path, path: Path) -> None:
    """Rename a finished temp file over ``path`` with the mode the user's umask gives a
    new file (mkstemp makes it 0600, which would hide the tables from colleagues)."""
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(temp, 0o666 & ~umask)
    replace_path(temp, path)  # also over a dataset folder a run in the other layout left


def write_table(
    rows: Sequence[dict[str, Any]], schema: pa.Schema, path: Path, *, run_id: str | None = None
) -> None:
    """Write rows as one Parquet file: to a temp file beside it, then rename over it.

    A crash leaves the previous file intact; identical rows give identical bytes.
    """
    with TableWriter(path, schema, batch_rows=max(len(rows), 1), run_id=run_id) as writer:
        writer.write(rows)


class TableWriter:
    """Write a table in row groups as rows arrive, to a temp file renamed on success.

    Peak memory is one batch, whatever the corpus size; an exception leaves the
    previous file in place. The same rows in the same batches give the same bytes.
    ``run_id`` goes into the file's key-value metadata, so ``extract check`` can tell
    which run wrote it. ``layout`` (default: the run's, see extract.tables.layout) may
    make the table a dataset folder of part files instead of one file.
    """

    def __init__(
        self,
        path: Path,
        schema: pa.Schema,
        *,
        batch_rows: int = 2048,
        run_id: str | None = None,
        layout: TableLayout | None = None,
    ) -> None:
        self.path = path
        self.schema = schema
        self.batch_rows = batch_rows
        # File-level key-value metadata, written when the table closes (so a stage
        # may add what it learns while writing, such as a digest of its inputs).
        self.metadata: dict[str, str] = {RUN_ID_KEY: run_id} if run_id is not None else {}
        self.rows_written = 0
        self._buffer: list[dict[str, Any]] = []
        path.parent.mkdir(parents=True, exist_ok=True)
        layout = layout or current_layout()
        self._parts = (
            DatasetParts(path, schema, rows_per_file=layout.rows_per_file)
            if layout.dataset
            else None
        )
        if self._parts is not None:
            return
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
        os.close(handle)
        self._temp = Path(temp_name)
        self._writer = pq.ParquetWriter(self._temp, schema, compression="zstd")

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self._buffer.append(row)
            if len(self._buffer) >= self.batch_rows:
                self._flush()

    def _flush(self) -> None:
        if self._buffer and self._parts is not None:
            self._parts.write(self._buffer, self.metadata)
        elif self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=self.schema))
        if self._buffer:
            self.rows_written += len(self._buffer)
            self._buffer = []

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        if self._parts is not None:
            self._close_dataset(self._parts, failed=error is not None)
            return
        try:
            if error is None:
                self._flush()
                if self.rows_written == 0:  # an empty table still has its schema
                    self._writer.write_table(self.schema.empty_table())
                if self.metadata:
                    self._writer.add_key_value_metadata(dict(sorted(self.metadata.items())))
            self._writer.close()
            if error is None:
                publish(self._temp, self.path)
        finally:
            self._temp.unlink(missing_ok=True)

    def _close_dataset(self, parts: DatasetParts, *, failed: bool) -> None:
        """Publish the part files as the folder ``path``, or drop them after an error."""
        if failed:
            parts.discard()
            return
        try:
            self._flush()
            parts.finish(self.metadata)
            replace_path(parts.folder, self.path)
        except BaseException:
            parts.discard()
            raise


def read_metadata(path: Path, key: str) -> str | None:
    """A value of a table's key-value metadata (None where the table has no such key)."""
    metadata = pq.ParquetFile(table_parts(path)[0]).metadata.metadata or {}
    value = metadata.get(key.encode())
    return value.decode() if value is not None else None


def table_rows(path: Path) -> int:
    """The number of rows of a table, from its footers (nothing else is read)."""
    rows: int = sum(pq.ParquetFile(part).metadata.num_rows for part in table_parts(path))
    return rows


def read_run_id(path: Path) -> str | None:
    """The run id a table carries (None for tables written without one)."""
    return read_metadata(path, RUN_ID_KEY)


def iter_rows(path: Path, schema: pa.Schema, *, batch_rows: int = 256) -> Iterator[dict[str, Any]]:
    """Rows of a table written by an earlier stage, one record batch in memory at a time."""
    # pre_buffer=False: by default pyarrow coalesces and reads ahead the column chunks
    # of every row group, so memory would grow with the file (measured: +12 MiB on
    # documents.parquet of BBC News x4) instead of staying one row group.
    for part in table_parts(path):
        parquet = pq.ParquetFile(part, pre_buffer=False)
        missing = [name for name in schema.names if name not in parquet.schema_arrow.names]
        if missing:
            raise InputTableError(part, f"missing column(s) {missing}")
        for batch in parquet.iter_batches(batch_size=batch_rows, columns=schema.names):
            yield from batch.to_pylist()


def read_table(path: Path, schema: pa.Schema) -> list[dict[str, Any]]:
    """Rows of a table written by an earlier stage, checked for the columns it must have."""
    parts = table_parts(path)
    if len(parts) > 1:  # a dataset: its parts in row order, as one table
        return [row for part in parts for row in read_table(part, schema)]
    table = pq.read_table(parts[0])
    missing = [name for name in schema.names if name not in table.column_names]
    if missing:
        raise InputTableError(path, f"missing column(s) {missing}")
    rows: list[dict[str, Any]] = table.select(schema.names).to_pylist()
    return rows


def write_text(text: str, path: Path) -> None:
    """Write a text file atomically (temp file beside it, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        publish(Path(temp_name), path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_json(data: Any, path: Path) -> None:
    """Write JSON atomically, keys in a fixed order so runs compare byte for byte."""
    write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", path)
