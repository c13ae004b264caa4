"""Candidate selection: every grammar match, and the model-licensed ones inside the
model's DATE/TIME spans; the longest non-overlapping ones win, then pattern priority."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from extract.timex.patterns import MODEL_LICENSED, PATTERNS, PRIORITY, Pattern


@dataclass(frozen=True)
class Candidate:
    """A grammar match: the expression's span (group ``t``) and the pattern that found it."""

    start: int
    end: int
    pattern: Pattern
    match: re.Match[str]


def find_candidates(text: str) -> list[Candidate]:
    return [
        Candidate(match.start("t"), match.end(), pattern, match)
        for pattern in PATTERNS
        for match in pattern.regex.finditer(text)
    ]


def model_licensed(text: str, model_spans: Sequence[tuple[int, int]]) -> list[Candidate]:
    """Matches of MODEL_LICENSED patterns inside each span; the regex may still read the
    context after the span (endpos would hide it), but the scan stops at the span's end."""
    found = []
    for start, end in model_spans:
        for pattern in MODEL_LICENSED:
            for match in pattern.regex.finditer(text, start):
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
    taken: list[tuple[int, int]] = []
    chosen: list[Candidate] = []
    for candidate in ordered:
        if any(candidate.start < end and start < candidate.end for start, end in taken):
            continue
        taken.append((candidate.start, candidate.end))
        chosen.append(candidate)
    return chosen
