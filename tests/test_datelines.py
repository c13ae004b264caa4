"""The place opening a news dateline is a GPE (invented datelines)."""

from extract.ner.datelines import add_dateline_places

TEXT = (
    "KANO FALLS (AP) — A suspect was arrested.\n"
    "LAGOS, Nigeria, May 4 (Reuters) - Profits rose.\n"
    "Okafor Trust (founded 2001) - a charity - said so.\n"
    "It rained in KANO FALLS (AP) — again.\n"
)


def _found(existing=()):
    mentions = add_dateline_places(
        TEXT,
        list(existing),
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )
    return [(TEXT[s:e], label) for s, e, label in mentions]


def test_the_place_before_the_agency_and_the_dash_is_a_gpe():
    # the third line's brackets hold no agency but a phrase; the fourth opens no line
    lagos = TEXT.index("LAGOS")
    assert _found([(lagos, lagos + 5, "ORG")]) == [("KANO FALLS", "GPE"), ("LAGOS", "ORG")]


def test_a_model_word_inside_gives_way():
    falls = TEXT.index("FALLS")
    assert _found([(falls, falls + 5, "ORG")])[0] == ("KANO FALLS", "GPE")
