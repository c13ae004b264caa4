"""One name, one label per document: parts of a person's full name are that person.

In the manner of GATE ANNIE's OrthoMatcher and the one-sense-per-discourse rule:
once a document names "Daniel Okafor" as a PERSON, a later "Okafor" or "Daniel"
that the model labelled ORG, GPE or NORP is a PERSON mention too, and an
"Okafor" the model missed is added. A name written after a personal title ("Mr
Okafor") is a person whatever the model says, and so is "Bernie Okafor" (a known
given name before that surname). A part the document also uses inside a
longer name of another kind ("Okafor Holdings") or right after a preposition of
place ("in Okafor") keeps the model's reading. One pass over the text finds
every occurrence of every part (one regular expression), so the cost is linear
in the document's length.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from typing import TypeVar

from extract.clean.lexicons import read_lexicon
from extract.linking.names import strip_possessive
from extract.linking.person_names import PERSONAL_TITLES, is_known_given_name
from extract.ner.occurrences import after_place_preposition, free_occurrences, sentence_index
from extract.ner.span_rules import apply_span_rules
from extract.ner.word_case import WordCase

NAME_LABEL = "PERSON"
_MAX_NAME_WORDS = 6
M = TypeVar("M")
# Words that end a name without being its surname: "Jr.", "III".
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "junior", "senior"})
_NAME_TOKEN = re.compile(r"^[A-Z][a-zA-Z’'-]+$")
_INNER_POSSESSIVE = re.compile(r"[’']s?\s+(?=\S)")
_INITIAL = re.compile(r"^[A-Z]\.?$")


def name_parts(full_name: str) -> tuple[str | None, str | None]:
    """(given name, surname) of a written full name, each None where it is an initial
    or absent: "Daniel P. Okafor Jr." -> ("Daniel", "Okafor")."""
    tokens = full_name.split()
    while tokens and tokens[-1].strip(".,").lower() in _SUFFIXES:
        tokens.pop()
    if len(tokens) < 2:
        return None, None
    given, surname = tokens[0], re.sub(r"[’']s?$", "", tokens[-1])
    return (
        given if _NAME_TOKEN.match(given) else None,
        surname if _NAME_TOKEN.match(surname) else None,
    )


def harmonise_person_names(
    text: str,
    mentions: Sequence[M],
    sentence_starts: Sequence[int],
    *,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
    word_case: WordCase | None = None,
) -> list[M]:
    """The document's mentions with person-name parts relabelled PERSON and the
    surnames the model missed added, in text order (``word_case``: the document's
    word counts, when the caller has them already).

    ``span`` reads (start, end, label) of a mention; ``make`` builds one from
    (start, end, label, sentence id), so this works on any mention record.
    """

    def sentence_of(start: int) -> int:
        return sentence_index(sentence_starts, start)

    def as_person(start: int, end: int) -> M:
        return make(start, end, NAME_LABEL, sentence_of(start))

    mentions = [
        piece
        for mention in mentions
        for piece in _split_at_title(text, mention, span, make, sentence_of)
    ]
    mentions = [_titled_person(text, m, span, as_person) for m in mentions]
    mentions = [_role_person(text, m, span, as_person) for m in mentions]
    mentions = _majority_reading(text, mentions, span, make, sentence_of)
    surnames: set[str] = set()
    given_names: set[str] = set()
    for mention in mentions:
        start, end, label = span(mention)
        if label != NAME_LABEL:
            continue
        if len(text[start:end].split()) >= 2:
            given, surname = name_parts(text[start:end])
            surnames |= {surname} if surname else set()
            given_names |= {given} if given else set()
        elif _after_title(text[max(0, start - 30) : start], PERSONAL_TITLES):
            surnames.add(strip_possessive(text[start:end]))  # "Mr Okafor"
    full_names = {
        " ".join(text[start:end].split())
        for start, end, label in map(span, mentions)
        if label == NAME_LABEL and len(text[start:end].split()) >= 2
    }
    other_words: Counter[str] = Counter()
    for index, mention in enumerate(mentions):
        start, end, label = span(mention)
        if label == NAME_LABEL:
            continue
        words = text[start:end].split()
        if _given_and_surname(words, surnames, given_names):
            mentions[index] = as_person(start, end)  # "Bernie Okafor" the model read as ORG
            continue
        if _contains_any([strip_possessive(word) for word in words], full_names):
            continue  # named after the person ("the Ada Okafor Trust"): no other sense
        untitled = [word for word in words if word.strip(".").lower() not in _titles()]
        if len(untitled) >= 2:
            other_words.update(set(untitled))
    person_words = Counter(
        word
        for start, end, label in map(span, mentions)
        if label == NAME_LABEL
        for word in set(text[start:end].split())
    )
    # a part the document uses inside longer names of another kind as often as in
    # people's names has two senses here ("Okafor Holdings"); less often, it is a slip
    parts = {
        p
        for p in surnames | given_names
        if p.lower() not in _titles() and other_words[p] < person_words[p]
    }
    parts -= _mostly_read_otherwise(text, mentions, span, given_names & parts) - surnames
    if not parts:
        return list(mentions)
    # "the Okafors", "Okafors passport": the family or a possessive without its apostrophe
    parts |= {f"{surname}s" for surname in surnames & parts if not surname.endswith("s")}

    word_case = word_case or WordCase(text)
    result: list[M] = []
    taken: list[tuple[int, int]] = []
    for mention in mentions:
        start, end, label = span(mention)
        trimmed = (
            _name_part_span(text, start, end, parts, word_case) if label != NAME_LABEL else None
        )
        if trimmed is not None:
            mention = as_person(*trimmed)
            start, end = trimmed
        result.append(mention)
        taken.append((start, end))
    added = [
        as_person(start, end)
        for start, end in _unmarked_occurrences(
            text, {p for p in parts if p in surnames or p[:-1] in surnames}, taken
        )
    ]
    return sorted(result + added, key=lambda m: span(m)[:2])


def _majority_reading(
    text: str,
    mentions: list[M],
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
    sentence_of: Callable[[int], int],
) -> list[M]:
    """A multi-word name the document reads as a person less often than as one other
    thing ("Lagos State" PERSON twice, GPE five times) is that thing throughout,
    unless it opens with a known given name: its PERSON readings are the model's slips,
    and must not teach the document a given name and a surname."""
    reads: dict[str, Counter[str]] = {}
    for start, end, label in map(span, mentions):
        written = " ".join(text[start:end].split())
        if " " in written:
            reads.setdefault(written, Counter())[label] += 1
    relabel = {}
    for written, counts in reads.items():
        if not counts[NAME_LABEL] or is_known_given_name(written.split()[0]):
            continue
        other, most = max(
            ((label, n) for label, n in counts.items() if label != NAME_LABEL),
            key=lambda pair: (pair[1], pair[0]),
            default=("", 0),
        )
        if most > counts[NAME_LABEL]:
            relabel[written] = other
    if not relabel:
        return mentions
    result = []
    for mention in mentions:
        start, end, label = span(mention)
        wanted = relabel.get(" ".join(text[start:end].split()))
        if label == NAME_LABEL and wanted is not None:
            mention = make(start, end, wanted, sentence_of(start))
        result.append(mention)
    return result


def _contains_any(words: list[str], names: set[str]) -> bool:
    """Whether a run of the words is one of the names (a look-up per run, not a scan
    of the names: a long document has many)."""
    return any(
        " ".join(words[i:j]) in names
        for i in range(len(words))
        for j in range(i + 2, min(len(words), i + _MAX_NAME_WORDS) + 1)
    )


def _mostly_read_otherwise(
    text: str, mentions: Sequence[M], span: Callable[[M], tuple[int, int, str]], parts: set[str]
) -> set[str]:
    """Parts the model reads alone as something else more often than as a person's
    ("Yahoo" ORG twenty times beside one PERSON "Yahoo Messenger"). Asked of given
    names only: the model misreads a surname alone as ORG again and again (a BBC
    development set test of surnames too: strict F1 0.8090 -> 0.8054)."""
    person: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for start, end, label in map(span, mentions):
        words = [strip_possessive(word) for word in text[start:end].split()]
        if label == NAME_LABEL:
            person.update(set(words) & parts)
        elif len(words) == 1 and words[0] in parts:
            other[words[0]] += 1
    return {part for part in parts if other[part] > person[part]}


def _titled_person(
    text: str, mention: M, span: Callable[[M], tuple[int, int, str]], as_person: Callable[..., M]
) -> M:
    """A mention written "Mr Okafor", "Dr. Ada Okafor" is a person: PERSON, title dropped."""
    start, end, label = span(mention)
    title = re.match(r"([A-Za-z]+)\.?\s+(?=[A-Z])", text[start:end])
    if label == NAME_LABEL or title is None or title.group(1).lower() not in PERSONAL_TITLES:
        return mention
    owner = _INNER_POSSESSIVE.search(text, start, end)
    if owner is not None:
        end = owner.start()  # "Mr Okafor's Lagos Water Fund": the owner is the person
    trimmed = apply_span_rules(text, start, end, NAME_LABEL)
    return mention if trimmed is None else as_person(*trimmed)


def _role_person(
    text: str, mention: M, span: Callable[[M], tuple[int, int, str]], as_person: Callable[..., M]
) -> M:
    """A given name and a surname right after a role noun in lower case ("spokesman
    Ada Okafor", "coach Ada Okafor") are a person, whatever the model read: the role
    noun and the given name together rule out a place or an organisation."""
    start, end, label = span(mention)
    if label == NAME_LABEL or not after_role_noun(text, start):
        return mention
    words = text[start:end].split()
    if not 2 <= len(words) <= 3 or not all(_NAME_TOKEN.match(word) for word in words):
        return mention
    return as_person(start, end) if is_known_given_name(words[0]) else mention


_ROLE_BEFORE = re.compile(r"(?<![\w’'-])([a-z]+) $")


def after_role_noun(text: str, start: int) -> bool:
    """The word right before ``start``, one space away on the same line, is a role noun
    written in lower case ("spokesman", "coach")."""
    before = _ROLE_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) in _role_nouns()


@cache
def _role_nouns() -> frozenset[str]:
    roles = _titles() | frozenset(read_lexicon("person_roles"))
    return roles - frozenset(read_lexicon("title_modifiers"))


_NAME_WORD = r"[A-Z][\w’'.-]*"
_INNER_TITLE = re.compile(rf"(?<=\s)([A-Z][a-z]+)\.?\s+(?={_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}$)")
_LEADING_TITLE_OF = re.compile(r"^([A-Z][a-z]+)\s+of\s+(?=[A-Z])")


def _split_at_title(
    text: str,
    mention: M,
    span: Callable[[M], tuple[int, int, str]],
    make: Callable[[int, int, str, int], M],
    sentence_of: Callable[[int], int],
) -> list[M]:
    """A place or organisation span that runs on through a title into a name is two
    mentions ("Lagos State Sheriff Ada Okafor" -> "Lagos State", PERSON "Ada
    Okafor"); one that starts with "Title of" is the rest ("Sheriff of Lagos State")."""
    start, end, label = span(mention)
    if label == NAME_LABEL:
        return [mention]
    written = text[start:end]
    leading = _LEADING_TITLE_OF.match(written)
    if leading and leading.group(1).lower() in _titles():
        return [make(start + leading.end(), end, label, sentence_of(start))]
    inner = next(
        (m for m in _INNER_TITLE.finditer(written) if m.group(1).lower() in _titles()), None
    )
    if inner is None:
        return [mention]
    before = apply_span_rules(text, start, start + inner.start(), label)
    person = apply_span_rules(text, start + inner.end(), end, NAME_LABEL)
    pieces = [make(*before, label, sentence_of(start))] if before else []
    return pieces + ([make(*person, NAME_LABEL, sentence_of(start))] if person else [])


def _given_and_surname(words: list[str], surnames: set[str], given_names: set[str]) -> bool:
    """Two or three name-like words, the last a surname the document gives a person and
    the first a given name or an initial ("Bernie Okafor", "B. Okafor" once the document
    has "Mr Okafor")."""
    if not 2 <= len(words) <= 3 or not all(_NAME_TOKEN.match(word) for word in words[1:]):
        return False
    first, last = words[0], strip_possessive(words[-1])
    if _INITIAL.match(first):
        return last in surnames  # "K. Okafor" in a results list
    if not _NAME_TOKEN.match(first):
        return False
    return last in surnames and (first in given_names or is_known_given_name(first))


def _name_part_span(
    text: str, start: int, end: int, parts: set[str], word_case: WordCase
) -> tuple[int, int] | None:
    """The span without its title when it is a name part not used as a place here; a
    part before a word the document writes in lower case is the person the thing is
    named after ("the Okafor Inquiry" beside "the inquiry")."""
    trimmed = apply_span_rules(text, start, end, NAME_LABEL)
    if trimmed is None:
        return None
    words = text[trimmed[0] : trimmed[1]].split()
    if len(words) == 2 and words[0] in parts and word_case.counts[words[1].lower()]:
        trimmed = (trimmed[0], trimmed[0] + len(words[0]))
    elif text[trimmed[0] : trimmed[1]] not in parts:
        return None
    return None if after_place_preposition(text, start) else trimmed


def _unmarked_occurrences(
    text: str, surnames: set[str], taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Whole-word occurrences of the surnames outside every mention, not part of a
    longer capitalised name and not after a preposition of place."""
    return [
        (start, end)
        for start, end in free_occurrences(text, surnames, sorted(taken), titles=_titles())
        if not after_place_preposition(text, start)
    ]


def _after_title(before: str, titles: frozenset[str] | None = None) -> bool:
    """The capitalised word before is a title ("Mr Okafor"), of ``titles`` or any."""
    word = re.search(r"([A-Za-z]+)\.?\s+$", before)
    return word is not None and word.group(1).lower() in (titles or _titles())


@cache
def _titles() -> frozenset[str]:
    return frozenset(read_lexicon("titles"))
