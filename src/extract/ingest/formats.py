"""Dispatch of the formats whose bytes are not text (PDF, DOCX) to their extractors.

Such a file bypasses byte decoding: its extracted text is the raw text that offsets
index and that documents.raw_text stores, as for HTML.
"""

from __future__ import annotations

from extract.ingest.docx_text import extract_docx
from extract.ingest.extraction import ExtractedText, ExtractionLimits
from extract.ingest.pdf_text import extract_pdf

# Extension -> source_format of the formats read by an extractor, not decoded.
EXTRACTED_FORMATS = {".pdf": "pdf", ".docx": "docx"}


def extract_text(data: bytes, source_format: str, *, limits: ExtractionLimits) -> ExtractedText:
    """The text of a PDF or DOCX file's bytes; raises FormatProblem."""
    if source_format == "pdf":
        return extract_pdf(data, limits=limits)
    if source_format == "docx":
        return extract_docx(data, limits=limits)
    raise ValueError(f"no extractor for format {source_format!r}")
