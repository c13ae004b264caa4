"""One label per name in a document: the model's unmarked occurrences become mentions."""

from extract.ner.label_consistency import propagate_labels


def _run(text, mentions):
    return propagate_labels(
        text,
        mentions,
        [0],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )


def _at(text, word, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def test_a_name_marked_with_one_label_is_a_mention_wherever_else_it_is_written():
    text = (
        "The Lagos Water Agency cut supply. Ulster lost. Ulster won. "
        "Later the Lagos Water Agency apologised, and Ulster drew."
    )
    agency = (*_at(text, "Lagos Water Agency"), "ORG", 0)
    ulster = [(*_at(text, "Ulster", n), "ORG", 0) for n in (0, 1)]
    result = _run(text, [agency, *ulster])
    assert (*_at(text, "Lagos Water Agency", 1), "ORG", 0) in result
    assert (*_at(text, "Ulster", 2), "ORG", 0) in result
    assert len(result) == 5


def test_two_labels_one_mark_a_common_noun_or_a_longer_name_add_nothing():
    text = (
        "Jordan met Jordan. Budget day: the budget and the budget. Budget. "
        "Nia came. Nia left. Nia Okafor stayed."
    )
    mentions = [
        (*_at(text, "Jordan", 0), "PERSON", 0),
        (*_at(text, "Jordan", 1), "GPE", 0),
        (*_at(text, "Budget", 0), "ORG", 0),
        (*_at(text, "Budget", 1), "ORG", 0),
        (*_at(text, "Nia", 0), "PERSON", 0),
        (*_at(text, "Nia", 1), "PERSON", 0),
    ]
    assert _run(text, mentions) == sorted(mentions)
