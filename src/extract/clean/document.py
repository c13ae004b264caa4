"""Clean one document: drop boilerplate, normalise whitespace, keep the raw offsets."""

from __future__ import annotations

from dataclasses import dataclass

from extract.clean.boilerplate import BoilerplateSpan, find_boilerplate
from extract.clean.clean_text import build_clean_text
from extract.clean.offsets import OffsetMap
from extract.config import CleanParams


@dataclass(frozen=True)
class CleanedDocument:
    """Cleaned text, the map from its offsets to raw offsets, and what was removed."""

    text: str
    offsets: OffsetMap
    boilerplate: list[BoilerplateSpan]


@dataclass(frozen=True)
class CleanText:
    """A cleaned document as later stages read it back: id, text and offset map."""

    doc_id: str
    text: str
    offsets: OffsetMap


def clean_document(raw_text: str, *, params: CleanParams) -> CleanedDocument:
    """The cleaned text of a raw text; see extract.clean.boilerplate for what is removed."""
    boilerplate = find_boilerplate(raw_text, params=params)
    text, offsets = build_clean_text(
        raw_text, [(span.raw_start, span.raw_end) for span in boilerplate]
    )
    return CleanedDocument(text, offsets, boilerplate)
