"""The row builders of the per-document tables (one per table, in its stage module, used
by the local stages and the Dask engine alike) give exactly their table's columns."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq

from extract.clean.document import clean_document
from extract.config import CleanParams
from extract.ner.mentions import DocumentEntities, EntityMention
from extract.stages.clean import boilerplate_rows, document_row
from extract.stages.dates import date_rows
from extract.stages.entities import mention_rows, model_time_rows, sentence_rows
from extract.stages.ingest import ingested_row, write_problems
from extract.tables import schemas
from extract.tables.parquet_io import TableWriter, iter_rows, read_run_id
from extract.tables.records import Problem, RawDocument
from extract.timex.stage import TimexRecord

HEADLINE = "Lagos Water Agency opens a new pumping station\n"
SHARE = "Share on Facebook | Share on Twitter | Email"
BODY = (
    "The Lagos Water Agency opened its third pumping station on Monday, "
    "its director Ada Okafor said.\n"
    "The station will serve about 40,000 homes in the east of the city.\n"
)
RAW = HEADLINE + SHARE + "\n" + BODY
DOCUMENT = RawDocument(
    doc_id="news/pumping-station.txt",
    sha256="ab" * 32,
    source_format="txt",
    encoding="utf-8",
    raw_text=RAW,
    published=dt.date(2021, 3, 8),
    url="https://example.org/pumping-station",
    title=None,
    published_source="manifest",
)


def _entities() -> DocumentEntities:
    text = clean_document(RAW, params=CleanParams()).text
    agency = text.index("Lagos Water Agency opened")
    person = text.index("Ada Okafor")
    monday = text.index("Monday")
    second = text.index("The station")
    raw_agency, raw_person = RAW.index("Lagos Water Agency opened"), RAW.index("Ada Okafor")
    return DocumentEntities(
        doc_id=DOCUMENT.doc_id,
        mentions=[
            EntityMention(
                DOCUMENT.doc_id,
                "m1",
                agency,
                agency + 18,
                raw_agency,
                raw_agency + 18,
                "Lagos Water Agency",
                "ORG",
                1,
            ),
            EntityMention(
                DOCUMENT.doc_id,
                "m2",
                person,
                person + 10,
                raw_person,
                raw_person + 10,
                "Ada Okafor",
                "PERSON",
                1,
            ),
        ],
        sentences=[(0, len(HEADLINE) - 1), (len(HEADLINE) + 1, second - 1), (second, len(text))],
        time_spans=[(monday, monday + 6, "DATE")],
    )


def _round_trip(rows: list[dict], schema: pa.Schema, tmp_path) -> list[dict]:
    """The rows as a table of ``schema`` gives them back (column types included)."""
    with TableWriter(tmp_path / "table.parquet", schema) as writer:
        writer.write(rows)
    return list(iter_rows(tmp_path / "table.parquet", schema))


def test_ingested_row_has_the_schema_columns_and_survives_parquet(tmp_path):
    row = ingested_row(DOCUMENT)
    assert list(row) == schemas.INGESTED.names
    assert row["format"] == "txt" and row["published_source"] == "manifest"
    # The Dask engine builds the documents row from this dict, the clean stage from the
    # row read back: the two are the same only if Parquet gives back what went in.
    assert _round_trip([row], schemas.INGESTED, tmp_path) == [row]


def test_document_row_is_the_ingested_row_with_the_cleaned_text_and_map():
    cleaned = clean_document(RAW, params=CleanParams())
    row = document_row(ingested_row(DOCUMENT), cleaned)
    assert sorted(row) == sorted(schemas.DOCUMENTS.names)
    assert row["raw_text"] == RAW and row["published"] == dt.date(2021, 3, 8)
    assert row["url"] == DOCUMENT.url and row["title"] is None
    assert SHARE not in row["text"] and row["text"].startswith(HEADLINE)
    # The share line is cut out between the headline and the body: two runs, the
    # second starting in the raw text right after the share line.
    assert row["map_clean"] == [0, len(HEADLINE)]
    assert row["map_raw"] == [0, len(HEADLINE) + len(SHARE)]


def test_boilerplate_rows_name_the_raw_span_removed(tmp_path):
    cleaned = clean_document(RAW, params=CleanParams())
    rows = list(boilerplate_rows(DOCUMENT.doc_id, cleaned))
    assert len(rows) == 1
    assert list(rows[0]) == schemas.BOILERPLATE.names
    assert RAW[rows[0]["raw_start"] : rows[0]["raw_end"]] == SHARE
    assert rows[0]["reason"] == "social-links"
    assert _round_trip(rows, schemas.BOILERPLATE, tmp_path) == rows


def test_entity_rows_number_sentences_and_leave_the_link_columns_empty(tmp_path):
    result = _entities()
    sentences = list(sentence_rows(result))
    assert [row["sentence_id"] for row in sentences] == [0, 1, 2]
    assert [(row["start"], row["end"]) for row in sentences] == result.sentences
    assert all(list(row) == schemas.SENTENCES.names for row in sentences)
    times = list(model_time_rows(result))
    assert times == [
        {
            "doc_id": DOCUMENT.doc_id,
            "start": result.time_spans[0][0],
            "end": result.time_spans[0][1],
            "label": "DATE",
        }
    ]
    assert list(times[0]) == schemas.MODEL_TIMES.names
    mentions = list(mention_rows(result))
    assert [row["text"] for row in mentions] == ["Lagos Water Agency", "Ada Okafor"]
    assert all(list(row) == schemas.MENTIONS.names for row in mentions)
    assert {(row["entity_id"], row["link_method"], row["link_score"]) for row in mentions} == {
        (None, None, None)
    }
    assert _round_trip(mentions, schemas.MENTIONS, tmp_path) == mentions


def test_date_rows_keep_every_column_in_record_order(tmp_path):
    doc, monday = DOCUMENT.doc_id, dt.date(2021, 3, 8)
    # doc_id, timex_id, start, end, raw_start, raw_end, text, type, value, granularity,
    # anchor, date_start, date_end, sentence_id, then mod, quant, freq
    records = [
        TimexRecord(doc, "t2", 90, 96, 134, 140, "Monday", "DATE", "2021-03-08", "day", "dct",
                    monday, monday, 1),
        TimexRecord(doc, "t1", 10, 19, 10, 19, "every day", "SET", "P1D", None, "dct",
                    None, None, 0, None, "EVERY", "1D"),
    ]  # fmt: skip
    rows = list(date_rows(records))
    assert [row["timex_id"] for row in rows] == ["t2", "t1"]  # as given, not re-sorted
    assert all(list(row) == schemas.DATES.names for row in rows)
    assert rows[1]["quant"] == "EVERY" and rows[1]["mod"] is None
    assert _round_trip(rows, schemas.DATES, tmp_path) == rows


def test_write_problems_sorts_by_document_then_kind(tmp_path):
    problems = [
        Problem("b.txt", "unreadable", "permission denied"),
        Problem("a.pdf", "too-large", "9000 bytes > ingest.max_bytes 100"),
        Problem("b.txt", "empty", "no text"),
    ]
    write_problems(problems, tmp_path, run_id="run-1")
    path = tmp_path / "problems.parquet"
    assert pq.read_schema(path).names == schemas.PROBLEMS.names
    assert [(row["doc_id"], row["kind"]) for row in iter_rows(path, schemas.PROBLEMS)] == [
        ("a.pdf", "too-large"),
        ("b.txt", "empty"),
        ("b.txt", "unreadable"),
    ]
    assert read_run_id(path) == "run-1"
