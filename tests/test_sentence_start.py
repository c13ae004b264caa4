"""A one-word model name opening a sentence that the tagger reads as a common word."""

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.mentions import extract_entities

# Invented text where the small model reads a sentence's first word as a name: an
# adverb as ORG ("Halfway"), a noun as ORG ("Peek").
RECIPE = "Halfway into the first half the other team had a shot that trickled past our goalie.\n"
ADVICE = "Peek at a company’s health before you buy its shares.\n"
BULLET = "• Earnings per share and margins are the key figures to follow.\n"
# A team called by a common noun opens one sentence and is written capitalised again.
TEAM = "Borders are a tougher side this year. Ulster beat Borders at home on Friday.\n"


def _found(text, **settings):
    document = CleanText("d", text, OffsetMap((0,), (0,), len(text)))
    (result,) = extract_entities([document], params=NerParams(**settings))
    return [(text[m.start : m.end], m.label) for m in result.mentions]


def test_the_model_reads_these_sentence_openings_as_names():
    assert ("Halfway", "ORG") in _found(RECIPE, sentence_starts=False)
    assert ("Peek", "ORG") in _found(ADVICE, sentence_starts=False)


def test_a_common_word_opening_a_sentence_is_not_a_mention():
    assert _found(RECIPE) == []
    assert _found(ADVICE) == []


def test_a_list_bullet_before_the_word_changes_nothing():
    assert _found(BULLET, sentence_starts=False) == [("Earnings", "ORG")]
    assert _found(BULLET) == []


def test_a_word_the_document_capitalises_elsewhere_is_left_to_the_model():
    found = _found(TEAM)
    assert found[0] == ("Borders", "ORG")  # the tagger reads it as a noun: kept all the same
    assert found == _found(TEAM, sentence_starts=False)
