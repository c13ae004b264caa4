"""manifest.csv as users write it: spreadsheet encodings and separators, one bad row at a time."""

import datetime as dt

import pytest

from extract.config import IngestParams
from extract.errors import ManifestError
from extract.ingest.manifest import read_manifest
from extract.ingest.reader import ingest_folder

PARAMS = IngestParams()


def _folder(tmp_path, manifest: bytes, *names: str):
    for name in names:
        (tmp_path / name).write_text(f"The letter {name} was sent.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_bytes(manifest)
    return tmp_path


def test_one_bad_date_costs_only_its_row(tmp_path):
    manifest = (
        b"file,published,url,title\n"
        b"a.txt,2021-03-15,https://example.org/a,First\n"
        b"b.txt,16/03/2021,https://example.org/b,Second\n"
        b"c.txt,2021-03-04T10:00:00Z,,Third\n"
    )
    documents, problems = ingest_folder(
        _folder(tmp_path, manifest, "a.txt", "b.txt", "c.txt"), params=PARAMS
    )
    by_id = {d.doc_id: d for d in documents}
    assert by_id["a.txt"].published == dt.date(2021, 3, 15)
    assert by_id["c.txt"].published == dt.date(2021, 3, 4)  # an ISO timestamp is a date
    # The bad row keeps its url and title; only its date is lost, and said so.
    assert (by_id["b.txt"].published, by_id["b.txt"].url) == (None, "https://example.org/b")
    (problem,) = problems
    assert (problem.doc_id, problem.kind) == ("manifest.csv", "manifest-row")
    for part in ("line 3", "b.txt", "published", "'16/03/2021'", "YYYY-MM-DD"):
        assert part in problem.detail


def test_every_bad_row_is_reported(tmp_path):
    manifest = b"file,published\na.txt,yesterday\nb.txt,2021-02-30\n,2021-01-01\n"
    _, problems = ingest_folder(_folder(tmp_path, manifest, "a.txt", "b.txt"), params=PARAMS)
    details = [p.detail for p in problems]
    assert len(details) == 3
    assert details[0].startswith("line 2:") and "'yesterday'" in details[0]
    assert details[1].startswith("line 3:") and "'2021-02-30'" in details[1]
    assert details[2] == "line 4: the row names no file"


def test_duplicate_rows_keep_the_first_and_say_so(tmp_path):
    manifest = b"file,title\na.txt,First title\nb.txt,Other\na.txt,Second title\n"
    documents, problems = ingest_folder(
        _folder(tmp_path, manifest, "a.txt", "b.txt"), params=PARAMS
    )
    assert {d.doc_id: d.title for d in documents}["a.txt"] == "First title"
    (problem,) = problems
    assert problem.detail == "line 4: 'a.txt' is already listed on line 2; that first row is kept"


@pytest.mark.parametrize("separator", [b";", b"\t"])
def test_semicolon_and_tab_separated_manifests(tmp_path, separator):
    manifest = separator.join([b"file", b"published", b"title"]) + b"\n"
    manifest += separator.join([b"a.txt", b"2020-07-01", b"Summer, late"]) + b"\n"
    (document,), problems = ingest_folder(_folder(tmp_path, manifest, "a.txt"), params=PARAMS)
    assert problems == []
    assert (document.published, document.title) == (dt.date(2020, 7, 1), "Summer, late")


def test_a_header_without_a_file_column_names_the_separators(tmp_path):
    (tmp_path / "manifest.csv").write_bytes(b"name|published\na.txt|2020-01-01\n")
    with pytest.raises(ManifestError, match="no 'file' column") as err:
        read_manifest(tmp_path / "manifest.csv")
    assert "semicolon" in str(err.value) and "tab" in str(err.value)


def test_published_source_says_where_the_date_came_from(tmp_path):
    (tmp_path / "header.txt").write_text("date 2019-04-02\nThe agency met.\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text("The agency met again.\n", encoding="utf-8")
    (tmp_path / "listed.txt").write_text("date 2019-04-02\nThe board met.\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("file,published\nlisted.txt,2019-05-06\n")
    documents, _ = ingest_folder(tmp_path, params=PARAMS)
    sources = {d.doc_id: (d.published_source, d.published) for d in documents}
    assert sources == {
        "header.txt": ("header-line", dt.date(2019, 4, 2)),
        "plain.txt": ("none", None),
        "listed.txt": ("manifest", dt.date(2019, 5, 6)),  # the manifest wins over the header
    }


PAGE = """<html><head><title>Water audit</title>{meta}</head><body><article>
<h1>Water audit delayed</h1>
<p>Ada Okafor said on Monday that the Lagos Water Agency would publish the audit next week,
after residents had waited for it since the spring floods.</p>
<p>The agency did not answer questions about the findings or about who had read them.</p>
</article><footer>© 2021 Example Media. All rights reserved.</footer></body></html>"""


def test_a_copyright_year_is_never_the_document_date(tmp_path):
    (tmp_path / "page.html").write_text(PAGE.format(meta=""), encoding="utf-8")
    meta = '<meta property="article:published_time" content="2020-05-04T10:00:00Z">'
    (tmp_path / "dated.html").write_text(PAGE.format(meta=meta), encoding="utf-8")
    documents, _ = ingest_folder(tmp_path, params=PARAMS)
    sources = {d.doc_id: (d.published_source, d.published) for d in documents}
    assert sources == {
        "page.html": ("none", None),
        "dated.html": ("html-meta", dt.date(2020, 5, 4)),
    }


def test_spreadsheet_encodings_are_decoded_like_documents(tmp_path):
    rows = "file;published;title\r\na.txt;2020-07-01;Café Müller – “Öffnung”\r\n"
    _folder(tmp_path, rows.encode("cp1252"), "a.txt")
    assert read_manifest(tmp_path / "manifest.csv").rows["a.txt"].title == "Café Müller – “Öffnung”"
    (tmp_path / "manifest.csv").write_bytes(b"\xef\xbb\xbf" + rows.encode("utf-8"))
    assert read_manifest(tmp_path / "manifest.csv").rows["a.txt"].title == "Café Müller – “Öffnung”"
