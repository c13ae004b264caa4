"""Span alignment and precision/recall arithmetic shared by every scorer.

Alignment is one-to-one within a document: each gold span takes the system span
with the same boundaries if there is one, otherwise the overlapping system span
with the largest overlap that no other gold span has taken.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class Located(Protocol):
    @property
    def doc(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


G = TypeVar("G", bound=Located)
S = TypeVar("S", bound=Located)


@dataclass(frozen=True)
class Scores:
    """Precision, recall and F1 with the counts behind them."""

    precision: float
    recall: float
    f1: float
    correct: float
    predicted: int
    expected: int

    @classmethod
    def from_counts(cls, correct: float, predicted: int, expected: int) -> Scores:
        """P = correct/predicted, R = correct/expected; 0 where a denominator is 0."""
        precision = correct / predicted if predicted else 0.0
        recall = correct / expected if expected else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1, correct, predicted, expected)

    def as_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "correct": self.correct,
            "predicted": self.predicted,
            "expected": self.expected,
        }


@dataclass(frozen=True)
class Alignment(Generic[G, S]):
    """Pairs of overlapping gold and system spans, and what stayed unpaired."""

    pairs: list[tuple[G, S]]
    missed: list[G]
    spurious: list[S]


def overlaps(a: Located, b: Located) -> bool:
    return a.start < b.end and b.start < a.end


def same_span(a: Located, b: Located) -> bool:
    return a.start == b.start and a.end == b.end


def align(gold: Sequence[G], system: Sequence[S]) -> Alignment[G, S]:
    """One-to-one alignment of gold and system spans by document, exact boundaries first."""
    system_by_doc: dict[str, list[S]] = defaultdict(list)
    for span in system:
        system_by_doc[span.doc].append(span)
    taken: set[int] = set()
    pairs: list[tuple[G, S]] = []
    missed: list[G] = []
    ordered = sorted(gold, key=lambda g: (g.doc, g.start, g.end))
    # Exact matches claim first so a near miss never steals a perfect partner.
    exact: dict[int, S] = {}
    for index, gold_span in enumerate(ordered):
        for candidate in system_by_doc[gold_span.doc]:
            if id(candidate) not in taken and same_span(gold_span, candidate):
                exact[index] = candidate
                taken.add(id(candidate))
                break
    for index, gold_span in enumerate(ordered):
        if index in exact:
            pairs.append((gold_span, exact[index]))
            continue
        candidates = [
            c for c in system_by_doc[gold_span.doc] if id(c) not in taken and overlaps(gold_span, c)
        ]
        if not candidates:
            missed.append(gold_span)
            continue
        best = max(candidates, key=lambda c: (_overlap(gold_span, c), -c.start))
        taken.add(id(best))
        pairs.append((gold_span, best))
    spurious = [span for span in system if id(span) not in taken]
    return Alignment(pairs, missed, spurious)


def _overlap(a: Located, b: Located) -> int:
    return min(a.end, b.end) - max(a.start, b.start)


def covered_characters(spans: Iterable[Located], raw_texts: dict[str, str]) -> set[tuple[str, int]]:
    """(doc, position) of every non-whitespace character the spans cover."""
    covered: set[tuple[str, int]] = set()
    for span in spans:
        text = raw_texts.get(span.doc, "")
        for position in range(span.start, min(span.end, len(text))):
            if not text[position].isspace():
                covered.add((span.doc, position))
    return covered
