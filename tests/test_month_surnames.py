"""A month's name used as a surname (invented text): a person, not a date."""

import datetime as dt

from extract.ner.month_surnames import add_month_surnames
from extract.timex.tagger import tag_text

TEXT = (
    "Ada May spoke on Monday. May told reporters that Mrs June would stay until June. "
    "In May, May said, the vote would come. The May 4 vote will be close.\n"
)


def test_the_month_alone_is_the_person_unless_a_word_before_it_introduces_a_time():
    found = [(x.text, x.resolution.value) for x in tag_text(TEXT, dct=dt.date(2018, 12, 4))]
    assert found == [
        ("Monday", "2018-12-03"),
        ("June", "2019-06"),  # "until June"
        ("May", "2019-05"),  # "In May"
        ("May 4", "2019-05-04"),  # a day after it: a date
    ]  # not "May told", "May said", nor the names "Ada May", "Mrs June"


def test_without_such_a_name_a_month_alone_stays_a_date():
    # the model's DATE span lets the grammar read a month alone
    text = "Sales were flat. May told a different story."
    start = text.index("May")
    read = tag_text(text, dct=dt.date(2018, 12, 4), model_spans=[(start, start + 3)])
    assert [x.text for x in read] == ["May"]
    named = "Ada May runs the shop. " + text
    start = named.index("May told")
    read = tag_text(named, dct=dt.date(2018, 12, 4), model_spans=[(start, start + 3)])
    assert read == []


def test_a_given_name_or_title_before_a_month_makes_a_person():
    start = TEXT.index("Ada")
    found = add_month_surnames(
        TEXT,
        [(start, start + 3, "PERSON")],  # the model's given name alone gives way
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda s, e, label, sentence: (s, e, label),
    )
    assert [(TEXT[s:e], label) for s, e, label in found] == [
        ("Ada May", "PERSON"),
        ("June", "PERSON"),  # of "Mrs June": the title stays outside
    ]
