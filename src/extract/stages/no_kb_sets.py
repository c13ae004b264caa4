"""Score the whole pipeline, run without a knowledge base, on a gold set of its own.

This is what a user with a new case gets: no curated names, only what the
pipeline discovers. Each set's documents are copied into a scratch folder, run
through every stage with no KB, and scored like the main gold. A set whose gold
holds boilerplate regions only (real web pages) runs ingest and clean alone and
is scored on boilerplate, with its errors listed.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from extract.config import Params
from extract.evaluation.boilerplate_errors import boilerplate_error_lines
from extract.evaluation.evaluate import Evaluation, SystemOutput, evaluate
from extract.gold.exchange.texts import load_gold_set
from extract.gold.records import GoldSpan
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.ingest import run_ingest
from extract.stages.link import run_link
from extract.stages.system_spans import read_system_output

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NoKbSet:
    """A gold set scored without a KB: its name in metrics.json, its gold folder and
    the folder its documents are read from (the gold's ``doc`` paths are relative to it)."""

    name: str
    gold_dir: Path
    raw_dir: Path

    @classmethod
    def parse(cls, text: str) -> NoKbSet:
        """``NAME:GOLD_DIR:RAW_DIR``, as the command line gives it."""
        parts = text.split(":")
        if len(parts) != 3 or not all(parts):
            raise ValueError(f"{text!r}: expected NAME:GOLD_DIR:RAW_DIR")
        return cls(parts[0], Path(parts[1]), Path(parts[2]))


def load_set_gold(gold_set: NoKbSet) -> tuple[list[GoldSpan], dict[str, str]]:
    """The set's validated gold spans and the raw texts of its documents."""
    # Documents are read through the ingest reader, so a gold set may name nested
    # documents (letters/a.txt) and pages as well as the bundled flat .txt files.
    spans, texts = load_gold_set(gold_set.gold_dir, gold_set.raw_dir)
    return spans, dict(texts)


def score_without_kb(gold_set: NoKbSet, *, params: Params) -> Evaluation:
    """Run every stage with no KB on the set's documents and score the tables."""
    gold, texts = load_set_gold(gold_set)
    boilerplate_only = all(span.kind == "boilerplate" for span in gold)
    with tempfile.TemporaryDirectory(prefix="extract-no-kb-") as scratch:
        raw, out = Path(scratch) / "raw", Path(scratch) / "out"
        for doc in texts:
            (raw / doc).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(gold_set.raw_dir / doc, raw / doc)
        out.mkdir()
        run_ingest(raw, out, params=params)
        run_clean(out, params=params)
        if not boilerplate_only:
            run_entities(out, params=params, kb_path=None)
            run_link(out, params=params, kb_path=None)
            run_dates(out, params=params)
        system: SystemOutput = read_system_output(out)
    result = evaluate(gold, system, texts)
    if boilerplate_only:
        result.errors.extend(boilerplate_error_lines(gold, system.boilerplate or [], texts))
    log.info("scored %s without a KB: %d documents", gold_set.name, len(texts))
    return result
