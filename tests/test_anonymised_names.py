"""The letter of an anonymised party ("Mr X") is a PERSON mention, its title outside."""

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.anonymised_names import add_anonymised_names
from extract.ner.mentions import extract_entities

# Invented decision text.
TEXT = (
    "Mr X complains the council ignored his objection. Mrs B agreed with Mr X.\n"
    "Dr K's report was late. Mr J. Okafor and Mr J Okafor spoke. Plan A failed.\n"
)


def _added(existing=()):
    return add_anonymised_names(
        TEXT,
        list(existing),
        [0],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label),
    )


def test_each_title_and_letter_gives_the_letter_as_a_person():
    found = [(TEXT[s:e], label) for s, e, label in _added()]
    assert found == [("X", "PERSON"), ("B", "PERSON"), ("X", "PERSON"), ("K", "PERSON")]


def test_an_initial_opening_a_longer_name_and_a_letter_inside_a_mention_are_left():
    okafor = TEXT.index("J. Okafor")
    inside = (okafor, okafor + 9, "PERSON")
    result = _added([inside])
    assert inside in result and all(TEXT[s:e] != "J" for s, e, _ in result)


def test_the_stage_adds_them_and_the_setting_turns_it_off():
    document = CleanText("d", TEXT, OffsetMap((0,), (0,), len(TEXT)))
    (off,) = extract_entities([document], params=NerParams(anonymised_names=False))
    (on,) = extract_entities([document], params=NerParams())
    letters = [TEXT[m.start : m.end] for m in on.mentions if m.end - m.start == 1]
    assert letters[:2] == ["X", "B"] and "K" in letters
    assert not [m for m in off.mentions if m.end - m.start == 1]
