"""Ingest: every bad input is a named problem and the other documents still come through."""

import datetime as dt
import os

import pytest

from extract.config import IngestParams
from extract.ingest.reader import ingest_folder

PARAMS = IngestParams()


def _write(folder, name, data):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


@pytest.fixture
def good_doc(tmp_path):
    _write(tmp_path, "good.txt", b"Jens Soering was arrested in London.\n")
    return tmp_path


def _kinds(problems):
    return {(p.doc_id, p.kind) for p in problems}


def test_ingest_empty_file_is_reported(good_doc):
    _write(good_doc, "empty.txt", b"")
    _write(good_doc, "blank.txt", b" \n\n\t")
    documents, problems = ingest_folder(good_doc, params=PARAMS)
    assert [d.doc_id for d in documents] == ["good.txt"]
    assert _kinds(problems) == {("empty.txt", "empty"), ("blank.txt", "empty")}


def test_ingest_binary_file_is_reported(good_doc):
    _write(good_doc, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    documents, problems = ingest_folder(good_doc, params=PARAMS)
    assert [d.doc_id for d in documents] == ["good.txt"]
    assert _kinds(problems) == {("image.txt", "binary")}


def test_ingest_undecodable_bytes_are_reported(good_doc):
    _write(good_doc, "noise.txt", bytes(range(0x80, 0x100)) * 4)
    _, problems = ingest_folder(good_doc, params=PARAMS)
    assert _kinds(problems) == {("noise.txt", "undecodable")}


def test_ingest_unreadable_file_is_reported(good_doc):
    os.symlink(good_doc / "missing-target.txt", good_doc / "dangling.txt")
    documents, problems = ingest_folder(good_doc, params=PARAMS)
    assert [d.doc_id for d in documents] == ["good.txt"]
    assert _kinds(problems) == {("dangling.txt", "unreadable")}


def test_ingest_file_above_size_limit_is_reported(good_doc):
    _write(good_doc, "big.txt", b"word " * 300)
    documents, problems = ingest_folder(good_doc, params=IngestParams(max_bytes=1000))
    assert [d.doc_id for d in documents] == ["good.txt"]
    assert len(problems) == 1
    assert problems[0].kind == "too-large" and "1500 bytes" in problems[0].detail


def test_ingest_problems_are_logged_with_the_file(good_doc, caplog):
    _write(good_doc, "empty.txt", b"")
    ingest_folder(good_doc, params=PARAMS)
    assert any("empty.txt: empty" in record.getMessage() for record in caplog.records)


def test_ingest_unsupported_extension_is_reported_not_dropped(good_doc):
    _write(good_doc, "scan.tiff", b"II*\x00")
    _, problems = ingest_folder(good_doc, params=PARAMS)
    assert _kinds(problems) == {("scan.tiff", "unsupported")}


def test_ingest_recurses_and_uses_posix_ids(good_doc):
    _write(good_doc, "2019/december/release.txt", b"Released on parole.")
    documents, _ = ingest_folder(good_doc, params=PARAMS)
    assert [d.doc_id for d in documents] == ["2019/december/release.txt", "good.txt"]


def test_ingest_latin1_encoding_is_detected_and_recorded(tmp_path):
    _write(
        tmp_path, "latin.txt", "Mutu cost £15.8m from Parma, said the café owner.".encode("cp1252")
    )
    (document,), _ = ingest_folder(tmp_path, params=PARAMS)
    assert document.encoding == "cp1252"
    assert document.raw_text == "Mutu cost £15.8m from Parma, said the café owner."


def test_ingest_crlf_and_bom(tmp_path):
    _write(tmp_path, "win.txt", b"\xef\xbb\xbfFirst line\r\nSecond line\r\n")
    (document,), _ = ingest_folder(tmp_path, params=PARAMS)
    assert document.raw_text == "First line\nSecond line\n"
    assert document.encoding == "utf-8-sig"


def test_ingest_date_header_sets_published(tmp_path):
    _write(tmp_path, "a.txt", b"date 2017-05-03\nThe sheriff wrote a letter.")
    (document,), _ = ingest_folder(tmp_path, params=PARAMS)
    assert document.published == dt.date(2017, 5, 3)


def test_ingest_invalid_date_header_is_not_metadata(tmp_path):
    _write(tmp_path, "a.txt", b"date 2017-13-45\nThe sheriff wrote a letter.")
    (document,), _ = ingest_folder(tmp_path, params=PARAMS)
    assert document.published is None


def test_ingest_manifest_supplies_metadata(tmp_path):
    _write(tmp_path, "a.txt", b"The sheriff wrote a letter.")
    _write(
        tmp_path,
        "manifest.csv",
        b"file,published,url,title\na.txt,2017-05-03,https://example.org/a,Letter\n"
        b"gone.txt,2018-01-01,,\n",
    )
    (document,), problems = ingest_folder(tmp_path, params=PARAMS)
    assert (document.published, document.url, document.title) == (
        dt.date(2017, 5, 3),
        "https://example.org/a",
        "Letter",
    )
    assert _kinds(problems) == {("gone.txt", "manifest-unmatched")}


def test_ingest_bad_manifest_row_is_a_problem_not_a_crash(tmp_path):
    _write(tmp_path, "a.txt", b"Text.")
    _write(tmp_path, "manifest.csv", b"file,published,title\na.txt,May 3rd,Letter\n")
    (document,), problems = ingest_folder(tmp_path, params=PARAMS)
    assert (document.published, document.title) == (None, "Letter")
    assert [(p.doc_id, p.kind) for p in problems] == [("manifest.csv", "manifest-row")]
    assert "line 2" in problems[0].detail and "'May 3rd'" in problems[0].detail


def test_ingest_html_main_text_title_and_date(tmp_path):
    html = """<html><head><title>Sheriff backs pardon</title>
    <meta property="article:published_time" content="2017-05-03T10:00:00Z"></head>
    <body><nav><a href="/">Home</a> | <a href="/about">About us</a></nav>
    <article><h1>Sheriff backs pardon</h1>
    <p>A man who has spent more than 30 years behind bars is getting new support for his
    release from a sheriff who studied the case for months.</p>
    <p>The sheriff sent a 19-page letter to the governor asking for a pardon.</p></article>
    <footer>© 2017 Example News. All rights reserved.</footer></body></html>"""
    _write(tmp_path, "page.html", html.encode())
    (document,), problems = ingest_folder(tmp_path, params=PARAMS)
    assert problems == []
    assert document.source_format == "html"
    assert document.title == "Sheriff backs pardon"
    assert document.published == dt.date(2017, 5, 3)
    assert "19-page letter to the governor" in document.raw_text
    assert "All rights reserved" not in document.raw_text
    assert "About us" not in document.raw_text


def test_ingest_missing_folder_raises_naming_it(tmp_path):
    with pytest.raises(NotADirectoryError, match="nowhere"):
        ingest_folder(tmp_path / "nowhere", params=PARAMS)


def test_the_corpus_knowledge_base_beside_the_documents_is_not_a_document(tmp_path):
    from extract.ingest.reader import CORPUS_KB_FILE, discover_files

    (tmp_path / "a.txt").write_text("Ada Okafor spoke in Lagos.\n", encoding="utf-8")
    (tmp_path / CORPUS_KB_FILE).write_text("entities: []\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / CORPUS_KB_FILE).write_text("entities: []\n", encoding="utf-8")
    documents, problems = discover_files(tmp_path, params=IngestParams())
    assert [p.name for p in documents] == ["a.txt"]
    # only the top-level kb.yaml is the corpus's KB; one deeper is an unsupported file
    assert [(p.doc_id, p.kind) for p in problems] == [("notes/kb.yaml", "unsupported")]
