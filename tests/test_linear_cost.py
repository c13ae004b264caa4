"""Cost grows linearly with a document's length: the per-mention and per-expression
helpers no longer scan the whole document (issue: long documents).

No timing: Python line events are counted for one document and for one four times
as long (four times the sentences, the names and the mentions). Linear work gives
a ratio near 4; work per mention over the document, or over every entity seen
so far, gives near 16. The document text itself is counted once per document.
"""

import re
import sys

from extract.linking.corpus_names import CorpusNames
from extract.linking.kb import KnowledgeBase
from extract.linking.linker import Linker, LinkInput
from extract.ner.acronym_consistency import harmonise_acronyms
from extract.ner.datelines import add_dateline_places
from extract.ner.head_noun_names import add_head_noun_names
from extract.ner.label_consistency import propagate_labels
from extract.ner.month_surnames import add_month_surnames
from extract.ner.name_consistency import harmonise_person_names
from extract.ner.newspapers import add_newspapers
from extract.ner.state_abbreviations import add_state_abbreviations
from extract.ner.work_titles import add_work_titles
from extract.timex.tagger import tag_text

_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "be", "do"]


def _name(index: int, length: int = 4) -> str:
    letters = "".join(_SYLLABLES[(index // 10**k) % 10] for k in range(length))
    return letters.capitalize()


def _document(sentences: int, first: int = 0) -> tuple[str, list[tuple[int, int, str, int]]]:
    """Invented text: per block a person, a place, an agency with its acronym, dates;
    the names of blocks ``first`` onwards (other names: no cache hit between runs)."""
    text, mentions = "", []
    for i in range(first, first + sentences):
        given, surname, town = _name(i) + "a", _name(i) + "o", _name(i) + "ville"
        block = (
            f"{given} {surname} met Mr {surname} in {town} on March {i % 28 + 1}, 2019. "
            f"{surname} said the {town} Water Agency (TWA) would pay within two weeks. "
        )
        for found, label in (
            (f"{given} {surname}", "PERSON"),
            (f"Mr {surname}", "ORG"),
            (town, "GPE"),
            (f"{town} Water Agency", "ORG"),
        ):
            start = len(text) + block.index(found)
            mentions.append((start, start + len(found), label, i - first))
        text += block
    return text, mentions


def _line_events(function) -> int:
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        function()
    finally:
        sys.settrace(None)
    return count


def _growth(run) -> float:
    small, large = _document(100, first=1000), _document(400, first=2000)
    run(*_document(60))  # first use: imports and compiled patterns are one-time work
    return _line_events(lambda: run(*large)) / _line_events(lambda: run(*small))


def _harmonise(harmonise):
    def run(text, mentions):
        starts = [m.start() for m in re.finditer(r"(?:^|(?<=\. ))\S", text)]
        harmonise(
            text,
            mentions,
            starts,
            span=lambda m: m[:3],
            make=lambda start, end, label, sentence: (start, end, label, sentence),
        )

    return run


def test_consistency_passes_grow_linearly_with_the_document():
    for harmonise in (harmonise_person_names, harmonise_acronyms, propagate_labels):
        assert _growth(_harmonise(harmonise)) < 6, harmonise.__name__


def test_passes_that_add_names_grow_linearly_with_the_document():
    # each block's "... Water Agency" is a head-noun name: one candidate span a block,
    # set against the document's mentions in one sweep, not each against all of them
    for add in (
        add_head_noun_names,
        add_dateline_places,
        add_state_abbreviations,
        add_month_surnames,
        add_work_titles,
        add_newspapers,
    ):
        assert _growth(_harmonise(add)) < 6, add.__name__


def test_linking_grows_linearly_with_the_document():
    def run(text, mentions):
        inputs = [
            LinkInput(f"m{i}", text[s:e], label, sentence, text[max(0, s - 24) : s])
            for i, (s, e, label, sentence) in enumerate(mentions)
        ]
        surnames = [
            LinkInput(f"s{i}", m.group(), "PERSON", i, "")
            for i, m in enumerate(re.finditer(r"(?<=\. )[A-Z]\w+o(?= said)", text))
        ]
        rows = [{"text": m.text, "label": m.label} for m in inputs]
        linker = Linker(
            KnowledgeBase.from_entities([]),
            fuzzy_threshold=90.0,
            window_sentences=1,
            genders={},
            corpus_names=CorpusNames.from_mentions(rows),
        )
        linker.link_document(sorted(inputs + surnames, key=lambda m: m.sentence_id))

    assert _growth(run) < 6


def test_time_expressions_grow_linearly_with_the_document():
    def run(text, mentions):
        spans = [(s, e) for s, e, _, _ in mentions]
        tag_text(text, dct=None, model_spans=spans)

    assert _growth(run) < 6


def test_the_entity_stage_counts_a_documents_words_once_not_once_per_entity(monkeypatch):
    from extract.clean.document import CleanText, clean_document
    from extract.config import load_params
    from extract.ner import word_case
    from extract.ner.mentions import extract_entities

    from .conftest import REPO, read_raw

    scans = []
    original = word_case.WordCase.__init__

    def counting(self, text):
        scans.append(len(text))
        original(self, text)

    monkeypatch.setattr(word_case.WordCase, "__init__", counting)
    params = load_params(REPO / "params.yaml")
    text = read_raw("002_2448300231c3ec10.txt")
    per_copy = []
    for copies in (1, 3):
        cleaned = clean_document("\n\n".join([text] * copies), params=params.clean)
        scans.clear()
        found = next(
            extract_entities(
                [CleanText("d", cleaned.text, cleaned.offsets)], params=params.ner, kb=None
            )
        )
        per_copy.append((len(scans), len(found.mentions)))
    (scans_once, mentions_once), (scans_thrice, mentions_thrice) = per_copy
    assert mentions_thrice >= 3 * mentions_once - 3 and mentions_once > 100
    assert scans_once == scans_thrice <= 3  # per document, whatever its entity count


def test_a_paragraph_read_in_pieces_gives_the_mentions_of_reading_it_whole():
    """Cuts fall at sentence ends, so the model reads the same sentences; what may
    differ is a sentence longer than a piece (cut at a space) and the model's
    parse near a cut, which context a few tokens away can sway."""
    import dataclasses

    from extract.clean.document import CleanText, clean_document
    from extract.config import load_params
    from extract.ner.mentions import extract_entities

    from .conftest import REPO, read_raw

    params = load_params(REPO / "params.yaml")
    one_line = " ".join(read_raw("002_2448300231c3ec10.txt").split())
    cleaned = clean_document(one_line, params=params.clean)
    assert len(cleaned.text) > 20000  # one paragraph, longer than the pieces below
    found = {}
    for piece_chars in (10**6, 5000, 1500):
        ner = dataclasses.replace(params.ner, max_piece_chars=piece_chars)
        document = CleanText("d", cleaned.text, cleaned.offsets)
        result = next(extract_entities([document], params=ner, kb=None))
        found[piece_chars] = [(m.start, m.end, m.label) for m in result.mentions]
    assert len(found[10**6]) > 200
    assert found[5000] == found[10**6]
    assert found[1500] == found[10**6]
