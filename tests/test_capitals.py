"""ALL CAPS words are read as the document writes them elsewhere, offsets unchanged."""

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.capitals import recase_capitals
from extract.ner.mentions import extract_entities
from extract.ner.word_case import WordCase

# Invented wire story: a dateline and a section label in capitals, names in running text.
STORY = (
    "KANO (AP) — A suspect was arrested in Kano on Tuesday, police said.\n\n"
    "OKAFOR FAMILY STATEMENT\n\n"
    "The family of Ada Okafor thanked NASA and the police. Okafor was 31.\n"
    "Wada, the agency, wrote the WADA code.\n"
)


def test_capitals_take_the_documents_usual_form_and_acronyms_stay():
    view = recase_capitals(STORY, WordCase(STORY))
    assert view.startswith("Kano (AP) — ")  # "Kano" in running text; "AP" is short
    assert "Okafor family STATEMENT" in view  # "family" is written in lower case; "statement" never
    assert "thanked NASA" in view  # never written otherwise: an acronym
    assert "the WADA code" in view  # inside running text: an acronym, whatever else is written
    assert len(view) == len(STORY)


# The small model reads this dateline's city in capitals as a person.
WIRE = "DENVER (AP) — A suspect was arrested in Denver on Tuesday, police said.\n"


def _found(**settings):
    document = CleanText("d", WIRE, OffsetMap((0,), (0,), len(WIRE)))
    (result,) = extract_entities([document], params=NerParams(**settings))
    return [(WIRE[m.start : m.end], m.label) for m in result.mentions]


def test_the_dateline_place_is_found_and_the_mention_keeps_the_documents_spelling():
    assert ("DENVER", "PERSON") in _found(capitals=False)
    found = _found()
    assert ("DENVER", "GPE") in found
    assert ("AP", "ORG") in found
