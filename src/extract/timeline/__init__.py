"""The case chronology: what happened when, and who was involved.

Public face: ``builder.build_timeline`` (documents with their time expressions,
sentences and linked mentions -> timeline rows, dated ones in time order).
"""
