"""A party's name qualifying a noun ("Reform MPs") is NORP; the party itself stays ORG."""

import pytest

from extract.clean.document import CleanText
from extract.clean.offsets import OffsetMap
from extract.config import NerParams
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.mentions import extract_entities
from extract.ner.party_names import PartyNames

# Invented news: "Reform" is a party only because the corpus calls it one.
CORPUS = [
    "The Reform party chose a new leader on Monday. Reform said it would fight every seat.\n",
    "Angry Reform MPs warned the leader. A Reform spokesman later said the row was over.\n",
    "Reform's plans were attacked by Ada Okafor, who voted for Reform in May.\n",
]


def test_names_written_before_party_are_parties():
    parties = PartyNames.from_texts(
        ["the Reform party met.", "The Green Party won.", "a Christmas party", "the party"]
    )
    assert parties.names == {"Reform", "Green", "Christmas"}


@pytest.fixture(scope="module")
def mentions():
    documents = [
        CleanText(f"d{index}", text, OffsetMap((0,), (0,), len(text)))
        for index, text in enumerate(CORPUS)
    ]
    params = NerParams(label_consistency=False, name_consistency=False)
    corpus = CorpusEvidence.from_texts(CORPUS, case=False, parties=True)
    found = {}
    for result in extract_entities(documents, params=params, corpus=corpus):
        text = CORPUS[int(result.doc_id[1:])]
        for m in result.mentions:
            found[(result.doc_id, text[m.start : m.end], m.start)] = m.label
    return found


def _label(mentions, doc, word, occurrence=0):
    text = CORPUS[int(doc[1:])]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(word, start + 1)
    return mentions.get((doc, word, start))


def test_a_party_qualifying_a_noun_is_norp(mentions):
    assert _label(mentions, "d1", "Reform", 1) == "NORP"  # a Reform spokesman


def test_the_party_acting_or_owning_is_not_norp(mentions):
    # "Reform said", "Reform's plans", "voted for Reform": whatever the model reads,
    # the party as subject, owner or object is never relabelled NORP.
    assert _label(mentions, "d0", "Reform", 0) == "ORG"  # the Reform party itself
    assert _label(mentions, "d0", "Reform", 1) != "NORP"
    assert _label(mentions, "d2", "Reform", 0) == "ORG"
    assert _label(mentions, "d2", "Reform", 1) == "ORG"


def test_retention_counts_a_party_modifier_relabelled_norp_as_a_correction():
    from collections import Counter

    from extract.evaluation.ner_comparison import Retention

    retention = Retention(
        kept=Counter({"ORG": 6}),
        total=Counter({"ORG": 10}),
        to_person=Counter({"ORG": 1}),
        to_party=Counter({"ORG": 2}),
    )
    assert retention.share() == 0.6
    assert retention.share(with_person_names=True) == 0.9


def test_a_determiner_before_party_is_not_part_of_the_name():
    parties = PartyNames.from_texts(["The Reform party won.", "His party lost.", "The party met."])
    assert parties.names == {"Reform"}


# Invented news with the model's misses: it reads "Reform said" and the first "Reform"
# of "Angry Reform MPs" as nothing, and "Free Democrat" as "Democrat" alone.
MISSES = [
    "The Reform party chose a new leader on Monday. Reform said it would fight every seat.\n",
    "Angry Reform MPs warned the leader. A Reform spokesman later said the row was over.\n",
    "The Free Democrat party met in Lagos. Free Democrat leader Ada Okafor spoke.\n",
    "The office Christmas party was cancelled. Christmas came early for the Lagos Water "
    "Agency, whose Christmas bonus was paid.\n",
]


def _found(parties: bool) -> list[list[tuple[str, str]]]:
    documents = [
        CleanText(f"d{index}", text, OffsetMap((0,), (0,), len(text)))
        for index, text in enumerate(MISSES)
    ]
    corpus = CorpusEvidence.from_texts(MISSES, case=False, parties=parties)
    return [
        [(MISSES[int(r.doc_id[1:])][m.start : m.end], m.label) for m in r.mentions]
        for r in extract_entities(documents, params=NerParams(), corpus=corpus)
    ]


def test_every_occurrence_of_a_party_the_document_names_is_a_mention():
    with_parties, bare = _found(True), _found(False)
    # "Reform said": the party itself, ORG; "Angry Reform MPs": its members, NORP
    assert with_parties[0] == [("Reform", "ORG"), ("Reform", "ORG")]
    assert with_parties[1] == [("Reform", "NORP"), ("Reform", "NORP")]
    assert len(bare[0]) == 1 and len(bare[1]) == 1  # what the model alone finds


def test_a_party_name_the_model_cut_short_is_the_whole_name():
    with_parties, bare = _found(True), _found(False)
    assert ("Free Democrat", "NORP") in with_parties[2]
    assert ("Democrat", "NORP") not in with_parties[2]
    assert ("Democrat", "NORP") in bare[2]


def test_a_word_written_before_party_that_the_model_never_reads_as_a_name_stays_out():
    # "a Christmas party" makes Christmas a candidate, but the model reads it as a date
    assert [name for name, _ in _found(True)[3]] == ["Lagos Water Agency"]
