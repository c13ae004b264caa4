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
  alphabet of the language its function words point to (with no function
  words, the share of its words that one alphabet can spell).

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
    spelled: float
    in_language: float
    capital_words: int
    language: str

    @property
    def rank(self) -> tuple[int, int, float, float, int]:
        return (
            self.odd_characters,
            -self.function_words,
            -self.spelled,
            -self.in_language,
            self.capital_words,
        )


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
    return len(re.findall(pattern, text))


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


def _foreign_words(text: str, chars: _Characters) -> Counter[str]:
    """Words (runs of letters, marks and the symbols touching them) with a non-ASCII
    character; a symbol standing alone ("£" in "£15") is no word."""
    inner = chars.letters + chars.marks + chars.symbols
    if not inner:
        return Counter()
    word = _class(inner, "A-Za-z")
    found = Counter(re.findall(f"{word}*{_class(inner)}{word}*", text))
    return Counter({w: n for w, n in found.items() if any(char.isalpha() for char in w)})


def _spelled_in(needed: frozenset[str]) -> bool:
    return any(needed <= alphabet for alphabet in ALPHABET_SETS.values())


def _alphabet_fit(words: Counter[str], languages: tuple[str, ...]) -> tuple[float, float]:
    """Shares of the words with a non-ASCII character that one alphabet spells,
    and that the alphabet of the text's language (``languages``) spells.

    A name may come from any language, but it is spelled in one: "Dvořák" is,
    its Windows-1252 reading "Dvoøák" is not. Words of the text's own language
    tell apart readings that are both spelled somewhere ("bytů" against "bytù").
    """
    alphabet = frozenset().union(*(ALPHABET_SETS[language] for language in languages))
    spelled_somewhere: dict[frozenset[str], bool] = {}
    spelled = in_language = total = 0
    for word, count in words.items():
        needed = frozenset(char.lower()[:1] for char in word if not char.isascii())
        if needed not in spelled_somewhere:
            spelled_somewhere[needed] = _spelled_in(needed)
        total += count
        spelled += count * spelled_somewhere[needed]
        in_language += count * (bool(languages) and needed <= alphabet)
    if not total:
        return 1.0, 1.0
    return spelled / total, in_language / total


def _capital_words(words: Counter[str]) -> int:
    """Words of two letters or more in capitals: few in running text, many where
    a code page with the cases swapped (KOI8-R against Windows-1251) was taken."""
    return sum(count for word, count in words.items() if len(word) > 1 and word.isupper())


def plausibility(text: str) -> Plausibility:
    """Measure how much ``text`` reads like writing in some language."""
    chars = _sort_characters(Counter(text))
    function_words, languages = _function_words(text, chars.punctuation)
    words = _foreign_words(text, chars)
    spelled, in_language = _alphabet_fit(words, languages)
    return Plausibility(
        odd_characters=_odd_characters(text, chars),
        function_words=function_words,
        spelled=spelled,
        in_language=in_language,
        capital_words=_capital_words(words),
        language="+".join(languages),
    )
