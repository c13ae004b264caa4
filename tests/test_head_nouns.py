"""A name ending in a facility or organisation noun takes that kind's label."""

import pytest

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.evaluation.ner import Mention
from extract.evaluation.ner_comparison import _named_by_head_noun
from extract.ner.head_nouns import head_label
from extract.ner.mentions import extract_entities


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Kirikiri Maximum Security Prison", "ORG", "FAC"),
        ("Nsukka Correctional Center", "ORG", "FAC"),  # a two-word facility noun
        ("Third Mainland Bridge", "GPE", "FAC"),
        ("U.S. Highway 12", "ORG", "FAC"),  # a number after the head noun
        ("Highway 441 SE", "ORG", "FAC"),  # and a compass letter
        ("Kano County Sheriff's Office", "GPE", "ORG"),
        ("Lagos Police Department", "PERSON", "ORG"),
        ("Kano County", "ORG", "GPE"),
        ("Kano County Sheriff's Office", "GPE", "ORG"),  # the last word decides
        ("Ada Bridge", "PERSON", "PERSON"),  # a person's name keeps its label
        ("Margaret Court", "PERSON", "PERSON"),  # a known given name first
        ("The Lagos Bridge", "WORK_OF_ART", "WORK_OF_ART"),  # so does a title
        ("Prison", "ORG", "ORG"),  # one word: the noun itself, not a name
        ("Lagos Water Agency", "ORG", "ORG"),
        ("Kano Community Center", "ORG", "ORG"),  # "center" alone names institutions too
        ("Kano prison", "ORG", "ORG"),  # the noun is part of the name only capitalised
    ],
)
def test_head_label(name, label, expected):
    assert head_label(name, label) == expected


# Invented news: the small model reads the prison and the correctional centre as ORG.
TEXT = (
    "Ada Okafor was moved to the Kirikiri Maximum Security Prison in March. "
    "He has been held at the Nsukka Correctional Center since 2019.\n"
)


def _labels(params):
    document = CleanText("d", TEXT, OffsetMap((0,), (0,), len(TEXT)))
    (result,) = extract_entities([document], params=params)
    return {TEXT[m.start : m.end]: m.label for m in result.mentions}


def test_the_stage_relabels_the_models_organisations():
    assert _labels(NerParams(head_nouns=False))["Nsukka Correctional Center"] == "ORG"
    found = _labels(NerParams())
    assert found["Kirikiri Maximum Security Prison"] == "FAC"
    assert found["Nsukka Correctional Center"] == "FAC"
    assert found["Ada Okafor"] == "PERSON"


def test_retention_counts_the_relabelling_as_a_correction_not_a_loss():
    start = TEXT.index("Nsukka")
    model = Mention("d", start, start + 26, "Nsukka Correctional Center", "ORG")
    assert _named_by_head_noun(model, [(start, start + 26, "FAC")])
    assert not _named_by_head_noun(model, [(start, start + 26, "GPE")])
    office = Mention("d", 0, 28, "Kano County Sheriff's Office", "GPE")
    assert _named_by_head_noun(office, [(0, 28, "ORG")])
    agency = Mention("d", 0, 18, "Lagos Water Agency", "GPE")
    assert not _named_by_head_noun(agency, [(0, 18, "FAC")])  # agency is no facility
