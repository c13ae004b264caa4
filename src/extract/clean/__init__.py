"""Clean: strip boilerplate and normalise whitespace, keeping every character's raw offset.

Public face: ``document.clean_document`` (a ``CleanedDocument``: text, removed regions,
offset map) and ``offsets.OffsetMap`` (cleaned span -> raw span).
"""
