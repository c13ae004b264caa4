"""Entity linking in layers: the knowledge base, person-name parsing, candidate
generation, and the linking policy.

Public face: ``kb.load_kb``, ``linker.Linker`` and ``entity_summary.EntitySummary``.
"""
