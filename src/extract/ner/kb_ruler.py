"""A spaCy component that labels knowledge-base names after the statistical NER.

KB names and aliases (and, for people, the surname alone, its plural for the
family, and the first name alone) become case-sensitive phrase patterns. A
pattern match replaces the model's overlapping entities (so a named house is
FAC, not ORG) unless it lies inside a longer model entity of the same label
("Anna" inside "Anna Berg" changes nothing) or is a single word inside a
longer model entity ("US" inside "the US Senate"). A first name alone only fires
where the model already saw an entity or mid-sentence, so a sentence-initial
"Will" or "Grace" stays a word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from extract.linking.kb import KnowledgeBase
from extract.linking.names import APOSTROPHES

FACTORY = "kb_entity_ruler"
_PART_SUFFIX = "|part"
KB_SPAN_ID = "kb"  # span.kb_id_ of entities set from knowledge-base patterns


@dataclass(frozen=True)
class NamePattern:
    text: str
    label: str
    whole_name: bool  # False for a single surname or first name of a person
    needs_license: bool = False  # a first name: only where the model saw an entity or mid-sentence


def kb_patterns(kb: KnowledgeBase, *, name_parts: bool = True) -> list[NamePattern]:
    """Patterns for every KB name and alias, with apostrophe and quote variants."""
    patterns: dict[tuple[str, str], NamePattern] = {}
    for entity in sorted(kb.entities.values(), key=lambda e: e.id):
        for name in entity.names:
            for variant in _variants(name):
                patterns.setdefault(
                    (variant, entity.label), NamePattern(variant, entity.label, True)
                )
            if name_parts and entity.label == "PERSON":
                parts = _name_parts(name)
                if parts:
                    first, surname = parts
                    for part, licensed in ((surname, False), (surname + "s", False), (first, True)):
                        patterns.setdefault(
                            (part, "PERSON"), NamePattern(part, "PERSON", False, licensed)
                        )
    return list(patterns.values())


def _variants(name: str) -> set[str]:
    """The name with each apostrophe and double-quote style the web uses."""
    variants = {name}
    for apostrophe in APOSTROPHES:
        if apostrophe in name:
            variants |= {name.replace(apostrophe, other) for other in "'’´"}
    if '"' in name or "“" in name:
        plain = name.replace("“", '"').replace("”", '"')
        variants |= {plain, plain.replace('"', "“", 1).replace('"', "”", 1)}
    return variants


def _name_parts(name: str) -> list[str]:
    """First name and surname of a person's name: capitalised words of 3+ letters."""
    words = [w for w in name.replace("“", " ").replace("”", " ").replace('"', " ").split()]
    words = [w for w in words if w[:1].isupper() and w.isalpha() and len(w) >= 3]
    if len(words) < 2:
        return []
    return [words[0], words[-1]]


@Language.factory(FACTORY, default_config={"patterns": []})
def make_kb_entity_ruler(
    nlp: Language, name: str, patterns: list[dict[str, object]]
) -> KbEntityRuler:
    return KbEntityRuler(nlp, name, patterns=patterns)


class KbEntityRuler:
    """Relabels and adds entities from knowledge-base name patterns (see module doc)."""

    def __init__(
        self, nlp: Language, name: str = FACTORY, *, patterns: Iterable[dict[str, object]] = ()
    ) -> None:
        self.name = name
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for pattern in patterns:
            key = str(pattern["label"]) + (_PART_SUFFIX if pattern["needs_license"] else "")
            self.matcher.add(key, [nlp.make_doc(str(pattern["text"]))])

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Non-overlapping KB matches, longest first; name parts only where licensed."""
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = doc.vocab.strings[match_id]
            label = key.removesuffix(_PART_SUFFIX)
            span = Span(doc, start, end, label=label, kb_id=KB_SPAN_ID)
            if key.endswith(_PART_SUFFIX) and not self._part_licensed(doc, span):
                continue
            spans.append(span)
        return filter_spans(spans)

    @staticmethod
    def _part_licensed(doc: Doc, span: Span) -> bool:
        in_model_entity = any(token.ent_type_ for token in span)
        mid_sentence = not span[0].is_sent_start
        return in_model_entity or mid_sentence

    def set_annotations(self, doc: Doc, matches: list[Span]) -> None:
        entities = list(doc.ents)
        for span in matches:
            overlapping = [e for e in entities if e.start < span.end and span.start < e.end]
            if any(self._keeps_model_entity(entity, span) for entity in overlapping):
                continue
            entities = [e for e in entities if e not in overlapping] + [span]
        doc.ents = sorted(entities, key=lambda e: e.start)

    @staticmethod
    def _keeps_model_entity(entity: Span, match: Span) -> bool:
        """A longer model entity stays when it holds the match and has the same label,
        or when the match is a single word ("US" in "the US Senate")."""
        core_end = entity.end
        while core_end > entity.start and (
            doc_is_possessive(entity.doc[core_end - 1]) or entity.doc[core_end - 1].is_punct
        ):
            core_end -= 1
        holds = entity.start <= match.start and match.end <= core_end
        longer = core_end - entity.start > len(match)
        if not (holds and longer):
            return False
        return entity.label_ == match.label_ or len(match) == 1


def doc_is_possessive(token: Token) -> bool:
    return token.tag_ == "POS" or token.lower_ in ("'s", "’s", "'", "’")
