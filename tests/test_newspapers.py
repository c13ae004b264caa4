"""A newspaper named by a time word ("the Sunday Times", "the Evening Standard") is an
organisation, and its weekday or part of the day is no time expression."""

import pytest

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.mentions import extract_entities
from extract.timex.publications import is_publication_name, publication_names
from extract.timex.tagger import tag_text
from tests.conftest import CORPORA


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A report in the Sunday Gazette claims Mr Bello will stay.", ["Sunday Gazette"]),
        ("An aide told the Sunday Clarion Mr Bello would go.", ["Sunday Clarion"]),  # title after
        ("She wrote for The Evening Courier.", ["Evening Courier"]),
        ("He left on the Sunday Morning train.", []),  # another time word
        ("It was the Sunday Mr Bello chose.", []),  # a title, no paper
        ("He won the Evening Courier Theatre Awards.", []),  # a longer name
        ("He left on Sunday for Kano.", []),
    ],
)
def test_the_names_of_newspapers(text, names):
    assert [text[start:end] for start, end in publication_names(text)] == names


def test_a_newspaper_name_is_read_whole():
    assert is_publication_name("Sunday Gazette")
    assert not is_publication_name("Sunday Morning")
    assert not is_publication_name("Gazette")


def test_the_time_word_of_a_newspaper_is_no_time_expression():
    text = "A report in the Sunday Gazette on Monday said the Evening Courier was sold."
    assert [t.text for t in tag_text(text, dct=None)] == ["Monday"]


def _mentions(text, params):
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    (result,) = extract_entities([document], params=params)
    return {text[m.start : m.end]: m.label for m in result.mentions}


BBC = CORPORA / "bbc-news"


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpora/bbc-news")
@pytest.mark.parametrize(
    ("path", "paper"),
    [("politics/402.txt", "Sunday Telegraph"), ("politics/306.txt", "Sunday Times")],
)
def test_real_newspapers_are_organisations(path, paper):
    """The small model reads "Sunday" of these BBC articles as a DATE or cuts the name."""
    text = (BBC / path).read_text("utf-8")
    assert _mentions(text, NerParams(newspapers=False)).get(paper) is None
    assert _mentions(text, NerParams())[paper] == "ORG"
    start = text.index(paper)
    assert not [t for t in tag_text(text, dct=None) if t.start <= start < t.end]
