"""Titles framed by an owner's possessive and a kind of work are WORK_OF_ART."""

from extract.ner.work_titles import add_work_titles

TEXT = (
    "She told Channel 9's Morning Desk programme that the plan was late. "
    "It was the author's Quiet Harbour novel, not his 2003 film. "
    "He spoke on the station's Lagos Today show and on Radio Kano's Radio Kano show."
)


def _mentions(existing):
    return add_work_titles(
        TEXT,
        existing,
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )


def _span(words):
    start = TEXT.index(words)
    return start, start + len(words)


def test_framed_titles_are_added():
    found = {TEXT[s:e]: label for s, e, label in _mentions([])}
    assert found == {
        "Morning Desk": "WORK_OF_ART",
        "Quiet Harbour": "WORK_OF_ART",
        "Lagos Today": "WORK_OF_ART",
        "Radio Kano": "WORK_OF_ART",
    }


def test_a_shorter_model_span_inside_is_replaced_and_an_exact_one_kept():
    lagos = (*_span("Lagos"), "GPE")  # inside "Lagos Today": the title replaces it
    kano_start = TEXT.index("Radio Kano show")
    kano = (kano_start, kano_start + len("Radio Kano"), "ORG")  # exactly the title: kept
    found = {TEXT[s:e]: label for s, e, label in _mentions([lagos, kano])}
    assert found["Lagos Today"] == "WORK_OF_ART" and "Lagos" not in found
    assert found["Radio Kano"] == "ORG"


def test_a_title_ending_in_a_capitalised_time_word_needs_no_kind_noun():
    text = (
        "She told the network's Good Evening that she would stay. "
        "Later, on Good Evening, he agreed. "
        "The band's Late Night was a hit; the club's Night of Music was not. "
        "It was the nation's Founders Day, and the paper's Evening Herald wrote it up."
    )
    found = add_work_titles(
        text,
        [],
        [0],
        span=lambda m: (m[0], m[1], m[2]),
        make=lambda start, end, label, sentence: (start, end, label),
    )
    assert [text[s:e] for s, e, _ in found] == ["Good Evening", "Good Evening", "Late Night"]
