"""A slash between two names with no space separates them, as a caption's " / " does."""

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.mentions import extract_entities

# Invented: the small model reads each pair as one organisation.
TEXT = (
    "The film will be made by Universal/Paramount Pictures and released in May.\n"
    "DENVER (CBS/AP) — A suspect was arrested on Tuesday.\n"
)


def test_a_slash_between_names_splits_the_models_span():
    document = CleanText("d", TEXT, OffsetMap((0,), (0,), len(TEXT)))
    (result,) = extract_entities([document], params=NerParams())
    found = [(TEXT[m.start : m.end], m.label) for m in result.mentions]
    assert ("Universal", "ORG") in found and ("Paramount Pictures", "ORG") in found
    assert ("CBS", "ORG") in found and ("AP", "ORG") in found
    assert not any("/" in text for text, _ in found)
