"""The text layer of a PDF as paragraphs, line-end hyphens rejoined, under the ingest limits.

Text comes from pypdfium2 (PDFium, the PDF engine of Chromium): of the extractors
measured (docs/input-formats.md, tools/compare_pdf_extractors.py) it keeps the
reading order and word spacing best, also where every word is placed on its own,
and is ten times faster than the pure-Python ones. PDFium has no limits of its
own, so pypdf, pure Python with per-stream limits, first reads the file's
structure: encryption, page count and the bytes its streams inflate to. A PDF's
line breaks are layout, not text (a name broken over two lines would be two
mentions), so the lines of a paragraph are joined and hyphenated words made whole.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from typing import Any

import pypdf
import pypdfium2
from pypdf.errors import LimitReachedError
from pypdf.generic import IndirectObject, StreamObject

from extract.ingest.extraction import ExtractedText, ExtractionLimits, FormatProblem, TextBudget

ENCODING = "pdf-text-layer"  # characters come from the fonts' own maps, not one encoding
NO_TEXT_LAYER = "no text layer; needs OCR"

_LETTER = r"[^\W\d_]"
# A hyphen (or soft hyphen) ending a line between two letters: "investi-\ngation".
_LINE_END_HYPHEN = re.compile(rf"({_LETTER}+)([-\u00ad])\n[^\S\n]*({_LETTER}+)")
_HYPHENATED_WORD = re.compile(rf"{_LETTER}+(?:-{_LETTER}+)+")
_WORD = re.compile(rf"{_LETTER}+")
_LIGATURES = re.compile("[\ufb00-\ufb06]")  # ff fi fl ffi ffl ſt st as one glyph
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\uffff]")
_SENTENCE_END = re.compile(r"[.!?:;\"”’)]$")
_SHORT_LINE_SHARE = 0.6  # a line this much shorter than the page's full lines ends a paragraph
_SENTENCE_LINE_SHARE = 0.9  # ...and one ending a sentence, this much shorter
_PAGE_BREAK = "\n\n"
_LINE = re.compile(r"[^\r\n]+")
_GAP_PITCHES = 1.4  # space between two lines, in line pitches, that parts paragraphs
_PLACEHOLDER_TITLES = frozenset({"untitled", "untitled document", "document", "title", "none"})


def extract_pdf(data: bytes, *, limits: ExtractionLimits) -> ExtractedText:
    """Text of a PDF's pages; raises FormatProblem for a PDF that is encrypted, broken,
    over a limit, or has no text layer."""
    title, has_images = _check_structure(data, limits)
    try:
        pages = _page_texts(data, limits)
    except FormatProblem:
        raise
    except Exception as err:  # hostile bytes can break a parser in any way; never the run
        raise FormatProblem("broken-pdf", f"not a readable PDF: {_short(err)}") from err
    if not any(page.strip() for page in pages):
        if has_images:
            raise FormatProblem("no-text-layer", NO_TEXT_LAYER)
        raise FormatProblem("empty", f"the PDF's {len(pages)} page(s) hold no text")
    return ExtractedText(page_texts_to_raw(pages), ENCODING, title)


def page_texts_to_raw(pages: list[str]) -> str:
    """The raw text of a document from its pages' extracted lines: ligatures and
    control characters undone, lines reflowed into paragraphs (one a line) with
    line-end hyphens rejoined, pages apart by a blank line."""
    cleaned = [_normalise(page) for page in pages]
    evidence = _hyphen_evidence("\n".join(cleaned))
    texts = []
    for page in cleaned:
        paragraphs = (
            rejoin_hyphenated("\n".join(lines), evidence=evidence).replace("\n", " ")
            for lines in paragraph_lines(page)
        )
        texts.append("\n".join(paragraphs))
    return _PAGE_BREAK.join(text for text in texts if text)


def rejoin_hyphenated(
    text: str, *, evidence: tuple[Counter[str], Counter[str]] | None = None
) -> str:
    """``text`` with each word broken by a hyphen at a line end made one word again.

    "investi-\\ngation" becomes "investigation"; the hyphen stays ("long-term") when
    the second part is capitalised ("anti-\\nAmerican") or when the document
    writes the hyphenated form elsewhere and never the closed one. ``evidence``
    is (hyphenated words, words) of the whole document; by default, of ``text``.
    """
    hyphenated, words = evidence if evidence is not None else _hyphen_evidence(text)

    def join(match: re.Match[str]) -> str:
        head, hyphen, tail = match.group(1), match.group(2), match.group(3)
        if hyphen == "\u00ad":
            return head + tail
        compound = f"{head}-{tail}".lower()
        closed = f"{head}{tail}".lower()
        keep = tail[0].isupper() or (hyphenated[compound] > 0 and words[closed] == 0)
        return f"{head}-{tail}" if keep else head + tail

    return _LINE_END_HYPHEN.sub(join, text)


def paragraph_lines(page: str) -> list[list[str]]:
    """A page's lines grouped into paragraphs: a line ends its paragraph when it is the
    last before a blank one, or is much shorter than the page's full lines (a
    heading, a paragraph's last line, a table row, a page number), or a little
    shorter and ends a sentence (where a break never splits a name)."""
    lines = [line.strip() for line in page.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return []
    full = lengths[int(0.9 * (len(lengths) - 1))]  # a full line, in characters
    paragraphs: list[list[str]] = []
    current: list[str] = []
    for index, line in enumerate(lines):
        if not line:
            continue
        current.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        share = _SENTENCE_LINE_SHARE if _SENTENCE_END.search(line) else _SHORT_LINE_SHARE
        if not following or len(line) < share * full:
            paragraphs.append(current)
            current = []
    return paragraphs


def _stream_limits(cap: int) -> dict[str, Any]:
    """pypdf's per-stream limits, all at ``cap`` bytes; no external decoder is run."""
    return {
        "zlib_maximum_output_length": cap,
        "lzw_maximum_output_length": cap,
        "run_length_maximum_output_length": cap,
        "brotli_maximum_output_length": cap,
        "jbig2_maximum_output_length": cap,
        "array_based_stream_maximum_output_length": cap,
        "image_maximum_buffer_size": cap,
        "stream_decoding_work_maximum_length": cap,
        "jbig2dec_binary": None,
    }


def _check_structure(data: bytes, limits: ExtractionLimits) -> tuple[str | None, bool]:
    """Read the file with pypdf, inflating every stream that text extraction would read
    (all but images) within ``limits``; returns the title and whether it holds images."""
    cap = limits.max_decompressed_bytes
    try:
        with pypdf.apply_configuration(**_stream_limits(cap)):
            reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
            _open_encrypted(reader)
            page_count = len(reader.pages)
            if page_count > limits.max_pages:
                raise FormatProblem(
                    "too-many-pages", f"{page_count} pages > ingest.max_pages {limits.max_pages}"
                )
            has_images = _inflate_streams(reader, cap)
            return _title(reader), has_images
    except FormatProblem:
        raise
    except LimitReachedError as err:
        raise FormatProblem(
            "too-large-decompressed",
            f"over a limit of ingest.max_decompressed_bytes {cap} ({_short(err)})",
        ) from err
    except Exception as err:  # hostile bytes can break a parser in any way; never the run
        raise FormatProblem("broken-pdf", f"not a readable PDF: {_short(err)}") from err


def _open_encrypted(reader: pypdf.PdfReader) -> None:
    """Open a PDF encrypted with an empty user password (only its permissions are
    restricted, it opens in any viewer); one that needs a password is a problem."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("")
    except Exception as err:  # an encryption scheme pypdf cannot read
        raise FormatProblem(
            "encrypted", f"encrypted PDF that cannot be opened: {_short(err)}"
        ) from err
    if opened == pypdf.PasswordType.NOT_DECRYPTED:
        raise FormatProblem(
            "encrypted", "the PDF needs a password; put an unprotected copy in the folder"
        )


def _inflate_streams(reader: pypdf.PdfReader, cap: int) -> bool:
    """Inflate each non-image stream once, the total within ``cap`` bytes (a stream
    deflated 1000:1 fits a small file); True when the file holds an image."""
    inflated = 0
    has_images = False
    for generation, objects in reader.xref.items():
        for number in objects:
            stream = reader.get_object(IndirectObject(number, generation, reader))
            if not isinstance(stream, StreamObject):
                continue
            if stream.get("/Subtype") == "/Image":
                has_images = True
                continue
            inflated += len(stream.get_data())
            if inflated > cap:
                raise FormatProblem(
                    "too-large-decompressed",
                    f"streams inflate to more than {cap} bytes (ingest.max_decompressed_bytes)",
                )
    return has_images


def _page_texts(data: bytes, limits: ExtractionLimits) -> list[str]:
    """Each page's text lines from PDFium, within the text budget; a page's memory is
    released before the next is read."""
    budget = TextBudget(limits.max_extracted_chars)
    pages: list[str] = []
    document = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = page_text(textpage)
            textpage.close()
            page.close()
            budget.spend(len(text))
            pages.append(text)
    finally:
        document.close()
    return pages


def page_text(textpage: pypdfium2.PdfTextPage) -> str:
    """A page's lines as PDFium orders them, with a blank line where the space between
    two lines is wider than the page's usual line pitch (a paragraph or heading)."""
    text: str = textpage.get_text_range()
    lines = [match for match in _LINE.finditer(text) if match.group().strip()]
    # Bottom of each line's first and last glyph (PDFium joins a hyphenated line to
    # the next, so a line may end lower than it starts), in points from the page foot.
    firsts, lasts = [], []
    for line in lines:
        first = line.start() + len(line.group()) - len(line.group().lstrip())
        last = line.start() + len(line.group().rstrip()) - 1
        firsts.append(textpage.get_charbox(first, loose=True)[1])  # (left, bottom, right, top)
        lasts.append(textpage.get_charbox(last, loose=True)[1])
    steps = sorted(
        above - below for above, below in zip(lasts, firsts[1:], strict=False) if above > below
    )
    if not steps:
        return text
    pitch = steps[len(steps) // 2]
    pieces: list[str] = []
    for index, line in enumerate(lines):
        pieces.append(line.group())
        if index + 1 < len(lines) and lasts[index] - firsts[index + 1] > _GAP_PITCHES * pitch:
            pieces.append("")
    return "\n".join(pieces)


def _title(reader: pypdf.PdfReader) -> str | None:
    """The PDF's own title, unless it is only the name of the file it was made from."""
    title = (reader.metadata.title if reader.metadata else None) or ""
    title = " ".join(str(title).split())
    if not title or re.search(r"\.(docx?|odt|rtf|txt|pdf|html?)$", title, re.IGNORECASE):
        return None
    if title.lower() in _PLACEHOLDER_TITLES:
        return None
    if re.match(r"microsoft (word|powerpoint|excel) - ", title, re.IGNORECASE):
        return None
    return title


def _normalise(page: str) -> str:
    """Line ends as "\\n", PDFium's mark of a line-end hyphen (U+FFFE) as "-\\n",
    ligature glyphs as letters, control characters as spaces."""
    text = page.replace("\r\n", "\n").replace("\r", "\n").replace("\ufffe", "-\n")
    text = _LIGATURES.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)
    return _CONTROL.sub(" ", text)


def _hyphen_evidence(text: str) -> tuple[Counter[str], Counter[str]]:
    """Hyphenated words and words written inside lines (not at a line-end break)."""
    inside_lines = _LINE_END_HYPHEN.sub(" ", text)
    hyphenated = Counter(word.lower() for word in _HYPHENATED_WORD.findall(inside_lines))
    words = Counter(word.lower() for word in _WORD.findall(inside_lines))
    return hyphenated, words


def _short(err: BaseException) -> str:
    message = " ".join(str(err).split()) or "unreadable"
    return f"{type(err).__name__}: {message[:200]}"
