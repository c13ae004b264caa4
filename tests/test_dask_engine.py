"""extract run --engine dask on a LocalCluster of two worker processes: the tables of a
local run, byte for byte, also when a worker is killed in the middle of the run."""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import dask
import pytest
from typer.testing import CliRunner

from extract.cli import app
from extract.engine.plan import FileEntry, Survey, work_partitions
from extract.stages.table_schemas import TABLE_SCHEMAS
from extract.tables.records import Problem

from .conftest import RAW

distributed = pytest.importorskip("distributed")
runner = CliRunner()

# Two documents per model chunk and per task: several tasks, and a chunk boundary to keep.
PARAMS = "ner:\n  documents_per_task: 2\nengine:\n  partition_docs: 2\n"
LETTER = (
    "date 2021-03-04\nAda Okafor, who chairs the Lagos Water Agency, wrote to Bola Adeyemi "
    "on Monday.\n\nOkafor said the audit of the Ikeja plant began in March 2020 and would "
    "end by June. Adeyemi replied from Abuja two days later.\n"
)


def _entry(doc_id: str) -> FileEntry:
    return FileEntry(Path("/corpus") / doc_id, doc_id)


def test_work_partitions_hold_whole_chunks_of_documents_with_text():
    """Six usable files, one a problem and one with no text left: with chunks of 2 and
    3 documents asked per partition, each partition holds 4 documents with text (two
    whole chunks); the textless file stays with the documents before it."""
    names = ["a", "b", "bad", "c", "empty", "d", "e", "f"]
    surveys = [
        Survey(name, "sha", problem=Problem(name, "binary", "x"))
        if name == "bad"
        else Survey(name, "sha", has_text=name != "empty")
        for name in names
    ]
    partitions = work_partitions(
        [_entry(name) for name in names], surveys, partition_docs=3, chunk_docs=2
    )
    assert [[entry.doc_id for entry in part] for part in partitions] == [
        ["a", "b", "c", "empty", "d"],
        ["e", "f"],
    ]


def test_work_partitions_of_a_corpus_without_text_keep_every_file():
    surveys = [Survey(name, "sha") for name in ("a", "b")]
    partitions = work_partitions(
        [_entry("a"), _entry("b")], surveys, partition_docs=1, chunk_docs=1
    )
    assert [[entry.doc_id for entry in part] for part in partitions] == [["a", "b"]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The bundled documents, an invented letter, a page left empty by cleaning between
    them, and an empty file (a problem row)."""
    raw = tmp_path_factory.mktemp("dask") / "raw"
    shutil.copytree(RAW, raw)
    (raw / "001_zz_cookies.txt").write_text("We use cookies. Accept all cookies\n", "utf-8")
    (raw / "003_letter.txt").write_text(LETTER, "utf-8")
    (raw / "004_empty.txt").write_bytes(b"")
    (raw.parent / "params.yaml").write_text(PARAMS, "utf-8")
    return raw


def _run(raw: Path, out: Path, *extra: str) -> dict:
    params = raw.parent / "params.yaml"
    arguments = ["run", "--raw", str(raw), "--out", str(out), "--params", str(params), *extra]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    return json.loads((out / "run.json").read_text("utf-8"))


@pytest.fixture(scope="module")
def local_run(corpus) -> Path:
    out = corpus.parent / "local"
    _run(corpus, out)
    return out


@pytest.fixture(scope="module")
def cluster():
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as local_cluster,
        distributed.Client(local_cluster) as client,
    ):
        yield local_cluster, client


def _assert_same_tables(first: Path, second: Path) -> None:
    for name in TABLE_SCHEMAS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_dask_run_gives_the_local_tables_byte_for_byte(corpus, local_run, cluster):
    local_cluster, _ = cluster
    out = corpus.parent / "dask"
    record = _run(corpus, out, "--engine", "dask", "--scheduler", local_cluster.scheduler_address)
    local_record = json.loads((local_run / "run.json").read_text("utf-8"))
    assert record["run_id"] == local_record["run_id"]
    assert record["tables"] == local_record["tables"]
    assert record["tables"]["documents.parquet"]["rows"] == 5  # the cookie page: no text
    assert record["tables"]["problems.parquet"]["rows"] == 1  # the empty file
    _assert_same_tables(local_run, out)


def test_a_worker_killed_mid_run_still_gives_the_local_tables(corpus, local_run, cluster):
    """SIGKILL the worker process running the first work task; the scheduler runs the lost
    tasks on the other worker (the nanny restarts the killed one)."""
    local_cluster, _ = cluster
    scheduler = local_cluster.scheduler
    killed: list[str] = []
    watcher = threading.Thread(target=_kill_first_worker_at_work, args=(scheduler, killed))
    watcher.start()
    out = corpus.parent / "dask-killed"
    _run(corpus, out, "--engine", "dask", "--scheduler", local_cluster.scheduler_address)
    watcher.join(timeout=5)
    assert killed, "no work task was seen running"
    assert killed[0] not in scheduler.workers  # that worker is gone: its tasks ran elsewhere
    _assert_same_tables(local_run, out)


def test_a_task_that_loses_its_worker_too_often_stops_the_run_naming_it(
    corpus, cluster, monkeypatch
):
    """With no lost worker allowed per task (Dask's allowed-failures), the kill fails
    the run with a message naming the task and the setting, not a traceback."""
    local_cluster, _ = cluster
    scheduler = local_cluster.scheduler
    monkeypatch.setattr(scheduler, "allowed_failures", 0)
    killed: list[str] = []
    watcher = threading.Thread(target=_kill_first_worker_at_work, args=(scheduler, killed))
    watcher.start()
    params = corpus.parent / "params.yaml"
    arguments = ["run", "--raw", str(corpus), "--out", str(corpus.parent / "dask-lost")]
    result = runner.invoke(
        app, [*arguments, "--params", str(params), "--scheduler", local_cluster.scheduler_address]
    )
    watcher.join(timeout=5)
    assert killed
    assert result.exit_code == 2, result.output
    assert "lost its worker more often than Dask's" in result.output
    assert "distributed.scheduler.allowed-failures" in result.output
    assert not (corpus.parent / "dask-lost" / "run.json").exists()


def test_a_local_cluster_runs_its_workers_without_the_profiler():
    """Dask's statistical profiler grows a worker's memory with the run's length; the
    LocalCluster of a run starts its workers with it off."""
    from extract.config import EngineParams
    from extract.engine.cluster import WORKER_PROFILER, dask_client

    with dask_client(EngineParams(workers=1)) as client:
        settings = client.run(dask.config.get, WORKER_PROFILER)
    assert list(settings.values()) == [False]


def _malloc_environment() -> tuple[str | None, str | None]:
    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get("OMP_NUM_THREADS")


@pytest.mark.parametrize("left_by_an_earlier_cluster", [False, True])
def test_a_local_cluster_keeps_the_adaptive_malloc_of_its_workers(
    monkeypatch, left_by_an_earlier_cluster
):
    """Dask's MALLOC_TRIM_THRESHOLD_ makes every large array of the model a fresh memory
    map (page faults); a run's workers start without it, with Dask's other settings,
    also where an earlier cluster of the process left Dask's value in its environment."""
    from extract.config import EngineParams
    from extract.engine.cluster import dask_client

    dask_value = dask.config.get("distributed.nanny.pre-spawn-environ")["MALLOC_TRIM_THRESHOLD_"]
    if left_by_an_earlier_cluster:
        monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", str(dask_value))
    else:
        monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    with dask_client(EngineParams(workers=1)) as client:
        found = client.run(_malloc_environment)
    assert list(found.values()) == [(None, "1")]


def test_a_trim_threshold_the_user_set_reaches_the_workers(monkeypatch):
    from extract.config import EngineParams
    from extract.engine.cluster import dask_client

    monkeypatch.setenv("MALLOC_TRIM_THRESHOLD_", "1048576")
    with dask_client(EngineParams(workers=1)) as client:
        found = client.run(_malloc_environment)
    assert list(found.values()) == [("1048576", "1")]


def _kill_first_worker_at_work(scheduler, killed: list[str]) -> None:
    """SIGKILL the worker process of the first work task seen running; note its address."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        for task in list(scheduler.tasks.values()):
            if "extract-work-" in str(task.key) and task.state == "processing":
                os.kill(task.processing_on.pid, signal.SIGKILL)
                killed.append(task.processing_on.address)
                return
        time.sleep(0.01)
