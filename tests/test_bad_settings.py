"""Bad settings and missing gold stop with the key or folder named, before any table is
written; tables follow the user's umask."""

import os
import shutil

import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.config import load_params
from extract.errors import ParamsError

from .conftest import RAW

runner = CliRunner()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("ner:\n  batch_size: 0\n", "ner.batch_size must be at least 1"),
        ("ner:\n  documents_per_task: 0\n", "ner.documents_per_task must be at least 1"),
        ("ner:\n  n_process: 0\n", "ner.n_process must be at least 1"),
        (
            "link:\n  fuzzy_threshold: 250\n",
            "link.fuzzy_threshold must be at least 0 and at most 100",
        ),
        ("evaluate:\n  minimums:\n    ner.strict.f1: 9\n", "evaluate.minimums must be"),
    ],
)
def test_a_number_out_of_range_names_its_key(tmp_path, text, key):
    settings = tmp_path / "params.yaml"
    settings.write_text(text, "utf-8")
    with pytest.raises(ParamsError, match=key):
        load_params(settings)


def _one_document(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(RAW / "000_d779a8941b0b7c86.txt", raw)
    return raw


def test_a_label_the_model_lacks_stops_the_run_before_any_table(tmp_path):
    raw = _one_document(tmp_path)
    settings = tmp_path / "params.yaml"
    settings.write_text("ner:\n  labels: [PERSN, ORG]\n", "utf-8")
    out = tmp_path / "out"

    result = runner.invoke(
        app, ["run", "--raw", str(raw), "--out", str(out), "--params", str(settings)]
    )

    assert result.exit_code == 2
    assert "ner.labels ['PERSN']" in result.output and "PERSON" in result.output
    assert not out.exists() or not any(out.iterdir())


def test_tables_follow_the_umask(tmp_path):
    raw = _one_document(tmp_path)
    out = tmp_path / "out"
    previous = os.umask(0o022)
    try:
        result = runner.invoke(app, ["run", "--raw", str(raw), "--out", str(out)])
    finally:
        os.umask(previous)
    assert result.exit_code == 0, result.output
    modes = {path.name: path.stat().st_mode & 0o777 for path in out.glob("*.parquet")}
    assert modes and set(modes.values()) == {0o644}, modes


def test_evaluate_without_gold_is_an_error_naming_the_folder(tmp_path):
    out = tmp_path / "out"
    ran = runner.invoke(app, ["run", "--raw", str(_one_document(tmp_path)), "--out", str(out)])
    assert ran.exit_code == 0, ran.output
    result = runner.invoke(
        app, ["evaluate", "--out", str(out), "--gold", str(tmp_path / "no-gold")]
    )
    assert result.exit_code == 2
    assert "no-gold: does not exist" in result.output
