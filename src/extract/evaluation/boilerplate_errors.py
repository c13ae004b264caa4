"""Boilerplate errors as lines for errors.md: clutter that was kept and content that
was removed, each shown in its raw line.

Characters are compared as the scores compare them (whitespace does not count); the
wrong characters of one raw line, with only whitespace between them, are one entry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from extract.evaluation.matching import Located


def boilerplate_error_lines(
    gold: Sequence[Located], system: Sequence[Located], raw_texts: Mapping[str, str]
) -> list[str]:
    """Markdown lines: the clutter kept, then the content removed, by document."""
    gold_by_doc, system_by_doc = _by_doc(gold), _by_doc(system)
    kept: list[str] = []
    removed: list[str] = []
    for doc in sorted(raw_texts):
        raw = raw_texts[doc]
        gold_mask = _mask(len(raw), gold_by_doc[doc])
        system_mask = _mask(len(raw), system_by_doc[doc])
        kept += [f"- {doc}: {_in_line(raw, *run)}" for run in _runs(raw, gold_mask, system_mask)]
        removed += [f"- {doc}: {_in_line(raw, *run)}" for run in _runs(raw, system_mask, gold_mask)]
    lines: list[str] = []
    if kept:
        lines += [f"\n### Boilerplate kept ({len(kept)})\n", *kept]
    if removed:
        lines += [f"\n### Content removed as boilerplate ({len(removed)})\n", *removed]
    return lines


def _by_doc(spans: Sequence[Located]) -> defaultdict[str, list[Located]]:
    grouped: defaultdict[str, list[Located]] = defaultdict(list)
    for span in spans:
        grouped[span.doc].append(span)
    return grouped


def _mask(length: int, spans: Sequence[Located]) -> bytearray:
    mask = bytearray(length)
    for span in spans:
        mask[span.start : span.end] = b"\x01" * (span.end - span.start)
    return mask


def _runs(raw: str, inside: bytearray, outside: bytearray) -> list[tuple[int, int]]:
    """Runs of non-space characters in ``inside`` and not in ``outside``, within one line."""
    runs: list[tuple[int, int]] = []
    start = end = -1
    for index, char in enumerate(raw):
        if char == "\n" or (not char.isspace() and not (inside[index] and not outside[index])):
            if start >= 0:
                runs.append((start, end))
            start = -1
        elif not char.isspace():
            if start < 0:
                start = index
            end = index + 1
    if start >= 0:
        runs.append((start, end))
    return runs


def _in_line(raw: str, start: int, end: int) -> str:
    """The raw line holding ``[start, end)`` with the span in [brackets], shortened."""
    left = raw.rfind("\n", 0, start) + 1
    right = raw.find("\n", end)
    right = len(raw) if right == -1 else right
    text = " ".join((raw[left:start] + "[" + raw[start:end] + "]" + raw[end:right]).split())
    return text if len(text) <= 200 else text[:197] + "..."
