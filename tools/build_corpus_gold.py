"""Build offset-only gold for documents of a reference corpus from annotation specs.

The specs (one YAML per document, the format of src/extract/gold/spec.py, with
``doc`` the path inside the corpus) hold surface strings, so they stay outside
the repository; what is written holds offsets, labels, ids and each file's
sha256 only, as the corpora's licences require.

Usage: python tools/build_corpus_gold.py --specs DIR --corpus DIR --gold DIR [--render]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import yaml

from build_gold import render
from extract.gold.corpus import write_corpus_gold
from extract.gold.spec import build_gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs", type=Path, required=True, help="folder of <doc>.yaml specs")
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus root")
    parser.add_argument("--gold", type=Path, required=True, help="gold folder to write")
    parser.add_argument("--render", action="store_true", help="print bracketed documents")
    parser.add_argument("--only", help="build and render this one spec file name")
    args = parser.parse_args()
    spans_by_doc = {}
    for spec_path in sorted(args.specs.glob("*.yaml")):
        if args.only and spec_path.name != args.only:
            continue
        doc = yaml.safe_load(spec_path.read_text("utf-8"))["doc"]
        raw_text = (args.corpus / doc).read_text("utf-8")
        spans = build_gold(spec_path, raw_text)
        spans_by_doc[doc] = spans
        counts = {k: sum(s.kind == k for s in spans) for k in ("boilerplate", "entity", "timex")}
        print(f"{doc}: {counts}")
        if args.render:
            print(render(raw_text, spans))
    if not args.only:
        write_corpus_gold(args.gold, corpus=args.corpus, spans_by_doc=spans_by_doc)


if __name__ == "__main__":
    main()
