"""A year written with the next one's last digits is a fiscal year (FY2004) where its
sentence speaks of money or the economy, and stays the first year where it names a
sports season or a span of two years."""

import pytest

from extract.timex.tagger import tag_text
from tests.conftest import CORPORA


def tags(text):
    return [(t.text, t.resolution.value) for t in tag_text(text, dct=None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kano budget for 2004/05 was £400m.", [("2004/05", "FY2004")]),
        ("Borrowing is tipped to fall by 2005/06, the treasury said.", [("2005/06", "FY2005")]),
        ("Exports rose 4.7% in 1998/9.", [("1998/9", "FY1998")]),
        ("The agency approved spending for fiscal year 2016-17.", [("2016-17", "FY2016")]),
        ("She was player of the season in 2001/2, worth £5m.", [("2001", "2001")]),
        ("The 1963-4 tourists came home unbeaten.", [("1963", "1963")]),  # no money
        ("Spending grew 7% over 1973-90.", [("1973", "1973")]),  # a range, not a split year
    ],
)
def test_a_split_year_is_a_fiscal_year_only_beside_money(text, expected):
    assert tags(text) == expected


BBC = CORPORA / "bbc-news"


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpora/bbc-news")
@pytest.mark.parametrize(
    ("path", "written", "expected"),
    [
        ("business/154.txt", "2004/05", ("2004/05", "FY2004")),  # "the current budget in"
        ("business/271.txt", "2006/07", ("2006", "2006")),  # "the 2006/07 season"
        ("sport/371.txt", "1924-5", ("1924", "1924")),  # "the 1924-5 All Black tourists"
    ],
)
def test_split_years_in_real_news(path, written, expected):
    text = (BBC / path).read_text("utf-8")
    start = text.index(written)
    found = [t for t in tag_text(text, dct=None) if t.start == start]
    assert [(t.text, t.resolution.value) for t in found] == [expected]
