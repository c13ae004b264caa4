"""A one-word name opening a sentence that the tagger reads as a common word.

The capital of a sentence's first word says nothing about a name, yet the small
model reads "Halfway into the match" as ORG and a recipe's "Melt the butter" as
PERSON. Where the model's span is that one word (after any opening quote or
bullet), the pipeline's own tagger does not read it as a proper noun, and the
document writes the word so capitalised nowhere else, it is not a mention. A
team called by a common noun ("Wasps are ...", "... beat Wasps") is written
capitalised elsewhere and stays; a name the document gives in full elsewhere
("Okafor said" beside "Ada Okafor") comes back through name consistency.
"""

from __future__ import annotations

from spacy.tokens import Span

from extract.ner.word_case import WordCase


def common_word_opening_sentence(span: Span, word_case: WordCase) -> bool:
    """``span`` is one word (a bullet aside), first in its sentence but for
    punctuation, neither ALL CAPS nor tagged a proper noun, written so only once in
    its document."""
    words = [token for token in span if any(c.isalnum() for c in token.text)]
    if len(words) != 1 or span.label_ == "NORP":  # "British" is an adjective and a NORP
        return False
    token = words[0]
    if token.pos_ == "PROPN" or token.is_upper or word_case.counts[token.text] > 1:
        return False
    # Back to the sentence's start over punctuation or symbols only (a list bullet,
    # "• Earnings per share ..."): a walk as long as that run, never the whole sentence.
    index = token.i
    while not token.doc[index].is_sent_start:
        index -= 1
        if any(c.isalnum() for c in token.doc[index].text):
            return False
    return True
