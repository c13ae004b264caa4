"""What a format extractor returns, the limits it works under, and the problem it raises.

A file that cannot be read, or would cost more than the limits of params.yaml
allow, raises FormatProblem with a short kind that lands in the problems table.
"""

from __future__ import annotations

from dataclasses import dataclass


class FormatProblem(Exception):
    """Why a PDF or DOCX file gives no document: ``kind`` is the problems-table code."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(f"{kind}: {detail}")
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class ExtractionLimits:
    """What one file may cost: pages read, bytes inflated, characters returned."""

    max_pages: int
    max_decompressed_bytes: int
    max_extracted_chars: int


@dataclass(frozen=True)
class ExtractedText:
    """A file's text with what its format says about it."""

    text: str
    encoding: str  # how the characters were obtained (the encoding column)
    title: str | None


class TextBudget:
    """Characters extracted so far; stops the extraction once over the limit."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, chars: int) -> None:
        self.used += chars
        if self.used > self.limit:
            raise FormatProblem(
                "too-large-extracted",
                f"more than {self.limit} characters of text (ingest.max_extracted_chars)",
            )
