"""How plausible a decoded text is as writing, to choose between code-page readings.

Reading a file's bytes in the wrong single-byte code page changes only the
characters outside ASCII, and mostly into other letters: Latin-1 "Malmö" read
as DOS code page 775 is "Malm÷", Czech "úřadě" read as Windows-1252 is
"úøadì". These measures, in order of strength, tell the readings apart:

* odd characters: a symbol inside a word (÷ × ¤ ³), a control character, a
  combining mark with no letter before it, a capital right after a small letter,
  or two scripts (Latin and Cyrillic, ...) meeting inside a word;
* function words: how many words of the text are frequent function words of
  some language, spelled as this reading spells them ("się" and "że" in the
  Windows-1250 reading of Polish, "siê" and "¿e" in the Windows-1252 one);
* spelled: the share of words with a non-ASCII character that one alphabet can
  spell ("Dvořák", not "Dvoøák");
* in language: the share spelled in the alphabet of the language the function
  words point to ("bytů" in a Czech sentence, not "bytù");
* capital words, which a code page with the cases swapped produces.

Every measure runs over a "shape" of the text (one class letter per character,
made with str.translate) and precompiled regular expressions, so its cost is
linear in the text.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from extract.ingest.orthography import ALPHABET_SETS, LANGUAGES_BY_WORD

# Punctuation a word may hold inside: right quote as apostrophe, soft hyphen,
# hyphens; and the middle dot of Catalan "l·l", there only.
WORD_INTERNAL = frozenset("\u2019\u00ad\u2010\u2011")
CATALAN_L_DOT_L = "l\u00b7l"
# Scripts that separate words with spaces, so a change of script inside a word is
# odd; each has a one-letter code in the script string.
WORD_SCRIPTS = {
    "LATIN": "L",
    "CYRILLIC": "C",
    "GREEK": "G",
    "HEBREW": "H",
    "ARABIC": "R",
    "ARMENIAN": "M",
    "GEORGIAN": "K",
    "THAI": "T",
}
ODD_CATEGORIES = frozenset({"Cc", "Cn", "Co"})

# Shape codes: ASCII small "l", capital "u"; non-ASCII small "a", capital "A",
# caseless letter "o", combining mark "m", symbol or number "s", punctuation no
# word holds inside "q", other punctuation "p", control or unassigned "c"; ASCII
# digit "d"; anything else (spaces, ASCII punctuation) " ".
_ASCII_SHAPE = {code: " " for code in range(128)}
_ASCII_SHAPE.update({ord(char): "l" for char in string.ascii_lowercase})
_ASCII_SHAPE.update({ord(char): "u" for char in string.ascii_uppercase})
_ASCII_SHAPE.update({ord(char): "d" for char in string.digits})
_ASCII_SCRIPT = {code: "L" if chr(code).isalpha() else " " for code in range(128)}

_SYMBOL_IN_WORD = re.compile(r"(?<=[luaAo])[sq](?=[luaAo])")
_STRAY_MARK = re.compile(r"(?<![luaAom])m")
_CASE_BREAK = re.compile(r"[la](?=A)|a(?=u)")
_SCRIPT_BREAK = re.compile(r"([A-Z])(?=[A-Z])(?!\1)")
_FOREIGN_WORD = re.compile(r"[luaAoms]*[aAoms][luaAoms]*")


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


@lru_cache(maxsize=4096)
def _classify(char: str) -> tuple[str, str]:
    """(shape code, script code) of a non-ASCII character.

    Punctuation and symbols keep their script too (an Arabic semicolon between
    Latin letters is a script break); the ordinal indicators "ª" "º" are marks
    on numbers ("1º", "350ºF"), symbols rather than letters.
    """
    category = unicodedata.category(char)
    name = unicodedata.name(char, "")
    script = WORD_SCRIPTS.get(name.split(" ", 1)[0], " ")
    if category in ODD_CATEGORIES:
        return "c", " "
    if name.endswith("ORDINAL INDICATOR"):
        return "s", " "
    if category[0] == "L":
        return ("a" if char.islower() else "A" if char.isupper() else "o"), script
    if category[0] == "M":
        return "m", script
    if category[0] == "P":
        inside = category == "Pd" or char in WORD_INTERNAL
        return ("p" if inside else "q"), script
    if category[0] in "SN":
        return "s", script
    return " ", script


def _shapes(text: str, counts: Counter[str]) -> tuple[str, str]:
    """The text's shape and script strings, one code per character."""
    shape_table: dict[int, str] = dict(_ASCII_SHAPE)
    script_table: dict[int, str] = dict(_ASCII_SCRIPT)
    for char in counts:
        if not char.isascii():
            shape_table[ord(char)], script_table[ord(char)] = _classify(char)
    return text.translate(shape_table), text.translate(script_table)


def _count(pattern: re.Pattern[str], shape: str) -> int:
    return len(pattern.findall(shape))


def _odd_characters(text: str, shape: str, scripts: str) -> int:
    """Characters that no orthography puts where this reading puts them."""
    return (
        shape.count("c")
        + _count(_SYMBOL_IN_WORD, shape)
        - text.lower().count(CATALAN_L_DOT_L)
        + _count(_STRAY_MARK, shape)
        + _count(_CASE_BREAK, shape)
        + _count(_SCRIPT_BREAK, scripts)
    )


def _function_words(text: str, punctuation: str) -> tuple[int, tuple[str, ...]]:
    """How many words of two letters or more are function words of some language,
    and the language(s) with the most function words of any length.

    One-letter words are left out of the count: a wrong reading turns one letter
    into another, and many single letters are words somewhere ("с" and "й").
    """
    strip = string.punctuation + punctuation
    found = 0
    hits: Counter[str] = Counter()
    for token, count in Counter(text.lower().split()).items():
        word = token.strip(strip)
        if not word.isascii():
            word = unicodedata.normalize("NFC", word)
        languages = LANGUAGES_BY_WORD.get(word, ())
        found += count * (bool(languages) and len(word) > 1)
        for language in languages:
            hits[language] += count
    if not hits:
        return 0, ()
    top = max(hits.values())
    return found, tuple(sorted(language for language, n in hits.items() if n == top))


def _foreign_words(text: str, shape: str) -> Counter[str]:
    """Words (runs of letters, marks and the symbols touching them) with a non-ASCII
    character. A symbol alone ("£" in "£15") is no word, nor one that follows a
    digit ("°" in "20°C"): it belongs to the number."""
    words: Counter[str] = Counter()
    for found in _FOREIGN_WORD.finditer(shape):
        start, end = found.span()
        if start and shape[start - 1] == "d":
            while start < end and shape[start] == "s":
                start += 1
        codes = shape[start:end]
        if any(code in "luaAo" for code in codes) and any(code in "aAoms" for code in codes):
            words[text[start:end]] += 1
    return words


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
        return 1.0, float(bool(languages))
    return spelled / total, in_language / total


def _capital_words(words: Counter[str]) -> int:
    """Words of two letters or more in capitals: few in running text, many where
    a code page with the cases swapped (KOI8-R against Windows-1251) was taken."""
    return sum(count for word, count in words.items() if len(word) > 1 and word.isupper())


def plausibility(text: str) -> Plausibility:
    """Measure how much ``text`` reads like writing in some language."""
    counts = Counter(text)
    shape, scripts = _shapes(text, counts)
    punctuation = "".join(
        char for char in counts if not char.isascii() and _classify(char)[0] in "pq"
    )
    function_words, languages = _function_words(text, punctuation)
    words = _foreign_words(text, shape)
    spelled, in_language = _alphabet_fit(words, languages)
    return Plausibility(
        odd_characters=_odd_characters(text, shape, scripts),
        function_words=function_words,
        spelled=spelled,
        in_language=in_language,
        capital_words=_capital_words(words),
        language="+".join(languages),
    )
