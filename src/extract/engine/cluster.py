"""The Dask client of a run: an existing scheduler's address, or a LocalCluster that
starts and stops with the run.

A scheduler reached over a network accepts any client that can open its port, so
such a cluster should speak TLS (``tls://`` addresses): the client's CA,
certificate and key come from params.yaml (``engine.tls_*``) or, when those are
empty, from Dask's own configuration (``DASK_DISTRIBUTED__COMM__TLS__CA_FILE``,
``..._CLIENT__CERT``, ``..._CLIENT__KEY`` or a dask config file).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import dask
from distributed import Client, LocalCluster, Security

from extract.config import EngineParams
from extract.errors import ExtractError

CONNECT_TIMEOUT_SECONDS = 30
# Dask's statistical profiler keeps a call tree of every second a worker runs, so a
# worker's memory grew with the length of a run (measured: +0.7 MB a task, 365 MiB
# to 466 MiB between BBC News and its ×4); off, it stays flat. A cluster started
# elsewhere needs DASK_DISTRIBUTED__WORKER__PROFILE__ENABLED=False on its workers.
WORKER_PROFILER = "distributed.worker.profile.enabled"
# Dask sets MALLOC_TRIM_THRESHOLD_ in a worker's environment, to hand freed memory back
# to the system sooner; but setting it turns off glibc's adaptive mmap threshold, so
# each of the model's arrays above 128 KiB is mapped and unmapped again. On 300 BBC
# articles two workers took 1.94 million minor page faults and 6.7-7.3 s of system
# time with it, 0.10-0.19 million and 0.8-1.3 s without, in runs of 33-51 s
# (python tools/dask_worker_faults.py FOLDER --rounds 2). None unsets it (Dask's way).
WORKER_MALLOC_TRIM = "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_"
MALLOC_TRIM = "MALLOC_TRIM_THRESHOLD_"


@contextmanager
def _without_dask_trim() -> Iterator[None]:
    """Dask's nanny also writes the worker environment into the environment of the
    process that starts the cluster, and leaves it there: a later LocalCluster of that
    process (a bench, a test session) would inherit the trim threshold. Dask's own
    value is set aside while the cluster runs; one a user set otherwise stays."""
    dask_value = dask.config.get(WORKER_MALLOC_TRIM, default=None)
    inherited = os.environ.get(MALLOC_TRIM)
    if dask_value is None or inherited != str(dask_value):
        yield
        return
    del os.environ[MALLOC_TRIM]
    try:
        yield
    finally:
        os.environ[MALLOC_TRIM] = inherited


class SchedulerError(ExtractError):
    """The Dask scheduler cannot be reached or refuses this client."""


def client_security(engine: EngineParams) -> Security | None:
    """TLS settings from ``engine.tls_*``; None leaves them to Dask's configuration."""
    given = {
        "tls_ca_file": ("engine.tls_ca_file", engine.tls_ca_file),
        "tls_client_cert": ("engine.tls_cert", engine.tls_cert),
        "tls_client_key": ("engine.tls_key", engine.tls_key),
    }
    files = {name: path for name, (_, path) in given.items() if path}
    if not files:
        return None
    for name, path in files.items():
        if not Path(path).is_file():
            raise SchedulerError(f"params.yaml: {given[name][0]}: {path} is not a file")
    return Security(require_encryption=True, **files)  # type: ignore[no-untyped-call]


@contextmanager
def dask_client(engine: EngineParams, *, address: str | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address`` (default ``engine.address``); with no
    address, of a LocalCluster of ``engine.workers`` processes, closed after the run."""
    address = engine.address if address is None else address
    logging.getLogger("distributed").setLevel(logging.WARNING)  # not every worker's start
    if not address:
        with (
            _without_dask_trim(),
            dask.config.set({WORKER_PROFILER: False, WORKER_MALLOC_TRIM: None}),
            LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=engine.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.WARNING,
            ) as cluster,
            Client(cluster) as client,  # type: ignore[no-untyped-call]
        ):
            yield client
        return
    try:
        client = Client(  # type: ignore[no-untyped-call]
            address, security=client_security(engine), timeout=CONNECT_TIMEOUT_SECONDS
        )
    except (OSError, TypeError, ValueError) as err:
        # TypeError: a tls:// address without TLS settings (distributed's own wording).
        raise SchedulerError(
            f"cannot use the Dask scheduler at {address} (engine.address or --scheduler): {err}"
        ) from err
    with client:
        yield client


def worker_threads(client: Client) -> int:
    """Threads of every worker the scheduler knows now (at least 1)."""
    workers = client.scheduler_info(n_workers=-1)["workers"].values()
    return max(sum(int(worker["nthreads"]) for worker in workers), 1)
