"""Boilerplate scores: character-level precision, recall and F1.

Only non-whitespace characters count, so a region written per line or per
block, with or without its line breaks, scores the same.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.evaluation.matching import Located, Scores, covered_characters


def score_boilerplate(
    gold: Sequence[Located], system: Sequence[Located], raw_texts: dict[str, str]
) -> Scores:
    gold_chars = covered_characters(gold, raw_texts)
    system_chars = covered_characters(system, raw_texts)
    return Scores.from_counts(len(gold_chars & system_chars), len(system_chars), len(gold_chars))
