"""Read every document under a raw folder into decoded text plus metadata.

Files that cannot be used become Problem records (never exceptions), so one bad
file never stops the others; the caller writes them to the problems table.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path

from extract.config import IngestParams
from extract.errors import ManifestError
from extract.ingest.decoding import DecodeProblem, decode_bytes
from extract.ingest.extraction import ExtractionLimits, FormatProblem
from extract.ingest.formats import EXTRACTED_FORMATS, extract_text
from extract.ingest.html_text import extract_html
from extract.ingest.manifest import ManifestRow, read_manifest
from extract.ingest.metadata import find_date_header
from extract.progress import progress_bar
from extract.tables.records import Problem, RawDocument

log = logging.getLogger(__name__)

HTML_EXTENSIONS = frozenset({".html", ".htm"})
# A corpus's own knowledge base, beside its documents: read by the link stage, not a document.
CORPUS_KB_FILE = "kb.yaml"
# Extension -> source_format of the formats decoded as text (".md" is read as it is written).
TEXT_FORMATS = {".txt": "txt", ".md": "md", **dict.fromkeys(HTML_EXTENSIONS, "html")}


def discover_files(raw_dir: Path, *, params: IngestParams) -> tuple[list[Path], list[Problem]]:
    """Document files under ``raw_dir`` in a stable order, and files skipped as unsupported."""
    wanted = {extension.lower() for extension in params.extensions}
    documents: list[Path] = []
    problems: list[Problem] = []
    for path in sorted(raw_dir.rglob("*"), key=lambda p: p.relative_to(raw_dir).as_posix()):
        relative = path.relative_to(raw_dir)
        if any(part.startswith(".") for part in relative.parts) or path.is_dir():
            continue
        if relative.as_posix() in (params.manifest, CORPUS_KB_FILE):
            continue
        if path.suffix.lower() in wanted:
            documents.append(path)
        else:
            problems.append(
                Problem(
                    relative.as_posix(), "unsupported", f"extension {path.suffix!r} is not read"
                )
            )
    return documents, problems


def iter_ingest(
    raw_dir: Path, *, params: IngestParams, show_progress: bool = False
) -> Iterator[RawDocument | Problem]:
    """Each file under ``raw_dir`` in path order, decoded or as the Problem that stops it.

    One document is in memory at a time; every problem is logged with its file.
    """
    if not raw_dir.is_dir():
        raise NotADirectoryError(f"{raw_dir}: raw folder not found")
    paths, problems = discover_files(raw_dir, params=params)
    manifest, manifest_problems = load_manifest(raw_dir, params, paths)
    for problem in [*problems, *manifest_problems]:
        log.warning("%s: %s: %s", raw_dir / problem.doc_id, problem.kind, problem.detail)
        yield problem
    for path in progress_bar(paths, desc="ingest", unit="file", enabled=show_progress):
        doc_id = path.relative_to(raw_dir).as_posix()
        result = ingest_file(path, doc_id, params=params, manifest_row=manifest.get(doc_id))
        if isinstance(result, Problem):
            log.warning("%s: %s: %s", path, result.kind, result.detail)
        yield result


def ingest_folder(
    raw_dir: Path, *, params: IngestParams, show_progress: bool = False
) -> tuple[list[RawDocument], list[Problem]]:
    """All decoded documents and all problems of ``raw_dir`` (small folders, tests)."""
    documents: list[RawDocument] = []
    problems: list[Problem] = []
    for result in iter_ingest(raw_dir, params=params, show_progress=show_progress):
        (problems if isinstance(result, Problem) else documents).append(result)  # type: ignore[arg-type]
    return documents, sorted(problems, key=lambda p: (p.doc_id, p.kind))


def ingest_file(
    path: Path, doc_id: str, *, params: IngestParams, manifest_row: ManifestRow | None = None
) -> RawDocument | Problem:
    """One file as a RawDocument, or the Problem that keeps it out."""
    try:
        size = path.stat().st_size
        if size > params.max_bytes:
            return Problem(
                doc_id, "too-large", f"{size} bytes > ingest.max_bytes {params.max_bytes}"
            )
        data = path.read_bytes()
    except OSError as err:
        return Problem(doc_id, "unreadable", err.strerror or str(err))
    if not data.strip():
        return Problem(doc_id, "empty", "the file has no text")
    suffix = path.suffix.lower()
    published, published_source = None, "none"
    if suffix in EXTRACTED_FORMATS:  # bytes that are not text: extracted, never decoded
        source_format = EXTRACTED_FORMATS[suffix]
        try:
            extracted = extract_text(data, source_format, limits=_extraction_limits(params))
        except FormatProblem as problem:
            return Problem(doc_id, problem.kind, problem.detail)
        raw_text, encoding, title = extracted.text, extracted.encoding, extracted.title
    else:
        try:
            decoded = decode_bytes(data)
        except DecodeProblem as problem:
            return Problem(doc_id, problem.kind, problem.detail)
        source_format = TEXT_FORMATS.get(suffix, "txt")
        raw_text, encoding, title = decoded.text, decoded.encoding, None
    if source_format == "html":
        content = extract_html(raw_text)
        raw_text, title, published = content.text, content.title, content.published
        published_source = "html-meta" if published else "none"
    elif source_format in ("txt", "md"):
        header = find_date_header(raw_text)
        if header is not None:
            published, published_source = header.published, "header-line"
    if not raw_text.strip():
        return Problem(doc_id, "empty", "no main text found in the page")
    url = None
    if manifest_row is not None:
        if manifest_row.published is not None:
            published, published_source = manifest_row.published, "manifest"
        url = manifest_row.url
        title = manifest_row.title or title
    return RawDocument(
        doc_id=doc_id,
        sha256=hashlib.sha256(data).hexdigest(),
        source_format=source_format,
        encoding=encoding,
        raw_text=raw_text,
        published=published,
        url=url,
        title=title,
        published_source=published_source,
    )


def _extraction_limits(params: IngestParams) -> ExtractionLimits:
    return ExtractionLimits(
        max_pages=params.max_pages,
        max_decompressed_bytes=params.max_decompressed_bytes,
        max_extracted_chars=params.max_extracted_chars,
    )


def load_manifest(
    raw_dir: Path, params: IngestParams, paths: list[Path]
) -> tuple[dict[str, ManifestRow], list[Problem]]:
    """The manifest's usable rows by document id, and one problem per bad row or listed
    name that is none of ``paths`` (the document files ``discover_files`` found).

    Public so that whoever hands files out one by one (``iter_ingest`` here, the Dask
    engine's file list) reads the manifest the same way and passes each file its row.
    """
    manifest_path = raw_dir / params.manifest
    if not manifest_path.exists():
        return {}, []
    try:
        manifest = read_manifest(manifest_path)
    except ManifestError as err:
        return {}, [Problem(params.manifest, "bad-manifest", err.problem)]
    problems = [
        Problem(params.manifest, "manifest-row", f"line {fault.line}: {fault.detail}")
        for fault in manifest.faults
    ]
    known = {path.relative_to(raw_dir).as_posix() for path in paths}
    problems += [
        Problem(name, "manifest-unmatched", f"listed in {params.manifest} but not a document here")
        for name in sorted(set(manifest.rows) - known)
    ]
    return manifest.rows, problems
