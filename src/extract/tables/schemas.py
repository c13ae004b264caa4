"""Arrow schemas of every table the pipeline writes, declared once (see CONTRACT.md)."""

from __future__ import annotations

import pyarrow as pa

PROBLEMS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("kind", pa.string(), nullable=False),
        pa.field("detail", pa.string(), nullable=False),
    ]
)

# Output of ingest: the decoded raw text and metadata, before cleaning.
INGESTED = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("format", pa.string(), nullable=False),
        pa.field("encoding", pa.string(), nullable=False),
        pa.field("published", pa.date32()),
        pa.field("published_source", pa.string(), nullable=False),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("raw_text", pa.string(), nullable=False),
    ]
)

DOCUMENTS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("published", pa.date32()),
        pa.field("url", pa.string()),
        pa.field("title", pa.string()),
        pa.field("encoding", pa.string(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        # Added columns: the text raw offsets index (for HTML, the extracted main
        # text), its source format, where `published` came from (manifest,
        # header-line, html-meta or none), and the cleaned-to-raw offset map as runs.
        pa.field("format", pa.string(), nullable=False),
        pa.field("raw_text", pa.string(), nullable=False),
        pa.field("published_source", pa.string(), nullable=False),
        pa.field("map_clean", pa.list_(pa.int64()), nullable=False),
        pa.field("map_raw", pa.list_(pa.int64()), nullable=False),
    ]
)

BOILERPLATE = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("raw_start", pa.int64(), nullable=False),
        pa.field("raw_end", pa.int64(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
    ]
)

MENTIONS = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("mention_id", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("raw_start", pa.int64(), nullable=False),
        pa.field("raw_end", pa.int64(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("sentence_id", pa.int32(), nullable=False),
        pa.field("entity_id", pa.string()),
        pa.field("link_method", pa.string()),
        pa.field("link_score", pa.float32()),
    ]
)

# Sentence boundaries found by the entity stage (cleaned offsets), reused by later stages.
SENTENCES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("sentence_id", pa.int32(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
    ]
)

# The model's DATE/TIME entities (cleaned offsets), candidates for the time-expression stage.
MODEL_TIMES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
    ]
)

DATES = pa.schema(
    [
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("timex_id", pa.string(), nullable=False),
        pa.field("start", pa.int64(), nullable=False),
        pa.field("end", pa.int64(), nullable=False),
        pa.field("raw_start", pa.int64(), nullable=False),
        pa.field("raw_end", pa.int64(), nullable=False),
        pa.field("text", pa.string(), nullable=False),
        pa.field("type", pa.string(), nullable=False),
        pa.field("value", pa.string(), nullable=False),
        pa.field("granularity", pa.string()),
        pa.field("anchor", pa.string(), nullable=False),
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("sentence_id", pa.int32(), nullable=False),
        pa.field("mod", pa.string()),
        pa.field("quant", pa.string()),
        pa.field("freq", pa.string()),
        # The date relative expressions were resolved against: documents.published,
        # else the day a stamp near the top of the text shows (extract.timex.shown_date).
        pa.field("document_date", pa.date32()),
    ]
)

ENTITIES = pa.schema(
    [
        pa.field("entity_id", pa.string(), nullable=False),
        pa.field("name", pa.string(), nullable=False),
        pa.field("label", pa.string(), nullable=False),
        pa.field("aliases", pa.list_(pa.string()), nullable=False),
        pa.field("in_kb", pa.bool_(), nullable=False),
        pa.field("wikidata", pa.string()),
        pa.field("n_mentions", pa.int64(), nullable=False),
        pa.field("n_docs", pa.int64(), nullable=False),
    ]
)

# The case chronology: one row per DATE/TIME expression with its sentence and the
# entities of that sentence; dated rows in time order first, then the unresolved ones.
TIMELINE = pa.schema(
    [
        pa.field("date_start", pa.date32()),
        pa.field("date_end", pa.date32()),
        pa.field("resolved", pa.bool_(), nullable=False),
        pa.field("value", pa.string(), nullable=False),
        pa.field("granularity", pa.string()),
        pa.field("doc_id", pa.string(), nullable=False),
        pa.field("timex_id", pa.string(), nullable=False),
        pa.field("published", pa.date32()),
        pa.field("sentence_text", pa.string(), nullable=False),
        pa.field("raw_start", pa.int64(), nullable=False),
        pa.field("raw_end", pa.int64(), nullable=False),
        pa.field("entity_ids", pa.list_(pa.string()), nullable=False),
        pa.field("entity_names", pa.list_(pa.string()), nullable=False),
    ]
)
