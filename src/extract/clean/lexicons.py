"""Word lists behind the boilerplate rules, read once from the package's lexicons/ folder.

They are general web vocabulary (menu phrases, social networks, footer markers,
lorem-ipsum words); nothing in them is about any particular corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources


def read_lexicon(name: str) -> list[str]:
    """Entries of ``lexicons/<name>.txt``, one per line; ``#`` starts a comment."""
    text = (
        resources.files("extract").joinpath("clean", "lexicons", f"{name}.txt").read_text("utf-8")
    )
    entries: list[str] = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


@dataclass(frozen=True)
class BoilerplateLexicons:
    """The vocabularies the boilerplate rules match against (all lower case)."""

    filler_words: frozenset[str]
    navigation_phrases: frozenset[str]
    social_networks: tuple[str, ...]
    footer_markers: tuple[str, ...]

    @classmethod
    @cache
    def bundled(cls) -> BoilerplateLexicons:
        """The lexicons shipped with the package."""
        filler = {word for line in read_lexicon("lorem") for word in line.split()}
        return cls(
            filler_words=frozenset(filler),
            navigation_phrases=frozenset(read_lexicon("navigation")),
            social_networks=tuple(read_lexicon("social")),
            footer_markers=tuple(read_lexicon("footer")),
        )
