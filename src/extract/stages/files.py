"""Table file names: fixed, while folders are arguments."""

from __future__ import annotations

INGESTED_FILE = "ingested.parquet"
PROBLEMS_FILE = "problems.parquet"
DOCUMENTS_FILE = "documents.parquet"
BOILERPLATE_FILE = "boilerplate.parquet"
UNLINKED_FILE = "mentions_unlinked.parquet"
MENTIONS_FILE = "mentions.parquet"
ENTITIES_FILE = "entities.parquet"
SENTENCES_FILE = "sentences.parquet"
MODEL_TIMES_FILE = "model_times.parquet"
DATES_FILE = "dates.parquet"
TIMELINE_FILE = "timeline.parquet"
REPORT_FILE = "report.html"
METRICS_FILE = "metrics.json"
ERRORS_FILE = "errors.md"
PLOTS_FILE = "ner_per_label.csv"  # DVC plots: per-label entity F1 of every scored set
