"""Add entity and time-expression gold to the web-pages boilerplate gold, from specs.

The web pages' boilerplate gold (gold/web-pages/dev, gold/web-pages/held-out) is
built by tools/build_boilerplate_gold.py. This tool adds, for each page it has a
spec for, the page's entity mentions and time expressions (spec format of
src/extract/gold/spec.py, ``doc`` the path inside the corpus, no ``boilerplate``
section). Nothing inside a boilerplate region of the existing gold is matched
(ANNOTATION.md §1), so a name in a byline is never a mention. The page's
boilerplate records are kept as they are; earlier entity and time records of the
page are replaced. The specs quote the text, so they stay outside the repository.

Usage: python tools/build_web_entity_gold.py --specs DIR --corpus DIR --gold DIR
           [--only SPEC.yaml] [--render]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

import yaml

from build_gold import render
from extract.gold.corpus import SOURCES, gold_file_name
from extract.gold.records import GoldSpan
from extract.gold.spec import build_gold

SPLITS = ("dev", "held-out")


def gold_path(gold_root: Path, doc: str) -> Path:
    """The page's JSONL in whichever split holds it."""
    for split in SPLITS:
        path = gold_root / split / gold_file_name(doc)
        if path.is_file():
            return path
    raise SystemExit(f"{doc}: no boilerplate gold under {gold_root} (build that first)")


def check_hash(path: Path, doc: str, raw_bytes: bytes) -> None:
    files = json.loads((path.parent / SOURCES).read_text("utf-8"))["files"]
    if files.get(doc) != hashlib.sha256(raw_bytes).hexdigest():
        raise SystemExit(f"{doc}: the corpus file differs from {path.parent / SOURCES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs", type=Path, required=True, help="folder of <page>.yaml specs")
    parser.add_argument("--corpus", type=Path, required=True, help="the web-pages corpus root")
    parser.add_argument("--gold", type=Path, required=True, help="gold/web-pages")
    parser.add_argument("--render", action="store_true", help="print bracketed pages")
    parser.add_argument("--only", help="build and render this one spec file name, write nothing")
    args = parser.parse_args()
    for spec_path in sorted(args.specs.glob("*.yaml")):
        if args.only and spec_path.name != args.only:
            continue
        doc = yaml.safe_load(spec_path.read_text("utf-8"))["doc"]
        raw_bytes = (args.corpus / doc).read_bytes()
        raw_text = raw_bytes.decode("utf-8")
        path = gold_path(args.gold, doc)
        check_hash(path, doc, raw_bytes)
        records = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        kept = [r for r in records if r["kind"] == "boilerplate"]
        regions = [(r["start"], r["end"]) for r in kept]
        spans = build_gold(spec_path, raw_text, outside=regions)
        counts = {k: sum(s.kind == k for s in spans) for k in ("entity", "timex")}
        print(f"{doc}: {len(kept)} boilerplate regions kept, {counts}")
        if args.render or args.only:
            shown = [GoldSpan(doc, s, e, raw_text[s:e], "boilerplate") for s, e in regions]
            print(render(raw_text, [*shown, *spans]))
        if args.only:
            continue
        lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in kept]
        for span in spans:
            record = {**span.to_record(), "doc": doc}
            del record["text"]
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        path.write_text("".join(lines), "utf-8")


if __name__ == "__main__":
    main()
