"""How plausible a decoded text is as writing, to choose between code-page readings.

Reading a file's bytes in the wrong single-byte code page changes only the
characters outside ASCII, and mostly into other letters: Latin-1 "Malmö" read
as DOS code page 775 is "Malm÷", Czech "úřadě" read as Windows-1252 is
"úøadì". Three measures, in order of strength, tell the readings apart:

* odd characters: a symbol inside a word (÷ × ¤ ³), a control character, a
  combining mark with no letter before it, a capital right after a small letter,
  or two scripts (Latin and Cyrillic, ...) inside one word;
* function words: how many words of the text are frequent function words of
  some language, spelled as this reading spells them ("się" and "że" in the
  Windows-1250 reading of Polish, "siê" and "¿e" in the Windows-1252 one);
* alphabet fit: the share of the text's non-ASCII letters that belong to the
  alphabet of the language its function words point to.

Every measure runs over character counts and compiled regular expressions, so
its cost is linear in the text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass

from extract.ingest.orthography import ALPHABET_SETS, LANGUAGES_BY_WORD

# Punctuation a word may hold inside: right quote as apostrophe, middle dot
# (Catalan "l·l"), soft hyphen, hyphens.
WORD_INTERNAL = frozenset("\u2019\u00b7\u00ad\u2010\u2011")
# Scripts that separate words with spaces, so a change of script inside a word is odd.
WORD_SCRIPTS = frozenset(
    {"LATIN", "CYRILLIC", "GREEK", "HEBREW", "ARABIC", "ARMENIAN", "GEORGIAN", "THAI"}
)
ODD_CATEGORIES = frozenset({"Cc", "Cn", "Co"})


@dataclass(frozen=True)
class Plausibility:
    """Measures of one reading; ``rank`` orders readings from most plausible."""

    odd_characters: int
    function_words: int
    alphabet_fit: float
    language: str

    @property
    def rank(self) -> tuple[int, int, float]:
        return (self.odd_characters, -self.function_words, -self.alphabet_fit)


@dataclass(frozen=True)
class _Characters:
    """The non-ASCII characters of a text, sorted by what they are."""

    letters: str
    lower: str
    upper: str
    marks: str
    symbols: str  # symbols and numbers (÷ ¤ ³ ½): not letters of any word
    not_in_words: str  # symbols and the punctuation no word holds inside
    punctuation: str
    odd_count: int
    by_script: dict[str, str]


def _script(char: str) -> str | None:
    name = unicodedata.name(char, "")
    script = name.split(" ", 1)[0]
    return script if script in WORD_SCRIPTS else None


def _sort_characters(counts: Counter[str]) -> _Characters:
    kinds: dict[str, list[str]] = {
        kind: [] for kind in ("letters", "lower", "upper", "marks", "symbols", "not_in_words")
    }
    punctuation: list[str] = []
    by_script: dict[str, list[str]] = {}
    odd_count = 0
    for char, count in counts.items():
        if char.isascii():
            continue
        category = unicodedata.category(char)
        if category in ODD_CATEGORIES:
            odd_count += count
        elif category[0] in "LM":
            kinds["letters" if category[0] == "L" else "marks"].append(char)
            if char.islower():
                kinds["lower"].append(char)
            elif char.isupper():
                kinds["upper"].append(char)
            script = _script(char)
            if script is not None:
                by_script.setdefault(script, []).append(char)
        elif category[0] == "P":
            punctuation.append(char)
            if category != "Pd" and char not in WORD_INTERNAL:
                kinds["not_in_words"].append(char)
        elif category[0] in "SN":
            kinds["symbols"].append(char)
            kinds["not_in_words"].append(char)
    return _Characters(
        **{kind: "".join(chars) for kind, chars in kinds.items()},
        punctuation="".join(punctuation),
        odd_count=odd_count,
        by_script={script: "".join(chars) for script, chars in by_script.items()},
    )


def _class(chars: str, ascii_part: str = "") -> str:
    return "[" + ascii_part + "".join(re.escape(char) for char in chars) + "]"


def _count(pattern: str, text: str) -> int:
    return sum(1 for _ in re.finditer(pattern, text))


def _odd_characters(text: str, chars: _Characters) -> int:
    """Characters that no orthography puts where this reading puts them."""
    odd = chars.odd_count
    letter = _class(chars.letters, "A-Za-z")
    if chars.not_in_words:
        odd += _count(f"(?<={letter}){_class(chars.not_in_words)}(?={letter})", text)
    if chars.marks:
        after = _class(chars.letters + chars.marks, "A-Za-z")
        odd += _count(f"(?<!{after}){_class(chars.marks)}", text)
    if chars.upper:
        odd += _count(f"{_class(chars.lower, 'a-z')}(?={_class(chars.upper)})", text)
    if chars.lower:
        odd += _count(f"{_class(chars.lower)}(?=[A-Z])", text)
    scripts = dict(chars.by_script)
    if len(scripts) > 1 or (scripts and "LATIN" not in scripts):
        scripts.setdefault("LATIN", "")
        for script, members in scripts.items():
            ascii_part = "A-Za-z" if script == "LATIN" else ""
            others = "".join(m for s, m in scripts.items() if s != script)
            others_ascii = "" if script == "LATIN" else "A-Za-z"
            odd += _count(f"{_class(members, ascii_part)}(?={_class(others, others_ascii)})", text)
    return odd


def _function_words(text: str, punctuation: str) -> tuple[int, tuple[str, ...]]:
    """Function words of the best-represented language(s), and those languages."""
    strip = string.punctuation + punctuation
    hits: Counter[str] = Counter()
    for token, count in Counter(text.lower().split()).items():
        word = token.strip(strip)
        if not word.isascii():
            word = unicodedata.normalize("NFC", word)
        for language in LANGUAGES_BY_WORD.get(word, ()):
            hits[language] += count
    if not hits:
        return 0, ()
    top = max(hits.values())
    return top, tuple(sorted(language for language, n in hits.items() if n == top))


def _alphabet_fit(
    text: str, counts: Counter[str], chars: _Characters, languages: tuple[str, ...]
) -> float:
    """Share of non-ASCII word characters (letters, marks, symbols touching a letter)
    that the alphabet of ``languages`` has; 0 when no language was recognised."""
    if not languages:
        return 0.0
    alphabet = frozenset().union(*(ALPHABET_SETS[language] for language in languages))
    inside = outside = 0
    for char in chars.letters + chars.marks:
        if char.lower()[:1] in alphabet:
            inside += counts[char]
        else:
            outside += counts[char]
    if chars.symbols:
        letter = _class(chars.letters, "A-Za-z")
        symbol = _class(chars.symbols)
        outside += _count(f"(?<={letter}){symbol}|{symbol}(?={letter})", text)
    total = inside + outside
    return inside / total if total else 1.0


def plausibility(text: str) -> Plausibility:
    """Measure how much ``text`` reads like writing in some language."""
    counts = Counter(text)
    chars = _sort_characters(counts)
    words, languages = _function_words(text, chars.punctuation)
    return Plausibility(
        odd_characters=_odd_characters(text, chars),
        function_words=words,
        alphabet_fit=_alphabet_fit(text, counts, chars, languages),
        language="+".join(languages),
    )
