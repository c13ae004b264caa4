"""The benchmark command runs end to end on a small folder and writes its figures."""

import json
import shutil

from typer.testing import CliRunner

from extract.cli import app

from .conftest import RAW

runner = CliRunner()


def test_bench_writes_json_with_every_run_and_ratio(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("000_d779a8941b0b7c86.txt", "001_c03f803410a04109.txt"):
        shutil.copy(RAW / name, raw / name)
    figures = tmp_path / "bench.json"

    result = runner.invoke(
        app,
        ["bench", "--raw", str(raw), "--processes", "2", "--scale", "2", "--json", str(figures)],
    )

    assert result.exit_code == 0, result.output
    report = json.loads(figures.read_text("utf-8"))
    assert report["baseline"]["documents"] == 2
    assert report["pipeline"]["documents"] == 2
    assert report["pipeline_corpus_x2"]["documents"] == 4
    assert report["pipeline"]["words"] == report["baseline"]["words"] > 0
    assert set(report["pipeline"]["seconds"]) == {"ingest", "clean", "entities", "link", "dates"}
    assert report["parallel_tables_identical"] is True
    for key in ("throughput_ratio", "parallel_speedup", "memory_ratio_scaled"):
        assert report[key] > 0
    assert "throughput_ratio" in result.output
    peaks = report["pipeline"]["peak_rss_after_stage_mib"]
    stage_order = ["ingest", "clean", "entities", "link", "dates"]
    assert set(peaks) == set(stage_order)
    running_maximum = [peaks[stage] for stage in stage_order]
    assert running_maximum == sorted(running_maximum)
    assert running_maximum[-1] <= report["pipeline"]["peak_rss_mib"]
