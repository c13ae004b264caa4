"""Time-expression scores as TempEval-3 defines them.

Strict span F1 counts exact boundaries; relaxed span F1 counts any overlap; type
and value F1 count relaxed matches whose attribute is also right, with precision
over all system expressions and recall over all gold ones (UzZaman et al. 2013).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extract.evaluation.matching import Alignment, Scores, align, same_span


@dataclass(frozen=True)
class Timex:
    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimexScores:
    strict: Scores
    relaxed: Scores
    type: Scores
    value: Scores
    alignment: Alignment[Timex, Timex]


def score_timex(gold: Sequence[Timex], system: Sequence[Timex]) -> TimexScores:
    alignment = align(gold, system)
    predicted, expected = len(system), len(gold)
    pairs = alignment.pairs
    return TimexScores(
        strict=Scores.from_counts(sum(same_span(g, s) for g, s in pairs), predicted, expected),
        relaxed=Scores.from_counts(len(pairs), predicted, expected),
        type=Scores.from_counts(sum(g.type == s.type for g, s in pairs), predicted, expected),
        value=Scores.from_counts(sum(g.value == s.value for g, s in pairs), predicted, expected),
        alignment=alignment,
    )
