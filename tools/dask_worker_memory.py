"""A Dask worker's memory over repeated runs, with Dask's profiler on or off.

Why: the bench found a worker's peak growing with the length of a run; this
shows whether it grows run after run on the same documents (README, Running on
a real cluster: Memory per worker).

    python tools/dask_worker_memory.py raw --copies 12 --runs 3 [--profiler]
"""

from __future__ import annotations

import argparse
import dataclasses
import tempfile
from pathlib import Path

import dask
import psutil
from distributed import Client, LocalCluster

from extract.bench import repeated_corpus
from extract.config import load_params
from extract.engine.cluster import WORKER_PROFILER
from extract.engine.dask_run import run_on_dask


def _rss_mib() -> float:
    return float(psutil.Process().memory_info().rss) / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", type=Path)
    parser.add_argument("--copies", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profiler", action="store_true", help="leave Dask's profiler on")
    arguments = parser.parse_args()
    params = load_params(Path("params.yaml") if Path("params.yaml").exists() else None)
    params = dataclasses.replace(
        params,
        engine=dataclasses.replace(params.engine, partition_docs=4),
        ner=dataclasses.replace(params.ner, documents_per_task=4),
    )
    work = Path(tempfile.mkdtemp())
    raw = repeated_corpus(arguments.raw, arguments.copies, work / "raw")
    with (
        dask.config.set({WORKER_PROFILER: arguments.profiler}),
        LocalCluster(n_workers=1, threads_per_worker=1, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        for run in range(arguments.runs):
            run_on_dask(raw, work / f"out-{run}", params=params, kb_path=None, client=client)
            resident = next(iter(client.run(_rss_mib).values()))
            print(f"run {run + 1}: worker resident {resident:.1f} MiB")


if __name__ == "__main__":
    main()
