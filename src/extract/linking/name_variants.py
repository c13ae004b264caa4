"""Spelling variants of one person's full name, found across the corpus without a KB.

"Ada Okafor" and "Ada Nkem Okafor", "Peggy Vance" and "Margaret Vance", "K.D.
“Bud” Lind" and "Bud Lind", "Ada Okafor" and "Ada Okaffor" are one person each:
the surnames agree (or differ by a small edit, the given names then agreeing
exactly), and the given names agree through equality, the nickname table, a
quoted nickname or a middle name one form leaves out. A name that fits two
groups that do not fit each other joins neither, so a short form never
merges two different people.

Names are compared only within a surname block (surnames one edit apart, found
through a deletion index), so the cost grows with the distinct names of one
surname, not with the corpus.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rapidfuzz import fuzz

from extract.linking.person_names import PersonName, given_name_matches, parse_person


def person_variants(
    counts: Mapping[str, int], written: Mapping[str, str], *, threshold: float
) -> dict[str, str]:
    """Each normalised full name -> the normalised name of its group's canonical form
    (the most mentioned, then the longest, then the first alphabetically).

    ``written`` gives each name as written, whose quotes mark a nickname; ``threshold``
    is the rapidfuzz ratio (0-100) a misspelt surname must reach.
    """
    parsed = {key: parse_person(written.get(key, key)) for key in counts}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, parts in parsed.items():
        if parts.last:
            by_surname[parts.last].append(key)
    canonical: dict[str, str] = {}
    for block in _surname_blocks(sorted(by_surname), threshold):
        keys = sorted(
            (key for surname in block for key in by_surname[surname]),
            key=lambda k: (-counts[k], -len(k.split()), k),
        )
        for group in _groups(keys, parsed, threshold):
            for key in group:
                canonical[key] = group[0]
    return canonical


def _surname_blocks(surnames: list[str], threshold: float) -> list[list[str]]:
    """Surnames joined when one is a small edit of another (union-find over near pairs).

    Near pairs are found through a deletion index (SymSpell's idea): two words one
    edit apart share the word with one letter deleted, so each surname is compared
    only with the few that share such a key, never with every other surname.
    """
    parent = {surname: surname for surname in surnames}

    def root(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    by_deletion: dict[str, list[str]] = defaultdict(list)
    for surname in surnames:
        for key in {surname} | {surname[:i] + surname[i + 1 :] for i in range(len(surname))}:
            by_deletion[key].append(surname)
    for sharing in by_deletion.values():
        for index, first in enumerate(sharing):
            for other in sharing[index + 1 :]:
                if root(other) != root(first) and fuzz.ratio(first, other) >= threshold:
                    parent[root(other)] = root(first)
    blocks: dict[str, list[str]] = defaultdict(list)
    for surname in surnames:
        blocks[root(surname)].append(surname)
    return list(blocks.values())


def _groups(keys: list[str], parsed: Mapping[str, PersonName], threshold: float) -> list[list[str]]:
    """Greedy grouping, best-attested name first: a name joins the one group all of
    whose members it fits; fitting none or several, it starts its own."""
    groups: list[list[str]] = []
    for key in keys:
        fitting = [
            group
            for group in groups
            if all(same_person(parsed[key], parsed[member], threshold) for member in group)
        ]
        if len(fitting) == 1:
            fitting[0].append(key)
        else:
            groups.append([key])
    return groups


def same_person(a: PersonName, b: PersonName, threshold: float) -> bool:
    """Whether two parsed full names can be one person (see the module docstring)."""
    if a.middle and b.middle and not _compatible_given(a.middle, b.middle):
        return False
    if a.last != b.last:
        exact_given = a.first == b.first and len(a.first.replace(" ", "")) > 2
        return exact_given and fuzz.ratio(a.last, b.last) >= threshold
    given_a, given_b = a.given_names, b.given_names
    if given_a and given_b:
        return any(given_name_matches(name, given_b) for name in given_a)
    # One side has initials only ("A. Okafor"): they must be the other's initials.
    return (
        _initials(a) == _initials(b)[: len(_initials(a))]
        or _initials(b) == _initials(a)[: len(_initials(b))]
    )


def _compatible_given(a: str, b: str) -> bool:
    """Middle names agree, or one is the other's initial."""
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def _initials(name: PersonName) -> str:
    return "".join(word[0] for word in f"{name.first} {name.middle}".split())
