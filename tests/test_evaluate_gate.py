"""The suite runs the pipeline on raw/ and the regression gate; a regression fails it."""

import json
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.config import load_params
from extract.tables.schemas import MENTIONS

from .conftest import CORPORA, RAW, REPO

runner = CliRunner()
KB = REPO / "kb" / "entities.yaml"  # the bundled corpus's curated knowledge base


@pytest.fixture(scope="module")
def pipeline_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = runner.invoke(app, ["run", "--raw", str(RAW), "--out", str(out), "--kb", str(KB)])
    assert result.exit_code == 0, result.output
    return out


def _evaluate(out, *extra):
    return runner.invoke(
        app,
        [
            "evaluate",
            "--out",
            str(out),
            "--gold",
            str(REPO / "gold"),
            "--params",
            str(REPO / "params.yaml"),
            *extra,
        ],
    )


NO_KB_SETS = (
    "--no-kb",
    f"seeds_no_kb:{REPO / 'gold'}:{RAW}",
    "--no-kb",
    f"bbc_dev:{REPO / 'gold' / 'bbc-news'}:{REPO.parent / 'shared' / 'corpora' / 'bbc-news'}",
    "--no-kb",
    f"web_pages:{REPO / 'gold' / 'web-pages' / 'dev'}:{CORPORA / 'web-pages'}",
)


def test_gate_passes_on_bundled_corpus_and_the_sets_run_without_a_kb(pipeline_out):
    result = _evaluate(pipeline_out, "--check", *NO_KB_SETS)
    assert result.exit_code == 0, result.output
    assert "gate passed" in result.output
    metrics = json.loads((pipeline_out / "metrics.json").read_text())
    for name in load_params(REPO / "params.yaml").evaluate.minimums:
        section, *_ = name.split(".")
        assert section in metrics, name


def test_gate_fails_and_names_the_figure_when_a_stage_regresses(pipeline_out, tmp_path):
    degraded = tmp_path / "degraded"
    shutil.copytree(pipeline_out, degraded)
    mentions = pq.read_table(degraded / "mentions.parquet")
    pq.write_table(mentions.slice(0, mentions.num_rows // 2), degraded / "mentions.parquet")
    result = _evaluate(degraded, "--check")
    assert result.exit_code == 1
    assert "below minimum: ner.strict.f1" in result.output


def test_evaluate_error_report_lists_a_dropped_mention_with_its_sentence(pipeline_out, tmp_path):
    degraded = tmp_path / "degraded"
    shutil.copytree(pipeline_out, degraded)
    mentions = pq.read_table(degraded / "mentions.parquet").to_pylist()
    dropped = next(m for m in mentions if m["text"] == "Steve Rosenfield")
    kept = [m for m in mentions if m["mention_id"] != dropped["mention_id"]]
    pq.write_table(pa.Table.from_pylist(kept, schema=MENTIONS), degraded / "mentions.parquet")
    assert _evaluate(degraded).exit_code == 0
    report = (degraded / "errors.md").read_text()
    section = report.split("### Entities: false negative, PERSON", 1)[1].split("###", 1)[0]
    assert f"{dropped['doc_id']}: " in section
    assert "[Steve Rosenfield]" in section
