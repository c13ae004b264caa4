"""Names the model missed that their head noun marks (invented text)."""

from extract.ner.head_noun_names import add_head_noun_names

TEXT = (
    "Officials of the Kano Valley Water Agency said the annual review was late "
    "and the next annual review would be too. "
    "The Annual Review Committee met on Monday. "
    "In Kano Province, the Agency of Kano Waters and Kano's Water Bureau disagreed. "
    "Highway Patrol officers closed the Lagos Ring Road, the Lagos Sheriff's Bureau said.\n"
)


def _found(existing=()):
    mentions = add_head_noun_names(
        TEXT,
        list(existing),
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )
    return {TEXT[s:e]: label for s, e, label in mentions}


def _at(words, label):
    start = TEXT.index(words)
    return (start, start + len(words), label)


def test_names_ending_in_a_head_noun_or_followed_by_of_are_mentions_of_its_kind():
    assert _found() == {
        "Kano Valley Water Agency": "ORG",
        "Kano Province": "GPE",
        "Agency of Kano Waters": "ORG",
        "Water Bureau": "ORG",  # after the owner's possessive
        "Lagos Ring Road": "FAC",
        "Lagos Sheriff's Bureau": "ORG",  # a title's possessive is part of the name
    }  # not "Annual Review Committee" (written in lower case), not "Highway Patrol"


def test_a_model_name_inside_is_replaced_and_a_crossing_one_kept():
    kano = _at("Kano Valley", "GPE")  # inside the agency's name: replaced
    ring = _at("Ring Road, the Lagos", "FAC")  # crosses the run's end: the model's stands
    found = _found([kano, ring])
    assert found["Kano Valley Water Agency"] == "ORG" and "Kano Valley" not in found
    assert "Lagos Ring Road" not in found and found["Ring Road, the Lagos"] == "FAC"


def test_retention_counts_a_model_name_inside_a_head_noun_name_as_part_of_it():
    from extract.evaluation.ner import Mention
    from extract.evaluation.ner_comparison import _inside_head_noun_name

    agency = _at("Kano Valley Water Agency", "ORG")
    model = Mention("d", agency[0], agency[0] + 11, "Kano Valley", "GPE")
    assert _inside_head_noun_name(TEXT, model, [agency])
    assert not _inside_head_noun_name(TEXT, model, [(agency[0], agency[1], "PERSON")])
    road = _at("Lagos Ring Road", "ORG")  # a road is no organisation
    lagos = Mention("d", road[0], road[0] + 5, "Lagos", "GPE")
    assert not _inside_head_noun_name(TEXT, lagos, [road])


def test_a_road_is_named_by_its_number_and_direction_after_the_head_noun():
    text = "Traffic on Highway 12 SE was sent to Route 9. He was at Kano Airfield 2 hours.\n"
    found = add_head_noun_names(
        text,
        [],
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )
    # an airfield's name takes no number after it ("2 hours")
    assert [text[s:e] for s, e, _ in found] == ["Highway 12 SE", "Route 9", "Kano Airfield"]
