"""Each span rule on its own, on general English."""

import pytest

from extract.ner.span_rules import apply_span_rules, split_at_place
from extract.ner.word_case import WordCase


def trim(text, label):
    span = apply_span_rules(text, 0, len(text), label)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Governor McAuliffe", "McAuliffe"),
        ("Sheriff Chip Harding", "Chip Harding"),
        ("Dr. Moses Schanfield", "Moses Schanfield"),
        ("Prof. Irwin Cotler", "Irwin Cotler"),
        ("Detective Sergeant Richard Hudson", "Richard Hudson"),
        ("Sheriff J.E. “Chip” Harding", "J.E. “Chip” Harding"),
        ("Baroness Ada Okafor", "Ada Okafor"),
        ("Earl Okafor", "Okafor"),
        # a title before "of" is the name: the rest alone would be a place
        ("Duke of Kano", "Duke of Kano"),
        ("Prince of Lagos", "Prince of Lagos"),
    ],
)
def test_span_rules_titles_out_of_person(text, expected):
    assert trim(text, "PERSON") == expected


def test_span_rules_title_word_kept_outside_person():
    assert trim("General Motors", "ORG") == "General Motors"


def test_span_rules_leading_the_out_but_kept_in_titles_of_works():
    assert trim("the Roanoke Times", "ORG") == "Roanoke Times"
    assert trim("The Promise", "WORK_OF_ART") == "The Promise"


@pytest.mark.parametrize(
    ("text", "expected"), [("Soering’s", "Soering"), ("Jens'", "Jens"), ("Knox's", "Knox")]
)
def test_span_rules_trailing_possessive_out(text, expected):
    assert trim(text, "PERSON") == expected


def test_span_rules_punctuation_out_abbreviation_period_kept():
    assert trim("“Killing for Love,”", "WORK_OF_ART") == "Killing for Love"
    assert trim("U.S.", "GPE") == "U.S."
    assert trim("Christopher P.", "PERSON") == "Christopher P."


def test_span_rules_lowercase_lead_out():
    assert trim("judge Sweeney", "PERSON") == "Sweeney"


def test_span_rules_ex_prefix_out():
    assert trim("ex-Lagos Water Agency", "ORG") == "Lagos Water Agency"
    assert trim("Ex-Okafor", "PERSON") == "Okafor"
    assert trim("Exeter", "GPE") == "Exeter"


@pytest.mark.parametrize("text", ["anti-Okafor", "pro-Lagos", "non-Nigerian", "Anti-Reform"])
def test_span_rules_a_stance_is_not_a_name(text):
    assert trim(text, "NORP") is None


def test_span_rules_a_name_beginning_with_a_stance_word_stays():
    assert trim("Anti-Slavery Society", "ORG") == "Anti-Slavery Society"
    assert trim("Pronto", "ORG") == "Pronto"


def test_span_rules_person_never_ends_in_a_number():
    assert trim("Jens Soering 2014", "PERSON") == "Jens Soering"


@pytest.mark.parametrize("text", ["A", "1161655", "her parents", "12"])
def test_span_rules_reject_non_names(text):
    assert trim(text, "PERSON") is None


def test_is_common_noun_counts_lower_and_capitalised_uses():
    document = "Visit the Pardon page. The pardon was denied; a pardon is rare."
    assert WordCase(document).is_common_noun("Pardon")
    assert not WordCase("Labour won. Labour leads. Child labour fell.").is_common_noun("Labour")
    assert not WordCase(document).is_common_noun("Jens Soering")


def _split(text, label):
    return [(text[s:e], lab) for s, e, lab in split_at_place(text, 0, len(text), label)]


def test_split_at_place_cuts_a_name_before_in_and_a_place():
    assert _split("Kano Harbour Depot in Lagos", "FAC") == [
        ("Kano Harbour Depot", "FAC"),
        ("Lagos", "GPE"),
    ]
    assert _split("Lagos Rovers in Kano", "ORG") == [("Lagos Rovers", "ORG"), ("Kano", "GPE")]
    assert _split("Okafor in Hamlet", "PERSON") == [("Okafor", "PERSON")]


def test_split_at_place_leaves_titles_and_lower_case_places_alone():
    assert _split("Notes in Lagos", "WORK_OF_ART") == [("Notes in Lagos", "WORK_OF_ART")]
    assert _split("Centre for Women in business", "ORG") == [
        ("Centre for Women in business", "ORG")
    ]


def test_span_rules_a_name_does_not_end_in_a_lower_case_word():
    assert trim("Kano Rovers vs", "ORG") == "Kano Rovers"
    assert trim("Lagos Road and", "FAC") == "Lagos Road"
    assert trim("Friends of the Earth", "ORG") == "Friends of the Earth"
    assert trim("The Man Who Knew too much", "WORK_OF_ART") == "The Man Who Knew too much"


def test_span_rules_a_list_bullet_is_not_part_of_a_name():
    assert trim("• Lagos Water Agency", "ORG") == "Lagos Water Agency"


def test_span_rules_a_name_does_not_end_in_a_personal_title():
    assert trim("Kano Times Mr", "ORG") == "Kano Times"
    assert trim("Ada Okafor Dr.", "PERSON") == "Ada Okafor"
    assert trim("Mr", "PERSON") is None


def test_span_rules_the_name_in_a_stance_word_is_no_mention():
    text = 'They were "anti-Reform" and pro-Lagos, not Reform.'
    reform, lagos = text.index("Reform"), text.index("Lagos")
    assert apply_span_rules(text, reform, reform + 6, "NORP") is None
    assert apply_span_rules(text, lagos, lagos + 5, "GPE") is None
    last = text.rindex("Reform")
    assert apply_span_rules(text, last, last + 6, "NORP") == (last, last + 6)


def test_a_person_span_with_digits_is_an_organisation():
    from extract.ner.span_rules import person_label

    text = "the G7 summit and Ada Okafor"
    assert person_label(text, 4, 6, "PERSON") == "ORG"
    assert person_label(text, 18, 28, "PERSON") == "PERSON"
    assert person_label(text, 4, 6, "GPE") == "GPE"


def test_span_rules_a_person_never_ends_in_a_score():
    assert trim("Ada Okafor 7-5", "PERSON") == "Ada Okafor"


def test_span_rules_a_plural_acronym_is_no_name():
    assert trim("MPs", "ORG") is None
    assert trim("NGOs", "ORG") is None
    assert trim("NHS", "ORG") == "NHS"  # an acronym ending in S is one
