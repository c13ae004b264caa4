"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "raw"
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture
def raw_dir() -> Path:
    return RAW


def read_raw(name: str) -> str:
    """A bundled raw document as the pipeline decodes it (UTF-8, universal newlines)."""
    return (RAW / name).read_text("utf-8")


def nth_span(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    """Span of the n-th (1-based) occurrence of ``needle``; fails loudly when absent."""
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)
