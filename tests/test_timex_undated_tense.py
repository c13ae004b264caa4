"""An undated text: a month or day without a year takes the year of the last explicit
date, unless that date was told in another tense. A plan after a past event is not
in the event's year ("won gold in 2000 ... is due to face trial in March"), nor is the
present ("its board meets on 12 January" after "founded in 1987"), nor an event told
in the past in the year of a forecast ("will grow by 2006 ... In September it
opened"): the value says the year is unknown rather than guess one."""

from extract.timex.conventions import ANNOTATION_CONVENTIONS
from extract.timex.tagger import tag_text


def values(text):
    found = tag_text(text, dct=None, conventions=ANNOTATION_CONVENTIONS)
    return [(t.text, t.resolution.value) for t in found]


def test_a_plan_after_a_past_event_does_not_take_the_events_year():
    assert values(
        "Ada Okafor won two medals in Lagos in 2000. Her appeal is due to be heard in March."
    ) == [("2000", "2000"), ("March", "XXXX-03")]


def test_a_day_the_text_plans_does_not_take_a_past_year_either():
    assert values(
        "The Lagos Water Agency was founded in 1987. Its board will meet on 12 January."
    ) == [("1987", "1987"), ("12 January", "XXXX-01-12")]


def test_an_event_told_in_the_past_does_not_take_the_year_of_a_forecast():
    assert values(
        "The agency expects its sales to double by 2006. In September it opened a plant."
    ) == [("2006", "2006"), ("September", "XXXX-09")]


def test_a_story_told_in_one_tense_keeps_its_year():
    assert values("Ada Okafor moved to Lagos in 2001. In March she opened a shop.") == [
        ("2001", "2001"),
        ("March", "2001-03"),
    ]
    assert values("The bridge will open in 2007. Tolls will start in March.") == [
        ("2007", "2007"),
        ("March", "2007-03"),
    ]


def test_the_present_is_not_dated_by_a_past_event():
    assert values("The Lagos Water Agency was founded in 1987. Its board meets on 12 January.") == [
        ("1987", "1987"),
        ("12 January", "XXXX-01-12"),
    ]


def test_a_date_read_from_the_anchor_keeps_the_anchors_tense():
    # "March" takes 2006 from an untensed sentence; its own clause is past, but the
    # anchor is still the Games' year, so the present-tense ceremony falls in it too
    assert values(
        "Lagos hosts the 2006 Games. In March the city finished the stadium. "
        "The opening ceremony is on 12 May."
    ) == [("2006", "2006"), ("March", "2006-03"), ("12 May", "2006-05-12")]


def test_a_modal_of_the_past_tells_the_past():
    # "would have turned": a past that did not happen, not a plan
    assert values(
        "Ada Okafor would have turned 21 on 14 March 2015. In May we found a letter."
    ) == [
        ("14 March 2015", "2015-03-14"),
        ("May", "2015-05"),
    ]


def test_set_to_have_is_a_plan_not_a_modal_of_the_past():
    # "set to have a big year in 2005": a forecast, so the show's January is 2005's
    assert values(
        "Lagos players are set to have a big year in 2005. The show will run until 9 January."
    ) == [("2005", "2005"), ("9 January", "2005-01-09")]
