"""Vague references to the present and the future: "the near future", "these days",
"a later date" are DATE PRESENT_REF/FUTURE_REF, as "now" and "the future" are
(invented text)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

MONDAY = dt.date(2023, 3, 6)


def tags(text):
    tagged = tag_text(text, dct=MONDAY, conventions=TIMEBANK_CONVENTIONS)
    return [(t.text, t.resolution.type, t.resolution.value) for t in tagged]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Lagos Water Agency will raise prices in the near future.",
            ("the near future", "DATE", "FUTURE_REF"),
        ),
        (
            "Ada Okafor spoke of the challenges of the near term.",
            ("the near term", "DATE", "FUTURE_REF"),
        ),
        ("The agency will decide at a later date.", ("a later date", "DATE", "FUTURE_REF")),
        ("Pumps fail more often these days.", ("these days", "DATE", "PRESENT_REF")),
    ],
)
def test_vague_references_to_the_present_and_future(text, expected):
    assert tags(text) == [expected]


def test_the_short_term_is_a_horizon_not_a_time_of_its_own():
    # the project's BBC gold leaves "in the short term" out; so does this grammar
    assert tags("In the short term, prices will rise.") == []


@pytest.mark.parametrize(
    "text", ["The agency must act at this moment.", "It must act at this crucial moment."]
)
def test_this_moment_is_the_present(text):
    assert [(kind, value) for _, kind, value in tags(text)] == [("DATE", "PRESENT_REF")]
