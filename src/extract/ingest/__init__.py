"""Ingest: find the raw files, decode them, read their metadata (manifest, header, HTML).

Public face: ``reader.iter_ingest`` / ``reader.ingest_file`` (one ``RawDocument`` or a
``Problem`` per file); ``decoding.decode_bytes`` for bytes of unknown encoding.
"""
