"""Compare PDF text extractors on PDFs with known text: reading order, hyphens, paragraphs.

Each BBC News article (../shared/corpora/bbc-news) is typeset into PDFs whose
text is known word for word. With reportlab (Times 10 pt on A5, running header and
"Page N of M" footer on every page, words that do not fit broken with a hyphen):

- one-column: one justified column;
- two-column: two justified columns, drawn column after column;
- two-column-shuffled: the same page drawn line by line across both columns, the
  header last (some producers write their content stream out of reading order);
- positioned-words: two columns, every word placed on its own, no space characters
  (as TeX writes);
- table: two paragraphs and a three-column table drawn column by column.

With LibreOffice (when `soffice` is installed; python-docx writes the document,
LibreOffice exports the PDF with its embedded TrueType fonts and kerning):
lo-one-column, lo-two-column, lo-table (no hyphenation, no header or footer).

The reference is the words in reading order (a hyphen-broken word counts whole;
header, body lines, footer per page). Figures per extractor and layout:

- order: 1 - normalised Levenshtein distance between the word sequences;
- bagF1: word-bag F1 (content regardless of order);
- whole: share of hyphen-broken words that come out whole;
- joins: share of word pairs inside a paragraph that are not split by a line break;
- breaks: share of paragraph (and heading, header, footer, table row) starts that
  begin a new line;
- ms/pg: milliseconds per page.

Each extractor gives one text per page; "+pipeline" rows are those pages after
extract.ingest.pdf_text.page_texts_to_raw (ligatures, line-end hyphens rejoined,
lines reflowed into paragraphs), what `extract` stores. Usage:

    python tools/compare_pdf_extractors.py ../shared/corpora/bbc-news --limit 40
"""

from __future__ import annotations

import argparse
import difflib
import io
import random
import re
import shutil
import subprocess
import tempfile
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import docx
import pdfminer.high_level
import pypdf
import pypdfium2
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from rapidfuzz.distance import Levenshtein
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from extract.ingest.pdf_text import page_text, page_texts_to_raw

FONT, SIZE, LEADING = "Times-Roman", 10.0, 12.5
PAGE_W, PAGE_H = A5  # a small page, so that articles run over columns and pages
MARGIN, GUTTER = 42.0, 16.0
LAYOUTS = ("one-column", "two-column", "two-column-shuffled", "positioned-words", "table")
LO_LAYOUTS = ("lo-one-column", "lo-two-column", "lo-table")
TABLE_ROWS = 12

START, INSIDE, FREE = "start", "inside", "free"  # where a reference word stands in its block


@dataclass
class Line:
    """One typeset line: the words drawn, and the reference words that start on it
    (a word broken across lines is one reference word, counted on its first line)."""

    words: list[str]
    reference: list[str]
    justify: bool
    starts_block: bool = False


@dataclass
class Sample:
    """A generated PDF with the words a perfect extractor returns, in order, and for
    each word whether it starts a block (paragraph, heading, header, footer, row)."""

    layout: str
    pdf: bytes
    reference: list[str]
    roles: list[str]
    broken: list[str] = field(default_factory=list)  # words split across lines by a hyphen
    pages: int = 0


def add_block(reference: list[str], roles: list[str], words: list[str], first: str = START) -> None:
    for index, word in enumerate(words):
        reference.append(word)
        roles.append(first if index == 0 else INSIDE)


def table_rows(paragraphs: list[str]) -> list[list[str]]:
    """Rows of three cells (two words, two words, one word) from the article's words."""
    words = " ".join(paragraphs).split()
    return [
        [" ".join(words[i : i + 2]), " ".join(words[i + 2 : i + 4]), words[i + 4]]
        for i in range(0, min(len(words) - 5, TABLE_ROWS * 5), 5)
    ]


def wrap(paragraph: str, width: float, broken: list[str]) -> list[Line]:
    """Greedy lines of ``width`` points; a word that does not fit is broken with a hyphen
    when a first part of 3+ letters fits, as a typesetter hyphenates (a compound
    only at its own hyphen)."""
    lines: list[Line] = []
    words: list[str] = []
    reference: list[str] = []
    for word in paragraph.split():
        if stringWidth(" ".join([*words, word]), FONT, SIZE) <= width:
            words.append(word)
            reference.append(word)
            continue
        head = _hyphenate(words, word, width)
        if head is None:
            lines.append(Line(words, reference, True))
            words, reference = [word], [word]
            continue
        lines.append(Line([*words, head], [*reference, word], True))
        broken.append(word)
        words = [word[len(head) :] if word.startswith(head) else word[len(head) - 1 :]]
        reference = []
    if words:
        lines.append(Line(words, reference, False))
    if lines:
        lines[0].starts_block = True
    return lines


def _hyphenate(words: list[str], word: str, width: float) -> str | None:
    """The longest 'prefix-' of ``word`` that still fits after ``words``, or None."""
    if not words or len(word) < 7 or not word[:3].isalpha():
        return None
    inner = word.find("-", 1)
    if 0 < inner < len(word) - 1:  # a compound: "long-term" breaks as "long-" + "term"
        heads = [word[: inner + 1]] if word[:inner].isalpha() else []
    else:
        heads = [word[:cut] + "-" for cut in range(len(word) - 3, 2, -1) if word[:cut].isalpha()]
    for head in heads:
        if stringWidth(" ".join([*words, head]), FONT, SIZE) <= width:
            return head
    return None


def typeset(layout: str, title: str, paragraphs: list[str], header: str) -> Sample:
    """Render one article in a reportlab ``layout``; the reference follows reading order."""
    columns = 1 if layout in ("one-column", "table") else 2
    column_w = (PAGE_W - 2 * MARGIN - GUTTER * (columns - 1)) / columns
    broken: list[str] = []
    body: list[Line] = [Line([title], title.split(), False, True)]
    rows = table_rows(paragraphs) if layout == "table" else []
    for paragraph in paragraphs[:2] if rows else paragraphs:
        body.extend(wrap(paragraph, column_w, broken))
        body.append(Line([], [], False))
    per_column = int((PAGE_H - 2 * MARGIN - 2 * LEADING) // LEADING)
    per_page = per_column * columns
    page_lines = [body[i : i + per_page] for i in range(0, len(body), per_page)]
    pages = len(page_lines) + (1 if rows else 0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A5, invariant=1)
    reference: list[str] = []
    roles: list[str] = []
    for number, lines in enumerate(page_lines, start=1):
        canvas.setFont(FONT, SIZE)
        draws = [
            (index % per_column, index // per_column, line) for index, line in enumerate(lines)
        ]
        shuffled = layout == "two-column-shuffled"
        if shuffled:
            draws.sort(key=lambda item: (item[0], item[1]))
        else:
            canvas.drawString(MARGIN, PAGE_H - MARGIN + LEADING, header)
        for row, column, line in draws:
            x = MARGIN + column * (column_w + GUTTER)
            y = PAGE_H - MARGIN - LEADING - row * LEADING
            _draw_line(canvas, x, y, line, column_w, positioned=layout == "positioned-words")
        if shuffled:
            canvas.drawString(MARGIN, PAGE_H - MARGIN + LEADING, header)
        footer = f"Page {number} of {pages}"
        canvas.drawString(PAGE_W / 2 - 20, MARGIN / 2, footer)
        add_block(reference, roles, header.split())
        for line in lines:
            add_block(reference, roles, line.reference, START if line.starts_block else INSIDE)
        add_block(reference, roles, footer.split())
        canvas.showPage()
    if rows:
        canvas.setFont(FONT, SIZE)
        canvas.drawString(MARGIN, PAGE_H - MARGIN + LEADING, header)
        for column, x in enumerate((0.0, 125.0, 250.0)):  # drawn column by column
            for row, cells in enumerate(rows):
                y = PAGE_H - MARGIN - LEADING - row * LEADING * 1.6
                canvas.drawString(MARGIN + x, y, cells[column])
        footer = f"Page {pages} of {pages}"
        canvas.drawString(PAGE_W / 2 - 20, MARGIN / 2, footer)
        add_block(reference, roles, header.split())
        _add_rows(reference, roles, rows)
        add_block(reference, roles, footer.split())
        canvas.showPage()
    canvas.save()
    return Sample(layout, buffer.getvalue(), reference, roles, broken, pages)


def _add_rows(reference: list[str], roles: list[str], rows: list[list[str]]) -> None:
    """A table's words row by row; a row starts a block, a cell inside a row may or
    may not start a line (both are fine)."""
    for cells in rows:
        for index, cell in enumerate(cells):
            add_block(reference, roles, cell.split(), START if index == 0 else FREE)


def _draw_line(
    canvas: Canvas, x: float, y: float, line: Line, width: float, *, positioned: bool
) -> None:
    if not line.words:
        return
    natural = stringWidth(" ".join(line.words), FONT, SIZE)
    gaps = len(line.words) - 1
    extra = (width - natural) / gaps if line.justify and gaps else 0.0
    if positioned:
        space = stringWidth(" ", FONT, SIZE) + extra
        for word in line.words:
            canvas.drawString(x, y, word)
            x += stringWidth(word, FONT, SIZE) + space
        return
    text = canvas.beginText(x, y)
    text.setFont(FONT, SIZE)
    text.setWordSpace(extra)
    text.textOut(" ".join(line.words))
    canvas.drawText(text)


def libreoffice_samples(articles: list[tuple[str, list[str]]]) -> list[Sample]:
    """The articles written as DOCX and exported to PDF by LibreOffice, in one batch."""
    soffice = shutil.which("soffice")
    if soffice is None:
        return []
    pending: list[tuple[Path, str, list[str], list[str]]] = []
    with tempfile.TemporaryDirectory() as folder:
        for number, (title, paragraphs) in enumerate(articles):
            for layout in LO_LAYOUTS:
                path = Path(folder) / f"{number:04d}-{layout}.docx"
                reference, roles = _write_docx(path, layout, title, paragraphs)
                pending.append((path, layout, reference, roles))
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder]
            + [str(path) for path, *_ in pending],
            check=True,
            capture_output=True,
            timeout=1800,
        )
        samples = []
        for path, layout, reference, roles in pending:
            data = path.with_suffix(".pdf").read_bytes()
            pages = len(pypdf.PdfReader(io.BytesIO(data)).pages)
            samples.append(Sample(layout, data, reference, roles, [], pages))
    return samples


def _write_docx(
    path: Path, layout: str, title: str, paragraphs: list[str]
) -> tuple[list[str], list[str]]:
    document = docx.Document()
    reference: list[str] = []
    roles: list[str] = []
    document.add_heading(title, level=1)
    add_block(reference, roles, title.split())
    rows = table_rows(paragraphs) if layout == "lo-table" else []
    for paragraph in paragraphs[:2] if rows else paragraphs:
        document.add_paragraph(paragraph).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        add_block(reference, roles, paragraph.split())
    if rows:
        table = document.add_table(rows=len(rows), cols=3)
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        _add_rows(reference, roles, rows)
    if layout == "lo-two-column":
        columns = OxmlElement("w:cols")
        columns.set(qn("w:num"), "2")
        columns.set(qn("w:space"), "360")
        document.sections[0]._sectPr.append(columns)
    document.save(str(path))
    return reference, roles


def _pypdf(data: bytes, mode: str) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return [page.extract_text(extraction_mode=mode) for page in reader.pages]  # type: ignore[arg-type]


def _pdfminer(data: bytes) -> list[str]:
    return pdfminer.high_level.extract_text(io.BytesIO(data)).split("\f")


def _pdfium(data: bytes) -> list[str]:
    """PDFium's lines with a blank line at wide gaps, as extract reads a PDF."""
    document = pypdfium2.PdfDocument(data)
    pages = [page_text(page.get_textpage()) for page in document]
    document.close()
    return pages


EXTRACTORS: dict[str, Callable[[bytes], list[str]]] = {
    "pypdf plain": lambda data: _pypdf(data, "plain"),
    "pypdf layout": lambda data: _pypdf(data, "layout"),
    "pdfminer.six": _pdfminer,
    "pypdfium2": _pdfium,
}


def tokens(text: str) -> tuple[list[str], list[bool]]:
    """Words of ``text`` and, for each, whether a line break comes before it."""
    text = unicodedata.normalize("NFKC", text).replace("\ufffe", "-\n")
    words, after_newline = [], []
    previous_end = 0
    for match in re.finditer(r"\S+", text):
        words.append(match.group())
        after_newline.append("\n" in text[previous_end : match.start()])
        previous_end = match.end()
    return words, after_newline


def bag_f1(found: list[str], reference: list[str]) -> float:
    overlap = sum((Counter(found) & Counter(reference)).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / len(found), overlap / len(reference)
    return 2 * precision * recall / (precision + recall)


def whole_share(found: list[str], sample: Sample) -> float | None:
    """Share of the hyphen-broken words that come out whole: of each such word, the
    output's occurrences beyond those the reference has unbroken."""
    if not sample.broken:
        return None
    output, reference, broken = Counter(found), Counter(sample.reference), Counter(sample.broken)
    hits = sum(
        min(count, max(0, output[word] - (reference[word] - count)))
        for word, count in broken.items()
    )
    return hits / len(sample.broken)


def line_breaks(sample: Sample, found: list[str], newline: list[bool]) -> tuple[float, float]:
    """(joins, breaks) over the reference word pairs that the output also has in order."""
    joined = inside = kept = starts = 0
    matcher = difflib.SequenceMatcher(None, sample.reference, found, autojunk=False)
    for ref_at, out_at, size in matcher.get_matching_blocks():
        for offset in range(1, size):
            role, broke = sample.roles[ref_at + offset], newline[out_at + offset]
            if role == INSIDE:
                inside += 1
                joined += not broke
            elif role == START:
                starts += 1
                kept += broke
    return joined / max(inside, 1), kept / max(starts, 1)


def measure(samples: list[Sample]) -> dict[tuple[str, str], list[list[float]]]:
    """Per (extractor variant, layout) the figures of each sample."""
    results: dict[tuple[str, str], list[list[float]]] = {}
    for sample in samples:
        for name, extractor in EXTRACTORS.items():
            started = time.perf_counter()
            pages = extractor(sample.pdf)
            seconds = time.perf_counter() - started
            for variant, text in (
                (name, "\n".join(pages)),
                (f"{name} +pipeline", page_texts_to_raw(pages)),
            ):
                found, newline = tokens(text)
                whole = whole_share(found, sample)
                figures = [
                    Levenshtein.normalized_similarity(found, sample.reference),
                    bag_f1(found, sample.reference),
                    *line_breaks(sample, found, newline),
                    1000 * seconds / sample.pages,
                    -1.0 if whole is None else whole,
                ]
                for layout in (sample.layout, "all"):
                    results.setdefault((variant, layout), []).append(figures)
    return results


def read_articles(corpus: Path, limit: int) -> list[tuple[str, str, list[str]]]:
    """(header, title, paragraphs) of ``limit`` articles the standard PDF fonts can print."""
    files = sorted(corpus.rglob("*.txt"))
    random.Random(0).shuffle(files)
    articles = []
    for path in files:
        if len(articles) >= limit:
            break
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        try:
            text.encode("cp1252")  # the standard fonts' encoding
        except UnicodeEncodeError:
            continue
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        articles.append(
            (f"{path.parent.name.title()} desk - file {path.stem}", lines[0], lines[1:])
        )
    return articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--no-libreoffice", action="store_true", help="reportlab layouts only")
    args = parser.parse_args()
    articles = read_articles(args.corpus, args.limit)
    samples = [
        typeset(layout, title, paragraphs, header)
        for header, title, paragraphs in articles
        for layout in LAYOUTS
    ]
    if not args.no_libreoffice:
        samples += libreoffice_samples([(title, paragraphs) for _, title, paragraphs in articles])
    results = measure(samples)
    broken = sum(len(sample.broken) for sample in samples)
    pages = sum(sample.pages for sample in samples)
    layouts = sorted({sample.layout for sample in samples})
    print(
        f"{len(samples)} PDFs ({len(articles)} articles x {len(layouts)} layouts), "
        f"{pages} pages, {broken} hyphen-broken words"
    )
    columns = ("order", "bagF1", "joins", "breaks", "ms/pg", "whole")
    print(f"{'extractor':24s} {'layout':20s} " + " ".join(f"{c:>6s}" for c in columns))
    for (variant, layout), rows in sorted(results.items()):
        means = []
        for slot in range(len(columns)):
            values = [row[slot] for row in rows if row[slot] >= 0]
            means.append(f"{sum(values) / len(values):6.3f}" if values else f"{'-':>6s}")
        print(f"{variant:24s} {layout:20s} " + " ".join(means))


if __name__ == "__main__":
    main()
