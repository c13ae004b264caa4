"""Running the per-document stages on a Dask cluster (``extract run --engine dask``).

Ingest, clean, entities and dates run as Dask tasks over partitions of documents,
each worker keeping one loaded spaCy pipeline; the client writes every table in
document order, so the tables are byte-identical to a local run, and then links
the mentions and builds the timeline as a local run does.

Public face: ``dask_run.run_on_dask`` (the stages on a client), ``cluster.dask_client``
(a scheduler's address, or a LocalCluster that lives for one run) and
``cluster.client_security`` (TLS settings). The rest: ``plan`` (how the corpus is cut
into tasks), ``tasks`` (what runs on a worker), ``rows`` (table rows and their writers).
"""
