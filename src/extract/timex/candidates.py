"""Candidate selection: every grammar match, and the model-licensed ones inside the
model's DATE/TIME spans; the longest non-overlapping ones win, then pattern priority."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from extract.timex.pattern_parts import Pattern
from extract.timex.patterns import MODEL_LICENSED, PATTERNS, PRIORITY
from extract.timex.triggers import paragraphs


@dataclass(frozen=True)
class Candidate:
    """A grammar match: the expression's span (group ``t``) and the pattern that found it."""

    start: int
    end: int
    pattern: Pattern
    match: re.Match[str]


_CONTEXT_AFTER = 100


def find_candidates(text: str) -> list[Candidate]:
    """Every match of every pattern, each within one paragraph holding one of the
    pattern's trigger words (extract.timex.triggers)."""
    return [
        Candidate(match.start("t"), match.end(), pattern, match)
        for paragraph in paragraphs(text)
        for pattern in PATTERNS
        if paragraph.may_match(pattern.name)
        for match in pattern.regex.finditer(text, paragraph.start, paragraph.end)
    ]


def model_licensed(text: str, model_spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Matches of MODEL_LICENSED patterns inside each span; the regex may still read
    ``_CONTEXT_AFTER`` characters of context after the span, and the scan stops at the
    span's end (not at the text's: a long document has many spans)."""
    found = []
    for start, end in model_spans:
        for pattern in MODEL_LICENSED:
            for match in pattern.regex.finditer(text, start, min(len(text), end + _CONTEXT_AFTER)):
                if match.start() >= end:
                    break
                if match.end() <= end:
                    found.append(Candidate(match.start("t"), match.end(), pattern, match))
    return found


def select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, longest first, then by pattern priority."""
    ordered = sorted(
        candidates, key=lambda c: (-(c.end - c.start), PRIORITY[c.pattern.name], c.start)
    )
    taken: list[tuple[int, int]] = []  # sorted, non-overlapping: a bisect finds neighbours
    chosen: list[Candidate] = []
    for candidate in ordered:
        index = bisect_left(taken, (candidate.start, candidate.end))
        if index > 0 and taken[index - 1][1] > candidate.start:
            continue
        if index < len(taken) and taken[index][0] < candidate.end:
            continue
        taken.insert(index, (candidate.start, candidate.end))
        chosen.append(candidate)
    return chosen
