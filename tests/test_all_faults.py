"""A user's folder with every common mistake at once: `extract run` writes every good
document, lists every fault in problems.parquet, and exits 0 (1 with --strict)."""

import os

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import cli

from .test_input_formats import _docx_with_body, _encrypted, _pdf, _scanned_pdf

RUNNER = CliRunner()
GOOD = {
    "letter.txt": "date 2019-04-02\nAda Okafor wrote to the Lagos Water Agency on Monday.\n",
    "notes.md": "# Notes\n\nThe agency replied in March 2019.\n",
    "2019/reply.txt": "The agency answered Ada Okafor a week later.\n",
}
PAGE = """<html><head><title>Audit delayed</title></head><body><article>
<h1>Audit delayed</h1>
<p>Ada Okafor said on Monday that the Lagos Water Agency would publish its audit next week,
after residents had waited for it since the spring floods of that year.</p>
<p>The agency did not answer questions about who had read the findings first.</p>
</article><footer>© 2021 Example Media. All rights reserved.</footer></body></html>"""


@pytest.fixture
def faulty_folder(tmp_path):
    raw = tmp_path / "raw"
    (raw / "2019").mkdir(parents=True)
    for name, text in GOOD.items():
        (raw / name).write_text(text, encoding="utf-8")
    files = {
        "latin1.txt": "Jens Söring arrived in Frankfurt on December 17, 2019.".encode("latin-1"),
        "quotes.txt": "“Ada’s reply” – sent 3 March – was short.".encode("cp1252"),
        "page.html": PAGE.encode("utf-8"),
        "empty.txt": b"",
        "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "scan.tiff": b"II*\x00",
        "scan.pdf": _scanned_pdf(),
        "locked.pdf": _encrypted(_pdf(["A sealed letter."]), user_password="secret"),
        "report.pdf": _pdf(["The audit found three faults in the pumps."]),
        "bomb.docx": _docx_with_body("<w:p><w:r><w:t>" + "a" * 200_000 + "</w:t></w:r></w:p>"),
    }
    for name, data in files.items():
        (raw / name).write_bytes(data)
    os.symlink(raw / "gone.txt", raw / "dangling.txt")
    (raw / "manifest.csv").write_bytes(
        "file;published;title\r\n"
        "letter.txt;16/03/2021;Letter\r\n"
        "notes.md;2019-03-04T10:00:00Z;Notes – Müller\r\n"
        "notes.md;2019-03-05;Again\r\n"
        ";2019-01-01;No file\r\n"
        "missing.txt;2019-01-01;\r\n".encode("cp1252")
    )
    params = tmp_path / "params.yaml"
    params.write_text("ingest:\n  max_extracted_chars: 100000\n")
    return raw, params


def _run(raw, out, params, *flags):
    args = ["run", "--raw", str(raw), "--out", str(out), "--params", str(params), *flags]
    return RUNNER.invoke(cli.app, args)


def test_every_fault_is_listed_and_every_good_document_written(faulty_folder, tmp_path):
    raw, params = faulty_folder
    out = tmp_path / "out"
    result = _run(raw, out, params)
    assert result.exit_code == 0, result.output
    documents = {row["doc_id"]: row for row in pq.read_table(out / "documents.parquet").to_pylist()}
    assert set(documents) == {*GOOD, "latin1.txt", "quotes.txt", "page.html", "report.pdf"}
    assert "Söring" in documents["latin1.txt"]["text"]
    assert documents["quotes.txt"]["text"] == "“Ada’s reply” – sent 3 March – was short."
    assert documents["page.html"]["published"] is None  # not the footer's © 2021
    assert documents["page.html"]["published_source"] == "none"
    assert str(documents["notes.md"]["published"]) == "2019-03-04"  # an ISO timestamp
    assert documents["notes.md"]["title"] == "Notes – Müller"  # a cp1252 manifest
    # The bad date costs only that value: the header line dates the letter instead.
    assert documents["letter.txt"]["published_source"] == "header-line"
    assert "three faults in the pumps" in documents["report.pdf"]["text"]

    problems = pq.read_table(out / "problems.parquet").to_pylist()
    found = sorted((p["doc_id"], p["kind"]) for p in problems)
    assert found == sorted(
        [
            ("bomb.docx", "too-large-extracted"),
            ("dangling.txt", "unreadable"),
            ("empty.txt", "empty"),
            ("image.txt", "binary"),
            ("locked.pdf", "encrypted"),
            ("manifest.csv", "manifest-row"),  # line 2: 16/03/2021
            ("manifest.csv", "manifest-row"),  # line 4: notes.md listed twice
            ("manifest.csv", "manifest-row"),  # line 5: no file
            ("missing.txt", "manifest-unmatched"),
            ("scan.pdf", "no-text-layer"),
            ("scan.tiff", "unsupported"),
        ]
    )
    details = [p["detail"] for p in problems if p["doc_id"] == "manifest.csv"]
    assert [detail.split(":")[0] for detail in details] == ["line 2", "line 4", "line 5"]
    assert next(p for p in problems if p["doc_id"] == "scan.pdf")["detail"] == (
        "no text layer; needs OCR"
    )
    check = RUNNER.invoke(cli.app, ["check", "--out", str(out)])
    assert check.exit_code == 0, check.output


def test_strict_turns_the_same_faults_into_a_failing_exit(faulty_folder, tmp_path):
    raw, params = faulty_folder
    result = _run(raw, tmp_path / "out", params, "--strict")
    assert result.exit_code == 1
    assert "11 input problem(s)" in result.output
