"""The case chronology: timeline rows built from time expressions, sentences and mentions."""

import datetime as dt
import json
import re
import shutil

import pyarrow.parquet as pq
import pytest

from extract.clean.clean_text import build_clean_text
from extract.clean.document import CleanText
from extract.config import Params
from extract.errors import InputTableError
from extract.stages.clean import run_clean
from extract.stages.dates import run_dates
from extract.stages.entities import run_entities
from extract.stages.ingest import run_ingest
from extract.stages.link import run_link
from extract.stages.timeline import run_timeline
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_table
from extract.timeline.builder import TimelineDocument, TimexInput, build_timeline
from extract.timex.intervals import calendar_interval

from .conftest import RAW, REPO, nth_span

NAMES = {"ada-okafor": "Ada Okafor", "lagos-water-agency": "Lagos Water Agency"}


def _document(doc_id, raw_text):
    """The text with its whitespace normalised and nothing removed as boilerplate."""
    text, offsets = build_clean_text(raw_text, [])
    return CleanText(doc_id, text, offsets)


def _timex(text, needle, type_, value, sentence_id, *, occurrence=1):
    start, end = nth_span(text, needle, occurrence)
    interval = calendar_interval(value) if type_ == "DATE" else None
    return TimexInput(
        timex_id=f"t{start}",
        start=start,
        end=end,
        type=type_,
        value=value,
        granularity=None,
        date_start=interval[0] if interval else None,
        date_end=interval[1] if interval else None,
        sentence_id=sentence_id,
    )


def _sentences(text):
    """Sentence spans split at ". " (enough for the hand-written texts here)."""
    spans, start = {}, 0
    for index, piece in enumerate(text.split(". ")):
        spans[index] = (start, start + len(piece) + (0 if start + len(piece) == len(text) else 1))
        start += len(piece) + 2
    return spans


def _item(doc_id, text, timexes, mentions=(), published=None):
    document = _document(doc_id, text)
    return TimelineDocument(document, published, _sentences(document.text), timexes, mentions)


def test_timeline_dated_rows_in_time_order_across_documents():
    first = "The agency opened in March 1985. It closed on 2 May 1984."
    second = "Ada Okafor wrote on 1 March 1985."
    rows = build_timeline(
        [
            _item(
                "a.txt",
                first,
                [
                    _timex(first, "March 1985", "DATE", "1985-03", 0),
                    _timex(first, "2 May 1984", "DATE", "1984-05-02", 1),
                ],
            ),
            _item("b.txt", second, [_timex(second, "1 March 1985", "DATE", "1985-03-01", 0)]),
        ],
        entity_names=NAMES,
    )
    # 2 May 1984 first; March 1985 (from the 1st to the 31st) after 1 March 1985 (the 1st
    # to the 1st): same start, earlier end first.
    assert [(row.doc_id, row.value) for row in rows] == [
        ("a.txt", "1984-05-02"),
        ("b.txt", "1985-03-01"),
        ("a.txt", "1985-03"),
    ]
    assert rows[2].date_start == dt.date(1985, 3, 1)
    assert rows[2].date_end == dt.date(1985, 3, 31)
    assert all(row.resolved for row in rows)


def test_timeline_unresolved_rows_come_last_flagged_in_reading_order():
    text = "Ada Okafor left that day. She came back in 2001. She is here now."
    rows = build_timeline(
        [
            _item(
                "a.txt",
                text,
                [
                    _timex(text, "that day", "DATE", "XXXX-XX-XX", 0),
                    _timex(text, "2001", "DATE", "2001", 1),
                    _timex(text, "now", "DATE", "PRESENT_REF", 2),
                ],
            )
        ],
        entity_names=NAMES,
    )
    assert [(row.value, row.resolved) for row in rows] == [
        ("2001", True),
        ("XXXX-XX-XX", False),
        ("PRESENT_REF", False),
    ]
    assert rows[1].date_start is None and rows[1].date_end is None


def test_timeline_leaves_out_durations_and_sets():
    text = "The inquiry lasted three weeks and met every Monday in June 1990."
    rows = build_timeline(
        [
            _item(
                "a.txt",
                text,
                [
                    _timex(text, "three weeks", "DURATION", "P3W", 0),
                    _timex(text, "every Monday", "SET", "XXXX-WXX-1", 0),
                    _timex(text, "June 1990", "DATE", "1990-06", 0),
                ],
            )
        ],
        entity_names=NAMES,
    )
    assert [row.value for row in rows] == ["1990-06"]


def test_timeline_time_value_is_dated_by_its_day():
    text = "The Lagos Water Agency met at 10am on 3 June 1990."
    rows = build_timeline(
        [
            _item(
                "a.txt", text, [_timex(text, "10am on 3 June 1990", "TIME", "1990-06-03T10:00", 0)]
            )
        ],
        entity_names=NAMES,
    )
    assert (rows[0].date_start, rows[0].date_end) == (dt.date(1990, 6, 3), dt.date(1990, 6, 3))
    assert rows[0].resolved


def test_timeline_time_without_a_day_is_unresolved():
    text = "Ada Okafor called at 10am."
    rows = build_timeline(
        [_item("a.txt", text, [_timex(text, "10am", "TIME", "XXXX-XX-XXT10:00", 0)])],
        entity_names=NAMES,
    )
    assert not rows[0].resolved and rows[0].date_start is None


def test_timeline_sentence_entities_sorted_deduplicated_names_aligned():
    text = (
        "Ada Okafor joined the Lagos Water Agency in 1999, and Ada Okafor stayed. "
        "Nobody else came in 2003."
    )
    mentions = [(0, "lagos-water-agency"), (0, "ada-okafor"), (0, "ada-okafor")]
    rows = build_timeline(
        [
            _item(
                "a.txt",
                text,
                [_timex(text, "1999", "DATE", "1999", 0), _timex(text, "2003", "DATE", "2003", 1)],
                mentions,
            )
        ],
        entity_names=NAMES,
    )
    assert rows[0].entity_ids == ["ada-okafor", "lagos-water-agency"]
    assert rows[0].entity_names == ["Ada Okafor", "Lagos Water Agency"]
    assert rows[1].entity_ids == [] and rows[1].entity_names == []


def test_timeline_sentence_text_and_raw_offsets_are_the_sentence():
    raw = "Ada  Okafor   arrived on 4 July 1976.\n\nShe left in 1980."
    item = _item("a.txt", raw, [])
    text = item.document.text  # cleaning collapses the runs of spaces
    assert text == "Ada Okafor arrived on 4 July 1976.\n\nShe left in 1980."
    sentences = {0: (0, text.index(".") + 1), 1: (text.index("She"), len(text))}
    timex = _timex(text, "4 July 1976", "DATE", "1976-07-04", 0)
    rows = build_timeline(
        [TimelineDocument(item.document, dt.date(2001, 5, 6), sentences, [timex], [])],
        entity_names=NAMES,
    )
    assert rows[0].sentence_text == "Ada Okafor arrived on 4 July 1976."
    assert raw[rows[0].raw_start : rows[0].raw_end] == "Ada  Okafor   arrived on 4 July 1976."
    assert rows[0].published == dt.date(2001, 5, 6)


def test_timeline_expression_across_a_sentence_end_widens_the_sentence():
    text = "Ada Okafor left on Jan. 5, 1990 at noon."
    item = _item("a.txt", text, [])
    sentences = {0: (0, text.index("Jan.") + 4), 1: (text.index(" 5") + 1, len(text))}
    timex = _timex(text, "Jan. 5, 1990", "DATE", "1990-01-05", 0)
    rows = build_timeline(
        [TimelineDocument(item.document, None, sentences, [timex], [])], entity_names=NAMES
    )
    assert rows[0].sentence_text == "Ada Okafor left on Jan. 5, 1990"


def test_timeline_empty_input_gives_no_rows():
    assert build_timeline([], entity_names={}) == []
    assert build_timeline([_item("a.txt", "No dates here.", [])], entity_names={}) == []


# --- the stage on the bundled corpus -------------------------------------------------


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    """Every stage up to the timeline on the bundled corpus, in process."""
    out = tmp_path_factory.mktemp("timeline") / "out"
    params = Params()
    kb = REPO / "kb" / "entities.yaml"
    run_ingest(RAW, out, params=params)
    run_clean(out, params=params)
    run_entities(out, params=params, kb_path=kb)
    run_link(out, params=params, kb_path=kb)
    run_dates(out, params=params)
    run_timeline(out)
    return out


def test_timeline_stage_writes_its_schema(bundled):
    schema = pq.read_schema(bundled / "timeline.parquet").remove_metadata()
    assert schema.equals(schemas.TIMELINE)


def test_timeline_stage_every_date_and_time_of_dates_is_a_row(bundled):
    dates = read_table(bundled / "dates.parquet", schemas.DATES)
    timeline = read_table(bundled / "timeline.parquet", schemas.TIMELINE)
    wanted = sorted(row["timex_id"] for row in dates if row["type"] in ("DATE", "TIME"))
    assert sorted(row["timex_id"] for row in timeline) == wanted
    resolved = [row["resolved"] for row in timeline]
    assert resolved == sorted(resolved, reverse=True)  # every dated row before any other
    dated = [(row["date_start"], row["date_end"]) for row in timeline if row["resolved"]]
    assert dated == sorted(dated)


def test_timeline_stage_gold_dates_with_a_day_or_month_have_their_sentence(bundled):
    """Every gold DATE with a day or month value is a timeline row of that interval
    whose sentence holds the expression (issue 17's done-when)."""
    timeline = read_table(bundled / "timeline.parquet", schemas.TIMELINE)
    checked = 0
    for path in sorted((REPO / "gold").glob("*.jsonl")):
        for line in path.read_text("utf-8").splitlines():
            gold = json.loads(line)
            if gold["kind"] != "timex" or gold["type"] != "DATE":
                continue
            if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", gold["value"]):
                continue
            rows = [
                row
                for row in timeline
                if row["doc_id"] == gold["doc"]
                and row["raw_start"] <= gold["start"] < gold["end"] <= row["raw_end"]
                and (row["date_start"], row["date_end"]) == calendar_interval(gold["value"])
            ]
            assert rows, gold
            assert " ".join(gold["text"].split()) in " ".join(rows[0]["sentence_text"].split())
            checked += 1
    assert checked == 31  # the three documents hold 31 such gold dates


def test_timeline_stage_row_of_a_known_sentence(bundled):
    """Worked out from the raw text: "... was born on August 1, 1966, in Thailand, raised
    in Germany and America." -- the KB links America to the United States."""
    timeline = read_table(bundled / "timeline.parquet", schemas.TIMELINE)
    (row,) = [r for r in timeline if r["value"] == "1966-08-01"]
    assert row["doc_id"] == "002_2448300231c3ec10.txt"
    assert row["sentence_text"].startswith("He is the son of a German diplomat, was born on")
    assert row["sentence_text"].endswith("raised in Germany and America.")
    raw = (RAW / row["doc_id"]).read_text("utf-8")
    assert raw[row["raw_start"] : row["raw_end"]] == row["sentence_text"]
    assert "germany" in row["entity_ids"] and "thailand" in row["entity_ids"]
    assert row["entity_names"][row["entity_ids"].index("germany")] == "Germany"


def test_timeline_stage_entity_missing_from_entities_names_the_table(bundled, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(bundled, out)
    entities = read_table(out / "entities.parquet", schemas.ENTITIES)
    write_table(
        [row for row in entities if row["entity_id"] != "germany"],
        schemas.ENTITIES,
        out / "entities.parquet",
    )
    with pytest.raises(InputTableError, match=r"entities\.parquet.*'germany'"):
        run_timeline(out)


def test_timeline_stage_without_dates_names_the_missing_table(bundled, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(bundled, out)
    (out / "dates.parquet").unlink()
    with pytest.raises(InputTableError, match=r"dates\.parquet: not found"):
        run_timeline(out)
