"""End to end: `extract run` on a temp folder, determinism, --strict, safe writes."""

import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.clean.offsets import OffsetMap
from extract.clean.whitespace import normalize_whitespace
from extract.cli import app
from extract.tables import schemas
from extract.tables.parquet_io import write_table

from .conftest import RAW

runner = CliRunner()
TABLES = ["ingested.parquet", "problems.parquet", "documents.parquet", "boilerplate.parquet"]


@pytest.fixture
def corpus(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    return raw


def _run(raw, out, *extra):
    return runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out), *extra])


def test_run_writes_every_table_with_its_schema(corpus, tmp_path):
    out = tmp_path / "out"
    result = _run(corpus, out)
    assert result.exit_code == 0, result.output
    expected = {
        "documents.parquet": schemas.DOCUMENTS,
        "boilerplate.parquet": schemas.BOILERPLATE,
        "problems.parquet": schemas.PROBLEMS,
        "ingested.parquet": schemas.INGESTED,
    }
    for name, schema in expected.items():
        assert pq.read_schema(out / name).remove_metadata().equals(schema), name
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["doc_id"] for d in documents] == sorted(p.name for p in RAW.glob("*.txt"))
    assert str(documents[0]["published"]) == "2017-05-03"
    assert documents[0]["text"].startswith("A man who has spent more than 30 years")


def test_run_cleaned_text_maps_back_to_raw(corpus, tmp_path):
    out = tmp_path / "out"
    assert _run(corpus, out).exit_code == 0
    boilerplate = pq.read_table(out / "boilerplate.parquet").to_pylist()
    for document in pq.read_table(out / "documents.parquet").to_pylist():
        offsets = OffsetMap(
            tuple(document["map_clean"]), tuple(document["map_raw"]), len(document["text"])
        )
        raw_text = (corpus / document["doc_id"]).read_text("utf-8")
        assert raw_text == document["raw_text"]
        removed = [
            (b["raw_start"], b["raw_end"]) for b in boilerplate if b["doc_id"] == document["doc_id"]
        ]
        for paragraph_start, paragraph in _paragraphs(document["text"]):
            raw_start, raw_end = offsets.to_raw(paragraph_start, paragraph_start + len(paragraph))
            assert not any(a < raw_end and raw_start < b for a, b in removed)
            assert normalize_whitespace(raw_text[raw_start:raw_end]) == normalize_whitespace(
                paragraph
            )


def _paragraphs(text):
    start = 0
    for paragraph in text.split("\n\n"):
        if paragraph:
            yield start, paragraph
        start += len(paragraph) + 2


def test_run_twice_gives_byte_identical_tables(corpus, tmp_path):
    assert _run(corpus, tmp_path / "first").exit_code == 0
    assert _run(corpus, tmp_path / "second").exit_code == 0
    for name in TABLES:
        assert (tmp_path / "first" / name).read_bytes() == (tmp_path / "second" / name).read_bytes()


def test_run_bad_files_are_reported_and_skipped(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "out"
    result = _run(corpus, out)
    assert result.exit_code == 0
    problems = pq.read_table(out / "problems.parquet").to_pylist()
    assert {(p["doc_id"], p["kind"]) for p in problems} == {
        ("binary.txt", "binary"),
        ("empty.txt", "empty"),
    }
    assert pq.read_table(out / "documents.parquet").num_rows == 3


def test_run_strict_exits_nonzero_on_problems(corpus, tmp_path):
    (corpus / "empty.txt").write_bytes(b"")
    result = _run(corpus, tmp_path / "out", "--strict")
    assert result.exit_code == 1
    assert (tmp_path / "out" / "documents.parquet").exists()


def test_run_strict_exits_zero_without_problems(corpus, tmp_path):
    assert _run(corpus, tmp_path / "out", "--strict").exit_code == 0


def test_run_missing_raw_folder_is_a_clear_error(tmp_path):
    result = _run(tmp_path / "nowhere", tmp_path / "out")
    assert result.exit_code == 2
    assert "nowhere" in result.output


def test_run_bad_params_file_names_file_and_key(corpus, tmp_path):
    params = tmp_path / "params.yaml"
    params.write_text("clean:\n  max_menu_wordz: 3\n")
    result = _run(corpus, tmp_path / "out", "--params", str(params))
    assert result.exit_code == 2
    assert "params.yaml" in result.output and "max_menu_wordz" in result.output


def test_clean_without_ingest_names_the_missing_table(tmp_path):
    result = runner.invoke(app, ["clean", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "ingested.parquet" in result.output


def test_write_table_failure_keeps_previous_file(tmp_path):
    path = tmp_path / "problems.parquet"
    write_table([{"doc_id": "a.txt", "kind": "empty", "detail": "x"}], schemas.PROBLEMS, path)
    before = path.read_bytes()
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError, TypeError)):
        write_table([{"doc_id": "a.txt", "kind": 3, "detail": None}], schemas.PROBLEMS, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["problems.parquet"]
