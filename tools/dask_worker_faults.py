"""What Dask's MALLOC_TRIM_THRESHOLD_ costs a run's workers: CPU time and page faults.

Why: a Dask worker spent more CPU than a local run on the same documents. Dask sets
MALLOC_TRIM_THRESHOLD_ in each worker's environment, which turns off glibc's adaptive
mmap threshold; this runs the Dask engine over a folder with the variable (Dask's
default) and without it (what `extract run --engine dask` now does) and prints the
workers' user and system seconds and minor page faults (README, Running on a real
cluster: Memory per worker).

    python tools/dask_worker_faults.py FOLDER [--workers 2] [--rounds 2]
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import resource
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dask
from distributed import Client, LocalCluster

from extract.config import EngineParams, load_params
from extract.engine.cluster import WORKER_PROFILER, dask_client
from extract.engine.dask_run import run_on_dask


def _usage() -> tuple[float, float, int]:
    """This process's user seconds, system seconds and minor page faults so far."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime, usage.ru_minflt


def _run(raw: Path, workers: int, *, trim: bool) -> str:
    params = load_params(Path("params.yaml") if Path("params.yaml").exists() else None)
    engine = dataclasses.replace(params.engine, workers=workers)
    with _cluster(engine, trim=trim) as client:
        before = [sum(f) for f in zip(*client.run(_usage).values(), strict=True)]
        started = time.perf_counter()
        run_on_dask(raw, Path(tempfile.mkdtemp()), params=params, kb_path=None, client=client)
        seconds = time.perf_counter() - started
        after = [sum(f) for f in zip(*client.run(_usage).values(), strict=True)]
    user, system, faults = (b - a for a, b in zip(before, after, strict=True))
    return (
        f"{'with' if trim else 'without'} MALLOC_TRIM_THRESHOLD_: {seconds:.1f} s; workers "
        f"user {user:.1f} s, system {system:.1f} s, minor page faults {int(faults)}"
    )


@contextmanager
def _cluster(engine: EngineParams, *, trim: bool) -> Iterator[Client]:
    """The engine's own LocalCluster, or one with Dask's worker environment."""
    if not trim:
        with dask_client(engine) as client:
            yield client
        return
    with (
        dask.config.set({WORKER_PROFILER: False}),
        LocalCluster(
            n_workers=engine.workers,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.WARNING,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()
    for _ in range(arguments.rounds):
        for trim in (True, False):
            print(_run(arguments.raw, arguments.workers, trim=trim), flush=True)


if __name__ == "__main__":
    main()
