"""extract bench --engine dask: words/s per Dask worker count against the local
n_process run, the speedup, per-worker peak memory and whether the tables agree."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from extract.cli import app

from .conftest import RAW

pytest.importorskip("distributed")
runner = CliRunner()


def test_dask_bench_reports_each_worker_count_the_speedup_and_identical_tables(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("000_d779a8941b0b7c86.txt", "001_c03f803410a04109.txt"):
        shutil.copy(RAW / name, raw / name)
    figures = tmp_path / "bench.json"
    arguments = ["bench", "--raw", str(raw), "--engine", "dask", "--workers", "1,2"]
    result = runner.invoke(app, [*arguments, "--json", str(figures)])

    assert result.exit_code == 0, result.output
    report = json.loads(figures.read_text("utf-8"))
    assert report["pipeline_n_process_2"]["documents"] == 2  # the most workers, by default
    assert [report[f"dask_{n}_workers"]["workers"] for n in (1, 2)] == [1, 2]
    assert len(report["dask_2_workers"]["worker_peaks_mib"]) == 2
    assert report["dask_tables_identical"] is True
    for key in ("dask_speedup_2_over_1", "dask_2_over_n_process_2"):
        assert report[key] > 0
        assert f"{key}: {report[key]}" in result.output
    assert set(report["dask_1_workers"]["seconds"]) == {"dask", "link"}


def test_dask_bench_names_a_bad_worker_list(tmp_path):
    result = runner.invoke(
        app, ["bench", "--raw", str(RAW), "--engine", "dask", "--workers", "1,none"]
    )
    assert result.exit_code == 2
    assert "--workers must be counts such as 1,2, got '1,none'" in result.output
