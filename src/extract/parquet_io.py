"""Write and read the pipeline's Parquet tables safely and reproducibly."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extract.errors import InputTableError


def write_table(rows: Sequence[dict[str, Any]], schema: pa.Schema, path: Path) -> None:
    """Write rows as one Parquet file: to a temp file beside it, then rename over it.

    A crash leaves the previous file intact; identical rows give identical bytes.
    """
    table = pa.Table.from_pylist(list(rows), schema=schema)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        pq.write_table(table, temp_name, compression="zstd")
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def read_table(path: Path, schema: pa.Schema) -> list[dict[str, Any]]:
    """Rows of a table written by an earlier stage, checked for the columns it must have."""
    if not path.exists():
        raise InputTableError(path, "not found; run the stage that writes it first")
    table = pq.read_table(path)
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
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def write_json(data: Any, path: Path) -> None:
    """Write JSON atomically, keys in a fixed order so runs compare byte for byte."""
    write_text(json.dumps(data, indent=2, sort_keys=True) + "\n", path)
