"""Person names split into parts by nameparser, and first names widened by nicknames."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from nameparser import HumanName
from nicknames import NickNamer

from extract.linking.names import normalize_name

_NICKNAMES = NickNamer()
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "madam", "lady", "dame"})
MALE_TITLES = frozenset({"mr", "sir", "lord"})
# Titles written only before a person's name: "Mr Okafor" is a person whatever the model says.
PERSONAL_TITLES = FEMALE_TITLES | MALE_TITLES | {"dr", "mx", "baroness", "baron"}


@dataclass(frozen=True)
class PersonName:
    """Normalised parts of a person's name; empty strings where a part is absent."""

    first: str
    middle: str
    last: str
    nickname: str

    @property
    def given_names(self) -> frozenset[str]:
        """The first name and the quoted nickname (initials are not names)."""
        return frozenset(
            n for n in (self.first, self.nickname) if n and len(n.replace(" ", "")) > 2
        )


@lru_cache(maxsize=65536)
def parse_person(name: str) -> PersonName:
    """Parts of a full name: "J.R. “Bud” Carter" is first "j r", nickname "bud"."""
    parsed = HumanName(name.replace("“", '"').replace("”", '"'))
    return PersonName(
        first=normalize_name(parsed.first),
        middle=normalize_name(parsed.middle),
        last=normalize_name(parsed.last),
        nickname=normalize_name(parsed.nickname),
    )


@lru_cache(maxsize=65536)
def first_name_variants(first: str) -> frozenset[str]:
    """Formal names a nickname stands for and nicknames of a formal name (Peggy ~ Margaret)."""
    first = first.lower()
    return frozenset(_NICKNAMES.canonicals_of(first) | _NICKNAMES.nicknames_of(first))


def is_known_given_name(word: str) -> bool:
    """The nickname table knows the word as a first name ("Bernie", "Margaret")."""
    return bool(first_name_variants(word))


def given_name_matches(word: str, given_names: frozenset[str] | set[str]) -> bool:
    """One nickname-table hop: "Peggy" matches Margaret, never a name two hops away."""
    return word in given_names or bool(first_name_variants(word) & given_names)


def title_gender(preceding_text: str) -> str | None:
    """ "f" or "m" when the words right before a name are a gendered title ("Mrs.")."""
    words = preceding_text.replace(".", " ").split()
    if not words:
        return None
    word = words[-1].lower()
    return "f" if word in FEMALE_TITLES else "m" if word in MALE_TITLES else None
