"""The grammar runs a pattern only over paragraphs holding one of its trigger words
(extract.timex.triggers): on real text that must drop no match."""

from __future__ import annotations

import pytest

from extract.evaluation.timeml import read_timeml_folder
from extract.timex.candidates import find_candidates
from extract.timex.patterns import PATTERNS
from extract.timex.tagger import tag_text
from extract.timex.triggers import TRIGGERS, paragraphs
from tests.conftest import CORPORA, RAW

BBC = CORPORA / "bbc-news"
TIMEBANK = CORPORA / "timebank-aquaint"


def _ungated_spans(text: str) -> set[tuple[str, int, int]]:
    """Every pattern over every paragraph, trigger words or not."""
    return {
        (pattern.name, match.start("t"), match.end())
        for paragraph in paragraphs(text)
        for pattern in PATTERNS
        for match in pattern.regex.finditer(text, paragraph.start, paragraph.end)
    }


def _gated_spans(text: str) -> set[tuple[str, int, int]]:
    return {(c.pattern.name, c.start, c.end) for c in find_candidates(text)}


def _assert_gate_drops_nothing(texts: list[str]) -> None:
    matched = 0
    for text in texts:
        ungated = _ungated_spans(text)
        assert _gated_spans(text) == ungated
        matched += len(ungated)
    assert matched > 0


def test_every_pattern_has_its_trigger_words():
    assert set(TRIGGERS) == {pattern.name for pattern in PATTERNS}


def test_gate_drops_no_match_in_the_bundled_documents():
    _assert_gate_drops_nothing([path.read_text("utf-8") for path in sorted(RAW.glob("*.txt"))])


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpora/bbc-news")
def test_gate_drops_no_match_in_bbc_news():
    paths = sorted(BBC.glob("*/*.txt"))[::8]
    _assert_gate_drops_nothing([path.read_text("utf-8", errors="replace") for path in paths])


@pytest.mark.skipif(not TIMEBANK.is_dir(), reason="needs ../shared/corpora/timebank-aquaint")
def test_gate_drops_no_match_in_timebank_aquaint():
    documents = read_timeml_folder(TIMEBANK / "TimeBank") + read_timeml_folder(TIMEBANK / "AQUAINT")
    _assert_gate_drops_nothing([document.text for document in documents])


def test_words_of_a_pattern_in_a_compound_still_trigger_it():
    # "midnight" is one word but the part-of-day pattern reads it as "mid" + "night".
    text = "The polls close at midnight and the count starts at midmorning."
    assert [t.text for t in tag_text(text, dct=None)] == ["midnight", "midmorning"]


def test_an_expression_stops_at_a_blank_line():
    # A fixture list: the match day, then the kick-off time on its own line.
    text = "Kano Harbour v Lagos Rovers\n\nTuesday, 1 March\n\n2000 GMT\n"
    found = [(t.text, t.resolution.type) for t in tag_text(text, dct=None)]
    assert found == [("Tuesday, 1 March", "DATE"), ("2000 GMT", "TIME")]
