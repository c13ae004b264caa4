"""Compare main-text extractors on news articles wrapped in a typical page template.

Each BBC News article (../shared/corpora/bbc-news) is rendered into an HTML page
with a menu, a related-links sidebar, a cookie banner and a footer; the article's
own words are the reference. Prints word-level precision and recall of the main
text that trafilatura (used by the pipeline) and selectolax (a DOM parser with no
content model: body text) return. Usage:

    python tools/compare_html_extractors.py ../shared/corpora/bbc-news --limit 300
"""

from __future__ import annotations

import argparse
import html
import random
from collections import Counter
from pathlib import Path

import trafilatura
from selectolax.lexbor import LexborHTMLParser

TEMPLATE = """<!doctype html><html><head><title>{title} - News</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/contact">Contact us</a></li></ul></nav></header>
<div id="cookie">We use cookies to improve your experience. <button>Accept all</button></div>
<main><article><h1>{title}</h1>{paragraphs}</article>
<aside><h2>Related stories</h2><ul>{related}</ul></aside></main>
<footer><p>Copyright 2005 News Ltd. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></footer>
</body></html>"""


def render(title: str, paragraphs: list[str], related: list[str]) -> str:
    return TEMPLATE.format(
        title=html.escape(title),
        paragraphs="".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
        related="".join(
            f'<li><a href="/r{i}">{html.escape(r)}</a></li>' for i, r in enumerate(related)
        ),
    )


def words(text: str) -> Counter[str]:
    return Counter(text.lower().split())


def score(found: Counter[str], reference: Counter[str]) -> tuple[int, int, int]:
    overlap = sum((found & reference).values())
    return overlap, sum(found.values()), sum(reference.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=300)
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))
    random.Random(0).shuffle(files)
    titles = [f.read_text("latin-1").split("\n", 1)[0] for f in files[: args.limit * 2]]
    totals = {"trafilatura": [0, 0, 0], "selectolax": [0, 0, 0]}
    for index, path in enumerate(files[: args.limit]):
        lines = [line.strip() for line in path.read_text("latin-1").splitlines() if line.strip()]
        title, paragraphs = lines[0], lines[1:]
        related = titles[
            args.limit + index * 3 % args.limit : args.limit + index * 3 % args.limit + 3
        ]
        page = render(title, paragraphs, related)
        reference = words(" ".join(lines))
        outputs = {
            "trafilatura": trafilatura.extract(page) or "",
            "selectolax": LexborHTMLParser(page).body.text(separator=" "),
        }
        for name, text in outputs.items():
            for slot, value in enumerate(score(words(text), reference)):
                totals[name][slot] += value
    print(f"{args.limit} pages")
    for name, (overlap, found, reference) in totals.items():
        precision, recall = overlap / found, overlap / reference
        f1 = 2 * precision * recall / (precision + recall)
        print(f"{name:12s} precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f}")


if __name__ == "__main__":
    main()
