"""The KB entity ruler on text written for the test, with a small injected KB."""

import pytest

from extract.config import NerParams
from extract.ner.kb_ruler import kb_patterns
from extract.ner.nlp import load_pipeline

from .factory import small_kb


@pytest.fixture(scope="module")
def nlp():
    patterns = tuple(kb_patterns(small_kb()))
    return load_pipeline(NerParams().model, ("lemmatizer",), patterns)


def ents(nlp, text):
    return [(e.text, e.label_) for e in nlp(text).ents]


def test_kb_ruler_house_name_is_fac(nlp):
    assert ("Loose Chippings", "FAC") in ents(
        nlp, "The friend drove to Loose Chippings that night."
    )


def test_kb_ruler_surname_alone_is_person(nlp):
    found = ents(nlp, "Later that year Soering said he had lied to the police.")
    assert ("Soering", "PERSON") in found


def test_kb_ruler_plural_surname_is_the_family(nlp):
    assert ("Haysoms", "PERSON") in ents(nlp, "The Haysoms were found in their home.")


def test_kb_ruler_alias_is_a_person(nlp):
    assert ("Christopher P. Noe", "PERSON") in ents(
        nlp, "He was arrested as Christopher P. Noe in London."
    )


def test_kb_ruler_single_word_never_breaks_a_longer_entity(nlp):
    found = ents(nlp, "The US Senate voted on the bill in Washington.")
    assert not any(text == "US" for text, _ in found)


def test_kb_ruler_first_name_at_sentence_start_needs_a_model_entity(nlp):
    patterns = kb_patterns(small_kb())
    first_names = {p.text for p in patterns if p.needs_license}
    assert "Chip" in first_names and "Soering" not in first_names


def test_kb_patterns_apostrophe_variants():
    texts = {p.text for p in kb_patterns(small_kb())}
    assert {"Bedford County Sheriff's Office", "Bedford County Sheriff’s Office"} <= texts


def test_kb_ruler_runs_after_the_model(nlp):
    assert nlp.pipe_names.index("kb_entity_ruler") == nlp.pipe_names.index("ner") + 1
