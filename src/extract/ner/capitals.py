"""ALL CAPS words read as the document writes them elsewhere.

A dateline ("LAGOS (AP) —"), a shouted heading or a section label puts names in
capitals, and the small model reads capitals poorly: "LAGOS" becomes an
organisation or nothing, and "OKAFOR FAMILY STATEMENT" one name. Before the model
reads a document, an ALL CAPS word of four letters or more is read as the document
writes it more often, in lower case or Capitalised ("Lagos", "family"); an acronym
the document never writes otherwise ("NASA", "AP") stays as it is, and so does
every word of three letters or fewer ("IT", "WHO" beside "It", "Who"). Only the
case of letters changes, never a length, so every offset still points into the
document; mentions keep its own spelling.
"""

from __future__ import annotations

import re

from extract.ner.word_case import WordCase

_CAPITALS = re.compile(r"\b[A-Z]{4,}\b")


def recase_capitals(view: str, word_case: WordCase) -> str:
    """``view`` with each ALL CAPS word the document also writes in lower case or
    Capitalised written in the more frequent of the two (Capitalised on a tie)."""

    def usual(match: re.Match[str]) -> str:
        word = match.group()
        capitalised, lowered = word.capitalize(), word.lower()
        if word_case.counts[lowered] > word_case.counts[capitalised]:
            return lowered
        return capitalised if word_case.counts[capitalised] else word

    return _CAPITALS.sub(usual, view)
