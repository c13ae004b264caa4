"""PDF, DOCX and Markdown input: text read as a reader would, hostile files named problems.

Every file here is written by the test (reportlab, pypdf, python-docx, zipfile), so
the text each one holds is known exactly.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from extract.config import IngestParams, load_params
from extract.errors import ParamsError
from extract.ingest.pdf_text import paragraph_lines, rejoin_hyphenated
from extract.ingest.reader import ingest_folder

PARAMS = IngestParams()
GOOD_TEXT = b"Ada Okafor was elected in Lagos.\n"
LEADING = 14.0


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _pdf(*pages: list[str | None], columns: list[list[str]] | None = None) -> bytes:
    """A PDF with each page's lines drawn top-down (None: an empty line), or one page
    of side-by-side columns drawn column after column."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    _, height = A4
    for lines in pages:
        canvas.setFont("Helvetica", 11)
        for row, line in enumerate(lines):
            if line is not None:
                canvas.drawString(72, height - 72 - row * LEADING, line)
        canvas.showPage()
    if columns:
        canvas.setFont("Helvetica", 11)
        for index, column in enumerate(columns):
            for row, line in enumerate(column):
                canvas.drawString(72 + index * 240, height - 72 - row * LEADING, line)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _scanned_pdf() -> bytes:
    """One page that is only a picture (of nothing legible), as a scanner makes it."""
    image = Image.new("L", (120, 60), color=255)
    for x in range(10, 110):
        image.putpixel((x, 30), 0)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.drawImage(ImageReader(image), 72, 600, width=240, height=120)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _raw_pdf(content: bytes) -> bytes:
    """A one-page PDF written byte by byte, its content stream deflated."""
    stream = zlib.compress(content, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def _encrypted(data: bytes, *, user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _docx_with_body(body_xml: str) -> bytes:
    """A minimal .docx whose body is ``body_xml`` (WordprocessingML)."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{namespace}"><w:body>{body_xml}</w:body></w:document>'
    )
    return _zip({"word/document.xml": document.encode("utf-8")})


def _ingest(folder: Path, params: IngestParams = PARAMS):
    documents, problems = ingest_folder(folder, params=params)
    return {d.doc_id: d for d in documents}, {p.doc_id: p for p in problems}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    _write(tmp_path, "good.txt", GOOD_TEXT)
    return tmp_path


# PDF text --------------------------------------------------------------------------------


def test_pdf_paragraphs_are_reflowed_and_a_hyphenated_word_rejoined(folder):
    _write(
        folder,
        "minutes.pdf",
        _pdf(
            [
                "Ada Okafor met two inspectors of the Lagos",
                "Water Agency in Abuja on 3 May 2021 and she",
                "handed them the signed minutes.",
                None,
                "The inspectors opened a formal investi-",
                "gation into the accounts of the agency, which",
                "had been kept by Tunde Bello since 2019.",
            ]
        ),
    )
    documents, problems = _ingest(folder)
    assert problems == {}
    document = documents["minutes.pdf"]
    assert (document.source_format, document.encoding) == ("pdf", "pdf-text-layer")
    assert document.raw_text == (
        "Ada Okafor met two inspectors of the Lagos Water Agency in Abuja on 3 May 2021 "
        "and she handed them the signed minutes.\n"
        "The inspectors opened a formal investigation into the accounts of the agency, "
        "which had been kept by Tunde Bello since 2019."
    )
    assert documents["good.txt"].raw_text == GOOD_TEXT.decode()


def test_pdf_columns_are_read_column_after_column(folder):
    left = ["Ada Okafor chaired the board of the", "Lagos Water Agency until 2019."]
    right = ["Tunde Bello replaced her as chair in", "the spring of 2020."]
    _write(folder, "columns.pdf", _pdf(columns=[left, right]))
    documents, _ = _ingest(folder)
    assert documents["columns.pdf"].raw_text == (
        "Ada Okafor chaired the board of the Lagos Water Agency until 2019.\n"
        "Tunde Bello replaced her as chair in the spring of 2020."
    )


def test_pdf_pages_are_apart_by_a_blank_line(folder):
    _write(folder, "two-pages.pdf", _pdf(["Page one names Ada Okafor."], ["Page two names Lagos."]))
    documents, _ = _ingest(folder)
    assert documents["two-pages.pdf"].raw_text == (
        "Page one names Ada Okafor.\n\nPage two names Lagos."
    )


def test_pdf_title_comes_from_its_metadata_unless_a_placeholder(folder):
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle("Audit of the Lagos Water Agency")
    canvas.drawString(72, 700, "The audit found no missing funds.")
    canvas.save()
    _write(folder, "titled.pdf", buffer.getvalue())
    _write(folder, "untitled.pdf", _pdf(["The audit found no missing funds."]))  # "untitled"
    documents, _ = _ingest(folder)
    assert documents["titled.pdf"].title == "Audit of the Lagos Water Agency"
    assert documents["untitled.pdf"].title is None


def test_rejoin_hyphenated_makes_a_broken_word_whole():
    assert rejoin_hyphenated("a formal investi-\ngation began") == "a formal investigation began"


def test_rejoin_hyphenated_keeps_the_hyphen_of_a_compound_the_text_writes_hyphenated():
    text = "a long-term plan and a long-\nterm loan"
    assert rejoin_hyphenated(text) == "a long-term plan and a long-term loan"


def test_rejoin_hyphenated_closes_a_compound_the_text_writes_closed():
    text = "a week-\nend visit; every weekend"
    assert rejoin_hyphenated(text) == "a weekend visit; every weekend"


def test_rejoin_hyphenated_keeps_the_hyphen_before_a_capital():
    assert rejoin_hyphenated("the anti-\nAmerican march") == "the anti-American march"


def test_rejoin_hyphenated_drops_a_soft_hyphen_and_leaves_number_ranges():
    assert rejoin_hyphenated("co\u00ad\noperate") == "cooperate"
    assert rejoin_hyphenated("from 2019-\n2020") == "from 2019-\n2020"


def test_paragraph_lines_keeps_a_heading_and_a_page_number_on_their_own():
    page = "\n".join(
        [
            "Findings",
            "The inspectors met Ada Okafor in the offices",
            "of the Lagos Water Agency on two occasions",
            "in the spring of the same year.",
            "3",
        ]
    )
    assert paragraph_lines(page) == [
        ["Findings"],
        [
            "The inspectors met Ada Okafor in the offices",
            "of the Lagos Water Agency on two occasions",
            "in the spring of the same year.",
        ],
        ["3"],
    ]


# PDF problems ----------------------------------------------------------------------------


def test_pdf_without_a_text_layer_needs_ocr(folder):
    _write(folder, "scan.pdf", _scanned_pdf())
    documents, problems = _ingest(folder)
    assert (problems["scan.pdf"].kind, problems["scan.pdf"].detail) == (
        "no-text-layer",
        "no text layer; needs OCR",
    )
    assert list(documents) == ["good.txt"]


def test_pdf_of_blank_pages_is_empty(folder):
    _write(folder, "blank.pdf", _pdf([None], [None]))
    _, problems = _ingest(folder)
    assert problems["blank.pdf"].kind == "empty"


def test_pdf_that_needs_a_password_is_encrypted(folder):
    _write(folder, "locked.pdf", _encrypted(_pdf(["Ada Okafor signed."]), user_password="s3cret"))
    documents, problems = _ingest(folder)
    assert problems["locked.pdf"].kind == "encrypted"
    assert "password" in problems["locked.pdf"].detail
    assert list(documents) == ["good.txt"]


def test_pdf_encrypted_only_against_editing_is_read(folder):
    _write(folder, "restricted.pdf", _encrypted(_pdf(["Ada Okafor signed."]), user_password=""))
    documents, problems = _ingest(folder)
    assert problems == {}
    assert documents["restricted.pdf"].raw_text == "Ada Okafor signed."


def test_pdf_with_thousands_of_pages_is_refused_before_reading(folder):
    writer = pypdf.PdfWriter()
    for _ in range(PARAMS.max_pages + 500):
        writer.add_blank_page(100, 100)
    buffer = io.BytesIO()
    writer.write(buffer)
    _write(folder, "pages.pdf", buffer.getvalue())
    documents, problems = _ingest(folder)
    assert problems["pages.pdf"].kind == "too-many-pages"
    assert problems["pages.pdf"].detail == f"2500 pages > ingest.max_pages {PARAMS.max_pages}"
    assert list(documents) == ["good.txt"]


def test_pdf_whose_content_inflates_past_the_limit_is_refused(folder):
    bomb = _raw_pdf(b"q Q\n" * 2_000_000)  # 8 MB of no-op drawing in a few kilobytes
    assert len(bomb) < 50_000
    _write(folder, "bomb.pdf", bomb)
    params = IngestParams(max_decompressed_bytes=1_000_000)
    documents, problems = _ingest(folder, params)
    assert problems["bomb.pdf"].kind == "too-large-decompressed"
    assert "ingest.max_decompressed_bytes 1000000" in problems["bomb.pdf"].detail
    assert list(documents) == ["good.txt"]


def test_pdf_with_more_text_than_the_limit_is_refused(folder):
    _write(folder, "long.pdf", _pdf(["Ada Okafor " * 8] * 40))
    _, problems = _ingest(folder, IngestParams(max_extracted_chars=1_000))
    assert problems["long.pdf"].kind == "too-large-extracted"


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n" + bytes(range(256)) * 40,
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>",
    ],
    ids=["noise", "no-cross-reference-table"],
)
def test_broken_pdf_is_a_named_problem(folder, data):
    _write(folder, "broken.pdf", data)
    documents, problems = _ingest(folder)
    assert problems["broken.pdf"].kind == "broken-pdf"
    assert list(documents) == ["good.txt"]


def test_truncated_pdf_is_a_document_or_broken_never_a_crash(folder):
    whole = _pdf(["Ada Okafor met the inspectors in Abuja."], ["Tunde Bello was not there."])
    _write(folder, "cut.pdf", whole[: len(whole) // 2])
    documents, problems = _ingest(folder)
    if "cut.pdf" in problems:
        assert problems["cut.pdf"].kind in {"broken-pdf", "empty"}
    else:
        assert "Ada Okafor" in documents["cut.pdf"].raw_text
    assert documents["good.txt"].raw_text == GOOD_TEXT.decode()


# DOCX ------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_cells_are_lines_in_order(folder):
    def build(document):
        document.core_properties.title = "Board minutes"
        document.add_heading("Minutes of the board", level=1)
        document.add_paragraph("Ada Okafor opened the meeting in Lagos.")
        document.add_paragraph("")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Member", "Role"
        table.cell(1, 0).text, table.cell(1, 1).text = "Tunde Bello", "Treasurer"
        document.add_paragraph("The meeting closed at noon.")

    _write(folder, "minutes.docx", _docx(build))
    documents, problems = _ingest(folder)
    assert problems == {}
    document = documents["minutes.docx"]
    assert (document.source_format, document.encoding) == ("docx", "docx-xml")
    assert document.title == "Board minutes"
    assert document.raw_text == (
        "Minutes of the board\n"
        "Ada Okafor opened the meeting in Lagos.\n"
        "Member\nRole\nTunde Bello\nTreasurer\n"
        "The meeting closed at noon."
    )


def test_docx_reads_insertions_and_tabs_but_not_deletions_or_fallbacks(folder):
    body = (
        "<w:p><w:r><w:t>Ada Okafor</w:t></w:r><w:r><w:tab/><w:t>Chair</w:t></w:r></w:p>"
        "<w:p><w:r><w:t xml:space='preserve'>She was </w:t></w:r>"
        "<w:del><w:r><w:delText>not </w:delText></w:r></w:del>"
        "<w:ins><w:r><w:t>re-</w:t></w:r></w:ins>"
        "<w:r><w:t>elected in Lagos.</w:t></w:r></w:p>"
        "<mc:AlternateContent xmlns:mc='http://schemas.openxmlformats.org/markup-compatibility/2006'>"
        "<mc:Choice Requires='wps'><w:p><w:r><w:t>Box text</w:t></w:r></w:p></mc:Choice>"
        "<mc:Fallback><w:p><w:r><w:t>Box text</w:t></w:r></w:p></mc:Fallback>"
        "</mc:AlternateContent>"
    )
    _write(folder, "tracked.docx", _docx_with_body(body))
    documents, _ = _ingest(folder)
    assert documents["tracked.docx"].raw_text == (
        "Ada Okafor\tChair\nShe was re-elected in Lagos.\nBox text"
    )


def test_docx_zip_bomb_is_refused_before_it_is_inflated(folder):
    size = PARAMS.max_decompressed_bytes + 1_000_000
    xml = b'<?xml version="1.0"?><w:document xmlns:w="x">' + b" " * size + b"</w:document>"
    bomb = _zip({"word/document.xml": xml})
    assert len(bomb) < size // 500
    _write(folder, "bomb.docx", bomb)
    documents, problems = _ingest(folder)
    assert problems["bomb.docx"].kind == "too-large-decompressed"
    assert list(documents) == ["good.txt"]


def test_docx_with_more_text_than_the_limit_is_refused(folder):
    body = "<w:p><w:r><w:t>Ada Okafor was elected.</w:t></w:r></w:p>" * 200
    _write(folder, "long.docx", _docx_with_body(body))
    _, problems = _ingest(folder, IngestParams(max_extracted_chars=1_000))
    assert problems["long.docx"].kind == "too-large-extracted"


def test_docx_declaring_entities_is_refused(folder):
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "haha">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        f'<w:document xmlns:w="{namespace}"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    _write(folder, "laughs.docx", _zip({"word/document.xml": laughs.encode()}))
    _, problems = _ingest(folder)
    assert problems["laughs.docx"].kind == "broken-docx"


def test_password_protected_word_file_is_encrypted(folder):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # an encrypted .docx is OLE, not zip
    _write(folder, "locked.docx", ole)
    _, problems = _ingest(folder)
    assert problems["locked.docx"].kind == "encrypted"


@pytest.mark.parametrize(
    ("data", "detail_part"),
    [
        (b"PK\x03\x04 this is no zip at all", "not a readable zip archive"),
        (_zip({"content.xml": b"<office:document/>"}), "no word/document.xml"),
        (_zip({"word/document.xml": b"<w:document><w:body><w:p>"}), "ParseError"),
    ],
    ids=["not-zip", "not-word", "cut-xml"],
)
def test_broken_docx_is_a_named_problem(folder, data, detail_part):
    _write(folder, "broken.docx", data)
    documents, problems = _ingest(folder)
    assert problems["broken.docx"].kind == "broken-docx"
    assert detail_part in problems["broken.docx"].detail
    assert list(documents) == ["good.txt"]


def test_docx_without_text_is_empty(folder):
    _write(folder, "blank.docx", _docx(lambda document: document.add_paragraph("")))
    _, problems = _ingest(folder)
    assert problems["blank.docx"].kind == "empty"


# Markdown, settings, a folder of everything ----------------------------------------------


def test_markdown_is_read_as_text(folder):
    text = "# Notes\n\nAda Okafor met *Tunde Bello* in Lagos.\n"
    _write(folder, "notes.md", text.encode())
    documents, _ = _ingest(folder)
    assert (documents["notes.md"].source_format, documents["notes.md"].raw_text) == ("md", text)


@pytest.mark.parametrize("key", ["max_pages", "max_decompressed_bytes", "max_extracted_chars"])
def test_ingest_limits_must_be_positive(tmp_path, key):
    path = tmp_path / "params.yaml"
    path.write_text(f"ingest:\n  {key}: 0\n", "utf-8")
    with pytest.raises(ParamsError, match=f"ingest.{key}"):
        load_params(path)


def test_folder_of_every_bad_format_keeps_its_good_documents(folder):
    _write(folder, "scan.pdf", _scanned_pdf())
    _write(folder, "locked.pdf", _encrypted(_pdf(["Secret."]), user_password="s3cret"))
    _write(folder, "noise.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 4)
    _write(folder, "bomb.docx", _zip({"word/document.xml": b" " * 2_000_000}))
    _write(folder, "report.pdf", _pdf(["Ada Okafor audited the Lagos Water Agency."]))
    _write(folder, "memo.docx", _docx(lambda d: d.add_paragraph("Tunde Bello signed the memo.")))
    documents, problems = _ingest(folder, IngestParams(max_decompressed_bytes=1_000_000))
    assert {name: problem.kind for name, problem in problems.items()} == {
        "scan.pdf": "no-text-layer",
        "locked.pdf": "encrypted",
        "noise.pdf": "broken-pdf",
        "bomb.docx": "too-large-decompressed",
    }
    assert {name: document.raw_text for name, document in documents.items()} == {
        "good.txt": GOOD_TEXT.decode(),
        "report.pdf": "Ada Okafor audited the Lagos Water Agency.",
        "memo.docx": "Tunde Bello signed the memo.",
    }
