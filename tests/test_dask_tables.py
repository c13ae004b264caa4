"""Tables as datasets (a folder of part files per table) that DuckDB, Polars, pandas and
every command read; a Dask run over TLS, in that layout and with a document the
model raises on."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from spacy.language import Language
from typer.testing import CliRunner

from extract.cli import app
from extract.ner import mentions as ner_mentions
from extract.ner.nlp import load_pipeline
from extract.stages.table_schemas import TABLE_SCHEMAS
from extract.tables.parquet_io import read_run_id

from .conftest import RAW, REPO

distributed = pytest.importorskip("distributed")
duckdb = pytest.importorskip("duckdb")
pl = pytest.importorskip("polars")
pd = pytest.importorskip("pandas")
runner = CliRunner()

DATASET = "tables:\n  layout: dataset\n  rows_per_file: 40\n"
QUARTZ = "Ada Okafor sold Zanzibar quartz to the Lagos Water Agency in May 2019.\n"


def _invoke(*arguments: str) -> str:
    result = runner.invoke(app, list(arguments))
    assert result.exit_code == 0, result.output
    return result.output


def _run(raw: Path, out: Path, params: Path, *extra: str) -> dict:
    _invoke("run", "--raw", str(raw), "--out", str(out), "--params", str(params), *extra)
    return json.loads((out / "run.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The bundled corpus run once with one file per table and once as datasets."""
    root = tmp_path_factory.mktemp("datasets")
    (root / "file.yaml").write_text("", "utf-8")
    (root / "dataset.yaml").write_text(DATASET, "utf-8")
    _run(RAW, root / "file", root / "file.yaml")
    _run(RAW, root / "dataset", root / "dataset.yaml")
    return root


def test_dataset_tables_are_folders_of_parts_each_with_the_run_id(runs):
    record = json.loads((runs / "dataset" / "run.json").read_text("utf-8"))
    mentions = runs / "dataset" / "mentions.parquet"
    parts = sorted(mentions.iterdir())
    rows = pq.read_table(runs / "file" / "mentions.parquet").num_rows
    assert [part.name for part in parts[:2]] == ["part-000000.parquet", "part-000001.parquet"]
    assert len(parts) == -(-rows // 40)  # 40 rows a part, the last one shorter
    for name in TABLE_SCHEMAS:
        assert (runs / "dataset" / name).is_dir(), name
        for part in (runs / "dataset" / name).iterdir():
            assert read_run_id(part) == record["run_id"], part
    assert record["tables"]["mentions.parquet"]["rows"] == rows


def test_duckdb_polars_and_pandas_read_a_dataset_as_the_one_file_table(runs):
    single = pq.read_table(runs / "file" / "mentions.parquet").to_pydict()
    folder = runs / "dataset" / "mentions.parquet"
    by_duckdb = duckdb.sql(
        f"select mention_id, label from read_parquet('{folder}/*.parquet')"
    ).fetchall()
    by_polars = pl.read_parquet(folder).select("mention_id", "label").rows()
    by_pandas = pd.read_parquet(folder)
    expected = list(zip(single["mention_id"], single["label"], strict=True))
    assert sorted(by_duckdb) == sorted(expected)
    assert by_polars == expected  # part files in name order are the rows in order
    assert list(zip(by_pandas["mention_id"], by_pandas["label"], strict=True)) == expected


def test_check_evaluate_report_and_kb_draft_read_a_dataset_as_one_file(runs):
    file_out, dataset_out = runs / "file", runs / "dataset"
    assert "match the contract" in _invoke("check", "--out", str(dataset_out))
    for out in (file_out, dataset_out):
        _invoke("evaluate", "--out", str(out), "--gold", str(REPO / "gold"))
        _invoke("kb", "draft", "--out", str(out), "--to", str(out / "draft.yaml"))
        _invoke("report", "--out", str(out))
    for name in ("metrics.json", "errors.md", "draft.yaml", "report.html"):
        assert (file_out / name).read_bytes() == (dataset_out / name).read_bytes(), name


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory):
    """An in-process LocalCluster that speaks TLS only, and the client files to reach it."""
    security = distributed.Security.temporary()
    folder = tmp_path_factory.mktemp("tls")
    for name, text in (
        ("ca.pem", security.tls_ca_file),
        ("cert.pem", security.tls_client_cert),
        ("key.pem", security.tls_client_key),
    ):
        (folder / name).write_text(text, "utf-8")
    tls = (
        f'engine:\n  tls_ca_file: "{folder / "ca.pem"}"\n'
        f'  tls_cert: "{folder / "cert.pem"}"\n  tls_key: "{folder / "key.pem"}"\n'
    )
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tls",
        security=security,
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address, tls, folder


def test_a_tls_scheduler_refuses_a_client_without_tls_settings(runs, tls_cluster):
    address, _, _ = tls_cluster
    plain = runs / "file.yaml"
    arguments = ["run", "--raw", str(RAW), "--out", str(runs / "refused"), "--params", str(plain)]
    result = runner.invoke(app, [*arguments, "--scheduler", address])
    assert result.exit_code == 2
    assert f"cannot use the Dask scheduler at {address}" in result.output
    assert "TLS" in result.output


def test_dask_over_tls_writes_the_local_dataset_byte_for_byte(runs, tls_cluster):
    address, tls, folder = tls_cluster
    params = folder / "dataset-tls.yaml"
    params.write_text(DATASET + tls, "utf-8")
    out = runs / "dask-dataset"
    _run(RAW, out, params, "--scheduler", address)
    for name in TABLE_SCHEMAS:
        local = sorted((runs / "dataset" / name).iterdir())
        dask = sorted((out / name).iterdir())
        assert [part.name for part in dask] == [part.name for part in local], name
        for ours, theirs in zip(dask, local, strict=True):
            assert ours.read_bytes() == theirs.read_bytes(), ours


@Language.component("test_quartz_breaks_the_model")
def _quartz_breaks_the_model(doc):
    if "Zanzibar quartz" in doc.text:
        raise ValueError("quartz breaks the model")
    return doc


def test_a_document_the_model_raises_on_is_a_problem_row(tmp_path, tls_cluster, monkeypatch):
    """The model raises on one paragraph of one document (an injected component): that
    document is a model-error problem with no entity rows; the run and the others go on."""
    address, tls, _ = tls_cluster
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "001_quartz.txt").write_text(QUARTZ, "utf-8")
    broken = {}

    def pipeline_with_a_failing_component(model, exclude=(), patterns=()):
        if "nlp" not in broken:  # a copy of its own: the cached pipeline stays sound
            broken["nlp"] = load_pipeline.__wrapped__(model, exclude, patterns)
            broken["nlp"].add_pipe("test_quartz_breaks_the_model", first=True)
        return broken["nlp"]

    # The worker runs in this process (processes=False), so the patch reaches its tasks.
    monkeypatch.setattr(ner_mentions, "load_pipeline", pipeline_with_a_failing_component)
    params = tmp_path / "params.yaml"
    params.write_text("ner:\n  documents_per_task: 2\n" + tls, "utf-8")
    out = tmp_path / "out"
    _run(raw, out, params, "--scheduler", address)
    problems = pq.read_table(out / "problems.parquet").to_pylist()
    assert problems == [
        {
            "doc_id": "001_quartz.txt",
            "kind": "model-error",
            "detail": "the entity model raised ValueError: quartz breaks the model",
        }
    ]
    documents = pq.read_table(out / "documents.parquet").column("doc_id").to_pylist()
    assert "001_quartz.txt" in documents
    for table in ("mentions.parquet", "sentences.parquet", "dates.parquet"):
        with_rows = set(pq.read_table(out / table).column("doc_id").to_pylist())
        assert "001_quartz.txt" not in with_rows, table
        assert with_rows == set(documents) - {"001_quartz.txt"}, table
