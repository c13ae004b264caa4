"""``extract check``: do a folder's tables come from one finished run, as the contract says?

Answers what a user asks before trusting a folder someone else wrote, or one a
run may have left half-way: every table named in run.json is there, carries
that run's id and row count, and has the contract's columns and types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from extract.errors import ExtractError
from extract.stages.run_record import RUN_FILE
from extract.stages.table_schemas import TABLE_SCHEMAS
from extract.tables.layout import table_parts
from extract.tables.parquet_io import read_run_id


def check_tables(out_dir: Path) -> tuple[dict[str, Any] | None, list[str]]:
    """The run record of ``out_dir`` and every way its tables fall short (none: all is well)."""
    record_path = out_dir / RUN_FILE
    if not record_path.is_file():
        return None, [
            f"{record_path}: missing; the tables were not written by a finished run "
            "(extract run writes it last)"
        ]
    try:
        record = json.loads(record_path.read_text(encoding="utf-8"))
        run_id, listed = record["run_id"], record["tables"]
    except (ValueError, KeyError, TypeError) as err:
        return None, [f"{record_path}: not a run record ({err})"]
    faults: list[str] = []
    for name in sorted(TABLE_SCHEMAS):
        path = out_dir / name
        if name not in listed:
            if path.exists():
                faults.append(f"{name}: not written by run {run_id} (run.json does not list it)")
            continue
        if not path.exists():
            faults.append(f"{name}: listed in run.json but missing")
            continue
        faults += _table_faults(path, TABLE_SCHEMAS[name], run_id, listed[name])
    return record, faults


def _table_faults(path: Path, schema: pa.Schema, run_id: str, listed: dict[str, Any]) -> list[str]:
    """What is wrong with a table: one file, or each part file of a dataset folder."""
    try:
        parts = table_parts(path)
    except ExtractError as err:
        return [f"{path.name}: {err}"]
    faults: list[str] = []
    rows = 0
    for part in parts:
        name = path.name if part == path else f"{path.name}/{part.name}"
        try:
            parquet = pq.ParquetFile(part)
        except (OSError, pa.ArrowException) as err:
            faults.append(f"{name}: not a readable Parquet file ({err})")
            continue
        table_run = read_run_id(part)
        if table_run != run_id:
            faults.append(f"{name}: written by run {table_run}, not by run {run_id}")
        rows += parquet.metadata.num_rows
        faults += _schema_faults(name, parquet.schema_arrow, schema)
    if rows != listed.get("rows"):
        faults.append(f"{path.name}: {rows} rows, run.json says {listed.get('rows')}")
    return faults


def _schema_faults(name: str, actual: pa.Schema, schema: pa.Schema) -> list[str]:
    faults = []
    for expected in schema:
        index = actual.get_field_index(expected.name)
        if index < 0:
            faults.append(f"{name}: column {expected.name} missing")
        elif not actual.field(index).type.equals(expected.type):
            faults.append(
                f"{name}: column {expected.name} is {actual.field(index).type}, "
                f"the contract says {expected.type}"
            )
    return faults
