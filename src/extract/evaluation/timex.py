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
    mod: str | None = None
    quant: str | None = None
    freq: str | None = None


@dataclass(frozen=True)
class AttributeAgreement:
    """How many matched pairs agree on an attribute, out of how many pairs were compared."""

    agreed: int
    compared: int

    @property
    def accuracy(self) -> float:
        return self.agreed / self.compared if self.compared else 0.0


@dataclass(frozen=True)
class TimexScores:
    strict: Scores
    relaxed: Scores
    type: Scores
    value: Scores
    alignment: Alignment[Timex, Timex]
    # Over span-matched pairs (no mod on both sides agrees); quant/freq over matched gold SETs.
    mod: AttributeAgreement = AttributeAgreement(0, 0)
    quant: AttributeAgreement = AttributeAgreement(0, 0)
    freq: AttributeAgreement = AttributeAgreement(0, 0)


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
        mod=_agreement([(g.mod, s.mod) for g, s in pairs]),
        quant=_agreement([(g.quant, s.quant) for g, s in pairs if g.type == "SET"]),
        freq=_agreement([(g.freq, s.freq) for g, s in pairs if g.type == "SET"]),
    )


def _agreement(pairs: Sequence[tuple[str | None, str | None]]) -> AttributeAgreement:
    """Empty and absent are the same; case does not count ("each" is TimeBank's EACH)."""
    return AttributeAgreement(
        sum((g or "").upper() == (s or "").upper() for g, s in pairs), len(pairs)
    )
