"""Boilerplate rules one by one on general English, then on the bundled documents."""

import pytest

from extract.clean.boilerplate import (
    find_boilerplate,
    is_cookie_banner,
    is_filler,
    is_menu_line,
    is_social_row,
    looks_like_contact,
)
from extract.clean.lexicons import BoilerplateLexicons
from extract.config import CleanParams
from extract.gold.loader import load_gold

from .conftest import RAW, REPO, nth_span, read_raw

PARAMS = CleanParams()
LEXICONS = BoilerplateLexicons.bundled()


def words(text):
    import re

    return re.findall(r"[^\W\d_]+", text.lower())


@pytest.mark.parametrize(
    "line",
    [
        "Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
        "Pellentesque habitant morbi tristique senectus et netus.",
        "Suspendisse ultrices hendrerit vitae sodales lectus risus.",
    ],
)
def test_is_filler_lorem_lines(line):
    assert is_filler(words(line), PARAMS, LEXICONS)


@pytest.mark.parametrize(
    "line",
    [
        "A man in a hat sat at the table.",
        "The Magna Carta was sealed in 1215 at Runnymede.",
        "Porta and massa are rare words in English prose about the case.",
    ],
)
def test_is_filler_rejects_english(line):
    assert not is_filler(words(line), PARAMS, LEXICONS)


def test_is_cookie_banner():
    banner = "We use cookies to improve your experience. Accept all"
    assert is_cookie_banner(words(banner), PARAMS)
    assert is_cookie_banner(words("Cookie settings"), PARAMS)
    long_sentence = (
        "The bakery sold chocolate chip cookies to every customer who came in that "
        "cold morning before the parade started downtown."
    )
    assert not is_cookie_banner(words(long_sentence), PARAMS)


def test_a_whole_article_on_one_line_is_not_a_cookie_banner():
    """A document with no line breaks (an OCR dump) keeps its text."""
    one_line = " ".join(read_raw("002_2448300231c3ec10.txt").split())
    assert "cookie consent" in one_line.lower()
    spans = find_boilerplate(one_line, params=PARAMS)
    assert sum(span.raw_end - span.raw_start for span in spans) < len(one_line) / 10


def test_is_social_row_run_together_names():
    assert is_social_row("our twitterour facebook page youtubeinstagram", PARAMS, LEXICONS)
    assert is_social_row("Facebook", PARAMS, LEXICONS)
    assert not is_social_row("He posted the video on YouTube and Twitter.", PARAMS, LEXICONS)


@pytest.mark.parametrize(
    "line",
    ["Skip to main content", "Follow Us", "Home | About | Contact", "Contact | Privacy Policy"],
)
def test_is_menu_line(line):
    assert is_menu_line(line, PARAMS, LEXICONS)


@pytest.mark.parametrize(
    "line", ["Pro and Con", "John Grisham", "Contact with the police was lost"]
)
def test_is_menu_line_rejects_headings_and_sentences(line):
    assert not is_menu_line(line, PARAMS, LEXICONS)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(+44) 871.075.0336", True),
        ("Call 555-0134-22 today", True),
        ("E-Mail: info (at) example", True),
        ("4, Elm Street, 10115 Berlin, Germany", True),
        ("He was born on August 1, 1966, in Thailand.", False),
        ("The Haysoms were found in 1985.", False),
    ],
)
def test_looks_like_contact(line, expected):
    assert looks_like_contact(line) is expected


def test_find_boilerplate_contact_only_next_to_other_boilerplate():
    raw = "Our office\n12, Elm Street, 10115 Berlin, Germany\n\nFollow Us\n(+49) 030.123.4567\n"
    spans = find_boilerplate(raw, params=PARAMS)
    found = {(raw[s.raw_start : s.raw_end], s.reason) for s in spans}
    assert ("Follow Us", "navigation") in found
    assert ("(+49) 030.123.4567", "template-contact") in found
    assert not any("Elm Street" in text for text, _ in found)


def test_find_boilerplate_repeated_heading_keeps_first_copy():
    raw = "Documentary Film\nDocumentary Film\n\nA film about the case was shown."
    spans = find_boilerplate(raw, params=PARAMS)
    assert [(s.raw_start, s.raw_end, s.reason) for s in spans] == [(17, 33, "repeated-heading")]


def test_find_boilerplate_footer_run_needs_a_marker():
    body = "The trial began in June.\n\n"
    with_marker = body + "Shop\nBooks by the author\n\n© 2019 Example Press\nContact\n"
    spans = find_boilerplate(with_marker, params=PARAMS)
    removed = "".join(with_marker[s.raw_start : s.raw_end] for s in spans)
    assert "Books by the author" in removed and "© 2019 Example Press" in removed
    assert "trial" not in removed
    without_marker = body + "Related Topics\nBooks by the author\n"
    assert find_boilerplate(without_marker, params=PARAMS) == []


def test_find_boilerplate_date_header_only_the_header():
    raw = "date 2019-12-17 Soering arrived in Frankfurt."
    spans = find_boilerplate(raw, params=PARAMS)
    assert [(s.raw_start, s.raw_end, s.reason) for s in spans] == [(0, 15, "date-header")]


def test_find_boilerplate_empty_document():
    assert find_boilerplate("", params=PARAMS) == []


# Seed documents: the expected boilerplate is the hand-written gold set (gold/spec/),
# compared character by character in both directions.
def _gold_boilerplate(doc_id):
    raw_texts = {path.name: path.read_text("utf-8") for path in RAW.glob("*.txt")}
    spans = load_gold(REPO / "gold", raw_texts)
    return [(s.start, s.end) for s in spans if s.kind == "boilerplate" and s.doc == doc_id]


def _covered(raw, spans):
    return {i for start, end in spans for i in range(start, end) if not raw[i].isspace()}


@pytest.mark.parametrize("doc_id", sorted(p.name for p in RAW.glob("*.txt")))
def test_find_boilerplate_on_seed_matches_gold(doc_id):
    raw = read_raw(doc_id)
    expected = _gold_boilerplate(doc_id)
    assert expected, "every seed document has gold boilerplate"
    found = [(s.raw_start, s.raw_end) for s in find_boilerplate(raw, params=PARAMS)]
    missed = _covered(raw, expected) - _covered(raw, found)
    extra = _covered(raw, found) - _covered(raw, expected)
    assert not missed, f"boilerplate kept: {sorted(missed)[:5]}"
    assert not extra, f"content removed: {[raw[i] for i in sorted(extra)][:40]}"


def test_find_boilerplate_on_seed_keeps_headings_captions_quotes():
    raw = read_raw("001_c03f803410a04109.txt")
    found = [(s.raw_start, s.raw_end) for s in find_boilerplate(raw, params=PARAMS)]
    for kept in ["Newspaper Article", "Documentary Film", "John Grisham", "Sheriff Chip Harding"]:
        start, end = nth_span(raw, kept, 1)
        assert not any(a < end and start < b for a, b in found), kept
