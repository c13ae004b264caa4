"""Acronyms: the initials test, the document's definitions in NER, and acronym links."""

from extract.linking.acronyms import acronym_key, is_acronym_of
from extract.linking.corpus_names import CorpusNames
from extract.linking.kb import KnowledgeBase
from extract.linking.linker import Linker, LinkInput
from extract.ner.acronym_consistency import harmonise_acronyms


def test_acronym_letters_are_the_long_forms_initials_with_or_without_small_words():
    assert is_acronym_of("IFS", "Institute for Fiscal Studies")
    assert is_acronym_of("U.S.", "United States")
    assert is_acronym_of("MoD", "Ministry of Defence")
    assert not is_acronym_of("BBC", "BBC Radio 4")
    assert not is_acronym_of("FIS", "Institute for Fiscal Studies")
    assert acronym_key("Okafor") is None and acronym_key("Mr") is None


def _run(text, mentions):
    return harmonise_acronyms(
        text,
        mentions,
        [0],
        span=lambda m: m[:3],
        make=lambda start, end, label, sentence: (start, end, label, sentence),
    )


def test_a_defined_acronym_takes_the_long_forms_label_where_mislabelled_or_missed():
    text = "The Lagos Water Board (LWB) met. LWB staff said LWB would pay. NWB did not."
    long_form = (4, 21, "ORG", 0)
    uses = [text.index("LWB staff"), text.rindex("LWB")]
    mislabelled = (uses[0], uses[0] + 3, "GPE", 0)
    result = _run(text, [long_form, mislabelled])
    defined = text.index("(LWB)") + 1
    assert result == [
        long_form,
        (defined, defined + 3, "ORG", 0),
        (uses[0], uses[0] + 3, "ORG", 0),
        (uses[1], uses[1] + 3, "ORG", 0),
    ]


def test_a_span_that_swallowed_its_definition_is_cut_and_letters_that_differ_define_nothing():
    text = "The Lagos Water Board (LWB) met. The Port Authority (XYZ) did not."
    swallowed = (4, text.index(")"), "ORG", 0)  # "Lagos Water Board (LWB"
    port = (text.index("Port"), text.index("Port") + 14, "ORG", 0)
    result = _run(text, [swallowed, port])
    defined = text.index("(LWB)") + 1
    assert result == [(4, 21, "ORG", 0), (defined, defined + 3, "ORG", 0), port]


def test_acronym_links_to_its_documents_long_form_else_the_corpus_one():
    corpus = CorpusNames.from_mentions(
        [
            {"text": "Lagos Water Board", "label": "ORG"},
            {"text": "United Nations", "label": "ORG"},
            {"text": "Union of Nurses", "label": "ORG"},
        ]
    )
    linker = Linker(
        KnowledgeBase.from_entities([]),
        fuzzy_threshold=90.0,
        window_sentences=1,
        genders={},
        corpus_names=corpus,
    )
    first = linker.link_document(
        [LinkInput("m1", "Lagos Water Board", "ORG", 0, ""), LinkInput("m2", "LWB", "ORG", 1, "")]
    )
    assert (first[1].entity_id, first[1].method) == ("lagos-water-board", "doc-acronym")
    later = linker.link_document(
        [LinkInput("m3", "L.W.B.", "ORG", 0, ""), LinkInput("m4", "UN", "ORG", 0, "")]
    )
    assert (later[0].entity_id, later[0].method) == ("lagos-water-board", "corpus-acronym")
    # Two names of the corpus have the initials UN: the acronym is given to neither.
    assert later[1].entity_id not in ("united-nations", "union-of-nurses")
