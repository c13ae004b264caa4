"""Which run wrote the tables: the run id every table carries, and ``run.json``.

A run that stops half-way leaves new tables beside old ones. The run id is a
digest of what decides the tables (extract's version, the model, the settings
and the input files), so the same input gives the same id and byte-identical
tables, while a table from another run carries another id. The ingest stage
names the run; every later stage copies the id of the table it reads.
``run.json`` is written last, so a folder without one holds no finished run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib.metadata
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from extract import __version__
from extract.config import Params
from extract.stages import files
from extract.stages.table_schemas import TABLE_SCHEMAS
from extract.tables.parquet_io import read_metadata, read_run_id, table_rows, write_json

RUN_FILE = "run.json"
# Key of ingested.parquet's metadata holding the digest of the input files.
INPUTS_KEY = "extract.inputs_sha256"


def model_version(model: str) -> str | None:
    """The installed version of a spaCy pipeline package (None for a model folder)."""
    try:
        return importlib.metadata.version(model)
    except importlib.metadata.PackageNotFoundError:
        return None


# Settings that decide how and where a run executes, not what its tables hold: runs that
# differ only in these (n_process 2, a Dask cluster, a dataset layout) are the same run.
EXECUTION_SECTIONS = ("engine", "tables")
EXECUTION_KEYS = {"ner": ("n_process",)}


def settings_digest(settings: Params) -> str:
    """sha256 of the settings that decide the tables, in a canonical form (key order and
    file layout do not count, nor the execution settings above)."""
    values = dataclasses.asdict(settings)
    for section in EXECUTION_SECTIONS:
        values.pop(section, None)
    for section, keys in EXECUTION_KEYS.items():
        for key in keys:
            values[section].pop(key, None)
    canonical = json.dumps(values, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def file_digest(path: Path | None) -> str | None:
    """sha256 of a file's bytes, or None where there is no file (no KB)."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path is not None else None


def inputs_digest(files_read: Iterable[tuple[str, str]]) -> str:
    """sha256 over (path, content sha256) of every input, in the order given."""
    digest = hashlib.sha256()
    for name, content in files_read:
        digest.update(f"{name}\t{content}\n".encode())
    return digest.hexdigest()


def run_identity(settings: Params, inputs: str) -> str:
    """The run id: 16 hex digits of a digest over version, model, settings and inputs."""
    parts = [__version__, settings.ner.model, model_version(settings.ner.model) or "", inputs]
    parts.append(settings_digest(settings))
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def start_run(out_dir: Path) -> dt.datetime:
    """Remove a previous run.json (this run has not finished) and return the start time."""
    (out_dir / RUN_FILE).unlink(missing_ok=True)
    return dt.datetime.now(dt.UTC)


def write_run_record(
    out_dir: Path,
    *,
    settings: Params,
    settings_file: Path | None,
    kb_path: Path | None,
    started: dt.datetime | None,
) -> dict[str, Any]:
    """Describe the tables in ``out_dir`` in run.json: the run, its inputs, rows per table."""
    tables = {}
    for name in sorted(TABLE_SCHEMAS):
        path = out_dir / name
        if path.exists():
            tables[name] = {
                "rows": table_rows(path),
                "run_id": read_run_id(path),
            }
    ingested = out_dir / files.INGESTED_FILE
    record: dict[str, Any] = {
        "run_id": read_run_id(ingested) if ingested.exists() else None,
        "extract_version": __version__,
        "model": settings.ner.model,
        "model_version": model_version(settings.ner.model),
        "settings_file": str(settings_file) if settings_file is not None else None,
        "settings_sha256": settings_digest(settings),
        "kb": str(kb_path) if kb_path is not None else None,
        "kb_sha256": file_digest(kb_path),
        "inputs_sha256": _inputs_of(ingested),
        "started": started.isoformat(timespec="seconds") if started else None,
        "finished": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "tables": tables,
    }
    write_json(record, out_dir / RUN_FILE)
    return record


def _inputs_of(ingested: Path) -> str | None:
    return read_metadata(ingested, INPUTS_KEY) if ingested.exists() else None
