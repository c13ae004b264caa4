"""Release hygiene: licence, changelog, version and help texts agree with the project files."""

import tomllib

import pytest
from typer.testing import CliRunner

from extract import cli

from .conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
RUNNER = CliRunner()


def test_licence_file_is_the_licence_pyproject_names():
    assert PYPROJECT["license"] == "MIT"
    assert (REPO / "LICENSE").read_text().startswith("MIT License")


def test_changelog_has_the_released_version():
    changelog = (REPO / "CHANGELOG.md").read_text()
    assert "## [Unreleased]" in changelog
    assert f"## [{PYPROJECT['version']}]" in changelog


def test_version_flag_prints_the_packaged_version():
    result = RUNNER.invoke(cli.app, ["--version"])
    assert result.output.strip() == f"extract {PYPROJECT['version']}"


# What each stage command reads and writes (CONTRACT.md and the stage modules).
STAGE_TABLES = {
    "ingest": ["ingested.parquet", "problems.parquet"],
    "clean": ["ingested.parquet", "documents.parquet", "boilerplate.parquet"],
    "entities": [
        "documents.parquet",
        "mentions_unlinked.parquet",
        "sentences.parquet",
        "model_times.parquet",
    ],
    "link": [
        "mentions_unlinked.parquet",
        "documents.parquet",
        "mentions.parquet",
        "entities.parquet",
    ],
    "dates": ["documents.parquet", "sentences.parquet", "model_times.parquet", "dates.parquet"],
}


@pytest.mark.parametrize("command", sorted(STAGE_TABLES))
def test_help_names_every_table_a_stage_reads_and_writes(command):
    text = " ".join(RUNNER.invoke(cli.app, [command, "--help"]).output.split())
    for table in STAGE_TABLES[command]:
        assert table in text, f"{command} --help does not name {table}"
