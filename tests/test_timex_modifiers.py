# ruff: noqa: E501  (a TimeML sample keeps its long lines as TimeML files have them)
"""TIMEX3 mod, quant and freq: hand-worked sentences, the dates.parquet columns, the
TimeML reader and the agreement scores."""

import datetime as dt

import pyarrow.parquet as pq
import pytest

from extract.clean.clean_text import build_clean_text
from extract.config import Params
from extract.evaluation.timeml import read_timeml
from extract.evaluation.timex import Timex, score_timex
from extract.stages.dates import run_dates
from extract.stages.files import DATES_FILE, DOCUMENTS_FILE, MODEL_TIMES_FILE, SENTENCES_FILE
from extract.tables import schemas
from extract.tables.parquet_io import read_table, write_table
from extract.timex.modifiers import read_modifiers
from extract.timex.tagger import tag_text

DCT = dt.date(2019, 6, 1)


def _found(sentence):
    """(text, type, value, mod, quant, freq) of every expression of the sentence."""
    return [
        (
            t.text,
            t.resolution.type,
            t.resolution.value,
            t.modifiers.mod,
            t.modifiers.quant,
            t.modifiers.freq,
        )
        for t in tag_text(sentence, dct=DCT)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ada Okafor ran the Lagos Water Agency for more than 30 years.",
            [("more than 30 years", "DURATION", "P30Y", "MORE_THAN", None, None)],
        ),
        (
            "The audit of the Lagos Water Agency took about a month.",
            [("about a month", "DURATION", "P1M", "APPROX", None, None)],
        ),
        (
            "Ada Okafor moved to Ibadan in early 2017.",
            [("early 2017", "DATE", "2017", "START", None, None)],
        ),
        (
            "The pumps were laid in the mid-1990s and tested in the middle of May 1996.",
            [
                ("the mid-1990s", "DATE", "199", "MID", None, None),
                ("the middle of May 1996", "DATE", "1996-05", "MID", None, None),
            ],
        ),
        (
            "Bids closed in late 2017; the contract was signed at the end of May 2018.",
            [
                ("late 2017", "DATE", "2017", "END", None, None),
                ("the end of May 2018", "DATE", "2018-05", "END", None, None),
            ],
        ),
        (
            "Tariffs stay frozen for at least 30 years.",
            [("at least 30 years", "DURATION", "P30Y", "EQUAL_OR_MORE", None, None)],
        ),
        (
            "Repairs take at most 90 days and no more than 60 days in towns.",
            [
                ("at most 90 days", "DURATION", "P90D", "EQUAL_OR_LESS", None, None),
                ("no more than 60 days", "DURATION", "P60D", "EQUAL_OR_LESS", None, None),
            ],
        ),
        (
            "The leak was found in less than a week and fixed in under two hours.",
            [
                ("less than a week", "DURATION", "P1W", "LESS_THAN", None, None),
                ("under two hours", "DURATION", "PT2H", "LESS_THAN", None, None),
            ],
        ),
        (
            "The plant was idle for a week or so.",
            [("a week or so", "DURATION", "P1W", "APPROX", None, None)],
        ),
    ],
)
def test_mod_is_read_from_the_words_of_the_expression(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ada Okafor swam every other morning.",
            [("every other morning", "SET", "P2D", None, "EVERY", None)],
        ),
        (
            "The board meets four times a week.",
            [("four times a week", "SET", "P1W", None, None, "4X")],
        ),
        (
            "The board meets every Tuesday.",
            [("every Tuesday", "SET", "XXXX-WXX-2", None, "EVERY", None)],
        ),
        (
            "Inspectors call twice a month and publish each year.",
            [
                ("twice a month", "SET", "P1M", None, None, "2X"),
                ("each year", "SET", "P1Y", None, "EACH", None),
            ],
        ),
        (
            "The meters are read at least six times a year.",
            [("at least six times a year", "SET", "P1Y", "EQUAL_OR_MORE", None, "6X")],
        ),
        (
            "The agency reports daily.",
            [("daily", "SET", "P1D", None, None, "1X")],
        ),
    ],
)
def test_sets_get_quant_and_freq(sentence, expected):
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Ada Okafor spoke about Monday's vote.",  # "about" before a date is not APPROX
        "Prices rose over the past year.",  # "over" before a date is not MORE_THAN
        "The pipes were laid earlier.",  # a lone "earlier" is no START
        "The agency met on 3 June 2018.",
    ],
)
def test_no_mod_where_the_words_give_none(sentence):
    assert all(mod is None for _, _, _, mod, _, _ in _found(sentence))


def test_a_comparative_right_before_a_duration_counts():
    """A span that leaves "nearly" out (as a gold file or the model may) still gets it."""
    text = "It ran nearly three years."
    start = text.index("three")
    assert read_modifiers(text, start, start + len("three years"), "DURATION").mod == "LESS_THAN"
    assert read_modifiers(text, start, start + len("three years"), "DATE").mod is None


def test_dates_stage_writes_mod_quant_and_freq(tmp_path):
    raw = "Ada Okafor led it for more than 30 years. The board met every Tuesday in early 2017."
    text, offsets = build_clean_text(raw, [])
    write_table(
        [
            {
                "doc_id": "d1",
                "sha256": "0" * 64,
                "published": DCT,
                "url": None,
                "title": None,
                "encoding": "utf-8",
                "text": text,
                "format": "text",
                "raw_text": raw,
                "published_source": "manifest",
                "map_clean": list(offsets.clean_starts),
                "map_raw": list(offsets.raw_starts),
            }
        ],
        schemas.DOCUMENTS,
        tmp_path / DOCUMENTS_FILE,
    )
    second = text.index("The board")
    write_table(
        [
            {"doc_id": "d1", "sentence_id": 0, "start": 0, "end": second - 1},
            {"doc_id": "d1", "sentence_id": 1, "start": second, "end": len(text)},
        ],
        schemas.SENTENCES,
        tmp_path / SENTENCES_FILE,
    )
    write_table([], schemas.MODEL_TIMES, tmp_path / MODEL_TIMES_FILE)
    run_dates(tmp_path, params=Params())
    schema = pq.read_schema(tmp_path / DATES_FILE).remove_metadata()
    assert schema.equals(schemas.DATES)
    assert schema.names[-4:] == ["mod", "quant", "freq", "document_date"]
    rows = read_table(tmp_path / DATES_FILE, schemas.DATES)
    assert {r["document_date"] for r in rows} == {DCT}  # resolved against its published date
    assert [(r["text"], r["sentence_id"], r["mod"], r["quant"], r["freq"]) for r in rows] == [
        ("more than 30 years", 0, "MORE_THAN", None, None),
        ("every Tuesday", 1, None, "EVERY", None),
        ("early 2017", 1, "START", None, None),
    ]


TIMEML = """<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Rates held for <TIMEX3 tid="t1" type="DURATION" value="P30Y" mod="MORE_THAN">more than 30 years</TIMEX3>; the board met <TIMEX3 tid="t2" type="SET" value="P1W" quant="each" freq="">each week</TIMEX3> until <TIMEX3 tid="t3" type="DATE" value="1997">1997</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_timeml_reader_reads_mod_quant_and_freq(tmp_path):
    path = tmp_path / "x.tml"
    path.write_text(TIMEML, "utf-8")
    document = read_timeml(path)
    assert [(t.text, t.mod, t.quant, t.freq) for t in document.timexes] == [
        ("more than 30 years", "MORE_THAN", None, None),
        ("each week", None, "each", None),  # an empty freq is none
        ("1997", None, None, None),
    ]


def test_mod_agreement_counts_matched_pairs_and_no_mod_on_both_sides():
    gold = [
        Timex("d", 0, 18, "more than 30 years", "DURATION", "P30Y", "MORE_THAN"),
        Timex("d", 30, 40, "early 2017", "DATE", "2017", "START"),
        Timex("d", 50, 54, "1997", "DATE", "1997"),
        Timex("d", 60, 69, "each week", "SET", "P1W", None, "each"),
        Timex("d", 80, 84, "1999", "DATE", "1999"),  # unmatched: not compared
    ]
    system = [
        Timex("d", 0, 18, "more than 30 years", "DURATION", "P30Y", "MORE_THAN"),
        Timex("d", 36, 40, "2017", "DATE", "2017"),  # matched, mod missed
        Timex("d", 50, 54, "1997", "DATE", "1997"),  # both without: agree
        Timex("d", 60, 69, "each week", "SET", "P1W", None, "EACH"),
    ]
    scores = score_timex(gold, system)
    assert (scores.mod.agreed, scores.mod.compared) == (3, 4)
    assert scores.mod.accuracy == 0.75
    assert (scores.quant.agreed, scores.quant.compared) == (1, 1)  # case does not count
    assert (scores.freq.agreed, scores.freq.compared) == (1, 1)


def test_a_part_or_approximation_right_before_a_date_or_time_counts():
    found = _found("Ada Okafor left late yesterday, came back early Tuesday around 7:15 p.m.")
    assert [(text, mod) for text, _, _, mod, _, _ in found] == [
        ("yesterday", "END"),
        ("early Tuesday", "START"),  # inside, as TimeBank writes "early Tuesday"
        ("around 7:15 p.m.", "APPROX"),  # inside the span, as TimeBank writes it
    ]
    assert [(t[0], t[3]) for t in _found("The dam closes at the end of this week.")] == [
        ("this week", "END")
    ]
