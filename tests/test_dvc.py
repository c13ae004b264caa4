"""`dvc repro` on a fresh copy of the repository runs clean, and a second one does nothing."""

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


@pytest.fixture
def fresh_clone(tmp_path):
    """The repository's files (as the working tree has them) in a new git repository."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("needs git and a git checkout")
    clone = tmp_path / "clone"
    for name in _tracked_files():
        source = REPO / name
        if source.is_file():
            target = clone / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    subprocess.run(["git", "init", "-q"], cwd=clone, check=True)
    return clone


def _dvc(clone, *args):
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(
        [str(BIN / "dvc"), *args], cwd=clone, env=env, capture_output=True, text=True
    )


def test_dvc_repro_twice_second_does_nothing(fresh_clone):
    first = _dvc(fresh_clone, "repro")
    assert first.returncode == 0, first.stderr
    assert "Running stage 'clean'" in first.stdout
    assert (fresh_clone / "outputs" / "documents.parquet").exists()
    second = _dvc(fresh_clone, "repro")
    assert second.returncode == 0, second.stderr
    assert "Running stage" not in second.stdout
    assert "up to date" in second.stdout


def test_dvc_analytics_off_in_committed_config():
    assert "analytics = false" in (REPO / ".dvc" / "config").read_text()
