"""Names the model misses that their head noun marks: Capitalised words ending in an
organisation, facility or place noun ("the Kano Valley Water Agency", "Lagos Ring
Road"), or such a noun followed by "of" and a Capitalised name ("the Agency of Kano
Waters"), are a mention of that kind.

The keyword gazetteers of rule-based taggers (GATE ANNIE's organisation and location
keys) find names this way; the small model misses many of them, above all on pages
that are not news prose. A word the document mostly writes in lower case is no part
of a name ("the Annual Review Committee" when the page writes "annual review"), so a
capitalised common phrase is not taken; a name the model found overlapping the run
is left as the model read it, unless the run holds it whole (it then replaces it, as
"Kano Province" inside "Kano Province Water Agency").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from spacy.lang.en.stop_words import STOP_WORDS

from extract.ner.head_nouns import FACILITY_HEADS, ORGANISATION_HEADS, PLACE_HEADS
from extract.ner.occurrences import put_spans
from extract.ner.span_rules import TITLES
from extract.ner.word_case import WordCase

M = TypeVar("M")

_KINDS = (("FAC", FACILITY_HEADS), ("ORG", ORGANISATION_HEADS), ("GPE", PLACE_HEADS))
_HEADS = {head: kind for kind, heads in _KINDS for head in heads if " " not in head}
_CAPITALISED = r"[A-Z][\w’'&-]*"
# Up to five Capitalised words on one line, a head noun, then perhaps "of" and one to
# four Capitalised words joined by "and" ("the Kano Ministry of Water and Power").
_PLAIN = r"[A-Z][\w&-]*(?![’'\w])"  # no possessive: "... of Kano Waters and Ada's Bureau"
_OF_NAME = rf"[ \t]+of[ \t]+(?:the[ \t]+)?{_PLAIN}(?:[ \t]+(?:and[ \t]+)?{_PLAIN}){{0,3}}"
_HEAD = "|".join(sorted((head.capitalize() for head in _HEADS), key=len, reverse=True))
# A road's number and direction after its head noun name it ("Highway 12 SE").
_ROADS = frozenset({"highway", "route", "interstate", "motorway", "freeway", "expressway"})
_NUMBER = r"[ \t]+\d{1,4}[A-Z]?(?:[ \t]+[NSEW]{1,2}\b)?"
_NAME = re.compile(
    rf"\b((?:{_CAPITALISED}[ \t]+){{0,5}})({_HEAD})\b((?:{_OF_NAME})?)((?:{_NUMBER})?)"
)


def add_head_noun_names(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
    word_case: WordCase | None = None,
) -> list[M]:
    """The mentions plus each name its head noun marks that no mention covers."""
    words = word_case or WordCase(text)
    kept, _ = put_spans(
        mentions, _head_noun_names(text, words), sentence_starts, span=span, make=make
    )
    return kept


def _head_noun_names(text: str, words: WordCase) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    for match in _NAME.finditer(text):
        kind = _HEADS[match.group(2).lower()]
        if match.group(4) and not match.group(3) and match.group(2).lower() in _ROADS:
            start = _first_name_word(text, match.start(1), match.start(2), words)
            found.append((match.start(2) if start is None else start, match.end(4), kind))
            continue
        end = (
            match.end(3) if match.group(3) and not _common(match.group(3), words) else match.end(2)
        )
        start = _first_name_word(text, match.start(1), match.start(2), words)
        if start is None and end > match.end(2):
            start = match.start(2)  # "the Agency of Kano Waters"
        if start is not None and (
            end > match.end(2) or _names_something(text[start : match.start(2)])
        ):
            found.append((start, end, kind))
    return found


def _first_name_word(text: str, start: int, head: int, words: WordCase) -> int | None:
    """Where the name starts among the Capitalised words before its head: after any
    small word ("The", "In") and any word the document mostly writes in lower case
    that opens the run, and after an owner's possessive ("Kano's Water Agency"; a
    title's is part of the name: "the Kano Sheriff's Bureau"); None when no word of a
    name is left."""
    position = start
    opening = True
    for word in re.finditer(r"\S+", text[start:head]):
        token = word.group()
        possessive = token.endswith(("’s", "'s"))
        bare = token[:-2] if possessive else token
        if possessive and bare.lower() not in TITLES:
            position, opening = start + word.end(), True
            continue
        if opening and (
            bare.lower() in STOP_WORDS or (bare.lower() not in _HEADS and _common(bare, words))
        ):
            position = start + word.end()
            continue
        opening = False
    while position < head and text[position].isspace():
        position += 1
    return position if position < head else None


def _names_something(before_head: str) -> bool:
    """A word before the head that is neither a head noun nor a small word: "Highway
    Patrol" alone names no one patrol."""
    return any(
        word.rstrip("’'s").lower() not in _HEADS and word.lower() not in STOP_WORDS
        for word in before_head.split()
    )


def _common(name: str, words: WordCase) -> bool:
    """Any word of ``name`` (small words aside) that the document writes mostly in
    lower case."""
    return any(
        words.mostly_lower(word)
        for word in re.findall(r"[A-Za-z][\w-]*", name)
        if word.lower() not in STOP_WORDS
    )
