"""Main text, title and publication date of an HTML page, via trafilatura.

trafilatura is a maintained main-content extractor (menus, footers and link
lists dropped by its own model); the text it returns is what raw offsets of an
HTML document index, and it is stored beside the cleaned text. When it returns no
text, the page's visible text is used (extract.ingest.page_text), so only a page
that shows nothing is empty.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

from extract.ingest.page_text import page_text

HTML_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True)
class HtmlContent:
    """What an HTML page yields: main text plus optional title and date."""

    text: str
    title: str | None
    published: dt.date | None


def extract_html(html: str) -> HtmlContent:
    """Main text of a page, else its visible text ("" when it shows none), with its
    title and date."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        # The date only from the page's markup (meta tags, <time>, structured data):
        # htmldate's extensive search reads the visible text too, where the likeliest
        # year is the footer's "© 2021", and relative dates would resolve against it.
        date_extraction_params=HTML_DATE_PARAMS,
    )
    if document is None:
        return HtmlContent(page_text(html), None, None)
    fields = document if isinstance(document, dict) else document.as_dict()
    published = None
    if fields.get("date"):
        try:
            published = dt.date.fromisoformat(str(fields["date"])[:10])
        except ValueError:
            published = None
    text = fields.get("text") or ""
    if not text.strip():
        text = page_text(html)
    return HtmlContent(text, fields.get("title") or None, published)
