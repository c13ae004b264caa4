"""`dvc repro` on a fresh copy of the repository runs clean, and a second one does nothing."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import REPO

BIN = Path(sys.executable).parent


def _tracked_files():
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=REPO,
        capture_output=True,
        check=True,
    )
    return [name for name in listing.stdout.decode().split("\0") if name]


GIT_IDENTITY = {
    "GIT_AUTHOR_NAME": "extract tests",
    "GIT_AUTHOR_EMAIL": "tests@example.org",
    "GIT_COMMITTER_NAME": "extract tests",
    "GIT_COMMITTER_EMAIL": "tests@example.org",
}


def _env():
    return {**os.environ, **GIT_IDENTITY, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}


def _git(clone, *args):
    subprocess.run(["git", *args], cwd=clone, env=_env(), check=True, capture_output=True)


@pytest.fixture(scope="module")
def reproduced_clone(tmp_path_factory):
    """The repository's files (as the working tree has them) in a new git repository,
    after one `dvc repro`, with its results committed as a user would."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout")
    clone = tmp_path_factory.mktemp("dvc") / "clone"
    for name in _tracked_files():
        source = REPO / name
        if source.is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(clone, "init", "-q")
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "-m", "as copied")
    first = _dvc(clone, "repro")
    assert first.returncode == 0, first.stderr
    assert "Running stage 'clean'" in first.stdout
    _git(clone, "add", "-A")
    _git(clone, "commit", "-q", "-m", "reproduced")
    return clone


def _dvc(clone, *args):
    return subprocess.run(
        [str(BIN / "dvc"), *args], cwd=clone, env=_env(), capture_output=True, text=True
    )


def test_dvc_repro_twice_second_does_nothing(reproduced_clone):
    assert (reproduced_clone / "outputs" / "documents.parquet").exists()
    second = _dvc(reproduced_clone, "repro")
    assert second.returncode == 0, second.stderr
    assert "Running stage" not in second.stdout
    assert "up to date" in second.stdout


def test_metrics_are_committed_so_experiments_compare(reproduced_clone):
    # metrics.json is in git (as in iterative/example-get-started), so HEAD has figures.
    tracked = subprocess.run(
        ["git", "ls-files", "outputs/metrics.json"],
        cwd=reproduced_clone,
        capture_output=True,
        text=True,
        check=True,
    )
    assert tracked.stdout.strip() == "outputs/metrics.json"
    run = _dvc(reproduced_clone, "exp", "run", "-S", "link.fuzzy_threshold=80")
    assert run.returncode == 0, run.stderr
    shown = _dvc(reproduced_clone, "exp", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    figures = {}
    for commit in json.loads(shown.stdout):
        for row in [commit, *[e for exp in commit.get("experiments") or [] for e in exp["revs"]]]:
            data = row.get("data") or {}
            metrics = data.get("metrics", {}).get("outputs/metrics.json", {}).get("data", {})
            params = data.get("params", {}).get("params.yaml", {}).get("data", {})
            figures[row["rev"]] = (
                params.get("link", {}).get("fuzzy_threshold"),
                metrics.get("linking", {}).get("bcubed", {}).get("f1"),
            )
    thresholds = sorted(threshold for threshold, _ in figures.values())
    assert 80 in thresholds and 90.0 in thresholds
    assert all(f1 is not None for _, f1 in figures.values()), figures
    diff = _dvc(reproduced_clone, "metrics", "diff", "--all", "--json")
    assert diff.returncode == 0, diff.stderr
    bcubed = json.loads(diff.stdout)["outputs/metrics.json"]["linking.bcubed.f1"]
    assert bcubed["old"] is not None and bcubed["new"] is not None


def test_dvc_plots_draw_per_label_f1(reproduced_clone):
    shown = _dvc(reproduced_clone, "plots", "show", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    rows = [
        row
        for entry in data["data"]["outputs/ner_per_label.csv"]
        for row in entry["content"]["data"]["values"]
    ]
    labels = {row["label"] for row in rows}
    assert {"gold PERSON", "seeds_no_kb PERSON"} <= labels


def test_dvc_analytics_off_in_committed_config():
    assert "analytics = false" in (REPO / ".dvc" / "config").read_text()
