"""Capitalized time words inside the title of a programme or film are no time
expressions ("Radio Lagos's Today programme"); at a sentence's start, in a title-case
headline and in a holiday's name they still are (invented text)."""

import datetime as dt

import pytest

from extract.timex.conventions import TIMEBANK_CONVENTIONS
from extract.timex.tagger import tag_text

MONDAY = dt.date(2023, 3, 6)


def texts(text):
    return [t.text for t in tag_text(text, dct=MONDAY, conventions=TIMEBANK_CONVENTIONS)]


@pytest.mark.parametrize(
    "text",
    [
        'Ada Okafor said on the broadcaster\'s "This Week" that the pumps work again.',
        "Ada Okafor told Radio Lagos's Today programme that the pumps work again.",
        "The poster showed a scene from the film High Noon, the agency said.",
        'She spoke to the news show "60 Minutes" about the water supply.',
        "Ada Okafor told the hosts of Lagos TV's This Evening that the pumps work again.",
        "The agency's chief appeared on Saturday Night with the presenters.",
    ],
)
def test_a_capitalized_time_word_inside_a_sentence_names_a_programme_or_film(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This week the agency fixed the pumps.", ["This week"]),
        ("Today the agency fixed the pumps.", ["Today"]),
        ("Tuesday Morning Pumps Restart In Lagos", ["Tuesday Morning"]),
        (
            "Pumps Fixed After 33 Years, 6 Months And 25 Days In Repair",
            ["33 Years, 6 Months And 25 Days"],
        ),
        ("The boy was found at sea on Thanksgiving Day, his uncle said.", ["Thanksgiving Day"]),
    ],
)
def test_sentence_starts_headlines_and_holidays_keep_their_expressions(text, expected):
    assert texts(text) == expected
