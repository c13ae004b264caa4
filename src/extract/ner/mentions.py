"""Named-entity mentions from the cleaned text, with offsets in cleaned and raw text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.clean.document import CleanText
from extract.config import NerParams
from extract.linking.kb import KnowledgeBase
from extract.ner.acronym_consistency import harmonise_acronyms
from extract.ner.anonymised_names import add_anonymised_names
from extract.ner.capitals import recase_capitals
from extract.ner.corpus_evidence import CorpusEvidence
from extract.ner.datelines import add_dateline_places
from extract.ner.enumerations import harmonise_enumerations
from extract.ner.head_noun_names import add_head_noun_names
from extract.ner.head_nouns import head_label
from extract.ner.kb_ruler import KB_SPAN_ID, NamePattern, kb_patterns
from extract.ner.label_consistency import propagate_labels
from extract.ner.month_surnames import add_month_surnames
from extract.ner.name_consistency import harmonise_person_names
from extract.ner.newspapers import add_newspapers
from extract.ner.nlp import load_pipeline
from extract.ner.parallel import chunked, ordered_chunk_map
from extract.ner.pieces import model_pieces
from extract.ner.sentence_start import common_word_opening_sentence
from extract.ner.span_rules import (
    apply_span_rules,
    follows_stance_prefix,
    person_label,
    split_at_place,
)
from extract.ner.state_abbreviations import add_state_abbreviations
from extract.ner.title_case import TitleCaseLines
from extract.ner.word_case import WordCase
from extract.ner.work_titles import add_work_titles

TIME_LABELS = frozenset({"DATE", "TIME"})


@dataclass(frozen=True)
class EntityMention:
    doc_id: str
    mention_id: str
    start: int
    end: int
    raw_start: int
    raw_end: int
    text: str
    label: str
    sentence_id: int


def mention_id(doc_id: str, raw_start: int, raw_end: int) -> str:
    """Stable id: the same document and raw span give the same id on every run."""
    return f"{doc_id}:{raw_start}-{raw_end}"


@dataclass(frozen=True)
class DocumentEntities:
    """What the model found in one document: its mentions and its sentence spans."""

    doc_id: str
    mentions: list[EntityMention]
    sentences: list[tuple[int, int]]  # cleaned [start, end) of each sentence
    # the model's DATE/TIME entities, cleaned [start, end) and label: the time-expression
    # stage takes them as candidates (extract.timex.tagger)
    time_spans: list[tuple[int, int, str]] = field(default_factory=list)


def extract_entities(
    documents: Iterable[CleanText],
    *,
    params: NerParams,
    kb: KnowledgeBase | None = None,
    corpus: CorpusEvidence | None = None,
) -> Iterator[DocumentEntities]:
    """Mentions of the labels in ``params.labels`` and sentences, document by document.

    The model reads one paragraph at a time, so no entity crosses a paragraph
    break, and an entity spanning a line break is cut into its lines. Documents
    go to the model in fixed chunks of ``documents_per_task``, in one process or
    spread over ``n_process`` workers (extract.ner.parallel): the model sees the same
    batches either way, so the tables are byte-identical (batch composition can
    change a parse through floating-point sums). ``corpus``, evidence of the whole
    corpus, drops a one-word model span the corpus mostly writes in lower case and
    reads a party's name qualifying a noun as NORP.
    """
    patterns = (
        tuple(kb_patterns(kb, name_parts=params.kb_name_parts))
        if kb is not None and params.kb_patterns
        else ()
    )
    if params.n_process <= 1:
        for chunk in chunked(documents, params.documents_per_task):
            yield from _extract_documents(chunk, params, patterns, corpus)
        return
    yield from ordered_chunk_map(
        _extract_chunk,
        documents,
        processes=params.n_process,
        chunk_size=params.documents_per_task,
        initializer=_start_worker,
        initargs=(params, patterns, corpus),
    )


_worker_settings: tuple[NerParams, tuple[NamePattern, ...], CorpusEvidence | None] | None = None


def _start_worker(
    params: NerParams, patterns: tuple[NamePattern, ...], corpus: CorpusEvidence | None
) -> None:
    global _worker_settings
    _worker_settings = (params, patterns, corpus)
    load_pipeline(params.model, tuple(params.exclude), patterns)


def _extract_chunk(documents: list[CleanText]) -> list[DocumentEntities]:
    assert _worker_settings is not None, "worker started without _start_worker"
    return _extract_documents(documents, *_worker_settings)


def _extract_documents(
    documents: list[CleanText],
    params: NerParams,
    patterns: tuple[NamePattern, ...],
    corpus: CorpusEvidence | None = None,
) -> list[DocumentEntities]:
    """One chunk of documents through one ``nlp.pipe`` call."""
    nlp = load_pipeline(params.model, tuple(params.exclude), patterns)
    wanted = set(params.labels)
    results = [DocumentEntities(document.doc_id, [], []) for document in documents]
    readings = [
        _Reading(
            document,
            params.title_case_lines,
            corpus,
            head_nouns=params.head_nouns,
            sentence_starts=params.sentence_starts,
            capitals=params.capitals,
            title_case_support=params.title_case_support,
        )
        for document in documents
    ]
    units = (
        (paragraph, (index, offset))
        for index, reading in enumerate(readings)
        for offset, paragraph in model_pieces(reading.view, params.max_piece_chars)
    )
    for doc, (index, offset) in nlp.pipe(units, as_tuples=True, batch_size=params.batch_size):
        _add_paragraph(results[index], documents[index], doc, offset, wanted, readings[index])
    for result, document, reading in zip(results, documents, readings, strict=True):
        _add_party_names(result, document, reading)
        counted = {"word_case": reading.word_case}  # the document's words, counted once
        if params.head_noun_names:
            result.mentions[:] = _harmonised(add_head_noun_names, result, document, **counted)
        if params.month_surnames and "PERSON" in wanted:
            result.mentions[:] = _harmonised(add_month_surnames, result, document)
        if params.name_consistency and "PERSON" in wanted:
            result.mentions[:] = _harmonised(harmonise_person_names, result, document, **counted)
        if params.acronyms:
            result.mentions[:] = _harmonised(harmonise_acronyms, result, document)
        if params.label_consistency:
            result.mentions[:] = _harmonised(propagate_labels, result, document, **counted)
        if params.datelines:
            result.mentions[:] = _harmonised(add_dateline_places, result, document)
        if params.newspapers and "ORG" in wanted:
            result.mentions[:] = _harmonised(add_newspapers, result, document)
        if params.state_abbreviations:
            result.mentions[:] = _harmonised(add_state_abbreviations, result, document)
        if params.enumerations:
            result.mentions[:] = _harmonised(harmonise_enumerations, result, document)
        if params.anonymised_names and "PERSON" in wanted:
            result.mentions[:] = _harmonised(add_anonymised_names, result, document)
        if params.work_titles and "WORK_OF_ART" in wanted:
            result.mentions[:] = _harmonised(add_work_titles, result, document)
        # An event or a law ("the Kano Film Festival", ner.head_nouns) kept the passes
        # above from finding names inside it; it is no entity label itself.
        result.mentions[:] = [m for m in result.mentions if m.label in wanted]
    return results


def _add_party_names(result: DocumentEntities, document: CleanText, reading: _Reading) -> None:
    """Occurrences of a party's name the model missed or cut short ("Liberal [Democrat]"),
    in a document where the model reads that name as a name at least once (so
    "Christmas", from "a Christmas party", which it reads as a date, is never a party)."""
    if not reading.party_names:
        return
    mentions = result.mentions  # in text order, none overlapping another
    starts = [m.start for m in mentions]
    replaced: set[int] = set()
    added = []
    for start, end, label, sentence in reading.party_names:
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        if first == last and document.text[start:end] not in reading.marked_names:
            continue
        if first and mentions[first - 1].end > start:
            continue  # inside a longer name of the model's
        if follows_stance_prefix(document.text, start):
            continue  # "anti-Reform": a stance, not the party
        inside = range(first, last)
        if any(
            mentions[i].end > end or (mentions[i].start, mentions[i].end) == (start, end)
            for i in inside
        ):
            continue  # the model's span is the name itself or runs past it
        replaced.update(inside)
        added.append(make_mention(document, start, end, label, sentence))
    if added:
        kept = [m for i, m in enumerate(mentions) if i not in replaced]
        result.mentions[:] = sorted([*kept, *added], key=lambda m: (m.start, m.end))


def _harmonised(
    harmonise: Callable[..., list[EntityMention]],
    result: DocumentEntities,
    document: CleanText,
    **extra: Any,
) -> list[EntityMention]:
    return harmonise(
        document.text,
        result.mentions,
        [start for start, _ in result.sentences],
        span=lambda m: (m.start, m.end, m.label),
        make=lambda start, end, label, sentence: make_mention(
            document, start, end, label, sentence
        ),
        **extra,
    )


class _Reading:
    """What the model reads of a document (Title Case lines re-cased) and the
    document's word-case counts, each built once."""

    def __init__(
        self,
        document: CleanText,
        title_case_lines: bool,
        corpus: CorpusEvidence | None,
        *,
        head_nouns: bool = False,
        sentence_starts: bool = False,
        capitals: bool = False,
        title_case_support: bool = False,
    ) -> None:
        self.word_case = WordCase(document.text)
        self.head_nouns = head_nouns
        self.sentence_starts = sentence_starts
        self.corpus = corpus or CorpusEvidence()
        # A headline's spans need support from running text (title_case_support); the
        # model reads the line re-cased only with title_case_lines (docs/title-case.md).
        wanted = title_case_lines or title_case_support
        self.title_lines = TitleCaseLines(document.text, self.word_case) if wanted else None
        self.view = (
            self.title_lines.view if self.title_lines and title_case_lines else document.text
        )
        if capitals:
            self.view = recase_capitals(self.view, self.word_case)
        # The model's names in the document, and each occurrence of a party's name with
        # the label its place in the sentence gives it (extract.ner.party_names).
        self.marked_names: set[str] = set()
        self.party_names: list[tuple[int, int, str, int]] = []

    def keeps(self, text: str, start: int, end: int, label: str) -> bool:
        """A model span is kept unless it is a common noun."""
        if self.word_case.is_common_noun(text[start:end]):
            return False
        # A surname is often a common word ("Jobs", "Nice" as a name): the corpus's
        # lower-case majority decides for the other labels only (measured on BBC News).
        corpus_case = self.corpus.case
        return (
            label == "PERSON"
            or corpus_case is None
            or not corpus_case.is_common_noun(text[start:end])
        )


def _add_paragraph(
    result: DocumentEntities,
    document: CleanText,
    doc: Doc,
    offset: int,
    wanted: set[str],
    reading: _Reading,
) -> None:
    """Sentences and mentions of one parsed paragraph, in document offsets (the model
    may have read a re-cased view of it: the document's own text decides)."""
    sentences_before = len(result.sentences)
    paragraph = doc.text  # built from the tokens on each access: once per paragraph
    sentence_starts = [sentence.start_char for sentence in doc.sents]
    result.sentences.extend(
        (offset + sentence.start_char, offset + sentence.end_char) for sentence in doc.sents
    )
    for span in doc.ents:
        if span.label_ in TIME_LABELS:
            start, end = offset + span.start_char, offset + span.end_char
            result.time_spans.append((start, end, span.label_))
        if span.label_ not in wanted:
            continue
        from_model = span.kb_id_ != KB_SPAN_ID
        span_start, span_end = offset + span.start_char, offset + span.end_char
        if from_model and not reading.keeps(document.text, span_start, span_end, span.label_):
            continue
        lines = reading.title_lines
        if from_model and lines is not None and lines.holds(span_start, span_end):
            supported = lines.supported_part(span)  # a headline's span: extract.ner.title_case
            if supported is None:
                continue
            span, span_end = supported, offset + supported.end_char
        if (
            from_model
            and reading.sentence_starts
            and common_word_opening_sentence(span, reading.word_case)
        ):
            continue
        sentence = sentences_before + bisect_right(sentence_starts, span.start_char) - 1
        label = span.label_
        if reading.corpus.parties is not None:
            label = reading.corpus.parties.party_label(span, label)
            reading.marked_names.add(span.text)
        if from_model and reading.head_nouns:
            label = head_label(span.text, label)  # EVENT, LAW: held until the end
        pieces = (
            piece
            for line_start, line_end in _line_pieces(paragraph, span.start_char, span.end_char)
            for piece in split_at_place(paragraph, line_start, line_end, label)
        )
        for start, end, piece_label in pieces:
            trimmed = apply_span_rules(paragraph, start, end, piece_label)
            if trimmed is None:
                continue
            piece_label = person_label(paragraph, *trimmed, piece_label)
            start, end = offset + trimmed[0], offset + trimmed[1]
            result.mentions.append(make_mention(document, start, end, piece_label, sentence))
    if reading.corpus.parties is not None:
        parties = reading.corpus.parties
        for span in parties.occurrences(doc):
            sentence = sentences_before + bisect_right(sentence_starts, span.start_char) - 1
            start, end = offset + span.start_char, offset + span.end_char
            reading.party_names.append((start, end, parties.party_label(span, "ORG"), sentence))


# A line break, a caption's "Ada Okafor / Lagos", or a slash between two names with no
# space ("Kano Times/AP", "Lagos Films/Kano Pictures"): a name never spans them.
_SEPARATOR = re.compile(r"\n| / |(?<=[A-Za-z])/(?=[A-Z])")


def _line_pieces(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The parts of ``text[start:end]`` on each line and between the slashes that
    separate names, trimmed; the span itself if it has none."""
    position = start
    for separator in [*_SEPARATOR.finditer(text, start, end), None]:
        piece_end = separator.start() if separator else end
        piece = text[position:piece_end]
        stripped = piece.strip()
        if stripped:
            piece_start = position + piece.index(stripped)
            yield piece_start, piece_start + len(stripped)
        if separator:
            position = separator.end()


def make_mention(
    document: CleanText, start: int, end: int, label: str, sentence_id: int
) -> EntityMention:
    """The mention of cleaned [start, end) of ``document``, with its raw offsets and id."""
    raw_start, raw_end = document.offsets.to_raw(start, end)
    return EntityMention(
        doc_id=document.doc_id,
        mention_id=mention_id(document.doc_id, raw_start, raw_end),
        start=start,
        end=end,
        raw_start=raw_start,
        raw_end=raw_end,
        text=document.text[start:end],
        label=label,
        sentence_id=sentence_id,
    )
