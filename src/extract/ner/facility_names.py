"""Names whose last words say they are a building or a structure are facilities.

OntoNotes and ANNOTATION.md label named buildings, prisons, airports, roads and
bridges FAC; the small model often reads "Lagos Central Prison" or "Kano Airport"
as an organisation or a place. A name of two words or more that ends in a
capitalised facility noun (clean/lexicons/facility_heads.txt, general English) is
FAC whatever organisation or place the model read; a person ("Ada Bridge") and a
title of a work keep their label.
"""

from __future__ import annotations

from extract.clean.lexicons import read_lexicon

FACILITY_HEADS = frozenset(read_lexicon("facility_heads"))
RELABELLED = frozenset({"ORG", "GPE", "LOC"})


def facility_label(name: str, label: str) -> str:
    """FAC for an ORG, GPE or LOC name ending in a facility noun; ``label`` otherwise."""
    words = name.split()
    if label not in RELABELLED or len(words) < 2 or not words[-1][:1].isupper():
        return label
    last_two = " ".join(words[-2:]).lower()
    return "FAC" if words[-1].lower() in FACILITY_HEADS or last_two in FACILITY_HEADS else label
