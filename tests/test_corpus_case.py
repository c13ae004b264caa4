"""Corpus word case: a capitalised common noun the document alone cannot tell from a name."""

from extract.clean.document import clean_document
from extract.config import CleanParams
from extract.ner.corpus_case import CorpusCase
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.mentions import _Reading

PAGE = "See the Pardon page. The Pardon page lists dates. A pardon was asked for.\n"
LETTER = "The governor may grant a pardon. A pardon needs a petition. Ask for a pardon.\n"


def test_the_corpus_decides_where_the_document_is_undecided():
    corpus = CorpusCase.from_texts([PAGE, LETTER])
    # The page writes "Pardon" twice and "pardon" once; the corpus, 2 against 4.
    assert corpus.capitalised["pardon"] == 2 and corpus.lower["pardon"] == 4
    assert corpus.is_common_noun("Pardon")
    assert not CorpusCase.from_texts([PAGE]).is_common_noun("Pardon")


def test_names_acronyms_and_longer_names_are_not_common_nouns():
    corpus = CorpusCase.from_texts(
        [
            "Ada Okafor told us the US would help. Okafor said it again to us and to them.\n",
            "Let us see what the Lagos Water Agency says; the agency is slow.\n",
        ]
    )
    assert not corpus.is_common_noun("US")  # ALL CAPS is not the word "us"
    assert not corpus.is_common_noun("Okafor")
    assert not corpus.is_common_noun("Lagos Water Agency")  # only one-word spans
    assert corpus.is_common_noun("Agency") is False  # "Agency" 1, "agency" 1: a tie keeps it


def test_a_model_span_the_corpus_writes_in_lower_case_is_not_kept():
    document = clean_document(PAGE, params=CleanParams())
    text = document.text
    start = text.index("Pardon")
    corpus = CorpusCase.from_texts([PAGE, LETTER])
    assert _Reading(document, False, None).keeps(text, start, start + 6, "GPE")
    reading = _Reading(document, False, CorpusEvidence(case=corpus))
    assert not reading.keeps(text, start, start + 6, "GPE")
    # A person's name is often a common word ("Jobs"): the corpus does not decide it.
    assert reading.keeps(text, start, start + 6, "PERSON")
