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
    assert {"Reform", "Green", "The Green", "Christmas"} <= parties.names
    assert "the" not in parties.names


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
        to_norp=Counter({"ORG": 2}),
    )
    assert retention.share() == 0.6
    assert retention.share(with_person_names=True) == 0.9
