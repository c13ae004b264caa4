"""Features of one line of plain text, the inputs of the boilerplate classifier.

As in jusText (Pomikálek 2011), running text is long and dense in stop words, while
menus, credits, tag rows and tickers are short, capitalised, link-like or numeric.
Plain text has no markup, so "link-like" means URLs, domain names and words run
together where a page's links touched ("NewsSport", "logoLink").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.clean.lexicons import BoilerplateLexicons

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?…][\"”’)\]]*$")
_LINK_LIKE = re.compile(
    r"(?<!\S)(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|co|uk|io)\b)",
    re.IGNORECASE,
)
# A lower-case letter followed by a capital inside one token: two links run together.
# "Mc"/"Mac" names (McKenna, MacLeod) and brand capitals after one lower-case letter
# (iPhone, eBay) are not joins.
_GLUED = re.compile(r"(?<!Mc)(?<!Mac)(?<=[a-z]{2})[A-Z][a-z]")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class LineFeatures:
    """What the classifier looks at in one line (or part of a line)."""

    n_words: int  # tokens holding a letter
    n_stop_words: int
    n_capitalised: int  # words starting with a capital letter
    n_link_like: int  # URLs and domain names
    n_glued: int  # tokens where two words ran together
    has_digits: bool
    is_sentence: bool  # ends with sentence punctuation

    @property
    def stop_word_density(self) -> float:
        return self.n_stop_words / self.n_words if self.n_words else 0.0

    @property
    def capitalised_share(self) -> float:
        return self.n_capitalised / self.n_words if self.n_words else 0.0

    def is_title_like(self, max_words: int) -> bool:
        """Short, no sentence end, every word but stop words capitalised (a menu item,
        a heading, a name)."""
        content_words = self.n_words - self.n_stop_words
        return (
            0 < self.n_words <= max_words
            and not self.is_sentence
            and content_words > 0
            and self.n_capitalised >= content_words
        )


def line_features(text: str, lexicons: BoilerplateLexicons) -> LineFeatures:
    n_words = n_stop_words = n_capitalised = 0
    stop_words = lexicons.stop_words
    for token in text.split():
        match = _WORD.search(token)
        if match is None:
            continue
        word = match.group()
        n_words += 1
        n_stop_words += word.lower() in stop_words
        n_capitalised += word[0].isupper()
    return LineFeatures(
        n_words=n_words,
        n_stop_words=n_stop_words,
        n_capitalised=n_capitalised,
        n_link_like=len(_LINK_LIKE.findall(text)),
        n_glued=len(_GLUED.findall(text)),
        has_digits=_DIGIT.search(text) is not None,
        is_sentence=_SENTENCE_END.search(text.rstrip()) is not None,
    )
