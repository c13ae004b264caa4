"""Entity-linking scores on the mentions the recogniser found.

Accuracy: share of detected gold mentions (PERSON, ORG, GPE, LOC, FAC,
WORK_OF_ART) whose system entity id equals the gold one (null equals null).
B-cubed (Bagga & Baldwin 1998) compares the clusters the ids induce, whatever
the ids are called; a mention with a null id is a cluster of its own. The
surface baseline groups the same mentions by their exact text: what a linker
must beat to be worth running.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from extract.evaluation.matching import Scores
from extract.evaluation.ner import Mention
from extract.gold.records import LINKED_LABELS


@dataclass(frozen=True)
class LinkingScores:
    accuracy: float
    n_mentions: int
    bcubed: Scores
    surface_bcubed: Scores  # the baseline: one cluster per exact surface string


def score_linking(pairs: Sequence[tuple[Mention, Mention]]) -> LinkingScores:
    """Scores over aligned (gold, system) mention pairs whose gold label is linked."""
    linked = [(g, s) for g, s in pairs if g.label in LINKED_LABELS]
    if not linked:
        empty = Scores.from_counts(0, 0, 0)
        return LinkingScores(0.0, 0, empty, empty)
    correct = sum(g.entity == s.entity for g, s in linked)
    gold_keys = [_cluster_key(g.entity, index) for index, (g, _) in enumerate(linked)]
    system_keys = [_cluster_key(s.entity, index) for index, (_, s) in enumerate(linked)]
    surface_keys = [s.text for _, s in linked]
    return LinkingScores(
        correct / len(linked),
        len(linked),
        bcubed(gold_keys, system_keys),
        bcubed(gold_keys, surface_keys),
    )


def bcubed(gold_keys: Sequence[str], system_keys: Sequence[str]) -> Scores:
    """B-cubed precision, recall and F1 of one clustering of mentions against another."""
    joint = Counter(zip(gold_keys, system_keys, strict=True))
    gold_sizes, system_sizes = Counter(gold_keys), Counter(system_keys)
    keys = list(zip(gold_keys, system_keys, strict=True))
    n = len(keys)
    precision = sum(joint[key] / system_sizes[key[1]] for key in keys) / n
    recall = sum(joint[key] / gold_sizes[key[0]] for key in keys) / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Scores(precision, recall, f1, correct=precision * n, predicted=n, expected=n)


def _cluster_key(entity: str | None, index: int) -> str:
    return entity if entity is not None else f"\0singleton-{index}"
