"""A line listing names gives all its items the label most of them have."""

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.enumerations import harmonise_enumerations
from extract.ner.mentions import extract_entities


def _harmonise(text, spans):
    """Run the pass on (start, end, label) triples given by their text."""
    mentions = []
    for piece, label in spans:
        start = text.index(piece)
        mentions.append((start, start + len(piece), label))
    result = harmonise_enumerations(
        text, mentions, [0], span=lambda m: m, make=lambda s, e, label, _: (s, e, label)
    )
    return [(text[s:e], label) for s, e, label in result]


def test_items_take_the_label_most_of_them_have():
    text = "Okafor, Vance, Adeyemi, A. Bello, Mensah.\n"
    found = _harmonise(
        text,
        [
            ("Okafor", "PERSON"),
            ("Vance, Adeyemi", "ORG"),
            ("A. Bello", "PERSON"),
            ("Mensah", "PERSON"),
        ],
    )
    # three of five items are PERSON (the ORG span covers two): every item is a PERSON,
    # and the span that swallowed two neighbours is cut into them
    assert found == [
        ("Okafor", "PERSON"),
        ("Vance", "PERSON"),
        ("Adeyemi", "PERSON"),
        ("A. Bello", "PERSON"),
        ("Mensah", "PERSON"),
    ]


def test_a_name_read_elsewhere_in_the_document_votes_with_that_reading():
    text = (
        "Tunde Adeyemi scored twice and Kofi Mensah once.\n"
        "Okafor, Vance, Adeyemi, Bello, Mensah, Ibe.\n"
    )
    spans = [
        ("Tunde Adeyemi", "PERSON"),
        ("Kofi Mensah", "PERSON"),
        ("Okafor", "PERSON"),
        ("Vance", "GPE"),
        ("Bello", "ORG"),
    ]
    found = dict(_harmonise(text, spans))
    # Okafor (model), Adeyemi and Mensah (full names above): 3 of 6 items are people
    assert {found[name] for name in ("Okafor", "Vance", "Adeyemi", "Bello", "Mensah", "Ibe")} == {
        "PERSON"
    }


def test_a_list_without_a_clear_majority_is_left_alone():
    text = "Okafor, Vance, Adeyemi, Bello, Mensah, Ibe.\n"
    spans = [("Okafor", "PERSON"), ("Vance", "GPE"), ("Bello", "ORG"), ("Ibe", "PERSON")]
    assert _harmonise(text, spans) == [(p, label) for p, label in spans]


def test_sentences_and_short_lists_are_not_lists_of_names():
    text = "Okafor, Vance and Bello met the Lagos Water Agency.\nOkafor, Vance, Bello.\n"
    spans = [("Okafor", "PERSON"), ("Vance", "ORG"), ("Bello", "PERSON")]
    assert _harmonise(text, spans) == [(p, label) for p, label in spans]


def test_a_team_sheet_read_by_the_model_becomes_a_list_of_people():
    text = (
        "Northfield beat Eastbury 3-1 on Saturday. Peter Hale scored twice for "
        "Northfield and Sam Cole added a third after a pass from Dan Price.\n\n"
        "Marsh, Hale, Cole, Price, Ridley, Fenwick, Oakes.\n"
    )
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    line_start = text.index("Marsh")
    names = ["Marsh", "Hale", "Cole", "Price", "Ridley", "Fenwick", "Oakes"]
    (result,) = extract_entities([document], params=NerParams())
    in_line = [(text[m.start : m.end], m.label) for m in result.mentions if m.start >= line_start]
    assert in_line == [(name, "PERSON") for name in names]
    # the model alone merges two neighbours and reads one item as an organisation
    (bare,) = extract_entities([document], params=NerParams(enumerations=False))
    assert [
        (text[m.start : m.end], m.label) for m in bare.mentions if m.start >= line_start
    ] != in_line
