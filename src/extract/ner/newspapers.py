"""Newspapers named by a time word ("the Sunday Times", "the Evening Standard") are
organisations: the small model reads the weekday or part of the day as a DATE and
misses the name, or cuts it in two ("the Sunday" ORG, "Times" ORG). Which names
these are is extract.timex.publications' one definition, which the time-expression
grammar uses to leave their time word out.
"""

from __future__ import annotations

from extract.ner.occurrences import adding_spans
from extract.timex.publications import publication_names

# The mentions plus each newspaper's name as an ORG (the model's pieces inside it give way).
add_newspapers = adding_spans(publication_names, "ORG")
