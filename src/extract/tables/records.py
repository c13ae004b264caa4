"""Typed records passed between stages (one per row of a table)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """A file that could not be used, and why (``kind`` is a short code)."""

    doc_id: str
    kind: str
    detail: str


@dataclass(frozen=True)
class RawDocument:
    """A decoded input file with its metadata; ``raw_text`` is what raw offsets index."""

    doc_id: str
    sha256: str
    source_format: str
    encoding: str
    raw_text: str
    published: dt.date | None
    url: str | None
    title: str | None
    # Where ``published`` came from: manifest, header-line, html-meta or none.
    published_source: str = "none"
