"""Word lists behind the boilerplate rules, read once from the package's lexicons/ folder.

They are general web vocabulary (menu phrases, social networks, footer markers,
lorem-ipsum words, interface lines, English stop words, picture agencies); nothing in
them is about any particular corpus.
"""

from __future__ import annotations

import re
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
    stop_words: frozenset[str] = frozenset()
    clutter_phrases: ClutterPhrases | None = None
    photo_agencies: frozenset[str] = frozenset()
    byline_roles: frozenset[str] = frozenset()
    related_headings: frozenset[str] = frozenset()

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
            stop_words=frozenset(
                word for line in read_lexicon("stop_words") for word in line.split()
            ),
            clutter_phrases=ClutterPhrases.parse(read_lexicon("clutter_phrases")),
            photo_agencies=frozenset(read_lexicon("photo_agencies")),
            byline_roles=frozenset(read_lexicon("byline_roles")),
            related_headings=frozenset(read_lexicon("related_headings")),
        )


@dataclass(frozen=True)
class ClutterPhrases:
    """Interface lines by reason: whole lines, line openings and contained phrases."""

    whole: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    contained: tuple[tuple[re.Pattern[str], str], ...]  # the phrase as whole words

    @classmethod
    def parse(cls, entries: list[str]) -> ClutterPhrases:
        """``reason: phrase``, ``reason: phrase ...`` or ``reason: ... phrase ...``."""
        whole: dict[str, str] = {}
        prefixes: list[tuple[str, str]] = []
        contained: list[tuple[re.Pattern[str], str]] = []
        for entry in entries:
            reason, separator, phrase = entry.partition(":")
            phrase = phrase.strip()
            if not separator or not reason.strip() or not phrase:
                raise ValueError(f"clutter_phrases.txt: {entry!r} is not 'reason: phrase'")
            if phrase.startswith("... ") and phrase.endswith(" ..."):
                words = re.escape(phrase[4:-4])
                contained.append((re.compile(rf"(?<!\w){words}(?!\w)"), reason.strip()))
            elif phrase.endswith(" ..."):
                prefixes.append((phrase[:-4], reason.strip()))
            else:
                whole[phrase] = reason.strip()
        return cls(whole, tuple(prefixes), tuple(contained))
