"""A US state's abbreviation after a place is a GPE (invented datelines)."""

from extract.ner.state_abbreviations import add_state_abbreviations

TEXT = "KANO FALLS, CA - Today the mayor spoke. Lagos, Colo. (AP) - The vote OR the rally.\n"


def _found(existing):
    mentions = add_state_abbreviations(
        TEXT,
        existing,
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )
    return [(TEXT[s:e], label) for s, e, label in mentions]


def _at(words, label):
    start = TEXT.index(words)
    return (start, start + len(words), label)


def test_a_state_after_a_place_is_a_place_and_keeps_its_period():
    existing = [_at("KANO FALLS", "GPE"), _at("Lagos", "GPE"), _at("Colo", "GPE")]
    assert _found(existing) == [
        ("KANO FALLS", "GPE"),
        ("CA", "GPE"),
        ("Lagos", "GPE"),
        ("Colo.", "GPE"),  # the model's "Colo" without its period is replaced
    ]  # "OR" after no place is a word


def test_an_abbreviation_needs_a_place_before_it():
    assert _found([_at("KANO FALLS", "ORG")]) == [("KANO FALLS", "ORG")]
