"""The table contract in one place: Arrow schemas, the records rows are built from,
and safe streaming Parquet reads and writes.

Public face: ``schemas`` (one schema per table), ``parquet_io.TableWriter``,
``parquet_io.iter_rows``, ``records.RawDocument`` and ``records.Problem``.
"""
