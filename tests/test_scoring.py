"""Scorer arithmetic on small hand-made cases; every expected figure computed by hand."""

import pytest

from extract.evaluation.boilerplate_scores import score_boilerplate
from extract.evaluation.evaluate import sentence_around
from extract.evaluation.gate import gate_failures, lookup
from extract.evaluation.linking import score_linking
from extract.evaluation.matching import Scores, align
from extract.evaluation.ner import Mention, score_ner
from extract.evaluation.timex import Timex, score_timex


def m(start, end, label, entity=None, doc="d"):
    return Mention(doc, start, end, "x" * (end - start), label, entity)


def approx(value):
    return pytest.approx(value, abs=1e-4)


def test_scores_from_counts_zero_denominators():
    assert Scores.from_counts(0, 0, 0).f1 == 0.0
    assert Scores.from_counts(0, 0, 5).recall == 0.0


def test_score_ner_strict_partial_wrong_label_and_spurious():
    gold = [m(0, 4, "PERSON"), m(10, 15, "ORG"), m(20, 25, "GPE")]
    system = [
        m(0, 4, "PERSON"),  # exact: strict and partial
        m(10, 13, "ORG"),  # overlap, right label: partial only
        m(20, 25, "ORG"),  # right span, wrong label: neither
        m(30, 35, "PERSON"),  # spurious
    ]
    scores = score_ner(gold, system)
    # strict: 1 correct of 4 predicted, 3 expected -> P 0.25, R 1/3, F1 2PR/(P+R) = 0.2857
    assert (scores.strict.precision, scores.strict.recall) == (0.25, approx(1 / 3))
    assert scores.strict.f1 == approx(0.2857)
    # partial: 2 correct -> P 0.5, R 2/3, F1 0.5714
    assert (scores.partial.precision, scores.partial.recall) == (0.5, approx(2 / 3))
    assert scores.partial.f1 == approx(0.5714)
    person_strict, _ = scores.per_label["PERSON"]
    assert (person_strict.predicted, person_strict.expected, person_strict.correct) == (2, 1, 1)
    org_strict, org_partial = scores.per_label["ORG"]
    assert (org_strict.correct, org_partial.correct, org_partial.predicted) == (0, 1, 2)
    gpe_strict, _ = scores.per_label["GPE"]
    assert (gpe_strict.predicted, gpe_strict.expected, gpe_strict.f1) == (0, 1, 0.0)


def test_align_exact_match_wins_over_larger_overlap():
    gold = [m(0, 10, "ORG"), m(12, 20, "ORG")]
    system = [m(0, 20, "ORG"), m(12, 20, "ORG")]
    alignment = align(gold, system)
    assert [(g.start, s.start, s.end) for g, s in alignment.pairs] == [(0, 0, 20), (12, 12, 20)]
    assert alignment.missed == [] and alignment.spurious == []


def test_align_one_system_span_pairs_once():
    gold = [m(0, 4, "PERSON"), m(5, 9, "PERSON")]
    system = [m(0, 9, "PERSON")]
    alignment = align(gold, system)
    assert len(alignment.pairs) == 1 and len(alignment.missed) == 1


def test_align_never_crosses_documents():
    alignment = align([m(0, 4, "GPE", doc="a")], [m(0, 4, "GPE", doc="b")])
    assert alignment.pairs == [] and len(alignment.missed) == 1 and len(alignment.spurious) == 1


def t(start, end, timex_type, value):
    return Timex("d", start, end, "x", timex_type, value)


def test_score_timex_tempeval_definitions():
    gold = [
        t(0, 14, "DATE", "1985-03-30"),
        t(20, 28, "DURATION", "P30Y"),
        t(40, 45, "DATE", "PRESENT_REF"),
    ]
    system = [
        t(0, 14, "DATE", "1985-03-30"),  # strict, type, value
        t(15, 28, "DURATION", "P30Y"),  # relaxed only, type and value right
        t(40, 45, "DATE", "2017-05-03"),  # strict span, type right, value wrong
        t(50, 54, "DATE", "2044"),  # spurious
    ]
    scores = score_timex(gold, system)
    assert (scores.strict.precision, scores.strict.recall) == (0.5, approx(2 / 3))
    assert scores.strict.f1 == approx(0.5714)
    assert (scores.relaxed.precision, scores.relaxed.recall) == (0.75, 1.0)
    assert scores.relaxed.f1 == approx(0.8571)
    assert (scores.type.precision, scores.type.recall) == (0.75, 1.0)
    assert (scores.value.precision, scores.value.recall) == (0.5, approx(2 / 3))


def test_score_linking_wrong_entity_and_bcubed():
    pairs = [
        (m(0, 4, "PERSON", "jens-soering"), m(0, 4, "PERSON", "jens-soering")),
        (m(5, 9, "PERSON", "jens-soering"), m(5, 9, "PERSON", "jens-soering")),
        (m(10, 14, "PERSON", "nancy-haysom"), m(10, 14, "PERSON", "jens-soering")),  # wrong link
        (m(20, 27, "PERSON", None), m(20, 27, "PERSON", None)),  # "Haysoms": null is right
        (m(30, 36, "NORP", None), m(30, 36, "NORP", "x")),  # NORP: not scored
    ]
    scores = score_linking(pairs)
    assert scores.n_mentions == 4
    assert scores.accuracy == 0.75
    # B-cubed precision per mention: 2/3, 2/3, 1/3, 1 -> mean 2/3; recall 1, 1, 1, 1 -> 1
    assert scores.bcubed.precision == approx(2 / 3)
    assert scores.bcubed.recall == 1.0
    assert scores.bcubed.f1 == approx(0.8)


def test_score_linking_is_independent_of_id_names():
    pairs = [
        (m(0, 4, "PERSON", "a"), m(0, 4, "PERSON", "cluster-1")),
        (m(5, 9, "PERSON", "a"), m(5, 9, "PERSON", "cluster-1")),
        (m(10, 14, "PERSON", "b"), m(10, 14, "PERSON", "cluster-2")),
    ]
    scores = score_linking(pairs)
    assert scores.accuracy == 0.0
    assert scores.bcubed.f1 == 1.0


def test_score_linking_splitting_a_cluster_costs_recall():
    pairs = [
        (m(0, 4, "PERSON", "a"), m(0, 4, "PERSON", "a")),
        (m(5, 9, "PERSON", "a"), m(5, 9, "PERSON", None)),
    ]
    scores = score_linking(pairs)
    # each mention alone in its system cluster: P 1; gold cluster of 2 -> R 1/2 each
    assert (scores.bcubed.precision, scores.bcubed.recall) == (1.0, 0.5)


def test_score_boilerplate_counts_non_space_characters():
    raw = {"d": "Follow Us\nHello world"}
    gold = [m(0, 9, "-")]
    system = [m(0, 6, "-"), m(10, 15, "-")]
    scores = score_boilerplate(gold, system, raw)
    # gold: "FollowUs" 8 chars; system: "Follow" 6 + "Hello" 5 = 11; shared 6
    assert (scores.correct, scores.predicted, scores.expected) == (6, 11, 8)
    assert scores.precision == approx(6 / 11) and scores.recall == 0.75


def test_gate_names_low_and_missing_figures():
    metrics = {"ner": {"strict": {"f1": 0.5}}, "boilerplate": {"f1": 1.0}}
    minimums = {"ner.strict.f1": 0.7, "boilerplate.f1": 0.98, "timex.value.f1": 0.9}
    assert gate_failures(metrics, minimums) == [
        "ner.strict.f1: 0.5000 below minimum 0.7",
        "timex.value.f1: missing (minimum 0.9)",
    ]
    assert lookup(metrics, "ner.strict") is None


def test_sentence_around_marks_the_span():
    raw = "First one. Harding wrote a letter. Last."
    start = raw.index("Harding")
    assert sentence_around(raw, start, start + 7) == "[Harding] wrote a letter."
