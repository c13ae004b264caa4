"""Report stage: every table of a run (and metrics.json when there is one) into
one self-contained report.html."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from extract.config import Params
from extract.errors import InputTableError
from extract.report.chart import chronology_figure
from extract.report.page import render_page
from extract.report.payload import ReportTables, build_payload
from extract.stages.files import (
    BOILERPLATE_FILE,
    DATES_FILE,
    DOCUMENTS_FILE,
    ENTITIES_FILE,
    MENTIONS_FILE,
    METRICS_FILE,
    PROBLEMS_FILE,
    REPORT_FILE,
    SENTENCES_FILE,
    TIMELINE_FILE,
)
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_text

log = logging.getLogger(__name__)


def run_report(
    out_dir: Path,
    *,
    params: Params,
    metrics_path: Path | None = None,
    top_entities: int = 15,
) -> Path:
    """Write OUT/report.html from the tables in ``out_dir``; the gate figures come from
    ``metrics_path`` (default OUT/metrics.json, left out when that file is absent)."""
    metrics = _read_metrics(metrics_path or out_dir / METRICS_FILE, required=bool(metrics_path))
    tables = ReportTables(
        documents=read_table(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS),
        boilerplate=read_table(out_dir / BOILERPLATE_FILE, schemas.BOILERPLATE),
        problems=read_table(out_dir / PROBLEMS_FILE, schemas.PROBLEMS),
        mentions=read_table(out_dir / MENTIONS_FILE, schemas.MENTIONS),
        entities=read_table(out_dir / ENTITIES_FILE, schemas.ENTITIES),
        dates=read_table(out_dir / DATES_FILE, schemas.DATES),
        sentences=read_table(out_dir / SENTENCES_FILE, schemas.SENTENCES),
        timeline=read_table(out_dir / TIMELINE_FILE, schemas.TIMELINE),
        metrics=metrics,
        minimums=params.evaluate.minimums,
    )
    payload = build_payload(tables)
    page = render_page(payload, chronology_figure(payload, top_entities=top_entities))
    path = out_dir / REPORT_FILE
    write_text(page, path)
    log.info(
        "wrote %s (%.1f MB: %d documents, %d entities, %d dated sentences)",
        path,
        len(page.encode("utf-8")) / 1e6,
        len(payload["docs"]),
        len(payload["entities"]),
        len(payload["chronology"]),
    )
    return path


def _read_metrics(path: Path, *, required: bool) -> dict[str, Any] | None:
    if not path.exists():
        if required:
            raise InputTableError(path, "not found; run extract evaluate first")
        return None
    try:
        metrics = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as err:
        raise InputTableError(path, f"not readable as JSON: {err}") from err
    if not isinstance(metrics, dict):
        raise InputTableError(path, "expected a JSON object of figures")
    return metrics
