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


def test_long_bench_runs_every_size_and_layout_on_the_same_text(tmp_path):
    from extract.bench_long import long_benchmark
    from extract.config import load_params

    from .conftest import REPO

    report = long_benchmark(RAW, params=load_params(REPO / "params.yaml"), sizes_kb=(3, 6))

    runs = report["runs"]
    assert set(runs) == {
        f"{size} KB {layout}" for size in (3, 6) for layout in ("many", "one-file", "one-line")
    }
    for size in (3, 6):
        words = {
            runs[f"{size} KB {layout}"]["words"] for layout in ("many", "one-file", "one-line")
        }
        assert len(words) == 1  # the same text in every layout
        assert runs[f"{size} KB one-file"]["documents"] == 1
        assert runs[f"{size} KB many"]["documents"] >= 1
    assert runs["6 KB many"]["words"] > runs["3 KB many"]["words"]
    assert report["words/s 6 KB / 3 KB (one-file)"] > 0
