"""extract: raw documents to analysis-ready Parquet tables of entities and time expressions."""

__version__ = "0.1.0"
