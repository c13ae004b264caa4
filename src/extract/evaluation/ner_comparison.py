"""Measurements of the entity stage against the bare model it wraps.

``compare_with_raw_model``: the same spaCy model run on the raw files versus the
full stage (clean, paragraphs, KB patterns, span rules), both scored on gold.
``retention_on_news``: on ordinary news the stage must not lose what the model
finds: the share of the bare model's PERSON/ORG/GPE entities that the stage
keeps with the same label, unchanged or only trimmed by the span rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from extract.clean.document import CleanText, clean_document
from extract.clean.lexicons import read_lexicon
from extract.config import Params
from extract.evaluation.ner import Mention, NerScores, score_ner
from extract.gold.records import GoldSpan
from extract.linking.kb import KnowledgeBase
from extract.linking.person_names import PERSONAL_TITLES
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.mentions import extract_entities
from extract.ner.nlp import load_pipeline
from extract.timex.publications import is_publication_name

RETAINED_LABELS = ("PERSON", "ORG", "GPE")


def raw_model_mentions(raw_texts: dict[str, str], *, params: Params) -> list[Mention]:
    """The bare model's entities on whole raw files, in raw offsets."""
    nlp = load_pipeline(params.ner.model, tuple(params.ner.exclude))
    wanted = set(params.ner.labels)
    mentions = []
    doc_ids = sorted(raw_texts)
    for doc_id, doc in zip(doc_ids, nlp.pipe(raw_texts[d] for d in doc_ids), strict=True):
        mentions += [
            Mention(doc_id, e.start_char, e.end_char, e.text, e.label_)
            for e in doc.ents
            if e.label_ in wanted
        ]
    return mentions


def stage_mentions(
    raw_texts: dict[str, str], *, params: Params, kb: KnowledgeBase | None
) -> list[Mention]:
    """The entity stage's mentions on the same files, in raw offsets."""
    documents = []
    for doc_id in sorted(raw_texts):
        cleaned = clean_document(raw_texts[doc_id], params=params.clean)
        documents.append(CleanText(doc_id, cleaned.text, cleaned.offsets))
    corpus = CorpusEvidence.for_settings((d.text for d in documents), params.ner)
    return [
        Mention(m.doc_id, m.raw_start, m.raw_end, m.text, m.label)
        for result in extract_entities(documents, params=params.ner, kb=kb, corpus=corpus)
        for m in result.mentions
    ]


def compare_with_raw_model(
    gold: Sequence[GoldSpan], raw_texts: dict[str, str], *, params: Params, kb: KnowledgeBase | None
) -> dict[str, NerScores]:
    gold_mentions = [
        Mention(g.doc, g.start, g.end, g.text, g.label or "") for g in gold if g.kind == "entity"
    ]
    return {
        "spaCy on raw text": score_ner(gold_mentions, raw_model_mentions(raw_texts, params=params)),
        "entity stage": score_ner(gold_mentions, stage_mentions(raw_texts, params=params, kb=kb)),
    }


@dataclass(frozen=True)
class Retention:
    kept: Counter[str]
    total: Counter[str]
    # relabelled PERSON: one word that is the surname of a person its document names in
    # full, or a name after a personal title or a role noun (name consistency's
    # corrections, counted apart from the losses)
    to_person: Counter[str] = field(default_factory=Counter)
    # relabelled ORG or NORP: a name the corpus calls a party, as the party or, qualifying
    # the noun after it, its members ("Labour MPs"; ner.party_modifiers' correction)
    to_party: Counter[str] = field(default_factory=Counter)
    # relabelled FAC, ORG or GPE: the span ends in a facility, organisation or place
    # noun ("Kano Airfield" read as ORG, "Kano Water Agency" as GPE; ner.head_nouns),
    # or is part of a longer name so marked ("Kano" of "Kano Water Agency") or of a
    # newspaper's name its time word marks ("Times" of "Sunday Times"; ner.newspapers)
    by_head_noun: Counter[str] = field(default_factory=Counter)
    # dropped as an event or a law: the span ends in an event or law noun ("the Kano
    # Film Festival", "the Kano Water Act"), OntoNotes' EVENT and LAW, which are no
    # entity labels here (ner.head_nouns)
    to_event: Counter[str] = field(default_factory=Counter)
    # the model's entities neither kept nor so relabelled: (document, text, label, what the
    # stage has over the same words: "LABEL text" or "")
    lost: list[tuple[str, str, str, str]] = field(default_factory=list)

    def share(self, label: str | None = None, *, with_person_names: bool = False) -> float:
        """The share kept; ``with_person_names``: counting the two corrections as kept."""
        corrected = self.to_person + self.to_party + self.by_head_noun + self.to_event
        counts = self.kept + corrected if with_person_names else self.kept
        kept = counts[label] if label else sum(counts.values())
        total = self.total[label] if label else sum(self.total.values())
        return kept / total if total else 0.0


def _surname_of_a_named_person(
    text: str, mention: Mention, found: list[tuple[int, int, str]]
) -> bool:
    """The stage made the mention PERSON (trimmed, as a kept span may be: "Okafor"
    of the model's "Okafor back"), and its document names a person in full, in
    another mention, with that name's last word ("Okafor", "B. Okafor" or "Bernie
    Okafor" beside "Ada Okafor")."""
    inside = [
        (s, e)
        for s, e, label in found
        if label == "PERSON" and mention.start <= s and e <= mention.end
    ]
    if not inside:
        return False
    start, end = inside[0]
    words = text[start:end].split()
    return bool(words) and any(
        label == "PERSON"
        and (s, e) != (start, end)
        and " " in text[s:e]
        and text[s:e].split()[-1] == words[-1]
        for s, e, label in found
    )


def _titled_person(mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The model's span opens with a personal title ("Mr Okafor" read as ORG) and the
    stage made the name after the title PERSON."""
    first = mention.text.split()[0].rstrip(".").lower() if mention.text.split() else ""
    return first in PERSONAL_TITLES and any(
        label == "PERSON" and mention.start < start and end <= mention.end
        for start, end, label in found
    )


# Read here from the lexicons, not from name consistency: the measure does not call
# the code it measures.
_ROLE_NOUNS = (
    frozenset(read_lexicon("titles")) | frozenset(read_lexicon("person_roles"))
) - frozenset(read_lexicon("title_modifiers"))


# Read here from the lexicons, not from extract.ner.head_nouns (see _ROLE_NOUNS).
_HEADS = {
    "FAC": frozenset(read_lexicon("facility_heads")),
    "ORG": frozenset(read_lexicon("organisation_heads")),
    "GPE": frozenset(read_lexicon("place_heads")),
}


def _words(name: str) -> str:
    """A name without its possessives, for its head noun ("Kano Sheriff's Bureau")."""
    return name.replace("’s", "").replace("'s", "")


def _named_by_head_noun(mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The stage gave the model's span of two words or more (trimmed, as a kept span
    may be) the label FAC, ORG or GPE, and its last word (or last two, numbers aside) is
    a head noun of that kind ("Kano Airfield", "the Kano Water Agency")."""
    words = _words(mention.text).lower().split()
    while len(words) > 1 and (words[-1].isdigit() or words[-1] in ("n", "s", "e", "w")):
        words.pop()
    tails = {words[-1].rstrip("."), " ".join(words[-2:])} if words else set()
    return len(mention.text.split()) >= 2 and any(
        label in _HEADS
        and label != mention.label
        and mention.start <= start
        and end <= mention.end
        and tails & _HEADS[label]
        for start, end, label in found
    )


def _inside_head_noun_name(text: str, mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The stage holds a longer name over the model's span whose head noun is of that
    name's kind ("Kano Film Council" over the model's "Kano" GPE or "Film Council"
    ORG; ner.head_noun_names): the model's name is part of it, not lost."""
    for start, end, label in found:
        if label not in _HEADS or (start, end) == (mention.start, mention.end):
            continue
        if start <= mention.start and mention.end <= end:
            words = _words(text[start:end]).lower().split()
            heads = {words[-1], *(words[i - 1] for i, w in enumerate(words) if w == "of" and i)}
            if heads & _HEADS[label]:
                return True
    return False


def _inside_newspaper(text: str, mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The stage holds a newspaper's name over the model's span ("Sunday Telegraph" ORG
    over the model's "Telegraph"; ner.newspapers): part of the name, not lost."""
    return any(
        label == "ORG"
        and start <= mention.start
        and mention.end <= end
        and is_publication_name(text[start:end])
        for start, end, label in found
    )


_EVENT_HEADS = frozenset(read_lexicon("event_heads"))
_LAW_HEADS = frozenset(read_lexicon("law_heads"))


def _an_event(mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The model's span of two words or more ends in an event or law noun ("the Kano
    Film Festival", "the Kano Water Act", not a person named so), or is an event noun
    alone ("the Olympics"), and the stage has no mention over any of its words."""
    words = _words(mention.text).split()
    heads = _EVENT_HEADS | (_LAW_HEADS if mention.label != "PERSON" else frozenset())
    if len(words) == 1:
        heads = _EVENT_HEADS
    return (
        bool(words)
        and words[-1][:1].isupper()
        and words[-1].lower() in heads
        and not any(start < mention.end and mention.start < end for start, end, _ in found)
    )


def _role_person(text: str, mention: Mention, found: list[tuple[int, int, str]]) -> bool:
    """The stage made the model's span PERSON, and a role noun in lower case stands right
    before it, one space away ("spokesman Ada Okafor" read as ORG)."""
    before = text[max(0, mention.start - 30) : mention.start]
    words = before.split(" ")
    return (
        (mention.start, mention.end, "PERSON") in found
        and len(words) >= 2
        and words[-1] == ""
        and words[-2] in _ROLE_NOUNS
    )


def losses_table(lost: list[tuple[str, str, str, str]]) -> str:
    """The losses as tab-separated lines under a header, one line each: a span that
    crosses a line break ("Ada Okafor\n\nLagos") is written on one line."""
    rows = ["document\ttext\tlabel\tstage"] + [
        "\t".join(" ".join(field.split()) for field in row) for row in lost
    ]
    return "\n".join(rows) + "\n"


def retention_on_news(
    raw_texts: dict[str, str], *, params: Params, kb: KnowledgeBase | None
) -> Retention:
    """Share of the bare model's PERSON/ORG/GPE on cleaned text that the stage keeps."""
    cleaned_texts = {
        doc_id: clean_document(text, params=params.clean).text for doc_id, text in raw_texts.items()
    }
    baseline = [
        m for m in raw_model_mentions(cleaned_texts, params=params) if m.label in RETAINED_LABELS
    ]
    documents = []
    for doc_id, text in sorted(cleaned_texts.items()):
        cleaned = clean_document(text, params=params.clean)  # identity map: text is clean already
        documents.append(CleanText(doc_id, cleaned.text, cleaned.offsets))
    ours: dict[str, list[tuple[int, int, str]]] = {}
    corpus = CorpusEvidence.for_settings((d.text for d in documents), params.ner)
    for result in extract_entities(documents, params=params.ner, kb=kb, corpus=corpus):
        ours[result.doc_id] = [(m.start, m.end, m.label) for m in result.mentions]
    kept: Counter[str] = Counter()
    total: Counter[str] = Counter()
    to_person: Counter[str] = Counter()
    to_party: Counter[str] = Counter()
    by_head_noun: Counter[str] = Counter()
    to_event: Counter[str] = Counter()
    lost: list[tuple[str, str, str, str]] = []
    parties = corpus.parties.names if corpus.parties is not None else set()
    for mention in baseline:
        total[mention.label] += 1
        found = ours.get(mention.doc, [])
        if any(
            label == mention.label and mention.start <= start and end <= mention.end
            for start, end, label in found
        ):
            kept[mention.label] += 1
        elif (
            _surname_of_a_named_person(cleaned_texts[mention.doc], mention, found)
            or _titled_person(mention, found)
            or _role_person(cleaned_texts[mention.doc], mention, found)
        ):
            to_person[mention.label] += 1
        elif mention.text in parties and any(
            (mention.start, mention.end, label) in found for label in ("NORP", "ORG")
        ):
            to_party[mention.label] += 1
        elif (
            _named_by_head_noun(mention, found)
            or _inside_head_noun_name(cleaned_texts[mention.doc], mention, found)
            or _inside_newspaper(cleaned_texts[mention.doc], mention, found)
        ):
            by_head_noun[mention.label] += 1
        elif _an_event(mention, found):
            to_event[mention.label] += 1
        else:
            text = cleaned_texts[mention.doc]
            over = [
                f"{label} {text[start:end]}"
                for start, end, label in found
                if start < mention.end and mention.start < end
            ]
            lost.append((mention.doc, mention.text, mention.label, "; ".join(over)))
    return Retention(kept, total, to_person, to_party, by_head_noun, to_event, lost)
