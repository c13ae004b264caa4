"""Evaluate stage: the tables against a gold set into metrics.json and errors.md."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from extract.config import Params
from extract.evaluation.evaluate import Evaluation, evaluate
from extract.evaluation.plots import plots_csv
from extract.gold.corpus import is_corpus_gold
from extract.gold.loader import load_gold
from extract.stages.files import (
    DOCUMENTS_FILE,
    ERRORS_FILE,
    METRICS_FILE,
    PLOTS_FILE,
)
from extract.stages.no_kb_sets import NoKbSet, score_without_kb
from extract.stages.system_spans import read_system_output
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_json, write_text

log = logging.getLogger(__name__)


def run_evaluate(
    out_dir: Path,
    gold_dir: Path,
    *,
    params: Params | None = None,
    no_kb_sets: Sequence[NoKbSet] = (),
) -> Evaluation:
    """Score the tables in ``out_dir`` against ``gold_dir``, and the pipeline run without
    a KB on each of ``no_kb_sets``; write metrics.json and errors.md."""
    params = params or Params()
    documents = read_table(out_dir / DOCUMENTS_FILE, schemas.DOCUMENTS)
    raw_texts = {row["doc_id"]: row["raw_text"] for row in documents}
    # Offset-only gold (a corpus that may not be copied) takes its text from the run.
    gold = load_gold(gold_dir, raw_texts, text_from_raw=is_corpus_gold(gold_dir))
    result = evaluate(gold, read_system_output(out_dir), raw_texts)
    for gold_set in no_kb_sets:
        if not gold_set.raw_dir.is_dir():
            log.warning("%s: %s is absent; set not scored", gold_set.name, gold_set.raw_dir)
            result.metrics[gold_set.name] = {"skipped": f"{gold_set.raw_dir} is absent"}
            continue
        scored = score_without_kb(gold_set, params=params)
        result.metrics[gold_set.name] = scored.metrics
        result.errors.append(f"\n## {gold_set.name} (no knowledge base)\n")
        result.errors.extend(scored.errors)
    write_json(result.metrics, out_dir / METRICS_FILE)
    write_text(plots_csv(result.metrics), out_dir / PLOTS_FILE)
    write_text("# Evaluation errors\n" + "\n".join(result.errors) + "\n", out_dir / ERRORS_FILE)
    log.info(
        "wrote %s and %d error lines to %s",
        out_dir / METRICS_FILE,
        len(result.errors),
        out_dir / ERRORS_FILE,
    )
    return result
