"""Span rules of ANNOTATION.md, applied to every entity the model and patterns produce.

Each rule is general English and works on character offsets:
- a leading "the" is not part of a name (a title of a work keeps its own "The");
- titles and roles before a person's name are not part of it ("Sheriff", "Dr.");
- lower-case words before a name are descriptions, not the name ("former", "judge"),
  and so is the prefix "ex-" ("ex-Lagos Water Agency" chief); a name does not end
  in a lower-case word either ("Kano Rovers vs", "Lagos Road and");
- a word made of a name and "anti-", "pro-" or "non-" ("anti-Okafor") is a stance,
  not a mention of the name, also when the model's span is the name alone;
- a trailing possessive is not part of a name ("Carter’s" -> "Carter");
- no leading or trailing punctuation, quotes or list bullets (an abbreviation keeps
  its period);
- a person's name does not end in a bare number (a caption's year), and no name
  ends in a personal title ("Kano Times Mr" before "Mr Okafor");
- a name runs up to a lower-case "in" before a capitalised word: the rest is where
  it is ("Kano Harbour Depot in Lagos": the depot, then Lagos as a place; a
  person "Okafor in Lagos": Okafor) (``split_at_place``);
- nothing that is a single character, only digits, or has no capital letter.

(A one-word model entity the document writes more often in lower case is a common
noun: extract.ner.word_case, counted once per document.)
"""

from __future__ import annotations

import re

from extract.clean.lexicons import read_lexicon
from extract.linking.names import APOSTROPHES

TITLES = frozenset(read_lexicon("titles"))
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")
_TRAILING_POSSESSIVE = re.compile(rf"[{APOSTROPHES}]s?$")
_EDGE_PUNCTUATION = "\"“”„«»'’‘´`.,;:!?()[]{}*–—-/|•·▪●◦►"
_EX_PREFIX = re.compile(r"^[Ee]x-(?=[A-Z])")
_STANCE = re.compile(r"^(?:anti|pro|non)-\S+$", re.IGNORECASE)
_STANCE_PREFIX = re.compile(r"(?<![\w-])(?:anti|pro|non)-$", re.IGNORECASE)
_LETTERS_AND_DIGITS = re.compile(r"\b(?=[A-Za-z]*\d)(?=\d*[A-Za-z])[A-Za-z\d]+\b")
_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr"})
# A plural of an acronym ("MPs", "NGOs") names a kind of thing, not one organisation.
_PLURAL_ACRONYM = re.compile(r"^[A-Z]{2,}s$")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]\.|\b(?:[A-Za-z]\.){2,}|\b(?:Jr|Sr|St|Co|Inc|Ltd|Corp)\.)$"
)


def apply_span_rules(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """The span trimmed by the rules above, or None when nothing of it is a name."""
    previous = None
    while previous != (start, end):
        previous = (start, end)
        start, end = _trim_edges(text, start, end)
        if label != "WORK_OF_ART":
            start = _drop_leading_the(text, start, end)
        if label == "PERSON":
            start = _drop_titles(text, start, end)
        if label != "WORK_OF_ART":
            start = _drop_lowercase_lead(text, start, end)
            end = _drop_lowercase_tail(text, start, end)
        end = _drop_possessive(text, start, end)
        if label == "PERSON":
            end = _drop_trailing_number(text, start, end)
        end = _drop_trailing_title(text, start, end)
    span = text[start:end]
    if (
        _STANCE.match(span)
        or follows_stance_prefix(text, start)
        or span.rstrip(".").lower() in _PERSONAL_TITLES
        or _PLURAL_ACRONYM.match(span)
        or len(span.strip()) <= 1
        or span.replace(" ", "").isdigit()
        or not any(c.isupper() for c in span)
    ):
        return None
    return start, end


_IN_PLACE = re.compile(r" in (?=[A-Z])")
_PLACE_AFTER = {"FAC": "GPE", "ORG": "GPE", "LOC": "GPE", "GPE": "GPE"}


def split_at_place(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """The span, or its name and the place after " in " as a GPE; after a person's
    name the rest is dropped (it may be a place or the title of a work)."""
    if label == "WORK_OF_ART":
        return [(start, end, label)]
    found = _IN_PLACE.search(text, start, end)
    if found is None:
        return [(start, end, label)]
    pieces = [(start, found.start(), label)]
    place = _PLACE_AFTER.get(label)
    if place is not None:
        pieces.append((found.end(), end, place))
    return pieces


def _trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in _EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE_PUNCTUATION):
        if text[end - 1] == "." and _ABBREVIATION_END.search(text[start:end]):
            break
        end -= 1
    return start, end


def _drop_leading_the(text: str, start: int, end: int) -> int:
    match = _LEADING_THE.match(text[start:end])
    return start + match.end() if match and match.end() < end - start else start


def _drop_titles(text: str, start: int, end: int) -> int:
    """Drop title words (with optional period) while a name remains after them; a
    title before "of" is the name itself ("Duke of Kano", "Prince of Wales")."""
    while True:
        match = re.match(r"([A-Za-z-]+)\.?\s+(?=[^a-z])", text[start:end])
        if not match or match.group(1).lower() not in TITLES:
            return start
        start += match.end()


def _drop_lowercase_lead(text: str, start: int, end: int) -> int:
    """Drop leading lower-case words ("former", "judge") when a capitalised word follows."""
    prefix = _EX_PREFIX.match(text[start:end])
    if prefix:
        start += prefix.end()
    while True:
        match = re.match(r"([a-z][\w-]*)\s+(?=\S)", text[start:end])
        if not match or not any(c.isupper() for c in text[start + match.end() : end]):
            return start
        start += match.end()


def _drop_lowercase_tail(text: str, start: int, end: int) -> int:
    """Drop trailing lower-case words ("vs", "and") while a capitalised word remains."""
    while True:
        match = re.search(r"\s+[a-z][a-z.-]*$", text[start:end])
        if not match or not any(c.isupper() for c in text[start : start + match.start()]):
            return end
        end = start + match.start()


def _drop_trailing_number(text: str, start: int, end: int) -> int:
    """A person's name never ends in a bare number or a score ("Anna Berg 2014" in a
    caption, "Anna Berg 7-5")."""
    match = re.search(r"\s+\d+(?:-\d+)?$", text[start:end])
    return start + match.start() if match else end


def follows_stance_prefix(text: str, start: int) -> bool:
    """``text[start:]`` is the name in a stance word: "anti-" or "pro-" right before it."""
    return _STANCE_PREFIX.search(text, max(0, start - 5), start) is not None


def _drop_trailing_title(text: str, start: int, end: int) -> int:
    """A personal title ends no name: it opens the next one ("Kano Times Mr")."""
    match = re.search(r"\s+([A-Za-z]+)\.?$", text[start:end])
    if match and match.group(1).lower() in _PERSONAL_TITLES:
        return start + match.start()
    return end


def person_label(text: str, start: int, end: int, label: str) -> str:
    """A PERSON span with a word of letters and digits ("G7", "O2") is no one's name:
    an organisation's ("the G7 summit", a mobile network)."""
    if label == "PERSON" and _LETTERS_AND_DIGITS.search(text, start, end):
        return "ORG"
    return label


def _drop_possessive(text: str, start: int, end: int) -> int:
    match = _TRAILING_POSSESSIVE.search(text[start:end])
    return start + match.start() if match and match.start() > 0 else end
