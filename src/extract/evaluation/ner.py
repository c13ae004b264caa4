"""Named-entity scores in the SemEval-2013 task 9.1 manner, overall and per label.

Two of its schemes are reported: *strict* (exact boundaries and label) and
*partial* (the scheme SemEval calls "type": some overlap and the same label).
Precision is over system mentions, recall over gold mentions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.evaluation.matching import Alignment, Scores, align, same_span


@dataclass(frozen=True)
class Mention:
    """A labelled span in raw offsets, gold or system; ``entity`` is its link."""

    doc: str
    start: int
    end: int
    text: str
    label: str
    entity: str | None = None


@dataclass(frozen=True)
class NerScores:
    strict: Scores
    partial: Scores
    per_label: dict[str, tuple[Scores, Scores]]
    alignment: Alignment[Mention, Mention]


def score_ner(gold: Sequence[Mention], system: Sequence[Mention]) -> NerScores:
    """Strict and partial P/R/F1 overall and for every label in gold or system."""
    alignment = align(gold, system)
    labels = sorted({m.label for m in gold} | {m.label for m in system})
    per_label = {
        label: _scheme_scores(alignment, len(system), len(gold), label) for label in labels
    }
    strict, partial = _scheme_scores(alignment, len(system), len(gold), None)
    return NerScores(strict, partial, per_label, alignment)


def _scheme_scores(
    alignment: Alignment[Mention, Mention], n_system: int, n_gold: int, label: str | None
) -> tuple[Scores, Scores]:
    if label is None:
        predicted, expected = n_system, n_gold
        pairs = alignment.pairs
    else:
        predicted = sum(s.label == label for _, s in alignment.pairs) + sum(
            s.label == label for s in alignment.spurious
        )
        expected = sum(g.label == label for g, _ in alignment.pairs) + sum(
            g.label == label for g in alignment.missed
        )
        pairs = [(g, s) for g, s in alignment.pairs if g.label == label or s.label == label]
    strict = sum(g.label == s.label and same_span(g, s) for g, s in pairs)
    partial = sum(g.label == s.label for g, s in pairs)
    return (
        Scores.from_counts(strict, predicted, expected),
        Scores.from_counts(partial, predicted, expected),
    )
