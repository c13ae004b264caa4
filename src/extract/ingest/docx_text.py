"""The text of a Word (.docx) file: its body's paragraphs in order, one a line.

A .docx is a zip of XML parts. The main part is read here with the standard
library (zipfile, a streaming expat parser) rather than python-docx, so that the
bytes inflated and the characters kept are counted as they are read: a zip bomb
stops at ingest.max_decompressed_bytes, whatever sizes its directory declares,
and nothing is parsed twice. Deleted tracked changes and moved-from text are not
text of the document; inserted ones, table cells, text boxes and field results are.
Headers, footers, footnotes and comments are left out (they repeat, or are notes).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from collections.abc import Iterator
from typing import cast
from xml.etree import ElementTree

from extract.ingest.extraction import ExtractedText, ExtractionLimits, FormatProblem, TextBudget

ENCODING = "docx-xml"  # the characters are the XML's own (UTF-8 or UTF-16)

_WORD_NAMESPACES = frozenset(
    {
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",  # Strict Open XML
    }
)
_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Word file (OLE), or a .doc
_MAIN_PART = "word/document.xml"
_RELATIONSHIPS = "_rels/.rels"
_CORE_PROPERTIES = "docProps/core.xml"
_SMALL_PART_BYTES = 1_000_000  # relationships and properties are a few kilobytes
_CHUNK_BYTES = 1 << 16
# Inline elements that stand for a character; the rest of a run's markup has none.
_CHARACTERS = {"tab": "\t", "br": "\n", "cr": "\n", "noBreakHyphen": "-"}
_SKIPPED = frozenset({"moveFrom", "delText", "instrText"})  # not the document's text


def extract_docx(data: bytes, *, limits: ExtractionLimits) -> ExtractedText:
    """Text of a .docx file's body; raises FormatProblem for a file that is encrypted,
    not a Word document, or over a limit."""
    if data.startswith(_OLE_SIGNATURE):
        raise FormatProblem(
            "encrypted",
            "a password-protected Word file (or an old .doc renamed .docx); "
            "save an unprotected .docx into the folder",
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as err:
        raise FormatProblem("broken-docx", f"not a readable zip archive: {err}") from err
    with archive:
        try:
            main_part = _main_part_name(archive)
            text = "\n".join(_paragraphs(archive, main_part, limits))
            title = _title(archive)
        except FormatProblem:
            raise
        except RuntimeError as err:  # zipfile: "File ... is encrypted, password required"
            raise FormatProblem("encrypted", str(err)) from err
        except Exception as err:  # a damaged archive or XML can fail in any way; never the run
            message = " ".join(str(err).split())[:200]
            raise FormatProblem("broken-docx", f"{type(err).__name__}: {message}") from err
    if not text.strip():
        raise FormatProblem("empty", "the Word document holds no text")
    return ExtractedText(text, ENCODING, title)


def _main_part_name(archive: zipfile.ZipFile) -> str:
    """The part the package's relationships name as the document (word/document.xml)."""
    names = set(archive.namelist())
    if _RELATIONSHIPS in names:
        for element in _small_part(archive, _RELATIONSHIPS).iter():
            if element.get("Type", "").endswith("/officeDocument"):
                target = posixpath.normpath(element.get("Target", "").lstrip("/"))
                if target in names:
                    return target
    if _MAIN_PART not in names:
        raise FormatProblem("broken-docx", f"no {_MAIN_PART}: not a Word document")
    return _MAIN_PART


def _paragraphs(archive: zipfile.ZipFile, part: str, limits: ExtractionLimits) -> Iterator[str]:
    """Each non-empty paragraph of ``part`` as it is parsed, within the limits."""
    budget = TextBudget(limits.max_extracted_chars)
    open_paragraphs: list[list[str]] = []  # a text box's paragraphs nest in a paragraph
    open_elements: list[ElementTree.Element] = []
    skipping = 0  # depth inside a part that is not text (deleted, moved, fallback)
    for event, element in _parse(archive, part, limits.max_decompressed_bytes):
        namespace, _, name = element.tag.rpartition("}")
        namespace = namespace.lstrip("{")
        is_word = namespace in _WORD_NAMESPACES
        skipped = (is_word and name in _SKIPPED) or (
            namespace == _COMPATIBILITY and name == "Fallback"  # a copy of mc:Choice
        )
        if event == "start":
            open_elements.append(element)
            skipping += skipped
            if is_word and name == "p":
                open_paragraphs.append([])
            continue
        open_elements.pop()
        skipping -= skipped
        if is_word and name == "p" and open_paragraphs:
            paragraph = "".join(open_paragraphs.pop()).strip()
            if paragraph:
                budget.spend(len(paragraph) + 1)
                yield paragraph
        elif is_word and not skipping and open_paragraphs:
            if name == "t":
                open_paragraphs[-1].append(element.text or "")
            elif name in _CHARACTERS:
                open_paragraphs[-1].append(_CHARACTERS[name])
        element.clear()
        if len(open_elements) <= 2 and open_elements:  # a child of the body: done with it
            open_elements[-1].remove(element)


def _parse(
    archive: zipfile.ZipFile, part: str, max_bytes: int
) -> Iterator[tuple[str, ElementTree.Element]]:
    """(event, element) pairs of ``part``, read in chunks; stops past ``max_bytes`` inflated."""
    info = archive.getinfo(part)
    if info.file_size > max_bytes:
        raise _too_large(part, max_bytes, f"declares {info.file_size} bytes")
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start", "end")
    )
    inflated = 0
    root_seen = False
    tail = b""
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK_BYTES):
            inflated += len(chunk)
            if inflated > max_bytes:
                raise _too_large(part, max_bytes, "inflates past it")
            if not root_seen and b"<!DOCTYPE" in tail + chunk:
                raise FormatProblem("broken-docx", f"{part} declares a DTD; Word never writes one")
            tail = chunk[-16:]
            parser.feed(chunk)
            for item in parser.read_events():
                root_seen = True
                yield cast(tuple[str, ElementTree.Element], item)  # start/end events only
    parser.close()
    for item in parser.read_events():
        yield cast(tuple[str, ElementTree.Element], item)


def _too_large(part: str, max_bytes: int, how: str) -> FormatProblem:
    return FormatProblem(
        "too-large-decompressed",
        f"{part} {how}: over ingest.max_decompressed_bytes {max_bytes} (a zip bomb?)",
    )


def _small_part(archive: zipfile.ZipFile, part: str) -> ElementTree.Element:
    events = list(_parse(archive, part, _SMALL_PART_BYTES))
    return events[0][1] if events else ElementTree.Element("empty")


def _title(archive: zipfile.ZipFile) -> str | None:
    """dc:title of the document's core properties, when it has one."""
    if _CORE_PROPERTIES not in archive.namelist():
        return None
    for element in _small_part(archive, _CORE_PROPERTIES).iter():
        if element.tag == "{http://purl.org/dc/elements/1.1/}title" and element.text:
            title = " ".join(element.text.split())
            return title or None
    return None
