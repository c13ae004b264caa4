"""A page the main-text extractor returns nothing for keeps its visible text (issue 15,
point 12): deep nesting, a page of one heading; only a page that shows nothing is empty."""

import time

from extract.config import IngestParams
from extract.ingest.html_text import extract_html
from extract.ingest.page_text import page_text
from extract.ingest.reader import ingest_file
from extract.tables.records import Problem, RawDocument

PARAGRAPH = "Ada Okafor inspected the pumps of the Lagos Water Agency on 3 March 2021."


def _nested(depth: int, inner: str) -> str:
    return (
        "<html><head><title>Water audit</title></head><body>"
        + "<div>" * depth
        + inner
        + "</div>" * depth
        + "</body></html>"
    )


def test_extract_html_deep_nesting_falls_back_to_the_visible_text():
    # lxml stops at 256 levels, so trafilatura sees no paragraph and returns nothing.
    content = extract_html(_nested(5000, f"<p>{PARAGRAPH}</p>"))
    assert content.text == PARAGRAPH


def test_ingest_deeply_nested_page_is_a_document_not_empty(tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(_nested(5000, f"<p>{PARAGRAPH}</p>"), encoding="utf-8")
    document = ingest_file(path, "deep.html", params=IngestParams())
    assert isinstance(document, RawDocument)
    assert document.raw_text == PARAGRAPH


def test_extract_html_one_heading_page_keeps_its_text():
    assert extract_html("<h1>Ada Okafor resigns</h1>").text == "Ada Okafor resigns"


def test_ingest_page_that_shows_nothing_is_empty(tmp_path):
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><title>Water audit</title><script>var shown = 1;</script></head>"
        "<body><!-- nothing here --><div> </div></body></html>",
        encoding="utf-8",
    )
    problem = ingest_file(path, "blank.html", params=IngestParams())
    assert isinstance(problem, Problem)
    assert problem.kind == "empty"


def test_page_text_hides_scripts_styles_title_and_comments():
    html = (
        "<!DOCTYPE html><html><head><title>Water audit</title><style>p { color: red }</style>"
        "</head><body><!-- <p>old draft</p> --><p>Pumps fixed.</p>"
        '<script>var s = "</p>not text";</script><p>Audit next week.</p></body></html>'
    )
    assert page_text(html) == "Pumps fixed.\nAudit next week."


def test_page_text_one_line_per_block_and_source_newlines_are_spaces():
    html = "<p>Ada\n  Okafor  <b>said</b></p><ul><li>one</li><li>two</li></ul>end<br>after"
    assert page_text(html) == "Ada Okafor said\none\ntwo\nend\nafter"


def test_page_text_resolves_entities_and_keeps_a_lone_less_than():
    html = '<p title="a > b">3 &lt; 4 &amp;&nbsp;5 < 6 &#xD800;</p>'
    # &nbsp; is a no-break space (text, not HTML white space); a surrogate reference
    # is U+FFFD as in a browser; "< 6" is not markup.
    assert page_text(html) == "3 < 4 &\u00a05 < 6 \ufffd"


def test_page_text_tag_open_to_the_end_hides_the_rest():
    assert page_text('<p>Shown</p><a href="x>y" title="never closed>Hidden') == "Shown"


def test_page_text_open_tags_cost_one_scan():
    # Python 3.11's html.parser spends over a minute on these 100,000 characters.
    started = time.perf_counter()
    assert page_text("<a" * 50_000) == ""
    assert page_text('<a b="' * 20_000) == ""
    assert time.perf_counter() - started < 1.0
