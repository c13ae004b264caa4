"""``manifest.csv``: per-file metadata, read row by row so one bad row costs only itself.

A manifest is typed by hand or exported from a spreadsheet, so it arrives in the
spreadsheet's encoding (decoded like a document: BOM, UTF-8, cp1252), with the
locale's separator (``,`` ``;`` or tab) and with dates as timestamps. Every row
that names a file is kept; each fault is one problem naming its line and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from extract.errors import ManifestError
from extract.ingest.decoding import DecodeProblem, decode_bytes

MANIFEST_COLUMNS = ("file", "published", "url", "title")
DELIMITERS = (",", ";", "\t")


@dataclass(frozen=True)
class ManifestRow:
    """Metadata the manifest gives one file; any field may be absent."""

    published: dt.date | None
    url: str | None
    title: str | None


@dataclass(frozen=True)
class ManifestFault:
    """One bad row or value: where it is and what was expected instead."""

    line: int
    detail: str


@dataclass
class Manifest:
    """The usable rows keyed by file path, and every fault met on the way."""

    rows: dict[str, ManifestRow] = field(default_factory=dict)
    faults: list[ManifestFault] = field(default_factory=list)


def read_manifest(path: Path) -> Manifest:
    """The rows of ``path``; raises ManifestError only when no row can be read at all."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ManifestError(path, f"cannot be read: {err.strerror or err}") from err
    if not data.strip():
        return Manifest()
    try:
        text = decode_bytes(data).text
    except DecodeProblem as err:
        raise ManifestError(path, f"cannot be decoded: {err.detail}") from err
    header_line = text.split("\n", 1)[0]
    delimiter = header_delimiter(header_line)
    if delimiter is None:
        raise ManifestError(
            path,
            f"no 'file' column in the header {header_line[:120]!r}; expected the columns "
            f"{','.join(MANIFEST_COLUMNS)} separated by a comma, a semicolon or a tab",
        )
    return _read_rows(text, delimiter)


def header_delimiter(header_line: str) -> str | None:
    """The separator that makes ``file`` one of the header's columns, or None."""
    for delimiter in DELIMITERS:
        columns = next(csv.reader([header_line], delimiter=delimiter), [])
        if "file" in (column.strip().lower() for column in columns):
            return delimiter
    return None


def parse_published(value: str) -> dt.date:
    """An ISO date, or the date part of an ISO timestamp ("2021-03-04T10:00:00Z")."""
    value = value.strip()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return dt.datetime.fromisoformat(value).date()


def _read_rows(text: str, delimiter: str) -> Manifest:
    manifest = Manifest()
    first_line: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    columns = [column.strip().lower() for column in next(reader)]
    try:
        for record in reader:
            line = reader.line_num
            if not any(value.strip() for value in record):
                continue
            fields = dict(zip(columns, record, strict=False))
            name = (fields.get("file") or "").strip().replace("\\", "/")
            if not name:
                manifest.faults.append(ManifestFault(line, "the row names no file"))
                continue
            if name in first_line:
                manifest.faults.append(
                    ManifestFault(
                        line,
                        f"{name!r} is already listed on line {first_line[name]}; "
                        "that first row is kept",
                    )
                )
                continue
            first_line[name] = line
            manifest.rows[name] = _row(fields, name, line, manifest.faults)
    except csv.Error as err:
        manifest.faults.append(ManifestFault(reader.line_num, f"unreadable from here on ({err})"))
    return manifest


def _row(fields: dict[str, str], name: str, line: int, faults: list[ManifestFault]) -> ManifestRow:
    raw_date = (fields.get("published") or "").strip()
    published = None
    if raw_date:
        try:
            published = parse_published(raw_date)
        except ValueError:
            faults.append(
                ManifestFault(
                    line,
                    f"file {name!r}, column published: {raw_date!r} is not an ISO date "
                    "(YYYY-MM-DD, or a timestamp such as 2021-03-04T10:00:00Z); "
                    "the row's other columns are kept",
                )
            )
    return ManifestRow(
        published=published,
        url=(fields.get("url") or "").strip() or None,
        title=(fields.get("title") or "").strip() or None,
    )
