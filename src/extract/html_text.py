"""Main text, title and publication date of an HTML page, via trafilatura.

trafilatura is a maintained main-content extractor (menus, footers and link
lists dropped by its own model); the text it returns is what raw offsets of an
HTML document index, and it is stored beside the cleaned text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True)
class HtmlContent:
    """What an HTML page yields: main text plus optional title and date."""

    text: str
    title: str | None
    published: dt.date | None


def extract_html(html: str) -> HtmlContent:
    """Main text of a page ("" when the page has none), with its title and date."""
    document = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
    )
    if document is None:
        return HtmlContent("", None, None)
    published = None
    if document.date:
        try:
            published = dt.date.fromisoformat(document.date[:10])
        except ValueError:
            published = None
    return HtmlContent(document.text or "", document.title or None, published)
