"""Fuzzing ingest, clean, entities, dates and linking (issue 15, point 12): random bytes
and text with control characters, bidi marks, zero-width characters, lone surrogate
bytes, very long lines and deep HTML nesting. Nothing raises; a file is a document or
a named problem and the document beside it comes through unchanged; every offset
stays inside its text and maps back to the same characters.

Runs are derandomised (the same examples every run) and sized for CI.
"""

import datetime as dt
import hashlib
import tempfile
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract.clean.boilerplate import looks_like_contact
from extract.clean.clutter_patterns import credit_tail, is_contact_line
from extract.clean.document import CleanText, clean_document
from extract.clean.lexicons import BoilerplateLexicons
from extract.clean.line_features import line_features
from extract.clean.whitespace import normalize_whitespace
from extract.config import CleanParams, IngestParams, LinkParams, NerParams
from extract.ingest.page_text import page_text
from extract.ingest.reader import ingest_file, ingest_folder
from extract.linking.linker import Linker, LinkInput
from extract.ner.mentions import extract_entities
from extract.ner.word_case import WordCase
from extract.tables.records import Problem, RawDocument
from extract.timex.stage import DatedText, extract_timexes

from .factory import small_kb

# What a .txt or .html file may be refused as (extract.ingest.reader, .decoding).
PROBLEM_KINDS = frozenset({"empty", "binary", "undecodable", "unreadable", "too-large"})
TIMEX_TYPES = frozenset({"DATE", "TIME", "DURATION", "SET"})

GOOD_NAME = "good.txt"
GOOD_TEXT = "Ada Okafor joined the Lagos Water Agency on 3 March 2021.\n"

CONTROL = [chr(code) for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]]
BIDI = [chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F]]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
BREAKS = ["\n", "\n\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", " ", "\t", "\u00a0"]
# Words the stages react to: names, titles, dates, boilerplate markers, an acronym.
WORDS = [
    "Ada", "Okafor", "Mr.", "Dr", "Lagos", "Water", "Agency", "(LWA)", "LWA", "said", "the",
    "on", "March", "3,", "2021", "1985", "2019-12-17", "12/17/2019", "Monday", "10:30",
    "a.m.", "yesterday", "last", "week", "two", "years", "ago", "spring", "1990s", "U.S.",
    "Follow", "Us", "|", "©", "Privacy", "Policy", "cookies", "date 2021-01-05", "lorem",
    "ipsum", ".", ",", "“", "”", "’s", "—", "(", ")", "@", "ada@lagos.example",
]  # fmt: skip

_atoms = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(CONTROL),
    st.sampled_from(BIDI),
    st.sampled_from(ZERO_WIDTH),
    st.sampled_from(BREAKS),
    st.text(max_size=4),
)
texts = st.one_of(
    st.lists(_atoms, max_size=80).map(" ".join),
    st.lists(_atoms, max_size=80).map("".join),
    st.text(max_size=200),
)
_byte_pieces = st.one_of(
    st.binary(max_size=24),
    st.sampled_from(
        [
            b"\xed\xa0\x80",  # a lone high surrogate, UTF-8 encoded
            b"\xed\xbf\xbf",  # a lone low surrogate
            b"\xef\xbb\xbf",  # UTF-8 byte-order mark
            b"\xff\xfe",  # UTF-16 byte-order marks
            b"\xfe\xff",
            b"\x00",
            b"\r\n",
            b"<div>",
            b"</div>",
            b"<p>",
            b"<script>",
            b"<!--",
            b"&#xD800;",
            b"&#0;",
            b'<meta charset="utf-16">',
        ]
    ),
    texts.map(lambda text: text.encode("utf-8")),
    texts.map(lambda text: text.encode("cp1252", "ignore")),
    texts.map(lambda text: text.encode("utf-16")),
)
file_bytes = st.lists(_byte_pieces, max_size=16).map(b"".join)
_tags = st.sampled_from(["div", "span", "b", "p", "li", "table", "td", "section"])
# A page: fuzzed text, then a paragraph inside 0 to 600 elements (lxml stops at 256).
html_pages = st.builds(
    lambda before, depth, tag, inner: (
        f"<html><body>{before}{f'<{tag}>' * depth}<p>{inner}</p>{f'</{tag}>' * depth}</body></html>"
    ),
    texts,
    st.integers(0, 600),
    _tags,
    texts,
)
dcts = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))

NER = NerParams()
KB = small_kb()
FUZZ = settings(max_examples=120, deadline=None, derandomize=True, database=None)


@FUZZ
@given(data=file_bytes, extension=st.sampled_from([".txt", ".html"]))
def test_ingest_fuzzed_file_is_a_document_or_a_named_problem(data, extension):
    # A folder per example (tmp_path would be shared by every example of the test).
    with tempfile.TemporaryDirectory() as folder:
        raw_dir = Path(folder)
        (raw_dir / GOOD_NAME).write_text(GOOD_TEXT, encoding="utf-8")
        (raw_dir / f"fuzzed{extension}").write_bytes(data)
        documents, problems = ingest_folder(raw_dir, params=IngestParams())
    good = [document for document in documents if document.doc_id == GOOD_NAME]
    assert len(good) == 1
    assert good[0].raw_text == GOOD_TEXT
    assert good[0].sha256 == hashlib.sha256(GOOD_TEXT.encode()).hexdigest()
    fuzzed = [result for result in [*documents, *problems] if result.doc_id != GOOD_NAME]
    assert len(fuzzed) == 1
    [result] = fuzzed
    if isinstance(result, Problem):
        assert result.kind in PROBLEM_KINDS and result.detail
    else:
        assert isinstance(result, RawDocument)
        assert result.raw_text.strip()
        result.raw_text.encode("utf-8")  # no lone surrogate: Parquet strings are UTF-8


@settings(FUZZ, max_examples=50)
@given(page=html_pages)
def test_ingest_fuzzed_page_with_visible_text_is_never_empty(page):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_text(page, encoding="utf-8")
        result = ingest_file(path, "page.html", params=IngestParams())
    if page_text(page):
        assert isinstance(result, RawDocument) or result.kind != "empty"
    if isinstance(result, RawDocument):
        assert result.raw_text.strip()
        result.raw_text.encode("utf-8")


@FUZZ
@given(raw=texts)
def test_clean_fuzzed_text_maps_every_character_back(raw):
    cleaned = clean_document(raw, params=CleanParams())
    assert cleaned.offsets.clean_length == len(cleaned.text)
    for position, char in enumerate(cleaned.text):
        raw_char = raw[cleaned.offsets.raw_position(position)]
        # extract.clean.clean_text: only whitespace is rewritten (to a space or newline)
        assert raw_char == char or (char in " \n" and raw_char.isspace())
    for span in cleaned.boilerplate:
        assert 0 <= span.raw_start < span.raw_end <= len(raw)


def _check_stages(raw: str, dct: dt.date | None) -> None:
    """Clean, entities, dates and linking on ``raw``, checking every offset they give."""
    cleaned = clean_document(raw, params=CleanParams())
    text = cleaned.text
    if not text:
        return
    document = CleanText("fuzzed.txt", text, cleaned.offsets)
    [entities] = list(extract_entities([document], params=NER, kb=KB))
    for start, end in entities.sentences:
        assert 0 <= start <= end <= len(text)
    for start, end, _ in entities.time_spans:
        assert 0 <= start < end <= len(text)
    for mention in entities.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert mention.text == text[mention.start : mention.end]
        assert 0 <= mention.raw_start < mention.raw_end <= len(raw)
        raw_slice = raw[mention.raw_start : mention.raw_end]
        assert normalize_whitespace(raw_slice) == normalize_whitespace(mention.text)
        assert 0 <= mention.sentence_id < len(entities.sentences)
    dated = DatedText(
        document,
        dct,
        [start for start, _ in entities.sentences],
        [(start, end) for start, end, _ in entities.time_spans],
    )
    for timex in extract_timexes([dated]):
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.text == text[timex.start : timex.end]
        assert 0 <= timex.raw_start < timex.raw_end <= len(raw)
        raw_slice = raw[timex.raw_start : timex.raw_end]
        assert normalize_whitespace(raw_slice) == normalize_whitespace(timex.text)
        assert timex.type in TIMEX_TYPES and timex.value
    link = LinkParams()
    linker = Linker(
        KB,
        fuzzy_threshold=link.fuzzy_threshold,
        window_sentences=link.window_sentences,
        genders=KB.genders(),
    )
    inputs = [
        LinkInput(
            m.mention_id,
            m.text,
            m.label,
            m.sentence_id,
            preceding_text=text[max(0, m.start - 24) : m.start],
            following_text=text[m.end : m.end + 24],
        )
        for m in entities.mentions
    ]
    assert len(linker.link_document(inputs)) == len(inputs)


@FUZZ
@given(raw=texts, dct=dcts)
def test_entities_dates_and_links_of_fuzzed_text_stay_in_their_text(raw, dct):
    _check_stages(raw, dct)


SENTENCE = "Dr Ada Okafor of the Lagos Water Agency said on 3 March 2021 that work ends in May. "


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("a" * 200_000, id="one 200k-character word"),
        pytest.param("Follow Us\n" + "x." * 100_000, id="200k characters under a menu line"),
        pytest.param(
            "\u202e".join(SENTENCE * 3 for _ in range(80)) + "\u200b" * 2_000,
            id="one line of sentences with bidi and zero-width marks",
        ),
    ],
)
def test_stages_on_a_very_long_line(raw):
    _check_stages(raw, dt.date(2021, 3, 4))


# Found by this fuzzer: regular expressions tried at every position of a long word.


def test_word_case_one_long_word_costs_one_scan():
    # The address pattern was tried at every position: 27 s on these 100,000 characters.
    started = time.perf_counter()
    counts = WordCase("a" * 100_000).counts
    assert time.perf_counter() - started < 1.0
    assert counts == {"a" * 100_000: 1}


def test_clean_long_word_below_a_menu_line_costs_one_scan():
    # The contact rule reads the lines of a block holding boilerplate; its e-mail pattern
    # was tried at every position of the word: 40 s on these 30,000 characters.
    raw = "Follow Us\n" + "a" * 30_000
    started = time.perf_counter()
    cleaned = clean_document(raw, params=CleanParams())
    assert time.perf_counter() - started < 3.0
    assert [span.reason for span in cleaned.boilerplate] == ["navigation"]
    assert cleaned.text == "a" * 30_000


def test_clean_long_capitalised_word_costs_one_scan():
    # The caption-credit pattern ("ADA OKAFOR/LWA" at a line's end) was tried at every
    # position of the line: 22 s on these 20,000 characters.
    started = time.perf_counter()
    cleaned = clean_document("A" * 20_000, params=CleanParams())
    assert time.perf_counter() - started < 3.0
    assert cleaned.text == "A" * 20_000
    assert cleaned.boilerplate == []


def test_credit_tail_still_found_at_the_end_of_a_long_caption():
    assert credit_tail("The pumps were fixed. ADA OKAFOR/LWA") == 22
    assert credit_tail("x" * 200 + " ADA OKAFOR/LWA") == 201
    assert credit_tail("The pumps were fixed by the Lagos Water Agency.") is None


def test_clean_contact_rule_still_finds_addresses():
    assert looks_like_contact("Write to ada.okafor@lagos-water.example today")
    assert looks_like_contact("<press@lagos-water.example>")
    assert looks_like_contact("ada (at) lagos-water.example")
    assert not looks_like_contact("Ada Okafor wrote to the agency @ noon")
    address = "press@lagos-water.example"
    lexicons = BoilerplateLexicons.bundled()
    assert is_contact_line(address, line_features(address, lexicons))
