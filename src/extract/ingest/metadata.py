"""Document metadata: the leading ``date YYYY-MM-DD`` line and ``manifest.csv`` rows."""

from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from extract.errors import ManifestError

# "date 2017-05-03" at the very start of a text file (the contract's header line).
# Some exports run the first sentence onto the same line; only the header is metadata.
DATE_HEADER = re.compile(r"\A\s*(date:?\s+(\d{4}-\d{2}-\d{2}))(?=\s|\Z)", re.IGNORECASE)

MANIFEST_COLUMNS = ("file", "published", "url", "title")


@dataclass(frozen=True)
class DateHeader:
    """The header's date and its raw span (the words ``date YYYY-MM-DD``)."""

    published: dt.date
    raw_start: int
    raw_end: int


@dataclass(frozen=True)
class ManifestRow:
    """Metadata the manifest gives one file; any field may be absent."""

    published: dt.date | None
    url: str | None
    title: str | None


def find_date_header(raw_text: str) -> DateHeader | None:
    """The leading date header, or None when the text has none or its date is not a real day."""
    match = DATE_HEADER.match(raw_text)
    if match is None:
        return None
    try:
        published = dt.date.fromisoformat(match.group(2))
    except ValueError:
        return None
    return DateHeader(published, match.start(1), match.end(1))


def read_manifest(path: Path) -> dict[str, ManifestRow]:
    """Rows of ``manifest.csv`` keyed by file path relative to the raw folder."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in ("file",) if c not in (reader.fieldnames or [])]
            if missing:
                raise ManifestError(
                    path, f"missing column(s) {missing}; expected {MANIFEST_COLUMNS}"
                )
            rows: dict[str, ManifestRow] = {}
            for line_number, record in enumerate(reader, start=2):
                rows[record["file"].strip().replace("\\", "/")] = ManifestRow(
                    published=_parse_date(record.get("published"), path, line_number),
                    url=(record.get("url") or "").strip() or None,
                    title=(record.get("title") or "").strip() or None,
                )
            return rows
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise ManifestError(path, f"cannot be read: {err}") from err


def _parse_date(value: str | None, path: Path, line_number: int) -> dt.date | None:
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as err:
        raise ManifestError(
            path, f"line {line_number}: published {value!r} is not an ISO date (YYYY-MM-DD)"
        ) from err
