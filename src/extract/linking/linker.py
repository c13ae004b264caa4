"""Linking policy, in the manner of GATE ANNIE's OrthoMatcher, plus clustering of unknowns.

Per document, full names are linked first (KB alias, nickname, fuzzy); names the
KB does not know become discovered entities, one per person across the corpus
(its spelling variants grouped by extract.linking.name_variants) and one per
normalised name otherwise. A one-word organisation or place links to a longer
name in its document only as that name's head word ("the Agency"), and an
acronym to the one name of its document, else of the corpus, it abbreviates. Then
single words: a surname or first name links to the entity of that name already
in the document; several candidates (three people surnamed Carter) are narrowed
by a gendered title, then by the nearest mention of one of them within
``window_sentences``; a plural ("the Carters") or "the Carter family" names the
family. What stays ambiguous is left null, the reason in the method.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.gold.records import LINKED_LABELS
from extract.linking.acronyms import acronym_key, initials
from extract.linking.candidates import (
    FULL_NAME_METHODS,
    Candidate,
    CandidateGenerator,
    MentionKey,
)
from extract.linking.corpus_names import CorpusNames
from extract.linking.country_names import country_key, leading_country_key
from extract.linking.doc_entities import DocEntities, DocEntity
from extract.linking.kb import KnowledgeBase
from extract.linking.names import (
    facility_key,
    fold_diacritics,
    normalize_name,
    organisation_key,
)
from extract.linking.person_names import parse_person, title_gender


@dataclass(frozen=True)
class LinkInput:
    """A mention in document order, with the few words before it (for titles, "the")."""

    mention_id: str
    text: str
    label: str
    sentence_id: int
    preceding_text: str
    following_text: str = ""


@dataclass(frozen=True)
class Link:
    entity_id: str | None
    method: str | None
    score: float | None


@dataclass
class DiscoveredEntity:
    """A name the KB lacks, one per normalised name across labels and documents: the
    model's label for one name varies ("Edinburgh" PERSON and GPE), the thing does not."""

    entity_id: str
    labels: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)

    @property
    def label(self) -> str:
        """The label most of its mentions carry (ties: alphabetical, for determinism)."""
        return min(self.labels, key=lambda label: (-self.labels[label], label))


class Linker:
    """Links documents one at a time; keeps the discovered entities across documents."""

    def __init__(
        self,
        kb: KnowledgeBase,
        *,
        fuzzy_threshold: float,
        window_sentences: int,
        genders: dict[str, str],
        corpus_names: CorpusNames | None = None,
        prior_share: float = 0.75,
        prior_min_mentions: int = 3,
    ) -> None:
        self.kb = kb
        self.prior_share = prior_share
        self.prior_min_mentions = prior_min_mentions
        self.corpus_names = corpus_names or CorpusNames({}, {})
        self.generator = CandidateGenerator(kb, fuzzy_threshold=fuzzy_threshold)
        self.window = window_sentences
        self.genders = genders
        self.discovered: dict[str, DiscoveredEntity] = {}  # by normalised name
        self._used_ids = set(kb.entities)

    def link_document(self, mentions: Sequence[LinkInput]) -> list[Link]:
        links: list[Link | None] = [None] * len(mentions)
        candidates = self.generator.generate([MentionKey(m.text, m.label) for m in mentions])
        shortened = _shortened_names(mentions)
        doc_entities = DocEntities()
        for index, mention in enumerate(mentions):
            if mention.label not in LINKED_LABELS:
                links[index] = Link(None, None, None)
                continue
            full = [c for c in candidates[index] if c.method in FULL_NAME_METHODS]
            if full:
                best = max(c.score for c in full)
                top = {c.entity_id for c in full if c.score == best}
                if len(top) > 1:
                    if mention.label == "PERSON" and len(mention.text.split()) == 1:
                        continue  # a shared surname or first name: the document decides
                    links[index] = Link(None, "ambiguous-alias", None)
                    continue
                chosen = next(c for c in full if c.score == best)
                links[index] = Link(chosen.entity_id, chosen.method, chosen.score)
            elif index in shortened and not any(
                c.method in FULL_NAME_METHODS for c in candidates[shortened[index]]
            ):
                # "the Highway Patrol" after "the Kano Highway Patrol": its document's name
                entity = self._discover_name(mentions[shortened[index]].text, mention.label)
                links[index] = Link(entity.entity_id, "doc-part", 0.8)
            elif len(normalize_name(mention.text).split()) >= 2 and not acronym_key(mention.text):
                entity = self._discover(mention)
                links[index] = Link(entity.entity_id, "cluster", 1.0)
            else:
                continue
            self._remember(doc_entities, links[index], mention, index)
        for index, mention in enumerate(mentions):
            if links[index] is None:
                links[index] = self._resolve_word(mention, index, candidates[index], doc_entities)
                entity_id = links[index].entity_id  # type: ignore[union-attr]
                if entity_id is not None and entity_id in doc_entities:
                    doc_entities.get(entity_id).add_position(index, mention.sentence_id)
        return [link or Link(None, None, None) for link in links]

    def _remember(
        self, doc_entities: DocEntities, link: Link | None, mention: LinkInput, index: int
    ) -> None:
        if link is None or link.entity_id is None:
            return
        names = [mention.text]
        if link.entity_id in self.kb.entities:
            names += list(self.kb.entities[link.entity_id].names)
        surnames: set[str] = set()
        given: set[str] = set()
        for name in names:
            if mention.label == "PERSON" and len(name.split()) >= 2:
                parts = parse_person(name)
                surnames.add(parts.last)
                given |= parts.given_names
        entity = doc_entities.remember(
            link.entity_id,
            mention.label,
            surnames=surnames,
            given=given,
            heads={head_word(normalize_name(name)) for name in names},
            initials={letters for name in names for letters in initials(name)},
        )
        entity.add_position(index, mention.sentence_id)

    def _resolve_word(
        self,
        mention: LinkInput,
        index: int,
        candidates: list[Candidate],
        doc_entities: DocEntities,
    ) -> Link:
        word = normalize_name(mention.text)
        if mention.label != "PERSON":
            return self._resolve_other_word(mention, word, doc_entities)

        surname_holders = doc_entities.with_surname

        plural = word.endswith("s") and len(surname_holders(word[:-1])) > 1
        if (
            word.endswith("s")
            and len(surname_holders(word[:-1])) == 1
            and not surname_holders(word)
        ):
            word = word[:-1]  # "Carters passport": a possessive without its apostrophe
        matches = surname_holders(word[:-1] if plural else word)
        method = "doc-surname"
        if not matches:
            # An exact first name wins over one reached through the nickname table.
            matches = doc_entities.with_given(word)
            method = "doc-first-name"
        the_before = re.search(r"(?i)\bthe\s*$", mention.preceding_text)
        family_after = re.match(r"\s*(?i:family|families|clan)\b", mention.following_text)
        if plural or family_after or (the_before and len(matches) > 1):
            return Link(None, "family-name", None)
        gender = title_gender(mention.preceding_text)
        window = self.window
        if gender is not None and len(matches) > 1:
            matches = [e for e in matches if self.genders.get(e.entity_id, gender) == gender]
            window = mention.sentence_id + 1  # the title decided: look back through the document
        if len(matches) == 1:
            return Link(matches[0].entity_id, method, 0.9)
        if len(matches) > 1:
            nearest = self._nearest(matches, mention.sentence_id, index, window)
            if nearest is not None:
                return Link(nearest, "nearest-mention", 0.6)
            return Link(None, "ambiguous-surname", None)
        # KB people of that surname or first name (a KB may list "Okafor" as an alias of
        # several of them), one candidate per entity.
        kb_methods = ("kb-surname", "kb-first-name", "kb-alias")
        kb_ids = list({c.entity_id: c for c in candidates if c.method in kb_methods}.values())
        if len(kb_ids) == 1:
            return Link(kb_ids[0].entity_id, kb_ids[0].method, kb_ids[0].score)
        if len(kb_ids) > 1:
            counts = {c.entity_id: self._kb_full_name_mentions(c.entity_id) for c in kb_ids}
            dominant = self._dominant(counts)
            if dominant is not None:
                return Link(dominant, "corpus-prior", 0.5)
            return Link(None, "ambiguous-surname", None)
        full_names = self.corpus_names.full_names(word)
        if len(full_names) == 1:
            # The corpus's one full name with this surname (the KB knows no one of it).
            entity = self._discover_name(full_names[0], "PERSON")
            return Link(entity.entity_id, "corpus-surname", 0.7)
        return Link(self._discover(mention).entity_id, "cluster", 1.0)

    def _resolve_other_word(self, mention: LinkInput, word: str, doc_entities: DocEntities) -> Link:
        """One word of an organisation, place or work: the head of a longer name of its
        document, an acronym of one in the document or (only one) in the corpus.

        A head word stands for its name as a common noun does, after "the" ("the
        Agency" for the Lagos Water Agency); a word used bare is a name of its own
        ("Ghana" is not "Harbour Ghana", a span the model ran on)."""
        matches = doc_entities.with_head(mention.label, word)
        if len(matches) == 1 and DEFINITE_BEFORE.search(mention.preceding_text):
            return Link(matches[0].entity_id, "doc-part", 0.8)
        key = acronym_key(mention.text)
        if key is not None:
            matches = doc_entities.with_initials(mention.label, key)
            if len(matches) == 1:
                return Link(matches[0].entity_id, "doc-acronym", 0.8)
            long_forms = self.corpus_names.long_forms(key, mention.label)
            if len(long_forms) == 1:
                entity = self._discover_name(long_forms[0], mention.label)
                return Link(entity.entity_id, "corpus-acronym", 0.7)
        return Link(self._discover(mention).entity_id, "cluster", 1.0)

    def _nearest(
        self, matches: list[DocEntity], sentence_id: int, index: int, window: int
    ) -> str | None:
        """The candidate mentioned last before this mention, within ``window`` sentences,
        unless another candidate was mentioned in that same sentence (then none decides)."""
        latest: list[tuple[int, int, str]] = []  # (order, sentence, entity) per candidate
        for entity in matches:
            before = entity.latest_before(index)
            if before is not None and sentence_id - before[1] <= window:
                latest.append((*before, entity.entity_id))
        if not latest:
            return None
        latest.sort(reverse=True)
        if len(latest) > 1 and latest[1][1] == latest[0][1]:
            return None
        return latest[0][2]

    def _dominant(self, counts: dict[str, int]) -> str | None:
        return dominant_choice(counts, share=self.prior_share, minimum=self.prior_min_mentions)

    def _kb_full_name_mentions(self, entity_id: str) -> int:
        """How often the corpus writes any multi-word name of a KB entity in full."""
        names = self.kb.entities[entity_id].names
        return max(
            (self.corpus_names.full_name_mentions(n) for n in names if " " in n.strip()),
            default=0,
        )

    def _discover(self, mention: LinkInput) -> DiscoveredEntity:
        return self._discover_name(mention.text, mention.label)

    def _discover_name(self, text: str, label: str) -> DiscoveredEntity:
        name = self.corpus_names.canonical(text)
        if label in ("GPE", "LOC"):
            name = country_key(name)  # "Britain", "UK": one country
        key = (  # "Kano Mills Ltd" is Kano Mills, "U.S. Army" the same as "US Army",
            # "Highway 12 SE" Highway 12
            organisation_key(leading_country_key(name))
            if label == "ORG"
            else facility_key(name)
            if label == "FAC"
            else name
        )
        entity = self.discovered.get(key)
        if entity is None:
            entity = DiscoveredEntity(self._new_id(name))
            self.discovered[key] = entity
        entity.names[" ".join(text.split())] += 1
        entity.labels[label] += 1
        return entity

    def _new_id(self, name: str) -> str:
        """The slug of the name; a number only when another entity already has that slug."""
        base = slug(name) or "entity"
        candidate = base
        suffix = 2
        while candidate in self._used_ids:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        self._used_ids.add(candidate)
        return candidate


_SHORTENED_LABELS = frozenset({"ORG", "FAC"})


def _shortened_names(mentions: Sequence[LinkInput]) -> dict[int, int]:
    """Index of a multi-word organisation or facility name -> index of the one longer
    name of its label in the document that is a place of the document and then its
    words ("Highway Patrol" of "Kano Highway Patrol", Kano a GPE there; not "Labour
    Party" of "Parliamentary Labour Party"). Each longer name is indexed by the words
    after each place opening it, so a mention costs a look-up."""
    places = {normalize_name(m.text) for m in mentions if m.label == "GPE"}
    after_place: dict[tuple[str, str], set[str]] = {}  # (label, rest) -> longer names
    first_index: dict[tuple[str, str], int] = {}  # (label, name) -> its first mention
    for index, mention in enumerate(mentions):
        if mention.label not in _SHORTENED_LABELS:
            continue
        name = normalize_name(mention.text)
        first_index.setdefault((mention.label, name), index)
        words = name.split()
        for size in range(1, len(words) - 1):  # the rest keeps two words at least
            if " ".join(words[:size]) in places:
                after_place.setdefault((mention.label, " ".join(words[size:])), set()).add(name)
    shortened: dict[int, int] = {}
    for index, mention in enumerate(mentions):
        longer = after_place.get((mention.label, normalize_name(mention.text)), set())
        if len(longer) == 1:
            shortened[index] = first_index[(mention.label, next(iter(longer)))]
    return shortened


def dominant_choice(counts: dict[str, int], *, share: float, minimum: int) -> str | None:
    """The key holding at least ``share`` of the counts, and at least ``minimum``, if any.

    A surname alone that several people of the corpus share, in a document that
    names none of them in full, is the one the corpus names far more often than
    the others together: the "commonness" prior of entity linking.
    """
    total = sum(counts.values())
    if not counts or total == 0:
        return None
    best = max(sorted(counts), key=lambda key: counts[key])
    return best if counts[best] >= minimum and counts[best] >= share * total else None


# "the" right before a mention, perhaps with an opening quote.
DEFINITE_BEFORE = re.compile(r"(?i)\bthe\s*[\"“‘']?\s*$")


def head_word(name: str) -> str:
    """The word a name is a kind of, which alone can stand for it: the last word, or
    the one before "of"/"for" ("agency" of "agency for fisheries"), so
    "London" is not "City of London" and "BBC" is not "BBC Radio 4"."""
    words = name.split()
    for index, word in enumerate(words[1:], start=1):
        if word in ("of", "for"):
            return words[index - 1]
    return words[-1] if words else ""


def slug(name: str) -> str:
    """Lower-case ASCII words joined by hyphens, apostrophes dropped: "Nelson Mandela" ->
    "nelson-mandela", "Ada's Bakery" -> "adas-bakery"."""
    words = re.sub(r"['’`ʼ]", "", fold_diacritics(name).lower())
    return "-".join(re.findall(r"[a-z0-9]+", words))
