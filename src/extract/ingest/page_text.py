"""The visible text of an HTML page, for when the main-text extractor returns none.

trafilatura reads a page through lxml, whose parser stops at a nesting depth of 256
elements: a page nested deeper (generated markup, a hostile file) comes back without
its text. A page of a few short lines is also below trafilatura's idea of an article.
Neither is an empty page, so its visible text is taken instead.

A tree is not built here on purpose. lxml has the depth limit; lexbor (selectolax)
builds 40,000 nested elements in 19 s, growing with the square of the depth; and the
standard library's html.parser of Python 3.11.7 takes 72 s on 100 KB of "<a" (measured
on this project's machine). Visible text needs only the markup's tokens, read in one pass:
text outside tags, comments, scripts, styles and the title, a line per block element.
"""

from __future__ import annotations

import html as html_entities
import re

# Elements whose content is not shown as text (read up to their end tag).
_HIDDEN = ("script", "style", "noscript", "template", "title", "svg")
_HIDDEN_END = {name: re.compile(rf"</{name}[\s/>]", re.IGNORECASE) for name in _HIDDEN}
# Elements that start a new line when rendered.
_BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    }
)  # fmt: skip
# Where markup starts: "<" before a letter, "/", "!" or "?"; any other "<" is text.
_MARKUP_START = re.compile(r"<[A-Za-z/!?]")
_TAG_NAME_START = re.compile(r"</?[A-Za-z]")
# A start or end tag; quoted attribute values may hold ">". Possessive quantifiers (Python
# 3.11) never backtrack, so a tag left open to the end of the page costs one scan.
_TAG = re.compile(r"""</?([A-Za-z][^\s/>"']*+)(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")
_SPACES = re.compile(r"[ \t\n\r\f]+")  # HTML's white space; other spaces are text


def page_text(html: str) -> str:
    """Visible text of ``html``, one line per block, spaces collapsed ("" when none)."""
    pieces: list[str] = []
    position = 0
    while (markup := _MARKUP_START.search(html, position)) is not None:
        start = markup.start()
        pieces.append(_visible(html[position:start]))
        end = _markup_end(html, start, pieces)
        if end is None:  # markup open to the end of the page: nothing after it is shown
            position = len(html)
            break
        position = end
    pieces.append(_visible(html[position:]))
    lines = (line.strip(" ") for line in "".join(pieces).split("\n"))
    return "\n".join(line for line in lines if line)


def _markup_end(html: str, start: int, pieces: list[str]) -> int | None:
    """Where the markup at ``start`` (and a hidden element's content) ends; a block
    element's boundary is added to ``pieces`` as a line break."""
    if html.startswith("<!--", start):
        close = html.find("-->", start + 4)
        return None if close == -1 else close + 3
    tag = _TAG.match(html, start)
    if tag is None:
        if _TAG_NAME_START.match(html, start):
            return None  # a tag open to the end of the page
        close = html.find(">", start)  # <!doctype>, <?instruction?>, "</ >": read to ">"
        return None if close == -1 else close + 1
    name = tag.group(1).lower()
    if name in _BLOCKS:
        pieces.append("\n")
    if name in _HIDDEN_END and html[start + 1] != "/" and not tag.group().endswith("/>"):
        end_tag = _HIDDEN_END[name].search(html, tag.end())
        return None if end_tag is None else end_tag.start()
    return tag.end()


def _visible(text: str) -> str:
    """Text between tags as shown: entities resolved, white space runs one space."""
    return _SPACES.sub(" ", html_entities.unescape(text)) if text else ""
